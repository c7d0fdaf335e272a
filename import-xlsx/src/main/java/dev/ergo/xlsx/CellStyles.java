package dev.ergo.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles of a workbook show dates, read from its styles part ({@code xl/styles.xml}): the
 * custom number formats ({@code numFmts}) and each cell format's {@code numFmtId} ({@code cellXfs}).
 * Decides as POI's {@code StylesTable} with {@code DateUtil.isADateFormat} does, without XMLBeans.
 */
final class CellStyles {
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** A numFmtId that is not a number. */
    private static final int INVALID = Integer.MIN_VALUE;

    private final Map<Short, @Nullable String> formats;
    private final int[] cellFormats;
    private final Map<Integer, Boolean> decided = new HashMap<>();

    private CellStyles(Map<Short, @Nullable String> formats, int[] cellFormats) {
        this.formats = formats;
        this.cellFormats = cellFormats;
    }

    /**
     * Reads the first styles part of the package, as POI's reader finds it (by content type).
     *
     * @return the styles, or null when the workbook has none
     * @throws SAXException if the part is not well-formed, has a DOCTYPE or is not a style sheet
     */
    static @Nullable CellStyles read(OPCPackage pkg) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(CONTENT_TYPE);
        if (parts.isEmpty()) {
            return null;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return parse(in);
        }
    }

    /** Parses a styles part with the hardened reader of {@link Xml}. */
    static CellStyles parse(InputStream in) throws IOException, SAXException {
        Handler h = new Handler();
        XMLReader xr = Xml.newReader();
        xr.setContentHandler(h);
        xr.parse(new InputSource(in));
        return new CellStyles(h.formats, h.cellFormats.stream().mapToInt(Integer::intValue).toArray());
    }

    /** @return whether the cell format at this index (a cell's {@code s}) shows a date; false for none */
    boolean isDate(int index) {
        if (index < 0 || index >= cellFormats.length || cellFormats[index] == INVALID) {
            return false;
        }
        return decided.computeIfAbsent(index, i -> {
            short id = (short) cellFormats[i];
            String format = formats.get(id);
            if (format == null) {
                format = BuiltinFormats.getBuiltinFormat(id & 0xffff);
            }
            return DateUtil.isADateFormat(id, format);
        });
    }

    /**
     * Reads a numFmtId as POI does: absent is 0, any long is cut to a short (so 65550 is 14); a value that
     * is no number is {@link #INVALID} (POI fails on it in numFmts and treats such a cell format as no date).
     */
    private static int formatId(@Nullable String value) {
        if (value == null) {
            return 0;
        }
        try {
            return (short) Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return INVALID;
        }
    }

    /** Collects the first numFmts and cellXfs of the style sheet. */
    private static final class Handler extends DefaultHandler {
        final Map<Short, @Nullable String> formats = new HashMap<>();
        final List<Integer> cellFormats = new ArrayList<>();
        private int depth;
        private @Nullable String section;
        private boolean numFmtsSeen;
        private boolean cellXfsSeen;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            depth++;
            boolean main = MAIN.equals(uri);
            if (depth == 1) {
                if (!main || !local.equals("styleSheet")) {
                    throw new SAXException("the styles part is not a style sheet");
                }
            } else if (depth == 2 && main) {
                if (local.equals("numFmts") && !numFmtsSeen) {
                    numFmtsSeen = true;
                    section = local;
                } else if (local.equals("cellXfs") && !cellXfsSeen) {
                    cellXfsSeen = true;
                    section = local;
                }
            } else if (depth == 3 && main && section != null) {
                if (section.equals("numFmts") && local.equals("numFmt")) {
                    int id = formatId(atts.getValue("", "numFmtId"));
                    if (id != INVALID) {
                        formats.put((short) id, atts.getValue("", "formatCode"));
                    }
                } else if (section.equals("cellXfs") && local.equals("xf")) {
                    cellFormats.add(formatId(atts.getValue("", "numFmtId")));
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (depth == 2) {
                section = null;
            }
            depth--;
        }
    }
}
