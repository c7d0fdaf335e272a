package dev.ergo.xlsx;

import static dev.ergo.xlsx.Fixtures.cells;
import static dev.ergo.xlsx.Fixtures.concat;
import static dev.ergo.xlsx.Fixtures.employees;
import static dev.ergo.xlsx.Fixtures.read;
import static dev.ergo.xlsx.Fixtures.table;
import static dev.ergo.xlsx.TestBook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ergo.model.SourceRow;
import dev.ergo.model.lifting.Coupling;
import dev.ergo.model.lifting.LiftingTask;
import dev.ergo.xlsx.ImportProblem.Severity;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lifting sheet: NIOSH lifting tasks, several per employee. */
class LiftingSheetTests {
    @TempDir
    Path dir;

    static final Object[] HEADER = {"employee_id", "task", "load_kg", "load_max_kg", "h_origin_cm", "v_origin_cm",
        "h_destination_cm", "v_destination_cm", "asymmetry_origin_deg", "asymmetry_destination_deg", "frequency_per_min",
        "duration_hours", "coupling", "significant_control"};

    /** The required cells of a valid row. */
    static final Object[] VALID = {"employee_id", "E1", "task", "boxes to shelf", "load_kg", 10, "h_origin_cm", 40,
        "v_origin_cm", 70, "v_destination_cm", 100, "frequency_per_min", 2, "duration_hours", 1, "coupling", "good"};

    private ImportResult lifting(Object[]... rows) {
        return read(TestBook.create().sheet("Employees", employees("E1", "E2")).sheet("Lifting", table(HEADER, rows)).write(dir));
    }

    private static Object[] valid(Object... changes) {
        return cells(HEADER, concat(VALID, changes));
    }

    @Test
    void aFullRowBecomesALiftingTask() {
        ImportResult r = lifting(cells(HEADER, "employee_id", "E1", "task", "palletising", "load_kg", 12.5, "load_max_kg", 18,
                "h_origin_cm", 40, "v_origin_cm", 75, "h_destination_cm", 45, "v_destination_cm", 120, "asymmetry_origin_deg", 30,
                "asymmetry_destination_deg", 0, "frequency_per_min", 4, "duration_hours", 1.5, "coupling", "Fair",
                "significant_control", "yes"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.surveys().get(0).section(LiftingTask.class)).contains(new LiftingTask("palletising", 12.5, 18.0, 40.0, 75.0,
                45.0, 120.0, 30.0, 0.0, 4.0, 1.5, Coupling.FAIR, true, SourceRow.of("Lifting", 2)));
    }

    @Test
    void blankOptionalCellsStayNull() {
        LiftingTask t = lifting(valid()).surveys().get(0).section(LiftingTask.class).orElseThrow();
        assertThat(t.loadMaxKg()).isNull();
        assertThat(t.hDestinationCm()).isNull();
        assertThat(t.asymmetryOriginDeg()).isNull();
        assertThat(t.asymmetryDestinationDeg()).isNull();
        assertThat(t.significantControl()).isNull();
        assertThat(t.effectiveLoadMaxKg()).isEqualTo(10.0);
    }

    @Test
    void maximumLoadBelowTheLoadIsAProblemAtLoadMax() {
        ImportResult r = lifting(valid("load_kg", 12, "load_max_kg", 10), valid("load_kg", 12, "load_max_kg", 12));
        assertThat(r.problems()).extracting(ImportProblem::severity, ImportProblem::row, ImportProblem::column, ImportProblem::cell,
                ImportProblem::message)
                .containsExactly(tuple(Severity.ERROR, 2, "load_max_kg", "D2", "load_max_kg must not be less than load_kg"));
        assertThat(r.sheets()).contains(new SheetSummary("Lifting", 2, 1, 1));
    }

    @Test
    void durationAboveEightHoursIsAProblem() {
        ImportResult r = lifting(valid("duration_hours", 9), valid("duration_hours", 8), valid("duration_hours", 0),
                valid("duration_hours", 8.01));
        assertThat(r.problems()).extracting(ImportProblem::cell, ImportProblem::message).containsExactly(
                tuple("L2", "must be between 0 and 8 h (was 9)"), tuple("L5", "must be between 0 and 8 h (was 8.01)"));
        assertThat(r.surveys().get(0).sections(LiftingTask.class)).extracting(LiftingTask::durationHours).containsExactly(8.0, 0.0);
    }

    @Test
    void rangeBoundariesOfFrequencyAndHorizontalDistance() {
        ImportResult r = lifting(valid("frequency_per_min", 20, "h_origin_cm", 100), valid("frequency_per_min", 0, "h_origin_cm", 0),
                valid("frequency_per_min", 20.5), valid("h_origin_cm", -1));
        assertThat(r.problems()).extracting(ImportProblem::cell, ImportProblem::message).containsExactly(
                tuple("K4", "must be between 0 and 20 lifts/min (was 20.5)"), tuple("E5", "must be between 0 and 100 cm (was -1)"));
    }

    @Test
    void requiredCellsAndColumns() {
        ImportResult r = lifting(valid("v_destination_cm", null, "coupling", null));
        assertThat(r.problems()).extracting(ImportProblem::cell, ImportProblem::message)
                .containsExactly(tuple("H2", "a value is required"), tuple("M2", "a value is required"));

        Object[] noDestination = {"employee_id", "task", "load_kg", "h_origin_cm", "v_origin_cm", "frequency_per_min",
            "duration_hours", "coupling"};
        ImportResult missing = read(TestBook.create().sheet("Employees", employees("E1"))
                .sheet("Lifting", noDestination, row("E1", "box", 10, 40, 70, 2, 1, "good")).write(dir));
        assertThat(missing.problems()).extracting(ImportProblem::severity, ImportProblem::column, ImportProblem::message)
                .containsExactly(tuple(Severity.ERROR, "v_destination_cm",
                        "the sheet Lifting has no column v_destination_cm, which is required"));
        assertThat(missing.sheets()).contains(new SheetSummary("Lifting", 1, 0, 1));
    }

    @Test
    void poundsAndInchesAreConvertedToMetric() {
        Object[] header = {"employee_id", "task", "load_lb", "load_max_lb", "h_origin_in", "v_origin_in", "v_destination_in",
            "frequency_per_min", "duration_hours", "coupling"};
        ImportResult r = read(TestBook.create().sheet("Employees", employees("E1"))
                .sheet("Lifting", header, row("E1", "sacks", 50, 60, 10, 30, 40, 1, 2, "poor"),
                        row("E1", "drums", 250, null, 10, 30, 40, 1, 2, "poor"))
                .write(dir));
        assertThat(r.problems()).extracting(ImportProblem::severity, ImportProblem::row, ImportProblem::cell, ImportProblem::message)
                .containsExactly(
                        tuple(Severity.NOTICE, 0, "", "values were converted to metric units: load_lb (pounds) to load_kg"
                                + " (x 0.45359237), load_max_lb (pounds) to load_max_kg (x 0.45359237), h_origin_in (inches)"
                                + " to h_origin_cm (x 2.54), v_origin_in (inches) to v_origin_cm (x 2.54), v_destination_in"
                                + " (inches) to v_destination_cm (x 2.54)"),
                        tuple(Severity.ERROR, 3, "C3", "must be between 0 and 100 kg (was 113.3981 kg, converted from 250 pounds)"));
        LiftingTask t = r.surveys().get(0).section(LiftingTask.class).orElseThrow();
        assertThat(t.loadKg()).isCloseTo(22.6796, Offset.offset(1e-4));
        assertThat(t.loadMaxKg()).isCloseTo(27.2155, Offset.offset(1e-4));
        assertThat(t.hOriginCm()).isCloseTo(25.4, Offset.offset(1e-9));
        assertThat(t.vOriginCm()).isCloseTo(76.2, Offset.offset(1e-9));
        assertThat(t.vDestinationCm()).isCloseTo(101.6, Offset.offset(1e-9));
    }

    @Test
    void givingKilogramsAndPoundsOfOneColumnIsASheetError() {
        Object[] header = concat(HEADER, "load_lb");
        ImportResult r = read(TestBook.create().sheet("Employees", employees("E1"))
                .sheet("Lifting", header, concat(valid(), 22)).write(dir));
        assertThat(r.problems()).extracting(ImportProblem::column, ImportProblem::message)
                .containsExactly(tuple("load_lb", "give load_kg or load_lb, not both"));
        assertThat(r.surveys().get(0).sections()).isEmpty();
    }

    @Test
    void anEmployeeMayHaveManyTasksAndOrphanRowsAreRejected() {
        ImportResult r = lifting(valid("task", "a"), valid("task", "b"), valid("employee_id", "E9", "task", "x"),
                valid("task", "c"), valid("employee_id", "E2", "task", "d"));
        assertThat(r.problems()).extracting(ImportProblem::row, ImportProblem::cell, ImportProblem::message)
                .containsExactly(tuple(4, "A4", "employee_id E9 is not on the Employees sheet; this row is ignored"));
        assertThat(r.surveys().get(0).sections(LiftingTask.class)).extracting(LiftingTask::task, t -> t.origin().rowNumber())
                .containsExactly(tuple("a", 2), tuple("b", 3), tuple("c", 5));
        assertThat(r.surveys().get(1).sections(LiftingTask.class)).extracting(LiftingTask::task).containsExactly("d");
        assertThat(r.sheets()).contains(new SheetSummary("Lifting", 5, 4, 1));
    }
}
