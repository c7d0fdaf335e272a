package dev.ergo.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Writes a table as an {@code .xlsx} workbook for spreadsheet users, streaming (Apache POI's SXSSF, so
 * any number of rows fits in little memory): one sheet, a bold header row with a filter, the header row
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
        int lastRowIndex = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            wb.setCompressTempFiles(true);
            SXSSFSheet sheet = wb.createSheet(sheetName);
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle headerStyle = wb.createCellStyle();
            headerStyle.setFont(bold);
            Map<Light, CellStyle> lights = new EnumMap<>(Light.class);
            for (Light l : Light.values()) {
                XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
                s.setFillForegroundColor(new XSSFColor(l.rgb, null));
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                lights.put(l, s);
            }
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                String name = Objects.requireNonNull(header.get(c), "header names must not be null");
                org.apache.poi.ss.usermodel.Cell cell = h.createCell(c);
                cell.setCellValue(name);
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(10, name.length() + 3)) * 256);
            }
            int r = 0;
            for (List<?> values : rows) {
                if (values.size() > header.size()) {
                    throw new IllegalArgumentException("row " + (r + 1) + " has " + values.size()
                            + " cells but the header has " + header.size() + " columns");
                }
                if (r + 1 > lastRowIndex) {
                    throw new IllegalArgumentException("the table has more rows than a sheet holds ("
                            + lastRowIndex + ")");
                }
                r++;
                Row row = sheet.createRow(r);
                for (int c = 0; c < values.size(); c++) {
                    put(row, c, values.get(c), lights);
                }
            }
            sheet.createFreezePane(frozenColumns, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, r, 0, header.size() - 1));
            wb.write(out);
        }
    }

    private static void put(Row row, int column, @Nullable Object value, Map<Light, CellStyle> lights) {
        if (value == null || value instanceof String t && t.isEmpty() || value instanceof Double d && !Double.isFinite(d)
                || value instanceof Float f && !Float.isFinite(f)) {
            return;
        }
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof Light l) {
            cell.setCellValue(l.name());
            cell.setCellStyle(lights.get(l));
        } else {
            String s = String.valueOf(value);
            cell.setCellValue(s.length() > SpreadsheetVersion.EXCEL2007.getMaxTextLength()
                    ? s.substring(0, SpreadsheetVersion.EXCEL2007.getMaxTextLength()) : s);
        }
    }
}
