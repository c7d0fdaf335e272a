package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.validation.SurveyValidator;
import dev.ergo.model.Sex;
import dev.ergo.model.contact.ContactStressTask;
import dev.ergo.model.lifting.LiftingTask;
import dev.ergo.model.office.RosaChecklist;
import dev.ergo.model.office.Workstation;
import dev.ergo.model.posture.LoadMode;
import dev.ergo.model.posture.PostureObservation;
import dev.ergo.model.posture.Side;
import dev.ergo.model.repetitive.Hand;
import dev.ergo.model.repetitive.RepetitiveTask;
import dev.ergo.model.vibration.VibrationSource;
import dev.ergo.model.vibration.VibrationType;
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
                        tuple(Severity.ERROR, "Workstation", 10, "popliteal_height_cm", "B10", "must be between 30 and 60 cm (was 75)"),
                        tuple(Severity.ERROR, "Workstation", 13, "elbow_rest_height_cm", "C13",
                                "is not a number '12,5'; use a point as the decimal separator, for example 12.5"),
                        tuple(Severity.ERROR, "ROSA", 6, "monitor", "O6", "must be between 1 and 3 (was 4)"),
                        tuple(Severity.ERROR, "ROSA", 14, "employee_id", "A14", "employee_id E9999 is not on the Employees sheet; this row is ignored"),
                        tuple(Severity.ERROR, "Lifting", 6, "duration_hours", "L6", "must be between 0 and 8 h (was 9)"),
                        tuple(Severity.ERROR, "Vibration", 5, "a_hv", "D5", "give either a_hv or a_x, a_y, a_z, not both"));
        assertThat(r.sheets()).containsExactly(
                new SheetSummary("Employees", 22, 21, 1),
                new SheetSummary("Workstation", 13, 11, 2),
                new SheetSummary("ROSA", 13, 11, 2),
                new SheetSummary("Postures", 8, 8, 0),
                new SheetSummary("Lifting", 5, 4, 1),
                new SheetSummary("Vibration", 4, 3, 1),
                new SheetSummary("Repetitive", 3, 3, 0),
                new SheetSummary("ContactStress", 4, 4, 0));
        assertThat(r.rowsRejected()).isEqualTo(7);

        Map<String, EmployeeSurvey> byId = r.surveys().stream()
                .collect(Collectors.toMap(s -> s.employee().id(), Function.identity()));
        assertThat(r.surveys()).hasSize(21);
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

        factorSheets(byId);

        // every imported survey passes the validator the engine uses (the engine's own tests assess them)
        SurveyValidator validator = SurveyValidator.create();
        for (EmployeeSurvey s : r.surveys()) {
            assertThat(validator.validate(s)).as(s.employee().id()).isEmpty();
        }
    }

    /** The rows of the five factor sheets, as the generator wrote them. */
    private static void factorSheets(Map<String, EmployeeSurvey> byId) {
        assertThat(byId.get("E1001").sections(PostureObservation.class)).singleElement()
                .satisfies(o -> assertThat(o.seated()).isTrue())
                .satisfies(o -> assertThat(o.owasCode()).isNull());
        assertThat(byId.get("E1007").section(PostureObservation.class).orElseThrow().owasCode()).isEqualTo("1321");
        assertThat(byId.get("E2002").sections(PostureObservation.class)).extracting(PostureObservation::side)
                .containsExactly(Side.RIGHT, Side.LEFT);
        PostureObservation picking = byId.get("E2001").section(PostureObservation.class).orElseThrow();
        assertThat(picking.loadKg()).isEqualTo(12.0);
        assertThat(picking.loadMode()).isEqualTo(LoadMode.REPEATED);
        assertThat(picking.wristTwisted()).isNull();

        assertThat(byId.get("E2001").sections(LiftingTask.class)).extracting(LiftingTask::task).containsExactly(
                "cases from pallet to conveyor", "cases from conveyor to roll cage", "return totes to the rack");
        assertThat(byId.get("E2003").sections(LiftingTask.class)).singleElement()
                .satisfies(t -> assertThat(t.hasSignificantControl()).isTrue());
        assertThat(byId.get("E2005").sections()).isEmpty();

        assertThat(byId.get("E2003").sections(VibrationSource.class)).singleElement()
                .satisfies(v -> assertThat(v.aHv()).isEqualTo(5.0))
                .satisfies(v -> assertThat(v.hoursPerDay()).isEqualTo(3.0));
        assertThat(byId.get("E2002").section(VibrationSource.class).orElseThrow().hasAllAxes()).isTrue();
        VibrationSource forklift = byId.get("E2001").section(VibrationSource.class).orElseThrow();
        assertThat(forklift.type()).isEqualTo(VibrationType.WHOLE_BODY);
        assertThat(forklift.vdv()).isEqualTo(11.2);

        assertThat(byId.get("E2002").sections(RepetitiveTask.class)).extracting(RepetitiveTask::hand, RepetitiveTask::hal,
                RepetitiveTask::peakForcePctMvc).containsExactly(tuple(Hand.RIGHT, 5.0, null), tuple(Hand.LEFT, null, 20.0));
        assertThat(byId.get("E2003").section(RepetitiveTask.class).orElseThrow().hasRsiInputs()).isTrue();

        assertThat(byId.get("E2004").sections(ContactStressTask.class)).extracting(ContactStressTask::kneelingHoursPerDay)
                .containsExactly(4.0, 2.5);
        assertThat(byId.get("E2002").section(ContactStressTask.class).orElseThrow().bodyPart()).isEqualTo("forearm");
    }
}
