package dev.ergo.engine.vibration;

import dev.ergo.engine.internal.vibration.WholeBodyVibration;
import dev.ergo.engine.internal.vibration.HandArmVibration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ergo.engine.Risk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VibrationLimitsTests {

    @Test
    void pointsAtTheLimitValuesFollowFromTheAccelerations() {
        // §2.1: ELV = (5 / 2.5)² × 100 = 400 points; §2.2: ELV = (1.15 / 0.5)² × 100 = 529 points
        assertThat(VibrationLimits.HAV_ELV_POINTS).isCloseTo(
                VibrationLimits.HAV_EAV_POINTS * Math.pow(VibrationLimits.HAV_ELV / VibrationLimits.HAV_EAV, 2), within(1e-9));
        assertThat(VibrationLimits.WBV_ELV_POINTS).isCloseTo(
                VibrationLimits.WBV_EAV_POINTS * Math.pow(VibrationLimits.WBV_ELV / VibrationLimits.WBV_EAV, 2), within(1e-9));
        // points per hour: 2 × a_hv² (§2.1) and 50 × (k a_w)² (§2.2)
        assertThat(HandArmVibration.POINTS_PER_HOUR_FACTOR).isEqualTo(2.0);
        assertThat(WholeBodyVibration.POINTS_PER_HOUR_FACTOR).isEqualTo(50.0);
    }

    @ParameterizedTest(name = "{0} against {1} → {2}")
    @CsvSource({
        "2.5, 2.5, true",
        "2.4999999999999996, 2.5, true", // within the rounding tolerance
        "2.49999999, 2.5, false",
        "2.4999, 2.5, false",
        "2.5001, 2.5, true",
        "529, 529, true",
        "528.9999, 529, false",
        "9.1, 9.1, true",
        "9.0999, 9.1, false"
    })
    void reachesAtTheLimitWithinRoundingOnly(double value, double limit, boolean reached) {
        assertThat(VibrationLimits.reaches(value, limit)).isEqualTo(reached);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0, LOW", "2.4999, LOW", "2.5, MEDIUM", "4.9999, MEDIUM", "5, HIGH", "50, HIGH"})
    void classifyUsesTheRuleForBothLimits(double a8, Risk risk) {
        assertThat(VibrationLimits.classify(a8, VibrationLimits.HAV_EAV, VibrationLimits.HAV_ELV)).isEqualTo(risk);
    }
}
