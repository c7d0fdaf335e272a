package dev.ergo.xlsx;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The worksheet reading the importer used before {@link SheetScanner}: the JDK's StAX reader (no DTD,
 * a DOCTYPE rejected, no external entities) driving a {@link SheetHandler}. Kept as the oracle of the
 * differential tests.
 */
final class StaxSheetReader {
    private StaxSheetReader() {}

    static void read(InputStream in, SheetHandler handler) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        lift(f, "jdk.xml.maxGeneralEntitySizeLimit");
        lift(f, "jdk.xml.totalEntitySizeLimit");
        XMLStreamReader reader = f.createXMLStreamReader(in);
        try {
            // as before: a row's r by name (any namespace), a cell's r, t and s unprefixed only
            SheetHandler.Attrs attrs = name -> {
                if (reader.getLocalName().equals("c")) {
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        if (reader.getAttributeNamespace(i) == null && reader.getAttributeLocalName(i).equals(name)) {
                            return reader.getAttributeValue(i);
                        }
                    }
                    return null;
                }
                return reader.getAttributeValue(null, name);
            };
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.START_ELEMENT -> handler.start(reader.getLocalName(), attrs);
                    case XMLStreamConstants.END_ELEMENT -> handler.end(reader.getLocalName());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        handler.characters(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    case XMLStreamConstants.DTD -> throw new XMLStreamException("DOCTYPE is not allowed", reader.getLocation());
                    default -> {
                        // comments, processing instructions, document start and end
                    }
                }
            }
        } finally {
            reader.close();
        }
    }

    private static void lift(XMLInputFactory f, String property) {
        try {
            f.setProperty(property, "0");
        } catch (IllegalArgumentException e) {
            // a parser without this property has no such limit
        }
    }
}
