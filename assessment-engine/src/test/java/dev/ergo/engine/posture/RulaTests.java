package dev.ergo.engine.posture;

import dev.ergo.engine.internal.posture.PostureTables;
import static dev.ergo.engine.posture.PostureFixtures.neutral;
import static dev.ergo.engine.posture.RulaTableA.CORNELL;
import static dev.ergo.engine.posture.RulaTableA.MCATAMNEY_CORLETT_1993;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.engine.Risk;
import dev.ergo.model.posture.LoadMode;
import dev.ergo.model.posture.PostureObservation;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RulaTests {

    /** Body-part scores in RULA's order (§1.1–1.4). */
    record Parts(int upperArm, int lowerArm, int wrist, int wristTwist, int neck, int trunk, int legs) {
        int[] asArray() {
            return new int[] {upperArm, lowerArm, wrist, wristTwist, neck, trunk, legs};
        }
    }

    /** Muscle use and force, the same for both groups in these examples. */
    record MuscleForce(int muscleUse, int force) {}

    /** The scores a worked example expects: Tables A and B, C and D, the grand score and its action level. */
    record Expected(int tableA, int tableB, int c, int d, int grand, int actionLevel) {}

    /** One worked example: its id and source section, the Table A version, inputs and expected scores. */
    record Example(String name, RulaTableA table, Parts parts, MuscleForce muscleForce, Expected expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * methods-posture-office §7.2, derived RULA acceptance tests RULA-D1..D4 (computed from §1 tables,
     * not published), for the default Table A (§1.5) and the Cornell variant (§1.6, column "Grand (H)").
     */
    static Stream<Example> derivedExamples() {
        Parts d1 = new Parts(1, 1, 1, 1, 1, 1, 1);
        Parts d2 = new Parts(2, 2, 2, 1, 3, 2, 1);
        Parts d3 = new Parts(2, 2, 1, 1, 1, 1, 1);
        Parts d4 = new Parts(4, 2, 3, 2, 3, 3, 2);
        return Stream.of(
                new Example("RULA-D1 neutral §7.2", MCATAMNEY_CORLETT_1993, d1, new MuscleForce(0, 0), new Expected(1, 1, 1, 1, 1, 1)),
                new Example("RULA-D1 neutral §7.2 (H)", CORNELL, d1, new MuscleForce(0, 0), new Expected(1, 1, 1, 1, 1, 1)),
                new Example("RULA-D2 VDU typist §7.2", MCATAMNEY_CORLETT_1993, d2, new MuscleForce(1, 0), new Expected(3, 3, 4, 4, 4, 2)),
                new Example("RULA-D2 VDU typist §7.2 (H)", CORNELL, d2, new MuscleForce(1, 0), new Expected(2, 3, 3, 4, 4, 2)),
                new Example("RULA-D3 table-version discriminator §7.2", MCATAMNEY_CORLETT_1993, d3, new MuscleForce(0, 0),
                        new Expected(3, 1, 3, 1, 3, 2)),
                new Example("RULA-D3 table-version discriminator §7.2 (H)", CORNELL, d3, new MuscleForce(0, 0),
                        new Expected(2, 1, 2, 1, 2, 1)),
                new Example("RULA-D4 heavy §7.2", MCATAMNEY_CORLETT_1993, d4, new MuscleForce(1, 2), new Expected(5, 5, 8, 8, 7, 4)),
                new Example("RULA-D4 heavy §7.2 (H)", CORNELL, d4, new MuscleForce(1, 2), new Expected(4, 5, 7, 8, 7, 4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("derivedExamples")
    void derivedExamplesFromBodyPartScores(Example e) {
        Parts p = e.parts();
        int m = e.muscleForce().muscleUse();
        int f = e.muscleForce().force();
        RulaResult r = Rula.fromPartScores(e.table(), p.upperArm(), p.lowerArm(), p.wrist(), p.wristTwist(), p.neck(),
                p.trunk(), p.legs(), m, f, m, f);
        Expected x = e.expected();
        assertThat(r.scoreA()).as("Table A").isEqualTo(x.tableA());
        assertThat(r.scoreB()).as("Table B").isEqualTo(x.tableB());
        assertThat(r.scoreC()).as("C").isEqualTo(x.c());
        assertThat(r.scoreD()).as("D").isEqualTo(x.d());
        assertThat(r.score()).as("grand").isEqualTo(x.grand());
        assertThat(r.actionLevel()).as("action level").isEqualTo(x.actionLevel());
        assertThat(r.tableA()).isEqualTo(e.table());
    }

    /** The same examples from angles and flags; angles other than RULA-D2's are chosen inside the tabulated bands. */
    static Stream<Arguments> derivedExamplesFromAngles() {
        PostureObservation d1 = neutral("RULA-D1").neckDeg(5.0).build();
        // RULA-D2 as described in §7.2: UA 25° flexion, elbow 110°, wrist 10° extension, neck 25°, trunk 10°, static.
        PostureObservation d2 = PostureObservation.builder("RULA-D2").upperArmDeg(25.0).lowerArmDeg(110.0)
                .wristDeg(-10.0).neckDeg(25.0).trunkDeg(10.0).staticPosture(true).build();
        PostureObservation d3 = neutral("RULA-D3").upperArmDeg(30.0).lowerArmDeg(40.0).build();
        PostureObservation d4 = PostureObservation.builder("RULA-D4").upperArmDeg(100.0).lowerArmDeg(40.0)
                .wristDeg(20.0).wristTwisted(true).neckDeg(30.0).trunkDeg(40.0).legsSupported(false)
                .staticPosture(true).loadKg(5.0).loadMode(LoadMode.STATIC).build();
        return derivedExamples().map(e -> Arguments.of(e, e.name().startsWith("RULA-D1") ? d1
                : e.name().startsWith("RULA-D2") ? d2 : e.name().startsWith("RULA-D3") ? d3 : d4));
    }

    @ParameterizedTest(name = "{0} from angles")
    @MethodSource("derivedExamplesFromAngles")
    void derivedExamplesFromAngles(Example e, PostureObservation o) {
        RulaResult r = Rula.score(o, e.table());
        assertThat(new int[] {r.upperArm(), r.lowerArm(), r.wrist(), r.wristTwist(), r.neck(), r.trunk(), r.legs()})
                .as("UA, LA, W, WT, neck, trunk, legs").containsExactly(e.parts().asArray());
        int m = e.muscleForce().muscleUse();
        int f = e.muscleForce().force();
        assertThat(new int[] {r.muscleUseA(), r.forceA(), r.muscleUseB(), r.forceB()}).containsExactly(m, f, m, f);
        assertThat(r.scoreC()).as("C").isEqualTo(e.expected().c());
        assertThat(r.scoreD()).as("D").isEqualTo(e.expected().d());
        assertThat(r.score()).as("grand").isEqualTo(e.expected().grand());
    }

    static Stream<Arguments> tableCCells() {
        return IntStream.rangeClosed(1, 13).boxed()
                .flatMap(c -> IntStream.rangeClosed(1, 13).mapToObj(d -> Arguments.of(c, d)));
    }

    /**
     * RULA-P1 (McAtamney &amp; Corlett 1993 [S1], §7.1): a grand score of 1 or 2 if and only if C ≤ 2 and
     * D ≤ 2; checked over every cell of Table C, and over C and D up to 13 (saturation at 8+ and 7+).
     */
    @ParameterizedTest(name = "RULA-P1 [S1]: C {0}, D {1}")
    @MethodSource("tableCCells")
    void rulaP1GrandAtMostTwoIffBothGroupsAtMostTwo(int c, int d) {
        int grand = Rula.tableC(c, d);
        assertThat(grand).isBetween(1, 7);
        assertThat(grand <= 2).isEqualTo(c <= 2 && d <= 2);
        assertThat(grand).isEqualTo(PostureTables.RULA_C[Math.min(c, 8) - 1][Math.min(d, 7) - 1]);
    }

    @ParameterizedTest(name = "grand {0} -> action level {1}, {2}")
    @CsvSource({"1, 1, LOW", "2, 1, LOW", "3, 2, MEDIUM", "4, 2, MEDIUM", "5, 3, HIGH", "6, 3, HIGH", "7, 4, HIGH"})
    void actionLevelsAndTrafficLight(int grand, int actionLevel, Risk risk) {
        RulaResult r = new RulaResult(null, MCATAMNEY_CORLETT_1993, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, grand,
                List.of());
        assertThat(r.actionLevel()).isEqualTo(actionLevel);
        assertThat(r.risk()).isEqualTo(risk);
        assertThat(r.action()).isNotBlank();
    }

    @Test
    void cornellTableDiffersIn31CellsAndNeverExceedsThe1993Table() {
        int differing = 0;
        for (int ua = 1; ua <= 6; ua++) {
            for (int la = 1; la <= 3; la++) {
                for (int w = 1; w <= 4; w++) {
                    for (int wt = 1; wt <= 2; wt++) {
                        int mc = MCATAMNEY_CORLETT_1993.lookup(ua, la, w, wt);
                        int h = CORNELL.lookup(ua, la, w, wt);
                        assertThat(h).as("UA %d LA %d W %d WT %d", ua, la, w, wt).isLessThanOrEqualTo(mc);
                        differing += h != mc ? 1 : 0;
                    }
                }
            }
        }
        assertThat(differing).as("§1.6: differs in 31 of 144 cells").isEqualTo(31);
    }

    @Test
    void tablesHaveTheShapesOfTheirAxes() {
        assertThat(PostureTables.RULA_A_MC1993).hasDimensions(18, 8);
        assertThat(PostureTables.RULA_A_CORNELL).hasDimensions(18, 8);
        assertThat(PostureTables.RULA_B).hasDimensions(6, 12);
        assertThat(PostureTables.RULA_C).hasDimensions(8, 7);
    }

    @Test
    void tablesNeverDecreaseAlongAnyAxis() {
        for (RulaTableA v : RulaTableA.values()) {
            for (int ua = 1; ua <= 6; ua++) {
                for (int la = 1; la <= 3; la++) {
                    for (int w = 1; w <= 4; w++) {
                        for (int wt = 1; wt <= 2; wt++) {
                            int x = v.lookup(ua, la, w, wt);
                            if (ua < 6) assertThat(v.lookup(ua + 1, la, w, wt)).isGreaterThanOrEqualTo(x);
                            if (la < 3) assertThat(v.lookup(ua, la + 1, w, wt)).isGreaterThanOrEqualTo(x);
                            if (w < 4) assertThat(v.lookup(ua, la, w + 1, wt)).isGreaterThanOrEqualTo(x);
                            if (wt < 2) assertThat(v.lookup(ua, la, w, wt + 1)).isGreaterThanOrEqualTo(x);
                        }
                    }
                }
            }
        }
        for (int c = 1; c <= 13; c++) {
            for (int d = 1; d <= 13; d++) {
                assertThat(Rula.tableC(c + 1, d)).isGreaterThanOrEqualTo(Rula.tableC(c, d));
                assertThat(Rula.tableC(c, d + 1)).isGreaterThanOrEqualTo(Rula.tableC(c, d));
            }
        }
    }

    @Test
    void defaultTableIsMcAtamneyCorlett1993AndEveryResultRecordsItsVersion() {
        PostureObservation d3 = neutral("D3").upperArmDeg(30.0).lowerArmDeg(40.0).build();
        assertThat(PostureConventions.DEFAULT_TABLE_A).isEqualTo(MCATAMNEY_CORLETT_1993);
        assertThat(Rula.score(d3)).isEqualTo(Rula.score(d3, MCATAMNEY_CORLETT_1993));
        assertThat(Rula.score(d3).tableA().id()).isEqualTo("RULA_A_MC1993");
        assertThat(Rula.score(d3, CORNELL).tableA().id()).isEqualTo("RULA_A_CORNELL");
        assertThat(Rula.score(d3).score()).isEqualTo(3);
        assertThat(Rula.score(d3, CORNELL).score()).isEqualTo(2);
    }

    @ParameterizedTest(name = "parse {0}")
    @CsvSource({"RULA_A_MC1993, MCATAMNEY_CORLETT_1993", "rula_a_cornell, CORNELL", " cornell , CORNELL",
        "mcatamney_corlett_1993, MCATAMNEY_CORLETT_1993"})
    void tableVersionParses(String text, RulaTableA expected) {
        assertThat(RulaTableA.parse(text)).isEqualTo(expected);
    }

    @Test
    void unknownTableVersionIsRejected() {
        assertThatThrownBy(() -> RulaTableA.parse("hedge"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be RULA_A_MC1993 or RULA_A_CORNELL but was 'hedge'");
    }

    @Test
    void bodyPartsCarryAnglesAndExplanations() {
        PostureObservation o = PostureObservation.builder("Shelving").upperArmDeg(50.0).upperArmAbducted(true)
                .lowerArmDeg(110.0).armAcrossMidline(true).wristDeg(-10.0).wristDeviated(true).wristTwisted(true)
                .neckDeg(25.0).neckTwisted(true).trunkDeg(-10.0).legsSupported(false).build();
        RulaResult r = Rula.score(o);
        assertThat(r.bodyParts()).extracting(BodyPartScore::part).containsExactly(BodyPart.UPPER_ARM,
                BodyPart.LOWER_ARM, BodyPart.WRIST, BodyPart.WRIST_TWIST, BodyPart.NECK, BodyPart.TRUNK, BodyPart.LEGS);
        assertThat(r.bodyParts()).extracting(BodyPartScore::angleDeg)
                .containsExactly(50.0, 110.0, -10.0, null, 25.0, -10.0, null);
        assertThat(r.bodyParts()).extracting(BodyPartScore::explanation).containsExactly(
                "upper arm 50° flexion (45–90° flexion: 3) + abducted (+1)",
                "elbow 110° flexion (over 100°: 2) + across the midline or out to the side (+1)",
                "wrist 10° extension (0–15°: 2) + bent from the midline (+1)",
                "wrist twist at or near the end of its range: 2",
                "neck 25° flexion (over 20° flexion: 3) + twisted (+1)",
                "trunk 10° extension (upright, supported or reclined: 1)",
                "legs or feet not supported, or weight uneven: 2");
        assertThat(r.bodyParts()).extracting(BodyPartScore::score).containsExactly(4, 3, 3, 2, 4, 1, 2);
    }

    @Test
    void missingOrNonFiniteAnglesAreRejectedByTheStaticEntry() {
        assertThatThrownBy(() -> Rula.score(PostureObservation.builder("x").lowerArmDeg(80.0).wristDeg(0.0)
                        .neckDeg(0.0).trunkDeg(0.0).buildIncomplete()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("upper_arm_deg is required but was blank");
        assertThatThrownBy(() -> Rula.score(neutral("x").trunkDeg(Double.NaN).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trunk_deg must be a finite number but was NaN");
    }
}
