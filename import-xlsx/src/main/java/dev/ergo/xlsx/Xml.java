package dev.ergo.xlsx;

import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;

/** Creates the SAX reader used for every part we parse ourselves. */
final class Xml {
    private Xml() {}

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
