package dev.ergo.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small test workbooks with XSSF (which writes no cached value for unevaluated formulas). */
final class TestBook {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** A formula cell; evaluated ones get a cached result. */
    record Formula(String formula, boolean evaluate) {}

    /** A number cell with a custom format. */
    record Formatted(double value, String format) {}

    /** An error cell, for example {@code #DIV/0!}. */
    record Error(String code) {}

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final CellStyle dateStyle;
    private final List<Formula> pendingFormulas = new ArrayList<>();

    private TestBook() {
        dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    static TestBook create() {
        return new TestBook();
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    static Formula formula(String f) {
        return new Formula(f, false);
    }

    static Formula evaluated(String f) {
        return new Formula(f, true);
    }

    /** Switches the workbook to the 1904 date system; call before adding dates. */
    TestBook date1904() {
        var ct = wb.getCTWorkbook();
        (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
        return this;
    }

    TestBook sheet(String name, Object[]... rows) {
        return sheetAt(name, 0, rows);
    }

    /** Adds a sheet whose first row is at the 0-based index {@code firstRow}. */
    TestBook sheetAt(String name, int firstRow, Object[]... rows) {
        XSSFSheet s = wb.createSheet(name);
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        for (int r = 0; r < rows.length; r++) {
            Row row = s.createRow(firstRow + r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof String t) {
                    cell.setCellValue(t);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b);
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(dateStyle);
                } else if (v instanceof Formatted f) {
                    cell.setCellValue(f.value());
                    CellStyle st = wb.createCellStyle();
                    st.setDataFormat(wb.createDataFormat().getFormat(f.format()));
                    cell.setCellStyle(st);
                } else if (v instanceof Formula f) {
                    cell.setCellFormula(f.formula());
                    if (f.evaluate()) {
                        ev.evaluateFormulaCell(cell);
                    }
                } else if (v instanceof Error e) {
                    cell.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.forString(e.code()).getCode());
                } else {
                    throw new IllegalArgumentException("unsupported cell value " + v);
                }
            }
        }
        return this;
    }

    XSSFWorkbook workbook() {
        return wb;
    }

    Path write(Path dir) {
        Path file = dir.resolve("book-" + COUNTER.incrementAndGet() + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
            wb.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
