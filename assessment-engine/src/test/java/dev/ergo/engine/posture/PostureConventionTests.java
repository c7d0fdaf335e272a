package dev.ergo.engine.posture;

import static dev.ergo.engine.posture.PostureFixtures.neutral;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.model.posture.LoadMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The decisions taken on the open questions of methods-posture-office §8, one test each. */
class PostureConventionTests {

    /** §8 item 2: ±20°, not the Cornell form's ±15°, for RULA, REBA and both Table A versions. */
    @ParameterizedTest(name = "upper arm band ±20° with {0}")
    @EnumSource(RulaTableA.class)
    void upperArmNeutralBandIsTwentyDegrees(RulaTableA table) {
        assertThat(PostureConventions.UPPER_ARM_NEUTRAL_DEG).isEqualTo(20.0);
        for (double deg : new double[] {-18, -15.5, 15.5, 18}) {
            var o = neutral("ua").upperArmDeg(deg).build();
            assertThat(Rula.score(o, table).upperArm()).as("RULA %s°", deg).isEqualTo(1);
            assertThat(Reba.score(o).upperArm()).as("REBA %s°", deg).isEqualTo(1);
        }
    }

    /** §8 item 3: static (held over 1 min) or repeated (4/min or more) gives +1 to both groups, not +2. */
    @ParameterizedTest(name = "static {0}, repeated {1} -> muscle use {2}")
    @CsvSource({"false, false, 0", "true, false, 1", "false, true, 1", "true, true, 1"})
    void muscleUseIsOnePointForEitherItemInBothGroups(boolean staticPosture, boolean repeated, int expected) {
        assertThat(PostureConventions.MUSCLE_USE_HOLD_MINUTES).isEqualTo(1.0);
        RulaResult r = Rula.score(neutral("m").staticPosture(staticPosture).repeatedAction(repeated).build());
        assertThat(r.muscleUseA()).isEqualTo(expected);
        assertThat(r.muscleUseB()).isEqualTo(expected);
        assertThat(r.scoreC()).isEqualTo(r.scoreA() + expected);
        assertThat(r.scoreD()).isEqualTo(r.scoreB() + expected);
    }

    /** §8 item 4: the original text — intermittent over 10 kg is 2 (not 3); shock is 3 of any magnitude. */
    @ParameterizedTest(name = "{1} kg {0} -> force {2}")
    @CsvSource({"INTERMITTENT, 12, 2", "INTERMITTENT, 100, 2", "STATIC, 12, 3", "REPEATED, 12, 3",
        "SHOCK, 0, 3", "SHOCK, 1, 3", "SHOCK, 50, 3", "STATIC, 1, 0", "REPEATED, 0, 0"})
    void forceScoreFollowsTheOriginalText(LoadMode mode, double kg, int expected) {
        RulaResult r = Rula.score(neutral("f").loadKg(kg).loadMode(mode).build());
        assertThat(r.forceA()).isEqualTo(expected);
        assertThat(r.forceB()).isEqualTo(expected);
        assertThat(PostureConventions.RULA_INTERMITTENT_OVER_10_KG_SCORE).isEqualTo(2);
        assertThat(PostureConventions.RULA_SHOCK_FORCE_SCORE).isEqualTo(3);
    }

    /** §8 item 5: one flag for "across the midline or out to the side", +1 at most, clamped to 3. */
    @ParameterizedTest(name = "elbow {0}°, across {1} -> lower arm {2}")
    @CsvSource({"80, false, 1", "80, true, 2", "40, true, 3", "120, true, 3", "120, false, 2"})
    void lowerArmAdjustmentIsAtMostOneAndNeverAboveThree(double deg, boolean across, int expected) {
        assertThat(Rula.score(neutral("la").lowerArmDeg(deg).armAcrossMidline(across).build()).lowerArm())
                .isEqualTo(expected);
        assertThat(PostureConventions.RULA_LOWER_ARM_MAX).isEqualTo(3);
    }

    @Test
    void lowerArmNeverLeavesTheTableAAxis() {
        // The workbook's single flag gives at most 2 + 1 = 3; the clamp guards the Table A axis (§8 item 5).
        for (int deg = 0; deg <= 180; deg++) {
            assertThat(BodyParts.rulaLowerArm(deg, true).score()).as("%d°", deg)
                    .isBetween(2, PostureConventions.RULA_LOWER_ARM_MAX);
        }
    }

    /** §8 item 6: supported or leaning −1, never below 1 (RULA and REBA). */
    @ParameterizedTest(name = "upper arm {0}°, raised {1}, supported -> {2}")
    @CsvSource({"0, false, 1", "10, false, 1", "30, false, 1", "30, true, 2", "60, false, 2", "100, false, 3"})
    void supportedArmSubtractsOneButNotBelowOne(double deg, boolean raised, int expected) {
        var o = neutral("s").upperArmDeg(deg).shoulderRaised(raised).armSupported(true).build();
        assertThat(Rula.score(o).upperArm()).isEqualTo(expected);
        assertThat(Reba.score(o).upperArm()).isEqualTo(expected);
        assertThat(PostureConventions.ARM_SUPPORTED_ADJUSTMENT).isEqualTo(-1);
        assertThat(PostureConventions.UPPER_ARM_MIN).isEqualTo(1);
    }

    @Test
    void supportedArmClampIsExplained() {
        assertThat(BodyParts.upperArm(10, false, false, true, "abducted").explanation())
                .isEqualTo("upper arm 10° flexion (20° extension to 20° flexion: 1) − arm supported or leaning (−1),"
                        + " not below 1");
    }

    /** RULA has no trunk-extension band: upright or reclined scores 1 (REBA scores extension). */
    @ParameterizedTest(name = "trunk {0}° -> RULA 1")
    @CsvSource({"-5", "-30", "-60"})
    void rulaTrunkInExtensionScoresAsUpright(double deg) {
        var o = neutral("t").trunkDeg(deg).build();
        assertThat(Rula.score(o).trunk()).isEqualTo(PostureConventions.RULA_TRUNK_UPRIGHT_OR_RECLINED_SCORE).isEqualTo(1);
        assertThat(Reba.score(o).trunk()).isGreaterThan(1);
    }
}
