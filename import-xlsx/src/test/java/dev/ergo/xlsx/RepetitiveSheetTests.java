package dev.ergo.xlsx;

import static dev.ergo.xlsx.Fixtures.cells;
import static dev.ergo.xlsx.Fixtures.concat;
import static dev.ergo.xlsx.Fixtures.employees;
import static dev.ergo.xlsx.Fixtures.read;
import static dev.ergo.xlsx.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ergo.model.SourceRow;
import dev.ergo.model.repetitive.Hand;
import dev.ergo.model.repetitive.RepetitiveTask;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Repetitive sheet: Hand Activity TLV and Revised Strain Index inputs per task and hand. */
class RepetitiveSheetTests {
    @TempDir
    Path dir;

    static final Object[] HEADER = {"employee_id", "task", "hand", "hal", "exertions_per_second", "duty_cycle_pct",
        "peak_force_npf", "peak_force_pct_mvc", "hours_per_day", "rsi_intensity_pct_mvc", "rsi_efforts_per_min",
        "rsi_seconds_per_exertion", "rsi_wrist_deg"};

    private static final Object[] BASE = {"employee_id", "E1", "task", "packing", "hand", "right", "hours_per_day", 6};

    private ImportResult repetitive(Object[]... rows) {
        return read(TestBook.create().sheet("Employees", employees("E1")).sheet("Repetitive", table(HEADER, rows)).write(dir));
    }

    private static Object[] task(Object... pairs) {
        return cells(HEADER, concat(BASE, pairs));
    }

    private static List<Tuple> where(ImportResult r) {
        return r.problems().stream().map(p -> tuple(p.row(), p.cell(), p.message())).toList();
    }

    @Test
    void theThreeWaysOfGivingTheInputsBecomeTasks() {
        ImportResult r = repetitive(task("hal", 4, "peak_force_npf", 3),
                task("task", "assembly", "hand", "Left", "exertions_per_second", 0.5, "duty_cycle_pct", 40, "peak_force_pct_mvc", 25),
                task("hal", 5, "peak_force_npf", 2, "rsi_intensity_pct_mvc", 30, "rsi_efforts_per_min", 12,
                        "rsi_seconds_per_exertion", 2.5, "rsi_wrist_deg", -20, "hours_per_day", 7.5));
        assertThat(r.problems()).isEmpty();
        assertThat(r.surveys().get(0).sections(RepetitiveTask.class)).containsExactly(
                new RepetitiveTask("packing", Hand.RIGHT, 4.0, null, null, 3.0, null, 6.0, null, null, null, null,
                        SourceRow.of("Repetitive", 2)),
                new RepetitiveTask("assembly", Hand.LEFT, null, 0.5, 40.0, null, 25.0, 6.0, null, null, null, null,
                        SourceRow.of("Repetitive", 3)),
                new RepetitiveTask("packing", Hand.RIGHT, 5.0, null, null, 2.0, null, 7.5, 30.0, 12.0, 2.5, -20.0,
                        SourceRow.of("Repetitive", 4)));
    }

    @Test
    void handActivityLevelChecksLandOnTheirColumns() {
        ImportResult r = repetitive(
                task("peak_force_npf", 3),
                task("exertions_per_second", 0.5, "peak_force_npf", 3),
                task("hal", 4, "exertions_per_second", 0.5, "duty_cycle_pct", 40, "peak_force_npf", 3),
                task("duty_cycle_pct", 40, "peak_force_npf", 3));
        assertThat(where(r)).containsExactly(
                tuple(2, "D2", "give hal, or exertions_per_second and duty_cycle_pct"),
                tuple(3, "F3", "exertions_per_second and duty_cycle_pct go together: give both or neither"),
                tuple(4, "D4", "give either hal or exertions_per_second with duty_cycle_pct, not both"),
                tuple(5, "F5", "exertions_per_second and duty_cycle_pct go together: give both or neither"));
    }

    @Test
    void peakForceChecksLandOnTheNormalizedPeakForce() {
        ImportResult r = repetitive(task("hal", 4), task("hal", 4, "peak_force_npf", 3, "peak_force_pct_mvc", 30));
        assertThat(where(r)).containsExactly(
                tuple(2, "G2", "give peak_force_npf or peak_force_pct_mvc"),
                tuple(3, "G3", "give either peak_force_npf or peak_force_pct_mvc, not both"));
    }

    @Test
    void revisedStrainIndexChecks() {
        ImportResult r = repetitive(
                task("hal", 4, "peak_force_npf", 3, "rsi_efforts_per_min", 12, "rsi_seconds_per_exertion", 2, "rsi_wrist_deg", 0),
                task("hal", 4, "peak_force_npf", 3, "rsi_intensity_pct_mvc", 30, "rsi_efforts_per_min", 20,
                        "rsi_seconds_per_exertion", 4, "rsi_wrist_deg", 0),
                task("hal", 4, "peak_force_npf", 3, "rsi_intensity_pct_mvc", 30, "rsi_efforts_per_min", 10,
                        "rsi_seconds_per_exertion", 6, "rsi_wrist_deg", 0));
        assertThat(where(r)).containsExactly(
                tuple(2, "J2", "rsi_intensity_pct_mvc, rsi_efforts_per_min, rsi_seconds_per_exertion and rsi_wrist_deg"
                        + " go together: give all four or none"),
                tuple(3, "L3", "rsi_efforts_per_min × rsi_seconds_per_exertion must not exceed 60 seconds per minute"));
        assertThat(r.surveys().get(0).sections(RepetitiveTask.class)).singleElement()
                .satisfies(t -> assertThat(t.hasRsiInputs()).isTrue());
    }

    @Test
    void rangeBoundariesOfFrequencyAndDutyCycle() {
        ImportResult r = repetitive(
                task("exertions_per_second", 0.05, "duty_cycle_pct", 1, "peak_force_npf", 0),
                task("exertions_per_second", 3, "duty_cycle_pct", 100, "peak_force_npf", 10),
                task("exertions_per_second", 0.04, "duty_cycle_pct", 40, "peak_force_npf", 3),
                task("exertions_per_second", 0.5, "duty_cycle_pct", 100.5, "peak_force_npf", 10.5));
        assertThat(where(r)).containsExactly(
                tuple(4, "E4", "must be between 0.05 and 3 exertions/s (was 0.04)"),
                tuple(5, "F5", "must be between 1 and 100 % (was 100.5)"),
                tuple(5, "G5", "must be between 0 and 10 (was 10.5)"));
    }

    @Test
    void taskHandAndHoursAreRequired() {
        ImportResult r = repetitive(task("task", null, "hand", null, "hours_per_day", null, "hal", 4, "peak_force_npf", 3),
                task("hand", "both", "hal", 4, "peak_force_npf", 3, "hours_per_day", 25));
        assertThat(where(r)).containsExactly(
                tuple(2, "B2", "a value is required"), tuple(2, "C2", "a value is required"), tuple(2, "I2", "a value is required"),
                tuple(3, "C3", "must be left or right"), tuple(3, "I3", "must be between 0 and 24 h (was 25)"));
    }

    @Test
    void bothHandsAndOrphanRows() {
        ImportResult r = repetitive(task("hal", 4, "peak_force_npf", 3), task("hand", "left", "hal", 2, "peak_force_npf", 1),
                task("employee_id", "E404", "hal", 4, "peak_force_npf", 3));
        assertThat(where(r)).containsExactly(tuple(4, "A4", "employee_id E404 is not on the Employees sheet; this row is ignored"));
        assertThat(r.surveys().get(0).sections(RepetitiveTask.class)).extracting(RepetitiveTask::hand)
                .containsExactly(Hand.RIGHT, Hand.LEFT);
        assertThat(r.sheets()).contains(new SheetSummary("Repetitive", 3, 2, 1));
    }
}
