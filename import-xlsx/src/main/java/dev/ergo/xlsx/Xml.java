package dev.ergo.xlsx;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** Creates the SAX reader used for the parts we parse ourselves, and the StAX reader for worksheets. */
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

    /** Reads a part from a StAX reader. */
    @FunctionalInterface
    interface StreamHandler {
        void read(XMLStreamReader reader) throws XMLStreamException;
    }

    /**
     * Parses a part with the JDK's StAX reader (no SAX callback layer, so faster on large sheets),
     * configured like {@link #newReader}: no DTD support and a DOCTYPE rejected, external entities off,
     * the entity size caps lifted. A failure is reported as the SAX reader reports it: the part is read
     * once more with {@link #newReader}, so messages and positions do not depend on the reader.
     *
     * @param source opens the part, once or, after a failure, twice
     * @param handler reads the events
     * @throws SAXException if the part is not well-formed XML
     */
    static void parse(Source source, StreamHandler handler) throws IOException, SAXException {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        lift(f, "jdk.xml.maxGeneralEntitySizeLimit");
        lift(f, "jdk.xml.totalEntitySizeLimit");
        XMLStreamException failure;
        try (InputStream in = source.open()) {
            XMLStreamReader reader = f.createXMLStreamReader(in);
            try {
                handler.read(reader);
                return;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            failure = e;
        }
        XMLReader xr = newReader();
        xr.setContentHandler(new DefaultHandler());
        try (InputStream in = source.open()) {
            xr.parse(new InputSource(in));
        }
        Location at = failure.getLocation();
        throw at == null ? new SAXException(failure.getMessage(), failure)
                : new SAXParseException(failure.getMessage(), null, null, at.getLineNumber(), at.getColumnNumber(), failure);
    }

    private static void lift(XMLInputFactory f, String property) {
        try {
            f.setProperty(property, "0");
        } catch (IllegalArgumentException e) {
            // a parser without this property has no such limit
        }
    }
}
