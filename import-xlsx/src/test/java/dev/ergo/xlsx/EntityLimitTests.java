package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JDK 24+ caps entity totals at 100 000 and counts every {@code &amp;}; our reader lifts that cap. */
class EntityLimitTests {
    private static final int ROWS = 1_000;
    private static final int AMPERSANDS = 150;

    @TempDir
    Path dir;

    @Test
    void sharedStringsWithMoreThan100000Ampersands() throws IOException {
        Path file = dir.resolve("shared.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb.createSheet("Employees"));
            wb.write(out);
        }
        String sst = new String(FileFormatTests.entry(file, "xl/sharedStrings.xml"), StandardCharsets.UTF_8);
        assertThat(count(sst, "&amp;")).isGreaterThan(100_000);
        check(Fixtures.read(file));
    }

    @Test
    void inlineStringsWithMoreThan100000Ampersands() throws IOException {
        Path file = dir.resolve("inline.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb.createSheet("Employees"));
            wb.write(out);
        }
        String sheet = new String(FileFormatTests.entry(file, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        assertThat(count(sheet, "&amp;")).isGreaterThan(100_000);
        check(Fixtures.read(file));
    }

    private static void fill(Sheet s) {
        Row h = s.createRow(0);
        h.createCell(0).setCellValue("employee_id");
        h.createCell(1).setCellValue("department");
        for (int i = 1; i <= ROWS; i++) {
            Row r = s.createRow(i);
            r.createCell(0).setCellValue("E" + i);
            r.createCell(1).setCellValue("R&D <" + i + "> " + "&".repeat(AMPERSANDS));
        }
    }

    private static void check(ImportResult r) {
        assertThat(r.problems()).isEmpty();
        assertThat(r.surveys()).hasSize(ROWS);
        assertThat(r.surveys().get(ROWS - 1).employee().department()).isEqualTo("R&D <" + ROWS + "> " + "&".repeat(AMPERSANDS));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
