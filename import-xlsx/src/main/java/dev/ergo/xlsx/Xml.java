package dev.ergo.xlsx;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** Creates the SAX reader used for the parts we parse ourselves, and reads worksheets with {@link SheetScanner}. */
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

    /** Opens a part's content. */
    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

    /**
     * Reads a worksheet part with {@link SheetScanner}. A failure is reported as the SAX reader reports
     * it: the part is read once more with {@link #newReader}, so messages and positions are those of the
     * other parts. What the SAX reader takes but the scanner does not (a part in another encoding than
     * UTF-8, an attribute value longer than {@link SheetScanner#MAX_ATTRIBUTE}) fails with the scanner's
     * reason and position.
     *
     * @param source opens the part, once or, after a failure, up to three times
     * @throws SAXException if the part is not well-formed, has a DOCTYPE or is not read by the scanner
     */
    static void parseSheet(Source source, SheetHandler handler) throws IOException, SAXException {
        SheetScanner.Malformed failure;
        try (InputStream in = source.open()) {
            new SheetScanner(in, handler).scan();
            return;
        } catch (SheetScanner.Malformed e) {
            failure = e;
        }
        XMLReader xr = newReader();
        xr.setContentHandler(new DefaultHandler());
        try (InputStream in = source.open()) {
            xr.parse(new InputSource(in));
        }
        int line = 1;
        int column = 1;
        try (InputStream in = new java.io.BufferedInputStream(source.open())) {
            for (long i = 0; i < failure.offset(); i++) {
                int b = in.read();
                if (b < 0) {
                    break;
                } else if (b == '\n') {
                    line++;
                    column = 1;
                } else if ((b & 0xC0) != 0x80) { // not a UTF-8 continuation byte
                    column++;
                }
            }
        }
        throw new SAXParseException(failure.getMessage(), null, null, line, column, failure);
    }
}
