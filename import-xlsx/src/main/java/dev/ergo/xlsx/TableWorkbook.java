package dev.ergo.xlsx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Writes a table as an {@code .xlsx} workbook for spreadsheet users, streaming (rows go straight into the
 * zipped sheet, so any number of rows fits in little memory): one sheet, a bold header row with a filter, the header row
 * and the first columns frozen, numbers as numeric cells and traffic lights as filled cells.
 *
 * <p>A cell value is null (an empty cell), a {@link Number} (a numeric cell; NaN and infinities give an
 * empty cell), a {@link Boolean}, a {@link LocalDate} (written as {@code YYYY-MM-DD} text, as in the
 * CSV), a {@link Light} (its name in a green, amber or red cell) or anything else (its
 * {@link String#valueOf(Object) text}; text is never a formula, and empty text gives an empty cell).
 *
 * <p>This class knows nothing of scoring: the caller passes neutral values.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class TableWorkbook {
    private TableWorkbook() {}

    /** The style sheet's default cell style, named as Excel names it (ECMA-376 Part 1, §18.8.7–9). */
    static final String NORMAL_STYLE =
            "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>";

    /** A traffic-light cell: the name is written, the cell filled with the light's colour. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public enum Light {
        /** Green, fill {@code C6EFCE}. */
        LOW(0xC6, 0xEF, 0xCE),
        /** Amber, fill {@code FFEB9C}. */
        MEDIUM(0xFF, 0xEB, 0x9C),
        /** Red, fill {@code FFC7CE}. */
        HIGH(0xFF, 0xC7, 0xCE);

        private final byte[] rgb;

        Light(int r, int g, int b) {
            this.rgb = new byte[] {(byte) r, (byte) g, (byte) b};
        }

        /** @return the fill colour as six hexadecimal digits, for example {@code FFC7CE}, not null */
        public String rgbHex() {
            return String.format("%02X%02X%02X", rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF);
        }

        /**
         * Returns the light of a name.
         *
         * @param name {@code LOW}, {@code MEDIUM} or {@code HIGH}, not null
         * @return the light, not null
         * @throws IllegalArgumentException for another name
         */
        public static Light parse(String name) {
            return valueOf(Objects.requireNonNull(name, "name must not be null"));
        }
    }

    /** The widest column, in characters. */
    private static final int MAX_WIDTH = 60;
    private static final int LAST_ROW_INDEX = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    private static final int MAX_TEXT_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Cell style 1 is the bold header, 2 + {@link Light#ordinal()} a light's fill. */
    private static final int HEADER_STYLE = 1;

    /**
     * Writes the table; the stream stays open.
     *
     * @param out the stream, not null
     * @param sheetName the sheet's name, 1 to 31 characters without {@code : \ / ? * [ ]}, not null
     * @param header the column names, at least one, not null
     * @param rows the rows, each at most as long as the header, not null
     * @param frozenColumns the number of leading columns kept in view when scrolling sideways (0 to the
     *     header's size)
     * @throws IOException if the stream cannot be written
     * @throws IllegalArgumentException if the header is empty, a row is longer than the header, the table
     *     has more rows than a sheet holds, or the sheet name or {@code frozenColumns} is invalid
     */
    public static void write(OutputStream out, String sheetName, List<String> header,
            Iterable<? extends List<?>> rows, int frozenColumns) throws IOException {
        Objects.requireNonNull(out, "out must not be null");
        Objects.requireNonNull(rows, "rows must not be null");
        if (header.isEmpty()) {
            throw new IllegalArgumentException("header must have at least one column");
        }
        if (frozenColumns < 0 || frozenColumns > header.size()) {
            throw new IllegalArgumentException("frozenColumns must be between 0 and " + header.size() + " but was "
                    + frozenColumns);
        }
        WorkbookUtil.validateSheetName(sheetName);
        String[] columns = new String[header.size()];
        for (int c = 0; c < columns.length; c++) {
            Objects.requireNonNull(header.get(c), "header names must not be null");
            columns[c] = columnName(c);
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        part(zip, w, "[Content_Types].xml", XML
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>");
        part(zip, w, "_rels/.rels", XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        part(zip, w, "xl/_rels/workbook.xml.rels", XML
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>");
        part(zip, w, "xl/styles.xml", styles());
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        int last = sheet(w, header, columns, rows, frozenColumns);
        w.flush();
        zip.closeEntry();
        String filter = "$A$1" + (last == 0 && columns.length == 1 ? "" : ":$" + columns[columns.length - 1] + "$" + (last + 1));
        part(zip, w, "xl/workbook.xml", XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
                + "<bookViews><workbookView activeTab=\"0\"/></bookViews>"
                + "<sheets><sheet name=\"" + escape(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                + "<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">"
                + escape("'" + sheetName.replace("'", "''") + "'!" + filter) + "</definedName></definedNames>"
                + "</workbook>");
        zip.finish();
    }

    /** Writes the sheet part and returns the index of the last row. */
    private static int sheet(Writer w, List<String> header, String[] columns, Iterable<? extends List<?>> rows,
            int frozenColumns) throws IOException {
        w.write(XML);
        w.write("<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">");
        String topLeft = columnName(frozenColumns) + "2";
        if (frozenColumns > 0) {
            w.write("<pane xSplit=\"" + frozenColumns + "\" ySplit=\"1\" topLeftCell=\"" + topLeft
                    + "\" activePane=\"bottomRight\" state=\"frozen\"/><selection pane=\"topRight\"/>"
                    + "<selection pane=\"bottomLeft\"/><selection pane=\"bottomRight\"/>");
        } else {
            w.write("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                    + "<selection pane=\"bottomLeft\"/>");
        }
        w.write("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int c = 0; c < columns.length; c++) {
            int width = Math.min(MAX_WIDTH, Math.max(10, header.get(c).length() + 3));
            w.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + width + ".0\" customWidth=\"1\"/>");
        }
        w.write("</cols><sheetData><row r=\"1\">");
        for (int c = 0; c < columns.length; c++) {
            text(w, columns[c] + "1", header.get(c), HEADER_STYLE);
        }
        w.write("</row>");
        int r = 0;
        for (List<?> values : rows) {
            if (values.size() > columns.length) {
                throw new IllegalArgumentException("row " + (r + 1) + " has " + values.size()
                        + " cells but the header has " + columns.length + " columns");
            }
            if (r + 1 > LAST_ROW_INDEX) {
                throw new IllegalArgumentException("the table has more rows than a sheet holds (" + LAST_ROW_INDEX + ")");
            }
            r++;
            String number = Integer.toString(r + 1);
            w.write("<row r=\"");
            w.write(number);
            w.write("\">");
            for (int c = 0; c < values.size(); c++) {
                cell(w, columns[c] + number, values.get(c));
            }
            w.write("</row>");
        }
        w.write("</sheetData><autoFilter ref=\"A1");
        if (r > 0 || columns.length > 1) {
            w.write(":" + columns[columns.length - 1] + (r + 1));
        }
        w.write("\"/></worksheet>");
        return r;
    }

    private static void cell(Writer w, String ref, @Nullable Object value) throws IOException {
        if (value == null || value instanceof String t && t.isEmpty()) {
            return;
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isFinite(d)) {
                w.write("<c r=\"" + ref + "\" t=\"n\"><v>" + d + "</v></c>");
            }
        } else if (value instanceof Boolean b) {
            w.write("<c r=\"" + ref + "\" t=\"b\"><v>" + (b ? "1" : "0") + "</v></c>");
        } else if (value instanceof Light l) {
            text(w, ref, l.name(), 2 + l.ordinal());
        } else {
            String s = String.valueOf(value);
            text(w, ref, s.length() > MAX_TEXT_LENGTH ? s.substring(0, MAX_TEXT_LENGTH) : s, 0);
        }
    }

    private static void text(Writer w, String ref, String s, int style) throws IOException {
        w.write("<c r=\"");
        w.write(ref);
        w.write(style == 0 ? "\" t=\"inlineStr\"><is><t" : "\" s=\"" + style + "\" t=\"inlineStr\"><is><t");
        if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)))) {
            w.write(" xml:space=\"preserve\"");
        }
        w.write('>');
        w.write(escape(s));
        w.write("</t></is></c>");
    }

    /** Styles: font 1 bold; fills 2 to 4 the lights'; cell styles 1 the header, 2 to 4 the lights. */
    private static String styles() {
        StringBuilder b = new StringBuilder(XML).append("<styleSheet xmlns=\"").append(MAIN).append("\">")
                .append("<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
                .append("<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>")
                .append("<fills count=\"").append(2 + Light.values().length).append("\">")
                .append("<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>");
        for (Light l : Light.values()) {
            b.append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF").append(l.rgbHex())
                    .append("\"/></patternFill></fill>");
        }
        b.append("</fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>")
                .append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
                .append("<cellXfs count=\"").append(2 + Light.values().length).append("\">")
                .append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>")
                .append("<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>");
        for (Light l : Light.values()) {
            b.append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"").append(2 + l.ordinal())
                    .append("\" borderId=\"0\" xfId=\"0\" applyFill=\"1\"/>");
        }
        return b.append("</cellXfs>").append(NORMAL_STYLE).append("</styleSheet>").toString();
    }

    private static void part(ZipOutputStream zip, Writer w, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        w.write(xml);
        w.flush();
        zip.closeEntry();
    }

    /** {@code 0} to {@code A}, {@code 26} to {@code AA}. */
    private static String columnName(int index) {
        StringBuilder b = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            b.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return b.toString();
    }

    /**
     * XML text as Apache POI's streaming writer escapes it: markup characters and line breaks as
     * references, other control characters and non-characters as {@code ?}.
     */
    private static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String e = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\n' -> "&#xa;";
                case '\r' -> "&#xd;";
                case '\t' -> "&#x9;";
                default -> c < ' ' || c == '\uFFFE' || c == '\uFFFF' || unpairedSurrogate(s, i) ? "?" : null;
            };
            if (e != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (e != null) {
                    b.append(e);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    private static boolean unpairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }
}
