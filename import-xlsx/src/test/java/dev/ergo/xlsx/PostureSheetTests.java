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
import dev.ergo.model.posture.RebaCoupling;
import dev.ergo.model.posture.LoadMode;
import dev.ergo.model.posture.PostureObservation;
import dev.ergo.model.posture.Side;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Postures sheet: observed task postures for RULA, REBA and OWAS. */
class PostureSheetTests {
    @TempDir
    Path dir;

    /** Every column in template order: A employee_id, B task, C side, D upper_arm_deg ... AC owas_code. */
    static final Object[] HEADER = PostureSheets.POSTURES.columns().stream().map(ColumnSpec::name).toArray();

    private static final Object[] ANGLES = {"employee_id", "E1", "task", "keyboard work", "upper_arm_deg", 20,
        "lower_arm_deg", 80, "wrist_deg", 10, "neck_deg", 15, "trunk_deg", 5};

    private ImportResult postures(Object[]... rows) {
        return read(TestBook.create().sheet("Employees", employees("E1")).sheet("Postures", table(HEADER, rows)).write(dir));
    }

    private static Object[] observed(Object... pairs) {
        return cells(HEADER, concat(ANGLES, pairs));
    }

    private static List<Tuple> where(ImportResult r) {
        return r.problems().stream().map(p -> tuple(p.row(), p.cell(), p.message())).toList();
    }

    @Test
    void aFullRowBecomesAnObservation() {
        ImportResult r = postures(cells(HEADER, "employee_id", "E1", "task", "palletising", "side", "Right", "upper_arm_deg", 95,
                "shoulder_raised", "yes", "upper_arm_abducted", "y", "arm_supported", "no", "lower_arm_deg", 110,
                "arm_across_midline", true, "wrist_deg", -20, "wrist_deviated", 1, "wrist_twisted", "false", "neck_deg", 25,
                "neck_twisted", "yes", "neck_side_bent", "no", "trunk_deg", 45, "trunk_twisted", "yes", "trunk_side_bent", "no",
                "seated", "no", "legs_supported", "no", "legs_bilateral", "yes", "knee_deg", 40, "load_kg", 12,
                "load_mode", "Repeated", "coupling", "POOR", "static_posture", "no", "repeated_action", "yes",
                "rapid_posture_change", "no", "owas_code", 4141));
        assertThat(r.problems()).isEmpty();
        PostureObservation expected = PostureObservation.builder("palletising").side(Side.RIGHT).upperArmDeg(95.0)
                .shoulderRaised(true).upperArmAbducted(true).armSupported(false).lowerArmDeg(110.0).armAcrossMidline(true)
                .wristDeg(-20.0).wristDeviated(true).wristTwisted(false).neckDeg(25.0).neckTwisted(true).neckSideBent(false)
                .trunkDeg(45.0).trunkTwisted(true).trunkSideBent(false).seated(false).legsSupported(false).legsBilateral(true)
                .kneeDeg(40.0).loadKg(12.0).loadMode(LoadMode.REPEATED).coupling(RebaCoupling.POOR).staticPosture(false)
                .repeatedAction(true).rapidPostureChange(false).owasCode("4141").origin(SourceRow.of("Postures", 2)).build();
        assertThat(r.surveys().get(0).section(PostureObservation.class)).contains(expected);
    }

    @Test
    void blankFlagsKneeLoadModeAndCouplingStayNullForTheEngineToDefault() {
        PostureObservation o = postures(observed()).surveys().get(0).section(PostureObservation.class).orElseThrow();
        assertThat(o).isEqualTo(PostureObservation.builder("keyboard work").upperArmDeg(20.0).lowerArmDeg(80.0).wristDeg(10.0)
                .neckDeg(15.0).trunkDeg(5.0).origin(SourceRow.of("Postures", 2)).build());
        assertThat(o.legsSupported()).isNull();
        assertThat(o.kneeDeg()).isNull();
        assertThat(o.loadKg()).isNull();
        assertThat(o.loadMode()).isNull();
        assertThat(o.coupling()).isNull();
    }

    @Test
    void theFiveAnglesAndTheTaskAreRequired() {
        ImportResult r = postures(cells(HEADER, "employee_id", "E1", "side", "left"));
        assertThat(where(r)).extracting(t -> t.toArray()[1]).containsExactly("B2", "D2", "H2", "J2", "M2", "P2");
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.message()).isEqualTo("a value is required"));
    }

    @Test
    void angleRangeBoundaries() {
        ImportResult r = postures(observed("upper_arm_deg", -90, "neck_deg", -60, "trunk_deg", 120),
                observed("upper_arm_deg", 200, "neck_deg", 90, "trunk_deg", -60, "knee_deg", 160),
                observed("upper_arm_deg", 200.5, "neck_deg", -61), observed("knee_deg", -1, "wrist_deg", 91));
        assertThat(where(r)).containsExactly(
                tuple(4, "D4", "must be between -90° and 200° (was 200.5)"),
                tuple(4, "M4", "must be between -60° and 90° (was -61)"),
                tuple(5, "J5", "must be between -90° and 90° (was 91)"),
                tuple(5, "V5", "must be between 0° and 160° (was -1)"));
    }

    @Test
    void owasCodeIsTextOfFourDigitsInRange() {
        ImportResult r = postures(observed("owas_code", 2131), observed("owas_code", "1111"), observed("owas_code", 5131),
                observed("owas_code", "213"));
        assertThat(where(r)).containsExactly(tuple(4, "AC4", PostureObservation.OWAS_CODE_MESSAGE),
                tuple(5, "AC5", PostureObservation.OWAS_CODE_MESSAGE));
        assertThat(r.surveys().get(0).sections(PostureObservation.class)).extracting(PostureObservation::owasCode)
                .containsExactly("2131", "1111");
    }

    @Test
    void wordsOfSideLoadModeAndCoupling() {
        ImportResult r = postures(observed("side", "LEFT", "load_mode", "static", "coupling", "Unacceptable"),
                observed("side", "both", "load_mode", "heavy", "coupling", "bad"));
        assertThat(where(r)).containsExactly(tuple(3, "C3", "must be left or right"),
                tuple(3, "X3", "must be intermittent, static, repeated or shock"),
                tuple(3, "Y3", "must be good, fair, poor or unacceptable"));
        assertThat(r.surveys().get(0).section(PostureObservation.class).orElseThrow())
                .extracting(PostureObservation::side, PostureObservation::loadMode, PostureObservation::coupling)
                .containsExactly(Side.LEFT, LoadMode.STATIC, RebaCoupling.UNACCEPTABLE);
    }

    @Test
    void loadMayBeGivenInPounds() {
        ImportResult r = read(TestBook.create().sheet("Employees", employees("E1"))
                .sheet("Postures", row("employee_id", "task", "upper_arm_deg", "lower_arm_deg", "wrist_deg", "neck_deg", "trunk_deg",
                        "load_lb"), row("E1", "carry", 0, 90, 0, 0, 0, 22))
                .write(dir));
        assertThat(Fixtures.errors(r)).isEmpty();
        assertThat(r.surveys().get(0).section(PostureObservation.class).orElseThrow().loadKg())
                .isCloseTo(9.979, Offset.offset(1e-3));
    }

    @Test
    void manyObservationsPerEmployeeAndOrphans() {
        ImportResult r = postures(observed("task", "typing"), observed("task", "filing"), observed("employee_id", "E2"),
                observed("task", "phoning"));
        assertThat(where(r)).containsExactly(tuple(4, "A4", "employee_id E2 is not on the Employees sheet; this row is ignored"));
        assertThat(r.surveys().get(0).sections(PostureObservation.class)).extracting(PostureObservation::task)
                .containsExactly("typing", "filing", "phoning");
        assertThat(r.sheets()).contains(new SheetSummary("Postures", 4, 3, 1));
    }
}
