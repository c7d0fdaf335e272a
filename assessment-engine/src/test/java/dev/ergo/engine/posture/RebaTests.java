package dev.ergo.engine.posture;

import dev.ergo.engine.internal.posture.PostureTables;
import static dev.ergo.engine.posture.PostureFixtures.neutral;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.Risk;
import dev.ergo.model.posture.Coupling;
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

    /** methods-posture-office §7.1 (published) and §7.2 (derived) REBA examples, from body-part scores. */
    static Stream<Arguments> examples() {
        return Stream.of(
                // name, neck, trunk, legs, UA, LA, W, load, coupling, activity, Table A, Table B, A, B, C, REBA, level
                Arguments.of("REBA-D1 lift from low shelf, §7.2 derived", 2, 4, 2, 3, 2, 2, 2, 1, 1, 6, 5, 8, 6, 10, 11,
                        RebaLevel.VERY_HIGH),
                Arguments.of("REBA-P1 rs9000/ergonomics README 'Pose Left', §7.1", 2, 2, 2, 1, 2, 3, 0, 0, 0, 4, 3, 4, 3,
                        4, 4, RebaLevel.MEDIUM),
                Arguments.of("REBA-D2 = REBA-P1, §7.2", 2, 2, 2, 1, 2, 3, 0, 0, 0, 4, 3, 4, 3, 4, 4, RebaLevel.MEDIUM),
                Arguments.of("REBA-P2 rs9000/ergonomics README 'Pose Right', §7.1", 2, 2, 2, 1, 2, 2, 0, 0, 0, 4, 2, 4, 2,
                        4, 4, RebaLevel.MEDIUM),
                Arguments.of("REBA-P3 Ellestir/AutoREBA Ground_Truth 'Good posture', §7.1 (coupling before Table C)", 1,
                        1, 1, 1, 1, 1, 0, 2, 0, 1, 1, 1, 3, 1, 1, RebaLevel.NEGLIGIBLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void examplesFromBodyPartScores(String name, int neck, int trunk, int legs, int ua, int la, int w, int load,
            int coupling, int activity, int tableA, int tableB, int a, int b, int c, int reba, RebaLevel level) {
        RebaResult r = Reba.fromPartScores(neck, trunk, legs, ua, la, w, load, coupling, activity);
        assertThat(r.tableA()).as("Table A").isEqualTo(tableA);
        assertThat(r.tableB()).as("Table B").isEqualTo(tableB);
        assertThat(r.scoreA()).as("score A").isEqualTo(a);
        assertThat(r.scoreB()).as("score B").isEqualTo(b);
        assertThat(r.scoreC()).as("score C").isEqualTo(c);
        assertThat(r.score()).as("REBA").isEqualTo(reba);
        assertThat(r.level()).isEqualTo(level);
    }

    /** The same examples from angles and flags (angles chosen inside the tabulated bands). */
    static Stream<Arguments> examplesFromAngles() {
        return Stream.of(
                Arguments.of("REBA-D1 lift from low shelf, §7.2",
                        PostureObservation.builder("REBA-D1").neckDeg(30.0).trunkDeg(70.0).legsBilateral(false)
                                .upperArmDeg(60.0).lowerArmDeg(40.0).wristDeg(20.0).loadKg(15.0).coupling(Coupling.FAIR)
                                .repeatedAction(true).build(),
                        new int[] {2, 4, 2, 3, 2, 2}, 2, 1, 1, 8, 6, 10, 11),
                Arguments.of("REBA-P1 'Pose Left', §7.1",
                        PostureObservation.builder("REBA-P1").neckDeg(30.0).trunkDeg(10.0).legsBilateral(false)
                                .upperArmDeg(0.0).lowerArmDeg(40.0).wristDeg(20.0).wristDeviated(true).build(),
                        new int[] {2, 2, 2, 1, 2, 3}, 0, 0, 0, 4, 3, 4, 4),
                Arguments.of("REBA-P2 'Pose Right', §7.1",
                        PostureObservation.builder("REBA-P2").neckDeg(30.0).trunkDeg(10.0).legsBilateral(false)
                                .upperArmDeg(0.0).lowerArmDeg(40.0).wristDeg(20.0).build(),
                        new int[] {2, 2, 2, 1, 2, 2}, 0, 0, 0, 4, 2, 4, 4),
                Arguments.of("REBA-P3 'Good posture', §7.1",
                        neutral("REBA-P3").neckDeg(10.0).lowerArmDeg(90.0).coupling(Coupling.POOR).build(),
                        new int[] {1, 1, 1, 1, 1, 1}, 0, 2, 0, 1, 3, 1, 1));
    }

    @ParameterizedTest(name = "{0} from angles")
    @MethodSource("examplesFromAngles")
    void examplesFromAngles(String name, PostureObservation o, int[] parts, int load, int coupling, int activity,
            int a, int b, int c, int reba) {
        RebaResult r = Reba.score(o);
        assertThat(new int[] {r.neck(), r.trunk(), r.legs(), r.upperArm(), r.lowerArm(), r.wrist()})
                .as("neck, trunk, legs, UA, LA, W").containsExactly(parts);
        assertThat(new int[] {r.load(), r.coupling(), r.activity()}).containsExactly(load, coupling, activity);
        assertThat(r.scoreA()).as("A").isEqualTo(a);
        assertThat(r.scoreB()).as("B").isEqualTo(b);
        assertThat(r.scoreC()).as("C").isEqualTo(c);
        assertThat(r.score()).as("REBA").isEqualTo(reba);
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
    void couplingScores(Coupling coupling, int expected) {
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
