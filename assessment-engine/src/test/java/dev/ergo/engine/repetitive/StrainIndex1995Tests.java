package dev.ergo.engine.repetitive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ergo.engine.Risk;
import dev.ergo.engine.repetitive.StrainIndex1995.DurationOfExertion;
import dev.ergo.engine.repetitive.StrainIndex1995.DurationPerDay;
import dev.ergo.engine.repetitive.StrainIndex1995.EffortsPerMinute;
import dev.ergo.engine.repetitive.StrainIndex1995.HandWristPosture;
import dev.ergo.engine.repetitive.StrainIndex1995.Intensity;
import dev.ergo.engine.repetitive.StrainIndex1995.SpeedOfWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrainIndex1995Tests {

    /** methods §5.5 [C]: inputs of a published course case, no published answer; 6 × 1.5 × 1.0 × 2.0 × 1.5 × 0.75 = 20.25. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "methods §5.5 Strain Index 1995 course case (computed [C]); HARD; PCT_30_TO_49; PER_MIN_4_TO_8; BAD; FAST;"
                + " HOURS_2_TO_4; 20.25; PROBABLY_HAZARDOUS"
    })
    void workedExample(String name, Intensity ie, DurationOfExertion de, EffortsPerMinute em, HandWristPosture hwp,
            SpeedOfWork sw, DurationPerDay dd, double si, StrainIndex1995.Band band) {
        StrainIndex1995.Score s = StrainIndex1995.score(ie, de, em, hwp, sw, dd);
        assertThat(s.si()).isCloseTo(si, within(0.005));
        assertThat(s.band()).isEqualTo(band);
        assertThat(s.risk()).isEqualTo(Risk.HIGH);
        assertThat(s.hazardousByDichotomy()).isTrue();
    }

    @Test
    void multiplierTablesMatchTheMethodsFile() {
        assertThat(java.util.Arrays.stream(Intensity.values()).mapToDouble(Intensity::multiplier))
                .containsExactly(1.0, 3.0, 6.0, 9.0, 13.0);
        assertThat(java.util.Arrays.stream(DurationOfExertion.values()).mapToDouble(DurationOfExertion::multiplier))
                .containsExactly(0.5, 1.0, 1.5, 2.0, 3.0);
        assertThat(java.util.Arrays.stream(EffortsPerMinute.values()).mapToDouble(EffortsPerMinute::multiplier))
                .containsExactly(0.5, 1.0, 1.5, 2.0, 3.0);
        assertThat(java.util.Arrays.stream(HandWristPosture.values()).mapToDouble(HandWristPosture::multiplier))
                .containsExactly(1.0, 1.0, 1.5, 2.0, 3.0);
        assertThat(java.util.Arrays.stream(SpeedOfWork.values()).mapToDouble(SpeedOfWork::multiplier))
                .containsExactly(1.0, 1.0, 1.0, 1.5, 2.0);
        assertThat(java.util.Arrays.stream(DurationPerDay.values()).mapToDouble(DurationPerDay::multiplier))
                .containsExactly(0.25, 0.50, 0.75, 1.00, 1.50);
    }

    @ParameterizedTest(name = "SI {0} -> {1}")
    @CsvSource({
        "2.99, PROBABLY_SAFE", "3.0, PROBABLY_SAFE", "3.01, INCREASED_RISK",
        "6.99, INCREASED_RISK", "7.0, INCREASED_RISK", "7.01, PROBABLY_HAZARDOUS"
    })
    void bandBoundaries(double si, StrainIndex1995.Band expected) {
        assertThat(StrainIndex1995.Band.of(si)).isEqualTo(expected);
    }

    @Test
    void dichotomyAtFive() {
        StrainIndex1995.Score four = StrainIndex1995.score(Intensity.SOMEWHAT_HARD, DurationOfExertion.PCT_10_TO_29,
                EffortsPerMinute.PER_MIN_4_TO_8, HandWristPosture.FAIR, SpeedOfWork.FAIR, DurationPerDay.HOURS_4_TO_8);
        assertThat(four.si()).isEqualTo(4.5);
        assertThat(four.hazardousByDichotomy()).isFalse();
        StrainIndex1995.Score six = StrainIndex1995.score(Intensity.HARD, DurationOfExertion.PCT_10_TO_29,
                EffortsPerMinute.PER_MIN_4_TO_8, HandWristPosture.GOOD, SpeedOfWork.FAIR, DurationPerDay.HOURS_4_TO_8);
        assertThat(six.si()).isEqualTo(6.0);
        assertThat(six.hazardousByDichotomy()).isTrue();
        assertThat(six.band()).isEqualTo(StrainIndex1995.Band.INCREASED_RISK);
    }

    @ParameterizedTest(name = "{0} % of cycle -> {1}")
    @CsvSource({
        "0, BELOW_10", "9.99, BELOW_10", "10, PCT_10_TO_29", "29.5, PCT_10_TO_29", "30, PCT_30_TO_49",
        "49.9, PCT_30_TO_49", "50, PCT_50_TO_79", "79.9, PCT_50_TO_79", "80, FROM_80", "100, FROM_80"
    })
    void durationOfExertionBands(double pct, DurationOfExertion expected) {
        assertThat(DurationOfExertion.ofPercent(pct)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} efforts/min -> {1}")
    @CsvSource({
        "0, BELOW_4", "3.99, BELOW_4", "4, PER_MIN_4_TO_8", "8, PER_MIN_4_TO_8", "8.5, PER_MIN_4_TO_8",
        "9, PER_MIN_9_TO_14", "14.99, PER_MIN_9_TO_14", "15, PER_MIN_15_TO_19", "19.99, PER_MIN_15_TO_19",
        "20, FROM_20", "60, FROM_20"
    })
    void effortsPerMinuteBands(double rate, EffortsPerMinute expected) {
        assertThat(EffortsPerMinute.ofRate(rate)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} h/day -> {1}")
    @CsvSource({
        "0, UP_TO_1_HOUR", "1, UP_TO_1_HOUR", "1.01, HOURS_1_TO_2", "2, HOURS_1_TO_2", "2.01, HOURS_2_TO_4",
        "4, HOURS_2_TO_4", "4.01, HOURS_4_TO_8", "7.99, HOURS_4_TO_8", "8, FROM_8_HOURS", "12, FROM_8_HOURS"
    })
    void durationPerDayBands(double hours, DurationPerDay expected) {
        assertThat(DurationPerDay.ofHours(hours)).isEqualTo(expected);
    }

    @Test
    void measuredValuesOutsideTheirDomainAreRefused() {
        assertThatThrownBy(() -> DurationOfExertion.ofPercent(100.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EffortsPerMinute.ofRate(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DurationPerDay.ofHours(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
