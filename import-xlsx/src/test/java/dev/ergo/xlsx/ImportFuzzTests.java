package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fuzz tests of the importer. {@code mvn verify} runs them on the committed inputs in
 * {@code src/test/resources/dev/ergo/xlsx/ImportFuzzTestsInputs/}; {@code JAZZER_FUZZ=1} fuzzes (see README).
 * Whatever the input, only an {@link ImportException} or row problems may come out, and every sheet's
 * rows read equal its rows imported plus rejected.
 */
class ImportFuzzTests {
    private static final SurveyImporter IMPORTER = SurveyImporter.create();

    /** A workbook built from the fuzzer's choices of sheets, headers, cell types and values. */
    @FuzzTest(maxDuration = "5m")
    void structuredWorkbook(FuzzedDataProvider data) throws IOException {
        check(FuzzBook.write(data));
    }

    /** Any bytes, through format detection and the import. */
    @FuzzTest(maxDuration = "5m")
    void rawBytes(byte[] bytes) {
        check(bytes);
    }

    static void check(byte[] bytes) {
        ImportResult result;
        try {
            result = IMPORTER.read(new ByteArrayInputStream(bytes));
        } catch (ImportException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n", "Exception");
            return;
        }
        for (SheetSummary s : result.sheets()) {
            assertThat(s.rowsRead()).as(s.toString()).isEqualTo(s.rowsImported() + s.rowsRejected());
        }
        for (ImportProblem p : result.problems()) {
            assertThat(p.message()).as(p.toString()).isNotBlank().doesNotContain("Exception");
            assertThat(p.row()).as(p.toString()).isNotNegative();
        }
        assertThat(result.sheets()).isNotEmpty();
        assertThat(result.surveys()).hasSize(result.sheets().get(0).rowsImported());
    }

    /** Builds an .xlsx in memory from fuzzer choices (XSSF with shared strings, or SXSSF with inline strings). */
    static final class FuzzBook {
        private FuzzBook() {}

        private static final List<String> SHEETS = new ArrayList<>();
        private static final List<String> WORDS = List.of("E1", "E2", "E3", "e1", " E1 ", "1042", "yes", "no", "Y", "n",
                "TRUE", "f", "M", "x", "left", "Right", "hand-arm", "whole-body", "good", "fair", "poor", "none", "fixed",
                "adjustable", "2024-02-29", "2023-02-29", "12,5", "1e400", "NaN", "-0", "=1+1", "\u00a045.5\u00a0", "");
        private static final List<String> FORMULAS = List.of("1+1", "A1", "\"t\"&\"x\"", "1/0", "NA()", "DATE(2024,1,1)",
                "SUM(B2:B3)");

        static {
            for (SheetSpec s : SheetSpecs.ALL) {
                SHEETS.add(s.name());
            }
            SHEETS.addAll(List.of("employees", "Employees ", "Instructions", "ROSA (old)"));
        }

        static byte[] write(FuzzedDataProvider data) throws IOException {
            boolean streaming = data.consumeBoolean();
            try (Workbook wb = streaming ? new SXSSFWorkbook(20) : new XSSFWorkbook()) {
                if (!streaming && data.consumeBoolean()) {
                    var ct = ((XSSFWorkbook) wb).getCTWorkbook();
                    (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
                }
                CellStyle date = wb.createCellStyle();
                date.setDataFormat(wb.createDataFormat().getFormat(data.consumeBoolean() ? "yyyy-mm-dd" : "0.00"));
                Set<String> used = new HashSet<>();
                int sheets = data.consumeInt(0, 4);
                for (int i = 0; i < sheets; i++) {
                    String name = i == 0 && data.consumeBoolean() ? "Employees"
                            : data.consumeBoolean() ? data.pickValue(SHEETS) : data.consumeString(40);
                    name = WorkbookUtil.createSafeSheetName(name);
                    if (name.isBlank() || !used.add(name.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    sheet(data, wb.createSheet(name), date);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                wb.write(out);
                return out.toByteArray();
            }
        }

        private static void sheet(FuzzedDataProvider data, Sheet sheet, CellStyle date) {
            SheetSpec spec = SheetSpecs.find(sheet.getSheetName());
            List<ColumnSpec> known = spec != null ? spec.columns() : SheetSpecs.ALL.get(0).columns();
            int firstRow = data.consumeInt(0, 3);
            int width = data.consumeInt(0, Math.min(12, known.size() + 2));
            Row header = sheet.createRow(firstRow);
            List<ColumnSpec> columns = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                ColumnSpec col = c == 0 && data.consumeBoolean() ? known.get(0) : data.pickValue(known);
                String text = switch (data.consumeInt(0, 3)) {
                    case 0 -> col.name().toUpperCase(Locale.ROOT).replace('_', ' ');
                    case 1 -> col.imperialName() != null ? col.imperialName() : col.name();
                    case 2 -> data.consumeString(12);
                    default -> col.name();
                };
                header.createCell(c).setCellValue(text);
                columns.add(col);
            }
            int rows = data.consumeInt(0, 10);
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(firstRow + r);
                for (int c = 0; c < width + data.consumeInt(0, 1); c++) {
                    cell(data, row, c, c < columns.size() ? columns.get(c) : null, date);
                }
            }
        }

        private static void cell(FuzzedDataProvider data, Row row, int c, ColumnSpec column, CellStyle date) {
            int kind = data.consumeInt(0, 10);
            if (kind == 0) {
                return;
            }
            Cell cell = row.createCell(c);
            switch (kind) {
                case 1 -> cell.setCellValue(data.pickValue(WORDS));
                case 2 -> cell.setCellValue(data.consumeString(60));
                case 3 -> cell.setCellValue(data.consumeDouble());
                case 4 -> cell.setCellValue(data.consumeInt(-20, 400) / (data.consumeBoolean() ? 1.0 : 10.0));
                case 5 -> cell.setCellValue(data.consumeBoolean());
                case 6 -> {
                    cell.setCellValue(LocalDate.ofEpochDay(data.consumeLong(-800_000, 3_000_000)));
                    cell.setCellStyle(date);
                }
                case 7 -> {
                    try {
                        cell.setCellFormula(data.pickValue(FORMULAS));
                    } catch (FormulaParseException e) {
                        cell.setBlank();
                    }
                }
                case 8 -> cell.setCellErrorValue(data.pickValue(List.of(FormulaError.DIV0, FormulaError.NA,
                        FormulaError.VALUE, FormulaError.REF, FormulaError.NUM)).getCode());
                case 9 -> cell.setCellValue(column != null && !column.words().isEmpty()
                        ? data.pickValue(column.words()) : data.consumeString(8));
                default -> cell.setCellValue(column != null && column.min() != null
                        ? Double.parseDouble(column.min()) + data.consumeProbabilityDouble()
                                * (Double.parseDouble(column.max()) - Double.parseDouble(column.min()))
                        : data.consumeInt(0, 10));
            }
        }
    }
}
