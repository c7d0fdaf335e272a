package dev.ergo.xlsx;

import dev.ergo.model.text.Texts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
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

    /** The Instructions sheet's lines: message keys, "" for an empty line; headings are bold. */
    private static final List<String> HOW_TO = List.of(
            "howTo.title",
            "",
            "howTo.employees",
            "howTo.header",
            "howTo.required",
            "howTo.blank",
            "",
            "howTo.units",
            "howTo.lengths",
            "howTo.angles",
            "howTo.durations",
            "",
            "howTo.values",
            "howTo.yesNo",
            "howTo.numbers",
            "howTo.dates",
            "howTo.language",
            "",
            "howTo.sheets");

    /** Headings of the Instructions sheet. */
    private static final java.util.Set<String> HEADINGS =
            java.util.Set.of("howTo.title", "howTo.units", "howTo.values", "howTo.sheets");

    static void write(OutputStream out) throws IOException {
        write(out, XlsxTexts.MESSAGES.in(dev.ergo.model.text.Languages.DEFAULT));
    }

    static void write(OutputStream out, Texts texts) throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            instructions(wb, styles, texts);
            XSSFSheet lists = wb.createSheet(LISTS);
            Map<List<String>, String> listNames = new LinkedHashMap<>();
            for (SheetSpec spec : SheetSpecs.ALL) {
                sheet(wb, spec, styles, lists, listNames, texts);
            }
            wb.setSheetHidden(wb.getSheetIndex(lists), true);
            wb.setSheetOrder(LISTS, wb.getNumberOfSheets() - 1);
            wb.setActiveSheet(0);
            wb.setFirstVisibleTab(0);
            wb.write(written);
        }
        withNormalStyle(written.toByteArray(), out);
    }

    /**
     * Copies the package POI wrote to {@code out} (left open), entry by entry in the same order, with the
     * "Normal" cell style added to {@code xl/styles.xml}: a new POI workbook has none, which readers
     * expect (openpyxl warns that the workbook "contains no default style"; some readers refuse it).
     */
    static void withNormalStyle(byte[] workbook, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("xl/styles.xml")) {
                    data = addNormalStyle(data);
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                zip.putNextEntry(copy);
                zip.write(data);
                zip.closeEntry();
            }
        }
        zip.finish(); // as TableWorkbook: the caller's stream stays open
    }

    /**
     * Adds {@link TableWorkbook#NORMAL_STYLE} after the cell formats, where the schema puts it, unless the
     * style sheet has cell styles already.
     *
     * @throws IllegalStateException if the style sheet has no cell formats (POI always writes them)
     */
    static byte[] addNormalStyle(byte[] styles) {
        String xml = new String(styles, StandardCharsets.UTF_8);
        if (xml.contains("<cellStyles")) {
            return styles;
        }
        String end = "</cellXfs>";
        int at = xml.indexOf(end);
        if (at < 0) {
            throw new IllegalStateException("the template's style sheet has no cell formats");
        }
        at += end.length();
        return (xml.substring(0, at) + TableWorkbook.NORMAL_STYLE + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private static void instructions(XSSFWorkbook wb, Styles styles, Texts texts) {
        XSSFSheet s = wb.createSheet(INSTRUCTIONS);
        s.setColumnWidth(0, 22 * 256);
        s.setColumnWidth(1, 120 * 256);
        int r = 0;
        for (String key : HOW_TO) {
            Row row = s.createRow(r++);
            if (!key.isEmpty()) {
                Cell c = row.createCell(0);
                c.setCellValue(texts.text(key));
                if (HEADINGS.contains(key)) {
                    c.setCellStyle(styles.bold);
                }
            }
        }
        for (SheetSpec spec : SheetSpecs.ALL) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(spec.name());
            row.createCell(1).setCellValue(purpose(spec, texts));
        }
    }

    /** A sheet's purpose in the language, or the English of its spec. */
    static String purpose(SheetSpec spec, Texts texts) {
        String key = "sheet." + spec.name();
        return texts.has(key) ? texts.text(key) : spec.purpose();
    }

    /** A column's help in the language where the bundle has it ({@code column.<sheet>.<column>}), else English. */
    static String help(SheetSpec spec, ColumnSpec col, Texts texts) {
        String key = "column." + spec.name() + "." + col.name();
        return texts.has(key) ? texts.text(key) : col.help();
    }

    private static void sheet(XSSFWorkbook wb, SheetSpec spec, Styles styles, XSSFSheet lists,
            Map<List<String>, String> listNames, Texts texts) {
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
            comment.setString(new XSSFRichTextString(commentText(col, help(spec, col, texts), texts)));
            comment.setAuthor("ergo");
            cell.setCellComment(comment);

            if (col.type() == ColumnType.TEXT || col.type() == ColumnType.LANGUAGE) {
                s.setDefaultColumnStyle(i, styles.text);
            } else if (col.type() == ColumnType.DATE) {
                s.setDefaultColumnStyle(i, styles.date);
            }
            DataValidation dv = validation(wb, dvh, col, i, lists, listNames);
            if (dv != null) {
                dv.setShowErrorBox(true);
                // a language list is a suggestion: de-AT or a tag without translation may be typed (a warning)
                dv.setErrorStyle(col.type() == ColumnType.LANGUAGE ? DataValidation.ErrorStyle.WARNING
                        : DataValidation.ErrorStyle.STOP);
                dv.createErrorBox(texts.text("error.title", "column", col.name()), errorText(col, texts));
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
            case ENUM, LANGUAGE -> constraint = dvh.createFormulaListConstraint(listName(wb, lists, listNames, col.words()));
            default -> {
                return null;
            }
        }
        DataValidation dv = dvh.createValidation(constraint, range);
        if (col.type() == ColumnType.BOOLEAN || col.type() == ColumnType.ENUM || col.type() == ColumnType.LANGUAGE) {
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
        return commentText(col, col.help(), XlsxTexts.MESSAGES.in(dev.ergo.model.text.Languages.DEFAULT));
    }

    static String commentText(ColumnSpec col, String help, Texts texts) {
        StringBuilder sb = new StringBuilder(col.name()).append('\n').append(help);
        switch (col.type()) {
            case NUMBER, INTEGER -> {
                if (col.min() != null) {
                    sb.append('\n').append(texts.text("comment.range", "min", col.min(), "max", col.max(), "unit",
                            unit(col)));
                } else if (!col.unit().isEmpty()) {
                    sb.append('\n').append(texts.text("comment.unit", "unit", unit(col)));
                }
                if (col.type() == ColumnType.INTEGER) {
                    sb.append(' ').append(texts.text("comment.whole"));
                }
                if (col.imperialName() != null) {
                    sb.append('\n').append(texts.text("comment.imperial", "unit", col.imperialUnit(), "column",
                            col.imperialName()));
                }
            }
            case ENUM -> sb.append('\n').append(texts.text("comment.allowed", "words", String.join(", ", col.words())));
            case LANGUAGE -> sb.append('\n').append(texts.text("comment.languages", "words", String.join(", ", col.words())));
            case BOOLEAN -> sb.append('\n').append(texts.text("comment.yesNo"));
            case DATE -> sb.append('\n').append(texts.text("comment.date"));
            case TEXT -> {
                // the help says it all
            }
        }
        if (col.required()) {
            sb.append('\n').append(texts.text("comment.required"));
        }
        return sb.toString();
    }

    /** A {@code select} argument: the unit, or {@code none}. */
    private static String unit(ColumnSpec col) {
        return col.unit().isEmpty() ? "none" : col.unit();
    }

    private static String errorText(ColumnSpec col, Texts texts) {
        return switch (col.type()) {
            case NUMBER -> texts.text("error.number", "min", col.min(), "max", col.max(), "unit", unit(col));
            case INTEGER -> texts.text("error.integer", "min", col.min(), "max", col.max(), "unit", unit(col));
            case BOOLEAN -> texts.text("error.yesNo");
            case LANGUAGE -> texts.text("error.language", "words", String.join(", ", col.words()));
            default -> texts.text("error.choose", "words", String.join(", ", col.words()));
        };
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
