package dev.ergo.xlsx;

import static dev.ergo.xlsx.Fixtures.employees;
import static dev.ergo.xlsx.TestBook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LimitTests {
    @TempDir
    Path dir;

    private static SurveyImporter with(ImportOptions.Builder b) {
        return SurveyImporter.of(b.build());
    }

    @Test
    void rowsPerSheet() {
        Path two = TestBook.create().sheet("Employees", employees("E1", "E2")).write(dir);
        Path three = TestBook.create().sheet("Employees", row("employee_id"), row("E1"), row(), row("E2"), row("E3")).write(dir);
        SurveyImporter importer = with(ImportOptions.builder().maxRowsPerSheet(2));
        assertThat(importer.read(two).surveys()).hasSize(2);
        assertThatThrownBy(() -> importer.read(three))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.limit()).isEqualTo("maxRowsPerSheet");
                    assertThat(e.value()).isEqualTo(2);
                })
                .hasMessage("the sheet Employees has more than 2 data rows (maxRowsPerSheet)");
    }

    @Test
    void columnsBeyondTheLimitAreNotReadAndListedOnce() {
        Path threeColumns = TestBook.create().sheet("Employees", row("employee_id", "age", "sex"), row("E1", 30, "F")).write(dir);
        Path fourHeaders = TestBook.create().sheet("Employees", row("employee_id", "age", "sex", "site"), row("E1", 30, "F", "North"),
                row("E2", 31, "M", "South")).write(dir);
        SurveyImporter importer = with(ImportOptions.builder().maxColumns(3));
        assertThat(importer.read(threeColumns).problems()).isEmpty();
        ImportResult r = importer.read(fourHeaders);
        assertThat(r.problems()).extracting(ImportProblem::severity, ImportProblem::message).containsExactly(
                tuple(ImportProblem.Severity.NOTICE, "1 cell beyond the first 3 columns (maxColumns) was ignored, in D1"),
                tuple(ImportProblem.Severity.NOTICE, "2 cells right of the last column with a header (C) were ignored, in D2:D3"));
        assertThat(r.surveys()).extracting(s -> s.employee().site()).containsExactly(null, null);
    }

    @Test
    void dataRightOfTheLastHeaderIsIgnoredWithOneNotice() {
        Path file = TestBook.create().sheet("Employees", row("employee_id", "age", "sex"), row("E1", 30, "F", "stray"),
                row("E2", 31, null, null, "x", "y")).write(dir);
        ImportResult r = Fixtures.IMPORTER.read(file);
        assertThat(r.problems()).extracting(ImportProblem::severity, ImportProblem::sheet, ImportProblem::message).containsExactly(
                tuple(ImportProblem.Severity.NOTICE, "Employees", "3 cells right of the last column with a header (C) were ignored, in D2:F3"));
        assertThat(r.surveys()).hasSize(2);
    }

    @Test
    void overLongCellIsAProblemForThatCell() throws IOException {
        Path shared = TestBook.create().sheet("Employees", row("employee_id", "name"), row("E1", "x".repeat(11)), row("E2", "y".repeat(12))).write(dir);
        Path inline = dir.resolve("inline.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(inline)) {
            var s = wb.createSheet("Employees");
            s.createRow(0).createCell(0).setCellValue("employee_id");
            s.getRow(0).createCell(1).setCellValue("name");
            s.createRow(1).createCell(0).setCellValue("E1");
            s.getRow(1).createCell(1).setCellValue("x".repeat(11));
            s.createRow(2).createCell(0).setCellValue("E2");
            s.getRow(2).createCell(1).setCellValue("y".repeat(5000));
            wb.write(out);
        }
        SurveyImporter importer = with(ImportOptions.builder().maxCellChars(11));
        for (Path file : new Path[] {shared, inline}) {
            ImportResult r = importer.read(file);
            assertThat(r.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::cell, ImportProblem::message)
                    .containsExactly(tuple(3, "name", "B3", "the text is longer than 11 characters"));
            assertThat(r.surveys()).extracting(s -> s.employee().name()).containsExactly("x".repeat(11));
        }
    }

    @Test
    void overLongHeaderIsIgnoredWithAWarning() {
        Path file = TestBook.create().sheet("Employees", row("employee_id", "department_of_x"), row("E1", "HR")).write(dir);
        ImportResult r = with(ImportOptions.builder().maxCellChars(11)).read(file);
        assertThat(r.problems()).extracting(ImportProblem::severity, ImportProblem::cell, ImportProblem::message)
                .containsExactly(tuple(ImportProblem.Severity.WARNING, "B1", "the header is longer than 11 characters; the column is ignored"));
        assertThat(r.surveys()).hasSize(1);
    }

    @Test
    void fileBytes() throws IOException {
        Path file = TestBook.create().sheet("Employees", employees("E1")).write(dir);
        long size = Files.size(file);
        assertThat(with(ImportOptions.builder().maxFileBytes(size)).read(file).surveys()).hasSize(1);
        SurveyImporter small = with(ImportOptions.builder().maxFileBytes(size - 1));
        assertThatThrownBy(() -> small.read(file))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.limit()).isEqualTo("maxFileBytes"))
                .hasMessage("the file has " + size + " bytes, more than the limit of " + (size - 1) + " bytes (maxFileBytes)");
        try (InputStream in = Files.newInputStream(file)) {
            assertThatThrownBy(() -> small.read(in)).isInstanceOf(LimitExceededException.class)
                    .hasMessage("the workbook has more than the limit of " + (size - 1) + " bytes (maxFileBytes)");
        }
    }

    @Test
    void readFromStreamUsesATemporaryFileAndDeletesIt() throws IOException {
        byte[] bytes = Files.readAllBytes(TestBook.create().sheet("Employees", employees("E1", 1042)).write(dir));
        long before = tempFiles();
        ImportResult r = Fixtures.IMPORTER.read(new ByteArrayInputStream(bytes));
        assertThat(r.surveys()).extracting(s -> s.employee().id()).containsExactly("E1", "1042");
        assertThat(tempFiles()).isEqualTo(before);
        assertThatThrownBy(() -> Fixtures.IMPORTER.read(new ByteArrayInputStream("a;b\n1;2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isInstanceOf(UnsupportedFormatException.class);
        assertThat(tempFiles()).isEqualTo(before);
    }

    private static long tempFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("ergo-import-")).count();
        }
    }

    @Test
    void poiGlobalSettingsAreLeftAlone() {
        double ratio = org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio();
        long entry = org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize();
        Fixtures.IMPORTER.read(TestBook.create().sheet("Employees", employees("E1")).write(dir));
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio()).isEqualTo(ratio);
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize()).isEqualTo(entry);
    }
}
