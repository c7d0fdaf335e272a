package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ergo.engine.Assessor;
import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.Sex;
import dev.ergo.model.office.RosaChecklist;
import dev.ergo.model.office.Workstation;
import dev.ergo.xlsx.ImportProblem.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed {@code examples/sample-survey.xlsx} and its generator. */
class SampleWorkbookTests {
    static final Path COMMITTED = Path.of("..", "examples", "sample-survey.xlsx");

    @TempDir
    Path dir;

    @Test
    void committedSampleIsSmall() throws IOException {
        assertThat(Files.size(COMMITTED)).isLessThan(100_000);
    }

    @Test
    void committedSampleGivesExactlyTheDeliberateProblems() {
        check(Fixtures.read(COMMITTED));
    }

    @Test
    void generatorWritesTheSameWorkbook() throws IOException {
        Path file = dir.resolve("sub/sample.xlsx");
        SampleWorkbookGenerator.main(new String[] {file.toString()});
        check(Fixtures.read(file));
    }

    private static void check(ImportResult r) {
        assertThat(r.problems())
                .extracting(ImportProblem::severity, ImportProblem::sheet, ImportProblem::row, ImportProblem::column, ImportProblem::cell, ImportProblem::message)
                .containsExactly(
                        tuple(Severity.ERROR, "Employees", 18, "employee_id", "A18", "employee_id E1007 already appears on row 8; this row is ignored"),
                        tuple(Severity.ERROR, "Workstation", 10, "popliteal_height_cm", "B10", "must be between 30 and 60 (was 75)"),
                        tuple(Severity.ERROR, "Workstation", 13, "elbow_rest_height_cm", "C13",
                                "is not a number '12,5'; use a point as the decimal separator, for example 12.5"),
                        tuple(Severity.ERROR, "ROSA", 6, "monitor", "O6", "must be between 1 and 3 (was 4)"),
                        tuple(Severity.ERROR, "ROSA", 14, "employee_id", "A14", "employee_id E9999 is not on the Employees sheet; this row is ignored"));
        assertThat(r.sheets()).containsExactly(
                new SheetSummary("Employees", 17, 16, 1),
                new SheetSummary("Workstation", 13, 11, 2),
                new SheetSummary("ROSA", 13, 11, 2));
        assertThat(r.rowsRejected()).isEqualTo(5);

        Map<String, EmployeeSurvey> byId = r.surveys().stream()
                .collect(Collectors.toMap(s -> s.employee().id(), Function.identity()));
        assertThat(r.surveys()).hasSize(16);
        assertThat(byId.get("E1002").employee().name()).isEqualTo("Łukasz Żółć");
        assertThat(byId.get("E1003").employee().name()).isEqualTo("Ελένη Παπαδοπούλου");
        assertThat(byId.get("E1004").employee().name()).isEqualTo("Zoë Brontë");
        assertThat(byId.get("E1005").employee().name()).isNull();
        assertThat(byId.get("E1006").employee().sex()).isEqualTo(Sex.X);
        assertThat(byId.get("E1008").employee().statureCm()).isNull();
        Employee jan = byId.get("E1007").employee();
        assertThat(jan.age()).isEqualTo(57);
        assertThat(jan.assessmentDate()).isEqualTo(java.time.LocalDate.of(2026, 3, 10));

        assertThat(byId.get("E1009").section(Workstation.class)).isEmpty();
        assertThat(byId.get("E1012").section(Workstation.class)).isEmpty();
        assertThat(byId.get("E1005").section(RosaChecklist.class)).isEmpty();
        Workstation tooSmall = byId.get("E1003").section(Workstation.class).orElseThrow();
        assertThat(tooSmall.seatHeightMinCm()).isEqualTo(47.0);
        assertThat(tooSmall.seatHeightMaxCm()).isEqualTo(50.0);
        assertThat(byId.get("E1002").section(Workstation.class).orElseThrow().poplitealHeightCm()).isNull();
        assertThat(byId.get("E1002").section(RosaChecklist.class).orElseThrow().mousePinchGrip()).isTrue();

        // every imported survey is valid for the engine
        Assessor assessor = Assessor.create();
        for (EmployeeSurvey s : r.surveys()) {
            assertThat(assessor.validate(s)).as(s.employee().id()).isEmpty();
        }
    }
}
