package dev.ergo.xlsx;

import static dev.ergo.xlsx.Fixtures.cells;
import static dev.ergo.xlsx.Fixtures.employees;
import static dev.ergo.xlsx.Fixtures.read;
import static dev.ergo.xlsx.Fixtures.table;
import static dev.ergo.xlsx.TestBook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ergo.model.SourceRow;
import dev.ergo.model.vibration.VibrationSource;
import dev.ergo.model.vibration.VibrationType;
import dev.ergo.xlsx.ImportProblem.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Vibration sheet: hand-arm tools and whole-body vehicles. */
class VibrationSheetTests {
    @TempDir
    Path dir;

    static final Object[] HEADER = {"employee_id", "source", "type", "a_hv", "a_x", "a_y", "a_z", "hours_per_day", "vdv",
        "vdv_measured_hours"};

    private ImportResult vibration(Object[]... rows) {
        return read(TestBook.create().sheet("Employees", employees("E1")).sheet("Vibration", table(HEADER, rows)).write(dir));
    }

    private static Object[] hav(Object... pairs) {
        return cells(HEADER, Fixtures.concat(new Object[] {"employee_id", "E1", "source", "grinder", "type", "hand-arm",
            "hours_per_day", 3}, pairs));
    }

    private static Object[] wbv(Object... pairs) {
        return cells(HEADER, Fixtures.concat(new Object[] {"employee_id", "E1", "source", "forklift", "type", "whole-body",
            "hours_per_day", 6}, pairs));
    }

    /** (row, cell, message) of every problem. */
    private static java.util.List<org.assertj.core.groups.Tuple> where(ImportResult r) {
        return r.problems().stream().map(p -> tuple(p.row(), p.cell(), p.message())).toList();
    }

    @Test
    void handArmAndWholeBodyRowsBecomeSources() {
        ImportResult r = vibration(hav("a_hv", 5), hav("source", "impact wrench", "a_x", 2.1, "a_y", 3.4, "a_z", 6.2,
                "hours_per_day", 1.5), wbv("a_x", 0.3, "a_y", 0.25, "a_z", 0.6, "vdv", 9.5, "vdv_measured_hours", 2));
        assertThat(r.problems()).isEmpty();
        assertThat(r.surveys().get(0).sections(VibrationSource.class)).containsExactly(
                new VibrationSource("grinder", VibrationType.HAND_ARM, 5.0, null, null, null, 3.0, null, null, SourceRow.of("Vibration", 2)),
                new VibrationSource("impact wrench", VibrationType.HAND_ARM, null, 2.1, 3.4, 6.2, 1.5, null, null,
                        SourceRow.of("Vibration", 3)),
                new VibrationSource("forklift", VibrationType.WHOLE_BODY, null, 0.3, 0.25, 0.6, 6.0, 9.5, 2.0,
                        SourceRow.of("Vibration", 4)));
    }

    @Test
    void typeWordsIgnoreCaseAndAcceptASpaceOrUnderscore() {
        ImportResult r = vibration(hav("type", "Hand-Arm", "a_hv", 4), hav("type", "hand_arm", "a_hv", 4),
                wbv("type", "Whole body", "a_x", 0.3, "a_y", 0.3, "a_z", 0.5), hav("type", "hand arm vibration", "a_hv", 4));
        assertThat(where(r)).containsExactly(tuple(5, "C5", "must be hand-arm or whole-body"));
        assertThat(r.surveys().get(0).sections(VibrationSource.class)).extracting(VibrationSource::type)
                .containsExactly(VibrationType.HAND_ARM, VibrationType.HAND_ARM, VibrationType.WHOLE_BODY);
    }

    @Test
    void totalValueAndAxesTogetherIsAProblemAtTheTotalValue() {
        assertThat(where(vibration(hav("a_hv", 5, "a_x", 2, "a_y", 2, "a_z", 2)))).containsExactly(
                tuple(2, "D2", "give either a_hv or a_x, a_y, a_z, not both"));
        assertThat(where(vibration(hav("a_hv", 5, "a_z", 2)))).containsExactly(
                tuple(2, "D2", "give either a_hv or a_x, a_y, a_z, not both"));
    }

    @Test
    void handArmRowWithoutMagnitudeIsAProblemAtTheTotalValue() {
        ImportResult r = vibration(hav(), hav("a_x", 2, "a_y", 3));
        assertThat(where(r)).containsExactly(
                tuple(2, "D2", "a hand-arm row needs a_hv or all three of a_x, a_y, a_z"),
                tuple(3, "D3", "a hand-arm row needs a_hv or all three of a_x, a_y, a_z"));
    }

    @Test
    void wholeBodyRowWithoutAllAxesIsAProblemAtTheXAxis() {
        ImportResult r = vibration(wbv(), wbv("a_hv", 0.5), wbv("a_y", 0.3, "a_z", 0.5));
        String message = "a whole-body row needs all three of a_x, a_y, a_z (a_hv is for hand-arm tools)";
        assertThat(where(r)).containsExactly(tuple(2, "E2", message), tuple(3, "E3", message), tuple(4, "E4", message));
        assertThat(r.sheets()).contains(new SheetSummary("Vibration", 3, 0, 3));
    }

    @Test
    void doseValueOnAHandArmRowIsAProblemAtVdv() {
        ImportResult r = vibration(hav("a_hv", 5, "vdv", 9, "vdv_measured_hours", 2), hav("a_hv", 5, "vdv_measured_hours", 2));
        assertThat(where(r)).containsExactly(
                tuple(2, "I2", "vdv and vdv_measured_hours are for whole-body rows only"),
                tuple(3, "I3", "vdv and vdv_measured_hours are for whole-body rows only"));
    }

    @Test
    void doseValueWithoutItsMeasuredHoursIsAProblemAtTheHours() {
        ImportResult r = vibration(wbv("a_x", 0.3, "a_y", 0.3, "a_z", 0.5, "vdv", 9),
                wbv("a_x", 0.3, "a_y", 0.3, "a_z", 0.5, "vdv", 9, "vdv_measured_hours", 0));
        String message = "vdv needs vdv_measured_hours, the time it was measured over (more than 0)";
        assertThat(where(r)).containsExactly(tuple(2, "J2", message), tuple(3, "J3", message));
    }

    @Test
    void checkLandsOnTheNextColumnTheSheetHasWhenItsFirstColumnIsLeftOut() {
        Object[] header = {"employee_id", "source", "type", "hours_per_day"};
        ImportResult r = read(TestBook.create().sheet("Employees", employees("E1"))
                .sheet("Vibration", header, row("E1", "forklift", "whole-body", 6)).write(dir));
        assertThat(r.problems()).extracting(ImportProblem::column, ImportProblem::cell)
                .containsExactly(tuple("type", "C2"));

        Object[] axesOnly = {"employee_id", "source", "type", "hours_per_day", "a_y", "a_z"};
        ImportResult r2 = read(TestBook.create().sheet("Employees", employees("E1"))
                .sheet("Vibration", axesOnly, row("E1", "sander", "hand-arm", 2, 3, 4)).write(dir));
        assertThat(r2.problems()).extracting(ImportProblem::column, ImportProblem::cell, ImportProblem::message)
                .containsExactly(tuple("a_y", "E2", "a hand-arm row needs a_hv or all three of a_x, a_y, a_z"));
    }

    @Test
    void hoursPerDayAreRequiredAndAtMost24() {
        ImportResult r = vibration(hav("a_hv", 5, "hours_per_day", 24), hav("a_hv", 5, "hours_per_day", 24.5),
                hav("a_hv", 5, "hours_per_day", null), hav("a_hv", 100), hav("a_hv", 100.1));
        assertThat(where(r)).containsExactly(tuple(3, "H3", "must be between 0 and 24 h (was 24.5)"),
                tuple(4, "H4", "a value is required"), tuple(6, "D6", "must be between 0 and 100 m/s² (was 100.1)"));
    }

    @Test
    void manyRowsPerEmployeeAndOrphans() {
        ImportResult r = vibration(hav("a_hv", 5), hav("a_hv", 3), hav("employee_id", "E7", "a_hv", 5));
        assertThat(r.problems()).extracting(ImportProblem::severity, ImportProblem::cell, ImportProblem::message)
                .containsExactly(tuple(Severity.ERROR, "A4", "employee_id E7 is not on the Employees sheet; this row is ignored"));
        assertThat(r.surveys().get(0).sections(VibrationSource.class)).hasSize(2);
    }
}
