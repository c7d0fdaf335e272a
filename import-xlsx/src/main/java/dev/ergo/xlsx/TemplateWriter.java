package dev.ergo.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds the template workbook from the sheet registry. */
final class TemplateWriter {
    private TemplateWriter() {}

    static final String INSTRUCTIONS = "Instructions";
    static final String LISTS = "Lists";
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    private static final List<String> HOW_TO = List.of(
            "How to fill in this workbook",
            "",
            "Put one row per employee on the Employees sheet. Every other sheet refers to an employee by employee_id, exactly as on Employees.",
            "Keep the header row (row 1) of each sheet. Column order does not matter; columns with other names are ignored with a warning.",
            "Headers with an orange background are required. Hover over a header to see what to enter, its unit and its plausible range.",
            "Leave a cell blank when the value was not recorded. A value outside its plausible range is reported, never silently corrected.",
            "",
            "Units",
            "Lengths in centimetres (columns ending in _cm). You may give a length in inches instead by renaming the header to _in (for example popliteal_height_in); weights ending in _kg may be given in pounds as _lb. Never give both forms of one column.",
            "Angles in degrees. Sign convention everywhere: flexion (bending forward or down) is positive, extension is negative.",
            "Durations in hours per day (0 to 24); the Lifting sheet's duration_hours is continuous lifting, 0 to 8.",
            "",
            "Values",
            "yes/no columns: yes or no (y/n, true/false and 1/0 also work). Blank means not recorded, which is not the same as no; on the ROSA sheet blank flags count as no; on the Postures sheet a blank takes the default named in the header's comment, and the report lists it.",
            "Numbers: type them as numbers. Text is accepted only with a point as the decimal separator (12.5, not 12,5).",
            "Dates: a date cell or text in the form YYYY-MM-DD.",
            "",
            "Sheets");

    static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            instructions(wb, styles);
            XSSFSheet lists = wb.createSheet(LISTS);
            Map<List<String>, String> listNames = new LinkedHashMap<>();
            for (SheetSpec spec : SheetSpecs.ALL) {
                sheet(wb, spec, styles, lists, listNames);
            }
            wb.setSheetHidden(wb.getSheetIndex(lists), true);
            wb.setSheetOrder(LISTS, wb.getNumberOfSheets() - 1);
            wb.setActiveSheet(0);
            wb.setFirstVisibleTab(0);
            wb.write(out);
        }
    }

    private static void instructions(XSSFWorkbook wb, Styles styles) {
        XSSFSheet s = wb.createSheet(INSTRUCTIONS);
        s.setColumnWidth(0, 22 * 256);
        s.setColumnWidth(1, 120 * 256);
        int r = 0;
        for (String line : HOW_TO) {
            Row row = s.createRow(r++);
            if (!line.isEmpty()) {
                Cell c = row.createCell(0);
                c.setCellValue(line);
                if (!line.contains(" ") || line.startsWith("How to")) {
                    c.setCellStyle(styles.bold);
                }
            }
        }
        for (SheetSpec spec : SheetSpecs.ALL) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(spec.name());
            row.createCell(1).setCellValue(spec.purpose());
        }
    }

    private static void sheet(XSSFWorkbook wb, SheetSpec spec, Styles styles, XSSFSheet lists,
            Map<List<String>, String> listNames) {
        XSSFSheet s = wb.createSheet(spec.name());
        Row header = s.createRow(0);
        Drawing<?> drawing = s.createDrawingPatriarch();
        DataValidationHelper dvh = s.getDataValidationHelper();
        List<ColumnSpec> columns = spec.columns();
        for (int i = 0; i < columns.size(); i++) {
            ColumnSpec col = columns.get(i);
            Cell cell = header.createCell(i);
            cell.setCellValue(col.name());
            cell.setCellStyle(col.required() ? styles.requiredHeader : styles.header);
            // bold headers are wider than the default font's character unit: 1.3 units per character plus the comment marker
            s.setColumnWidth(i, (int) Math.min(Math.max(col.name().length() * 1.3 + 4, 12), 48) * 256);

            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(i);
            anchor.setCol2(i + 3);
            anchor.setRow1(0);
            anchor.setRow2(7);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(new XSSFRichTextString(commentText(col)));
            comment.setAuthor("ergo");
            cell.setCellComment(comment);

            if (col.type() == ColumnType.TEXT) {
                s.setDefaultColumnStyle(i, styles.text);
            } else if (col.type() == ColumnType.DATE) {
                s.setDefaultColumnStyle(i, styles.date);
            }
            DataValidation dv = validation(wb, dvh, col, i, lists, listNames);
            if (dv != null) {
                dv.setShowErrorBox(true);
                dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
                dv.createErrorBox("Invalid " + col.name(), errorText(col));
                dv.setEmptyCellAllowed(true);
                s.addValidationData(dv);
            }
        }
        s.createFreezePane(1, 1);
    }

    private static DataValidation validation(XSSFWorkbook wb, DataValidationHelper dvh, ColumnSpec col, int i,
            XSSFSheet lists, Map<List<String>, String> listNames) {
        CellRangeAddressList range = new CellRangeAddressList(1, LAST_ROW, i, i);
        DataValidationConstraint constraint;
        switch (col.type()) {
            case NUMBER -> {
                if (col.min() == null) {
                    return null;
                }
                constraint = dvh.createDecimalConstraint(OperatorType.BETWEEN, col.min(), col.max());
            }
            case INTEGER -> {
                if (col.min() == null) {
                    return null;
                }
                constraint = dvh.createIntegerConstraint(OperatorType.BETWEEN, col.min(), col.max());
            }
            case BOOLEAN -> constraint = dvh.createFormulaListConstraint(listName(wb, lists, listNames, List.of("yes", "no")));
            case ENUM -> constraint = dvh.createFormulaListConstraint(listName(wb, lists, listNames, col.words()));
            default -> {
                return null;
            }
        }
        DataValidation dv = dvh.createValidation(constraint, range);
        if (col.type() == ColumnType.BOOLEAN || col.type() == ColumnType.ENUM) {
            dv.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
        }
        return dv;
    }

    /** Returns the named range of a word list on the hidden Lists sheet, adding it on first use. */
    private static String listName(XSSFWorkbook wb, XSSFSheet lists, Map<List<String>, String> names, List<String> words) {
        String existing = names.get(words);
        if (existing != null) {
            return existing;
        }
        int column = names.size();
        String name = "list_" + String.join("_", words).replaceAll("[^A-Za-z0-9]", "_");
        Row head = lists.getRow(0) != null ? lists.getRow(0) : lists.createRow(0);
        head.createCell(column).setCellValue(name);
        for (int r = 0; r < words.size(); r++) {
            Row row = lists.getRow(r + 1) != null ? lists.getRow(r + 1) : lists.createRow(r + 1);
            row.createCell(column).setCellValue(words.get(r));
        }
        String letters = CellReference.convertNumToColString(column);
        Name n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(LISTS + "!$" + letters + "$2:$" + letters + "$" + (words.size() + 1));
        names.put(words, name);
        return name;
    }

    static String commentText(ColumnSpec col) {
        StringBuilder sb = new StringBuilder(col.name()).append('\n').append(col.help());
        switch (col.type()) {
            case NUMBER, INTEGER -> {
                if (col.min() != null) {
                    sb.append("\nPlausible range: ").append(col.min()).append(" to ").append(col.max());
                    if (!col.unit().isEmpty()) {
                        sb.append(' ').append(col.unit());
                    }
                    sb.append('.');
                } else if (!col.unit().isEmpty()) {
                    sb.append("\nUnit: ").append(col.unit()).append('.');
                }
                if (col.type() == ColumnType.INTEGER) {
                    sb.append(" Whole numbers only.");
                }
                if (col.imperialName() != null) {
                    sb.append("\nMay be given in ").append(col.imperialUnit()).append(" as ").append(col.imperialName()).append(" instead.");
                }
            }
            case ENUM -> sb.append("\nAllowed: ").append(String.join(", ", col.words())).append('.');
            case BOOLEAN -> sb.append("\nyes or no.");
            case DATE -> sb.append("\nA date, or text YYYY-MM-DD.");
            case TEXT -> {
                // the help says it all
            }
        }
        if (col.required()) {
            sb.append("\nRequired.");
        }
        return sb.toString();
    }

    private static String errorText(ColumnSpec col) {
        return switch (col.type()) {
            case NUMBER -> "Enter a number from " + col.min() + " to " + col.max() + unitSuffix(col) + ".";
            case INTEGER -> "Enter a whole number from " + col.min() + " to " + col.max() + unitSuffix(col) + ".";
            case BOOLEAN -> "Choose yes or no.";
            default -> "Choose one of: " + String.join(", ", col.words()) + ".";
        };
    }

    private static String unitSuffix(ColumnSpec col) {
        return col.unit().isEmpty() ? "" : " (" + col.unit() + ")";
    }

    /** The few cell styles of the template. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle requiredHeader;
        final CellStyle bold;
        final CellStyle text;
        final CellStyle date;

        Styles(XSSFWorkbook wb) {
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            header = headerStyle(wb, boldFont, IndexedColors.GREY_25_PERCENT);
            requiredHeader = headerStyle(wb, boldFont, IndexedColors.LIGHT_ORANGE);
            text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        private static CellStyle headerStyle(XSSFWorkbook wb, Font font, IndexedColors fill) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setFillForegroundColor(fill.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setBorderBottom(BorderStyle.THIN);
            return s;
        }
    }
}
