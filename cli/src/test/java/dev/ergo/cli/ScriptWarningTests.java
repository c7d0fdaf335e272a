package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names and task names in scripts the report fonts do not cover (issue #18): each such text is a
 * warning in problems.csv naming the employee, sheet, row and column, and the report shows a mark.
 */
class ScriptWarningTests {
    @TempDir
    Path dir;

    private Path workbook() throws Exception {
        Path file = dir.resolve("scripts.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet e = wb.createSheet("Employees");
            rows(e, new Object[][] {{"employee_id", "name", "department", "job_title", "site"},
                {"E1", "王小明", "経理部", "Accountant", "서울"},
                {"E2", "דוד כהן", "הנהלת חשבונות", "अनिल", "กรุงเทพ"}});
            Sheet p = wb.createSheet("Postures");
            rows(p, new Object[][] {{"employee_id", "task", "upper_arm_deg", "lower_arm_deg", "wrist_deg", "neck_deg", "trunk_deg"},
                {"E1", "箱を運ぶ", 20, 80, 5, 10, 5},
                {"E2", "הרמת ארגזים", 20, 80, 5, 10, 5}});
            wb.write(out);
        }
        return file;
    }

    private static void rows(Sheet s, Object[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else {
                    row.createCell(c).setCellValue((String) rows[r][c]);
                }
            }
        }
    }

    private static int run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            return Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void textsTheFontsCannotDrawAreWarningsNamingEmployeeAndField() throws Exception {
        Path out = dir.resolve("out");
        assertThat(run("assess", workbook().toString(), "--out", out.toString(), "--date", "2026-11-24", "-q")).isZero();
        List<String> problems = Files.readAllLines(out.resolve("problems.csv"));
        String tail = "; they show as \uFFFD; add a font that has them (ergo assess --font FILE)";
        assertThat(problems).containsExactly("severity,sheet,row,column,cell,message,employee_id",
                "WARNING,Employees,2,name,,employee E1: the reports cannot draw 3 characters of name (Han script)" + tail + ",E1",
                "WARNING,Employees,2,department,,employee E1: the reports cannot draw 3 characters of department (Han script)" + tail + ",E1",
                "WARNING,Employees,2,site,,employee E1: the reports cannot draw 2 characters of site (Hangul script)" + tail + ",E1",
                "WARNING,Postures,2,task,,employee E1: the reports cannot draw 4 characters of task (Han and Hiragana scripts)" + tail + ",E1");
        assertThat(String.join("\n", problems)).doesNotContain("王", "経", "E2");
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(out.resolve("reports/E1.pdf").toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(d)).contains("\uFFFD\uFFFD\uFFFD");
        }
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(out.resolve("reports/E2.pdf").toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(d)).contains("דוד כהן", "अनिल", "กรุงเทพ")
                    .doesNotContain("\uFFFD");
        }
    }

    @Test
    void namesLeftOffTheReportsAreNotChecked() throws Exception {
        Path out = dir.resolve("out");
        run("assess", workbook().toString(), "--out", out.toString(), "--no-names", "-q");
        assertThat(Files.readString(out.resolve("problems.csv"))).doesNotContain(",name,").contains(",department,");
    }

    @Test
    void aFileThatIsNoFontIsAWrongCommandLine() throws Exception {
        Path notAFont = Files.writeString(dir.resolve("font.ttf"), "not a font");
        assertThat(run("assess", workbook().toString(), "--out", dir.resolve("out").toString(), "--font", notAFont.toString()))
                .isEqualTo(2);
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
