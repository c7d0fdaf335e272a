package dev.ergo.engine.posture;

import dev.ergo.engine.internal.posture.PostureTables;
import static dev.ergo.engine.posture.PostureFixtures.neutral;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.Risk;
import dev.ergo.model.posture.RebaCoupling;
import dev.ergo.model.posture.LoadMode;
import dev.ergo.model.posture.PostureObservation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RebaTests {

    /** Body-part scores in REBA's order (§2): neck, trunk, legs, upper arm, lower arm, wrist. */
    record Parts(int neck, int trunk, int legs, int upperArm, int lowerArm, int wrist) {
        int[] asArray() {
            return new int[] {neck, trunk, legs, upperArm, lowerArm, wrist};
        }
    }

    /** The additions: load/force, coupling and activity scores. */
    record Additions(int load, int coupling, int activity) {}

    /** What an example expects: Tables A and B, scores A, B and C, the REBA score and its level. */
    record Expected(int tableA, int tableB, int a, int b, int c, int reba, RebaLevel level) {}

    /** One worked example: id and source section, inputs and expected scores. */
    record Example(String name, Parts parts, Additions additions, Expected expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** methods-posture-office §7.1 (published) and §7.2 (derived) REBA examples, from body-part scores. */
    static Stream<Example> examples() {
        Parts p1 = new Parts(2, 2, 2, 1, 2, 3);
        Expected p1Scores = new Expected(4, 3, 4, 3, 4, 4, RebaLevel.MEDIUM);
        return Stream.of(
                new Example("REBA-D1 lift from low shelf, §7.2 derived", new Parts(2, 4, 2, 3, 2, 2), new Additions(2, 1, 1),
                        new Expected(6, 5, 8, 6, 10, 11, RebaLevel.VERY_HIGH)),
                new Example("REBA-P1 rs9000/ergonomics README 'Pose Left', §7.1", p1, new Additions(0, 0, 0), p1Scores),
                new Example("REBA-D2 = REBA-P1, §7.2", p1, new Additions(0, 0, 0), p1Scores),
                new Example("REBA-P2 rs9000/ergonomics README 'Pose Right', §7.1", new Parts(2, 2, 2, 1, 2, 2),
                        new Additions(0, 0, 0), new Expected(4, 2, 4, 2, 4, 4, RebaLevel.MEDIUM)),
                new Example("REBA-P3 Ellestir/AutoREBA Ground_Truth 'Good posture', §7.1 (coupling before Table C)",
                        new Parts(1, 1, 1, 1, 1, 1), new Additions(0, 2, 0), new Expected(1, 1, 1, 3, 1, 1, RebaLevel.NEGLIGIBLE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void examplesFromBodyPartScores(Example e) {
        Parts p = e.parts();
        Additions add = e.additions();
        RebaResult r = Reba.fromPartScores(p.neck(), p.trunk(), p.legs(), p.upperArm(), p.lowerArm(), p.wrist(),
                add.load(), add.coupling(), add.activity());
        Expected x = e.expected();
        assertThat(r.tableA()).as("Table A").isEqualTo(x.tableA());
        assertThat(r.tableB()).as("Table B").isEqualTo(x.tableB());
        assertThat(r.scoreA()).as("score A").isEqualTo(x.a());
        assertThat(r.scoreB()).as("score B").isEqualTo(x.b());
        assertThat(r.scoreC()).as("score C").isEqualTo(x.c());
        assertThat(r.score()).as("REBA").isEqualTo(x.reba());
        assertThat(r.level()).isEqualTo(x.level());
    }

    /** The same examples from angles and flags (angles chosen inside the tabulated bands). */
    static Stream<Arguments> examplesFromAngles() {
        PostureObservation d1 = PostureObservation.builder("REBA-D1").neckDeg(30.0).trunkDeg(70.0).legsBilateral(false)
                .upperArmDeg(60.0).lowerArmDeg(40.0).wristDeg(20.0).loadKg(15.0).coupling(RebaCoupling.FAIR)
                .repeatedAction(true).build();
        PostureObservation p1 = PostureObservation.builder("REBA-P1").neckDeg(30.0).trunkDeg(10.0).legsBilateral(false)
                .upperArmDeg(0.0).lowerArmDeg(40.0).wristDeg(20.0).wristDeviated(true).build();
        PostureObservation p2 = PostureObservation.builder("REBA-P2").neckDeg(30.0).trunkDeg(10.0).legsBilateral(false)
                .upperArmDeg(0.0).lowerArmDeg(40.0).wristDeg(20.0).build();
        PostureObservation p3 = neutral("REBA-P3").neckDeg(10.0).lowerArmDeg(90.0).coupling(RebaCoupling.POOR).build();
        return examples().filter(e -> !e.name().startsWith("REBA-D2"))
                .map(e -> Arguments.of(e, e.name().startsWith("REBA-D1") ? d1 : e.name().startsWith("REBA-P1") ? p1
                        : e.name().startsWith("REBA-P2") ? p2 : p3));
    }

    @ParameterizedTest(name = "{0} from angles")
    @MethodSource("examplesFromAngles")
    void examplesFromAngles(Example e, PostureObservation o) {
        RebaResult r = Reba.score(o);
        assertThat(new int[] {r.neck(), r.trunk(), r.legs(), r.upperArm(), r.lowerArm(), r.wrist()})
                .as("neck, trunk, legs, UA, LA, W").containsExactly(e.parts().asArray());
        Additions add = e.additions();
        assertThat(new int[] {r.load(), r.coupling(), r.activity()}).containsExactly(add.load(), add.coupling(), add.activity());
        assertThat(r.scoreA()).as("A").isEqualTo(e.expected().a());
        assertThat(r.scoreB()).as("B").isEqualTo(e.expected().b());
        assertThat(r.scoreC()).as("C").isEqualTo(e.expected().c());
        assertThat(r.score()).as("REBA").isEqualTo(e.expected().reba());
    }

    /** REBA-P3 [§7.1]: the source's intermediate "Score B of 1" omits the coupling; B must be 1 + 2 = 3. */
    @Test
    void rebaP3CouplingIsAddedToTableBBeforeTableC() {
        RebaResult r = Reba.fromPartScores(1, 1, 1, 1, 1, 1, 0, 2, 0);
        assertThat(r.tableB()).isEqualTo(1);
        assertThat(r.coupling()).isEqualTo(2);
        assertThat(r.scoreB()).isEqualTo(3);
        assertThat(r.scoreC()).isEqualTo(PostureTables.REBA_C[0][2]).isEqualTo(1);
        // Had the coupling been added after Table C, the score would be 3; Table C(1,3) absorbs it.
        assertThat(r.score()).isEqualTo(1);
    }

    @ParameterizedTest(name = "REBA {0} -> {1}, action level {2}, {3}")
    @CsvSource({"1, NEGLIGIBLE, 0, LOW", "2, LOW, 1, LOW", "3, LOW, 1, LOW", "4, MEDIUM, 2, MEDIUM",
        "7, MEDIUM, 2, MEDIUM", "8, HIGH, 3, HIGH", "10, HIGH, 3, HIGH", "11, VERY_HIGH, 4, HIGH",
        "15, VERY_HIGH, 4, HIGH"})
    void levelsActionLevelsAndTrafficLight(int score, RebaLevel level, int actionLevel, Risk risk) {
        RebaResult r = new RebaResult(null, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 1, score, 0, score, List.of());
        assertThat(r.level()).isEqualTo(level);
        assertThat(r.actionLevel()).isEqualTo(actionLevel);
        assertThat(r.risk()).isEqualTo(risk);
        assertThat(level.action()).isNotBlank();
    }

    @ParameterizedTest(name = "coupling {0} -> {1}")
    @CsvSource({"GOOD, 0", "FAIR, 1", "POOR, 2", "UNACCEPTABLE, 3"})
    void couplingScores(RebaCoupling coupling, int expected) {
        assertThat(Reba.score(neutral("c").coupling(coupling).build()).coupling()).isEqualTo(expected);
    }

    @Test
    void shockAddsOneToTheLoadScore() {
        assertThat(Reba.score(neutral("s").loadKg(0.0).loadMode(LoadMode.SHOCK).build()).load()).isEqualTo(1);
        assertThat(Reba.score(neutral("s").loadKg(12.0).loadMode(LoadMode.SHOCK).build()).load()).isEqualTo(3);
        assertThat(Reba.score(neutral("s").loadKg(12.0).loadMode(LoadMode.STATIC).build()).load()).isEqualTo(2);
    }

    @Test
    void activityAddsOnePerItemAfterTableC() {
        RebaResult r = Reba.score(neutral("a").staticPosture(true).repeatedAction(true).rapidPostureChange(true).build());
        assertThat(r.activity()).isEqualTo(3);
        assertThat(r.scoreC()).isEqualTo(1);
        assertThat(r.score()).isEqualTo(4);
    }

    @Test
    void neckAndTrunkTakeOneAdjustmentForTwistOrSideBendAndWristForDeviationOrTwist() {
        RebaResult both = Reba.score(neutral("t").neckTwisted(true).neckSideBent(true).trunkTwisted(true)
                .trunkSideBent(true).wristDeviated(true).wristTwisted(true).build());
        assertThat(new int[] {both.neck(), both.trunk(), both.wrist()}).containsExactly(2, 2, 2);
        RebaResult one = Reba.score(neutral("t").neckSideBent(true).trunkTwisted(true).wristTwisted(true).build());
        assertThat(new int[] {one.neck(), one.trunk(), one.wrist()}).containsExactly(2, 2, 2);
    }

    @Test
    void kneeAdjustmentIsNotAppliedWhenSeated() {
        assertThat(Reba.score(neutral("k").kneeDeg(90.0).build()).legs()).isEqualTo(3);
        assertThat(Reba.score(neutral("k").kneeDeg(90.0).seated(true).build()).legs()).isEqualTo(1);
        assertThat(Reba.score(neutral("k").kneeDeg(90.0).seated(true).build()).bodyParts().get(2).explanation())
                .isEqualTo("legs (bilateral weight bearing, walking or sitting: 1), knees 90° flexion, no knee"
                        + " adjustment when seated");
        assertThat(Reba.score(neutral("k").kneeDeg(45.0).legsBilateral(false).build()).legs()).isEqualTo(3);
    }

    @Test
    void tablesHaveTheShapesOfTheirAxesAndNeverDecrease() {
        assertThat(PostureTables.REBA_A).hasDimensions(5, 12);
        assertThat(PostureTables.REBA_B).hasDimensions(6, 6);
        assertThat(PostureTables.REBA_C).hasDimensions(12, 12);
        for (int a = 1; a <= 12; a++) {
            for (int b = 1; b <= 12; b++) {
                int x = PostureTables.REBA_C[a - 1][b - 1];
                if (a < 12) {
                    assertThat(PostureTables.REBA_C[a][b - 1]).isGreaterThanOrEqualTo(x);
                }
                if (b < 12) {
                    assertThat(PostureTables.REBA_C[a - 1][b]).isGreaterThanOrEqualTo(x);
                }
            }
        }
    }
}
