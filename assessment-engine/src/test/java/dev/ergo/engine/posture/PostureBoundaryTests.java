package dev.ergo.engine.posture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.model.posture.LoadMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every band boundary of RULA and REBA, just below, at and just above, under the one convention
 * {@link PostureConventions#BOUNDARY_INCLUSIVE_LOWER}: a value on a boundary takes the band on the
 * neutral side (the lower score).
 */
class PostureBoundaryTests {

    @Test
    void theConventionIsLowerBandInclusive() {
        assertThat(PostureConventions.BOUNDARY_INCLUSIVE_LOWER).isTrue();
        assertThat(PostureConventions.beyond(20.0, 20.0)).isFalse();
        assertThat(PostureConventions.beyond(Math.nextUp(20.0), 20.0)).isTrue();
        assertThat(PostureConventions.beyond(Math.nextDown(20.0), 20.0)).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}° -> {2}")
    @CsvSource({
        // upper arm, RULA §1.2 and REBA §2.3: ±20°, 45°, 90°
        "RULA upper arm, -90, 2", "RULA upper arm, -20.01, 2", "RULA upper arm, -20, 1", "RULA upper arm, -19.99, 1",
        "RULA upper arm, 0, 1", "RULA upper arm, 19.99, 1", "RULA upper arm, 20, 1", "RULA upper arm, 20.01, 2",
        "RULA upper arm, 44.99, 2", "RULA upper arm, 45, 2", "RULA upper arm, 45.01, 3",
        "RULA upper arm, 89.99, 3", "RULA upper arm, 90, 3", "RULA upper arm, 90.01, 4", "RULA upper arm, 200, 4",
        "REBA upper arm, -20.01, 2", "REBA upper arm, -20, 1", "REBA upper arm, 20, 1", "REBA upper arm, 20.01, 2",
        "REBA upper arm, 45, 2", "REBA upper arm, 45.01, 3", "REBA upper arm, 90, 3", "REBA upper arm, 90.01, 4",
        // lower arm, §1.2 and §2.3: 60°, 100°
        "RULA lower arm, 0, 2", "RULA lower arm, 59.99, 2", "RULA lower arm, 60, 1", "RULA lower arm, 60.01, 1",
        "RULA lower arm, 99.99, 1", "RULA lower arm, 100, 1", "RULA lower arm, 100.01, 2", "RULA lower arm, 180, 2",
        "REBA lower arm, 59.99, 2", "REBA lower arm, 60, 1", "REBA lower arm, 100, 1", "REBA lower arm, 100.01, 2",
        // wrist, §1.2: neutral 0°, 15° either way
        "RULA wrist, -15.01, 3", "RULA wrist, -15, 2", "RULA wrist, -0.01, 2", "RULA wrist, 0, 1",
        "RULA wrist, 0.01, 2", "RULA wrist, 14.99, 2", "RULA wrist, 15, 2", "RULA wrist, 15.01, 3",
        // wrist, §2.3: 15° either way
        "REBA wrist, -15.01, 2", "REBA wrist, -15, 1", "REBA wrist, 0, 1", "REBA wrist, 14.99, 1",
        "REBA wrist, 15, 1", "REBA wrist, 15.01, 2",
        // neck, §1.3: extension below 0°, 10°, 20°
        "RULA neck, -0.01, 4", "RULA neck, 0, 1", "RULA neck, 0.01, 1", "RULA neck, 9.99, 1", "RULA neck, 10, 1",
        "RULA neck, 10.01, 2", "RULA neck, 19.99, 2", "RULA neck, 20, 2", "RULA neck, 20.01, 3",
        // neck, §2.2: extension below 0°, 20°
        "REBA neck, -0.01, 2", "REBA neck, 0, 1", "REBA neck, 19.99, 1", "REBA neck, 20, 1", "REBA neck, 20.01, 2",
        // trunk, §1.3: 0°, 20°, 60°
        "RULA trunk, -60, 1", "RULA trunk, -0.01, 1", "RULA trunk, 0, 1", "RULA trunk, 0.01, 2",
        "RULA trunk, 19.99, 2", "RULA trunk, 20, 2", "RULA trunk, 20.01, 3",
        "RULA trunk, 59.99, 3", "RULA trunk, 60, 3", "RULA trunk, 60.01, 4",
        // trunk, §2.2: 0°, ±20°, 60°
        "REBA trunk, -20.01, 3", "REBA trunk, -20, 2", "REBA trunk, -0.01, 2", "REBA trunk, 0, 1",
        "REBA trunk, 0.01, 2", "REBA trunk, 19.99, 2", "REBA trunk, 20, 2", "REBA trunk, 20.01, 3",
        "REBA trunk, 59.99, 3", "REBA trunk, 60, 3", "REBA trunk, 60.01, 4",
        // knees, standing, bilateral, §2.2: 30°, 60°
        "REBA legs (knee), 0, 1", "REBA legs (knee), 29.99, 1", "REBA legs (knee), 30, 1", "REBA legs (knee), 30.01, 2",
        "REBA legs (knee), 59.99, 2", "REBA legs (knee), 60, 2", "REBA legs (knee), 60.01, 3",
        // force/load in kg, §1.4: 2 kg, 10 kg
        "RULA force intermittent (kg), 0, 0", "RULA force intermittent (kg), 1.99, 0",
        "RULA force intermittent (kg), 2, 0", "RULA force intermittent (kg), 2.01, 1",
        "RULA force intermittent (kg), 9.99, 1", "RULA force intermittent (kg), 10, 1",
        "RULA force intermittent (kg), 10.01, 2",
        "RULA force static (kg), 1.99, 0", "RULA force static (kg), 2, 0", "RULA force static (kg), 2.01, 2",
        "RULA force static (kg), 10, 2", "RULA force static (kg), 10.01, 3",
        "RULA force repeated (kg), 2, 0", "RULA force repeated (kg), 2.01, 2",
        "RULA force repeated (kg), 10, 2", "RULA force repeated (kg), 10.01, 3",
        // load in kg, §2.7: 5 kg, 10 kg
        "REBA load (kg), 0, 0", "REBA load (kg), 4.99, 0", "REBA load (kg), 5, 0", "REBA load (kg), 5.01, 1",
        "REBA load (kg), 9.99, 1", "REBA load (kg), 10, 1", "REBA load (kg), 10.01, 2", "REBA load (kg), 100, 2",
    })
    void bandBoundaries(String item, double value, int expected) {
        int score = switch (item) {
            case "RULA upper arm" -> BodyParts.upperArm(value, false, false, false, "abducted").score();
            case "REBA upper arm" -> BodyParts.upperArm(value, false, false, false, "abductedOrRotated").score();
            case "RULA lower arm" -> BodyParts.rulaLowerArm(value, false).score();
            case "REBA lower arm" -> BodyParts.rebaLowerArm(value).score();
            case "RULA wrist" -> BodyParts.rulaWrist(value, false).score();
            case "REBA wrist" -> BodyParts.rebaWrist(value, false, false).score();
            case "RULA neck" -> BodyParts.rulaNeck(value, false, false).score();
            case "REBA neck" -> BodyParts.rebaNeck(value, false, false).score();
            case "RULA trunk" -> BodyParts.rulaTrunk(value, false, false).score();
            case "REBA trunk" -> BodyParts.rebaTrunk(value, false, false).score();
            case "REBA legs (knee)" -> BodyParts.rebaLegs(true, false, value).score();
            case "RULA force intermittent (kg)" -> BodyParts.rulaForce(value, LoadMode.INTERMITTENT);
            case "RULA force static (kg)" -> BodyParts.rulaForce(value, LoadMode.STATIC);
            case "RULA force repeated (kg)" -> BodyParts.rulaForce(value, LoadMode.REPEATED);
            case "REBA load (kg)" -> BodyParts.rebaLoad(value, LoadMode.INTERMITTENT);
            default -> throw new IllegalArgumentException(item);
        };
        assertThat(score).isEqualTo(expected);
    }

    /** The boundaries also hold end to end, through the public entries and the workbook record. */
    @ParameterizedTest(name = "upper arm {0}° -> RULA {1}, REBA {1}")
    @CsvSource({"19.99, 1", "20, 1", "20.01, 2", "45, 2", "45.01, 3", "90, 3", "90.01, 4"})
    void upperArmBoundariesThroughTheScoringEntries(double deg, int expected) {
        var o = PostureFixtures.neutral("b").upperArmDeg(deg).build();
        assertThat(Rula.score(o).upperArm()).isEqualTo(expected);
        assertThat(Reba.score(o).upperArm()).isEqualTo(expected);
    }
}
