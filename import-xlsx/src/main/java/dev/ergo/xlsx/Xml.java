package dev.ergo.xlsx;

import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;

/** Creates the SAX reader used for every part we parse ourselves. */
final class Xml {
    private Xml() {}

    /** Throws fatal errors, ignores recoverable ones and warnings, logs nothing. */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // nothing to report: the document is still read
        }

        @Override
        public void error(SAXParseException e) {
            // validity errors only; we do not validate
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /**
     * Where a parse failed, for a message: {@code xl/worksheets/sheet2.xml, line 3, column 17}.
     *
     * @param part the part name without the leading slash
     * @param e the failure
     * @return the place, not null
     */
    static String where(String part, SAXException e) {
        if (e instanceof SAXParseException p && p.getLineNumber() > 0) {
            return part + ", line " + p.getLineNumber() + ", column " + p.getColumnNumber();
        }
        return part;
    }

    /**
     * Returns POI's hardened reader (secure processing, no DOCTYPE) with the JDK 24+ entity size caps
     * lifted: every {@code &amp;} counts toward them, so large sheets would fail. Safe because DOCTYPE
     * stays disallowed, so only the five predefined entities can occur.
     */
    static XMLReader newReader() throws SAXException {
        XMLReader xr;
        try {
            xr = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new SAXException("no XML parser available", e);
        }
        lift(xr, "jdk.xml.maxGeneralEntitySizeLimit");
        lift(xr, "jdk.xml.totalEntitySizeLimit");
        // POI's reader logs every parse error with its stack trace; ours throws it instead, and the
        // importer turns it into one sentence naming the part
        xr.setErrorHandler(QUIET);
        return xr;
    }

    private static void lift(XMLReader xr, String property) {
        try {
            xr.setProperty(property, "0");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // a parser without this property has no such limit
        }
    }
}
