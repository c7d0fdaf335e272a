package dev.ergo.xlsx;

import static dev.ergo.xlsx.Fixtures.employees;
import static dev.ergo.xlsx.Fixtures.read;
import static dev.ergo.xlsx.TestBook.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.SourceRow;
import dev.ergo.xlsx.ImportProblem.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The survey knows which of its employee's factor rows the import rejected (issue 16). */
class RejectedRowsTests {
    @TempDir
    Path dir;

    private static EmployeeSurvey survey(ImportResult r, String id) {
        return r.surveys().stream().filter(s -> s.employee().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aFactorRowWithAnErrorIsARejectedRowOfItsEmployeeOnly() {
        ImportResult r = read(TestBook.create()
                .sheet("Employees", employees("E1", "E2"))
                .sheet("Workstation", row("employee_id", "popliteal_height_cm", "elbow_rest_height_cm"),
                        row("E1", 75, 80), row("E2", 40, 20))
                .write(dir));
        assertThat(r.problems()).extracting(ImportProblem::row).contains(2); // two errors on one row
        assertThat(survey(r, "E1").rejectedRows()).containsExactly(SourceRow.of("Workstation", 2));
        assertThat(survey(r, "E2").rejectedRows()).isEmpty();
    }

    @Test
    void warningsTheEmployeesSheetAndSheetProblemsRejectNoFactorRow() {
        Map<String, List<SourceRow>> rows = ImportRun.rejectedRows(List.of(
                new ImportProblem(Severity.WARNING, "Lifting", 6, "x", "X6", "ignored", "E1"),
                new ImportProblem(Severity.ERROR, "Employees", 3, "age", "C3", "bad", "E1"),
                new ImportProblem(Severity.ERROR, "Lifting", 0, "", "", "sheet problem"),
                new ImportProblem(Severity.ERROR, "Lifting", 7, "load_kg", "C7", "bad", "E2"),
                new ImportProblem(Severity.ERROR, "Lifting", 7, "load_max_kg", "D7", "bad", "E2"),
                new ImportProblem(Severity.ERROR, "Lifting", 1, "load_kg", "C1", "bad", "E2")));
        assertThat(rows).containsOnlyKeys("E2");
        assertThat(rows.get("E2")).containsExactly(SourceRow.of("Lifting", 7), SourceRow.of("Lifting", 1));
    }
}
