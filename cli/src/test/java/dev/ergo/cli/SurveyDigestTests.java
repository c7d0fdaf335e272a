package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.Sex;
import dev.ergo.model.SourceRow;
import dev.ergo.xlsx.SurveyImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SurveyDigest}: every field of a survey counts, and fields never run together. */
class SurveyDigestTests {
    @TempDir
    Path tmp;

    @Test
    void theSameSurveyImportedTwiceHasTheSameDigest() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 3);

        List<String> first = digests(book);

        assertThat(first).doesNotContainNull().doesNotHaveDuplicates().hasSize(3);
        assertThat(digests(book)).isEqualTo(first);
    }

    @Test
    void oneChangedFactorCellChangesOnlyThatEmployeesDigest() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 3);
        Path changed = tmp.resolve("changed.xlsx");
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("ROSA").getRow(3).getCell(2).setCellValue(1.0); // E-0003: seat depth 2 before
            try (OutputStream o = Files.newOutputStream(changed)) {
                wb.write(o);
            }
        }

        List<String> before = digests(book);
        List<String> after = digests(changed);

        assertThat(after.subList(0, 2)).isEqualTo(before.subList(0, 2));
        assertThat(after.get(2)).isNotEqualTo(before.get(2));
    }

    @Test
    void everyEmployeeFieldCounts() {
        Employee e = employee("E1", "Ann", "Dept", 40, 170.0, SourceRow.of("Employees", 2));
        String digest = digest(e, List.of());

        assertThat(digest(employee("E1", "Ann", "Dept", 40, 170.0, SourceRow.of("Employees", 2)), List.of())).isEqualTo(digest);
        assertThat(digest(employee("E1", "Anne", "Dept", 40, 170.0, SourceRow.of("Employees", 2)), List.of())).isNotEqualTo(digest);
        assertThat(digest(employee("E1", "Ann", "Dept", 41, 170.0, SourceRow.of("Employees", 2)), List.of())).isNotEqualTo(digest);
        assertThat(digest(employee("E1", "Ann", "Dept", 40, 170.1, SourceRow.of("Employees", 2)), List.of())).isNotEqualTo(digest);
        assertThat(digest(employee("E1", "Ann", "Dept", 40, 170.0, SourceRow.of("Employees", 3)), List.of())).isNotEqualTo(digest);
        assertThat(digest(e, List.of(SourceRow.of("ROSA", 4)))).as("a rejected row").isNotEqualTo(digest);
    }

    @Test
    void neighbouringFieldsDoNotRunTogether() {
        SourceRow at = SourceRow.of("Employees", 2);
        assertThat(digest(employee("E1", "Ann", "Dept", 40, 170.0, at), List.of()))
                .isNotEqualTo(digest(employee("E1", "AnnD", "ept", 40, 170.0, at), List.of()));
    }

    @Test
    void anEmptyTextIsNotAMissingOne() {
        SourceRow at = SourceRow.of("Employees", 2);
        assertThat(digest(employee("E1", "", "Dept", 40, 170.0, at), List.of()))
                .isNotEqualTo(digest(employee("E1", null, "Dept", 40, 170.0, at), List.of()));
    }

    private static Employee employee(String id, String name, String department, Integer age, Double stature,
            SourceRow origin) {
        return new Employee(id, name, department, "Site", "Job", Sex.F, age, stature, LocalDate.of(2026, 3, 1),
                "Assessor", origin, Locale.GERMAN);
    }

    private static String digest(Employee e, List<SourceRow> rejected) {
        return SurveyDigest.of(new EmployeeSurvey(e, List.of(), rejected));
    }

    private static List<String> digests(Path book) {
        return SurveyImporter.create().read(book).surveys().stream().map(SurveyDigest::of).toList();
    }
}
