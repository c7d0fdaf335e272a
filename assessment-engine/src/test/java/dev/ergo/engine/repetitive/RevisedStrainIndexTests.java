package dev.ergo.engine.repetitive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ergo.engine.Risk;
import dev.ergo.model.repetitive.Hand;
import dev.ergo.model.repetitive.RepetitiveTask;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RevisedStrainIndexTests {

    private static DoubleUnaryOperator multiplier(String name) {
        return switch (name) {
            case "IM" -> RevisedStrainIndex::im;
            case "EM" -> RevisedStrainIndex::em;
            case "DM" -> RevisedStrainIndex::dm;
            case "PM" -> RevisedStrainIndex::pm;
            case "HM" -> RevisedStrainIndex::hm;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** methods §5.5 [C]: I 0.30, E 10/min, D 2 s, neutral wrist, 8 h; printed IM 3.706 × EM 2.60 × DM 1.07 × PM 1.00 × HM 1.000 = 10.31. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "methods §5.5 RSI example (computed [C]); 30; 10; 2; 0; 8; 3.706; 2.60; 1.07; 1.00; 1.000; 10.31"
    })
    void workedExample(String name, double intensityPct, double e, double d, double p, double h, double im, double em,
            double dm, double pm, double hm, double rsi) {
        RsiScore s = RevisedStrainIndex.score(RepetitiveTask.builder("Assembly", Hand.RIGHT).hal(3.0).peakForceNpf(3.0)
                .hoursPerDay(h).rsiIntensityPctMvc(intensityPct).rsiEffortsPerMin(e).rsiSecondsPerExertion(d)
                .rsiWristDeg(p).build());
        assertThat(s.im()).isCloseTo(im, within(0.0005));
        assertThat(s.em()).isCloseTo(em, within(0.005));
        assertThat(s.dm()).isCloseTo(dm, within(0.005));
        assertThat(s.pm()).isCloseTo(pm, within(0.005));
        assertThat(s.hm()).isCloseTo(hm, within(0.0005));
        assertThat(s.rsi()).isCloseTo(rsi, within(0.005));
        assertThat(s.intensity()).isCloseTo(0.30, within(1e-12));
        assertThat(s.band()).isEqualTo(RsiBand.HAZARDOUS);
        assertThat(s.risk()).isEqualTo(Risk.HIGH);
    }

    /**
     * methods §5.5 [C] multiplier vectors, printed to 3 decimals (EM, DM to 2). PM's inputs are printed in
     * R9's sign (flexion negative): PM(−30, −60, 45, 60) are this toolkit's flexion +30, +60 and extension
     * −45, −60.
     */
    @ParameterizedTest(name = "methods §5.5 {0}({1}) = {2}")
    @CsvSource({
        "IM, 0.1, 1.574, 0.0005", "IM, 0.2, 2.616, 0.0005", "IM, 0.5, 6.700, 0.0005", "IM, 1.0, 25.610, 0.0005",
        "EM, 1, 0.35, 0.005", "EM, 20, 5.10, 0.005",
        "DM, 1, 0.76, 0.005", "DM, 10, 3.55, 0.005",
        "PM, 30, 1.372, 0.0005", "PM, 60, 1.859, 0.0005", "PM, -45, 1.063, 0.0005", "PM, -60, 1.252, 0.0005",
        "HM, 1, 0.519, 0.0005", "HM, 2, 0.623, 0.0005", "HM, 4, 0.770, 0.0005", "HM, 8, 1.000, 0.0005"
    })
    void multiplierVectors(String m, double x, double expected, double tolerance) {
        assertThat(multiplier(m).applyAsDouble(x)).isCloseTo(expected, within(tolerance));
    }

    /** methods §5.5 [C] continuity checks: IM(0.4) = 5.024 on both branches, EM(90) = 22.6, DM(60) = 19.05. */
    @ParameterizedTest(name = "methods §5.5 continuity {0} at {1}: {2}")
    @CsvSource({"IM, 0.4, 5.024, 0.0005", "EM, 90, 22.6, 0.005", "DM, 60, 19.05, 0.005"})
    void continuityAtTheBreakpoints(String m, double x, double expected, double tolerance) {
        DoubleUnaryOperator f = multiplier(m);
        assertThat(f.applyAsDouble(x)).isCloseTo(expected, within(tolerance));
        assertThat(f.applyAsDouble(Math.nextUp(x))).isCloseTo(expected, within(tolerance));
    }

    /**
     * Branch selection just below, at and just above every breakpoint. Expected values are each branch's
     * equation evaluated independently; the two branches differ there by more than the tolerance.
     */
    @ParameterizedTest(name = "{0}({1}) = {2} ({3})")
    @CsvSource({
        "IM, 0.39, 4.87681, first cubic",
        "IM, 0.40, 5.024, first cubic (I ≤ 0.4)",
        "IM, 0.41, 5.179126, second cubic (second would give 5.17527 with the first)",
        "EM, 89, 22.35, linear",
        "EM, 90, 22.6, linear (E ≤ 90)",
        "EM, 91, 23.092321525566472, power",
        "DM, 59, 18.74, linear",
        "DM, 60, 19.05, linear (D ≤ 60)",
        "DM, 61, 19.365451976202394, logarithm",
        "PM, 0, 1.0, neutral",
        "PM, 1, 1.0108487461286415, flexion exponential",
        "PM, -1, 1.0, extension within 30°",
        "PM, -29, 1.0, extension within 30°",
        "PM, -30, 1.0, extension within 30° (inclusive)",
        "PM, -31, 1.00028, extension quadratic",
        "HM, 0.04, 0.2, constant",
        "HM, 0.05, 0.2, constant (H ≤ 0.05)",
        "HM, 0.06, 0.22631303549159676, linear-logarithmic",
        "HM, 0, 0.2, constant"
    })
    void branchBoundaries(String m, double x, double expected, String branch) {
        assertThat(multiplier(m).applyAsDouble(x)).as(branch).isCloseTo(expected, within(1e-9));
    }

    @Test
    void hmStepsAtFiveHundredthsOfAnHourAsPublished() {
        assertThat(RevisedStrainIndex.hm(Math.nextUp(0.05))).isCloseTo(0.2094840953801408, within(1e-9));
    }

    @ParameterizedTest(name = "RSI {0} -> {1}")
    @CsvSource({
        "0, LOW_RISK", "2.999999, LOW_RISK", "3.0, LOW_RISK", "3.000001, INCREASED_RISK",
        "9.999999, INCREASED_RISK", "10.0, INCREASED_RISK", "10.000001, HAZARDOUS", "50, HAZARDOUS"
    })
    void bandBoundaries(double rsi, RsiBand expected) {
        assertThat(RsiBand.of(rsi)).isEqualTo(expected);
        assertThat(expected.risk()).isEqualTo(switch (expected) {
            case LOW_RISK -> Risk.LOW;
            case INCREASED_RISK -> Risk.MEDIUM;
            case HAZARDOUS -> Risk.HIGH;
        });
    }

    @Test
    void workbookWristSignIsFlexionPositive() {
        RsiScore flexed = RevisedStrainIndex.score("T", Hand.LEFT, 0.3, 10, 2, 30, 8);
        RsiScore extended = RevisedStrainIndex.score("T", Hand.LEFT, 0.3, 10, 2, -30, 8);
        assertThat(flexed.pm()).isCloseTo(1.372, within(0.0005));
        assertThat(extended.pm()).isEqualTo(1.0);
        assertThat(flexed.rsi()).isCloseTo(extended.rsi() * flexed.pm(), within(1e-9));
    }

    @Test
    void scoreIsTheProductOfTheMultipliers() {
        RsiScore s = RevisedStrainIndex.score("T", Hand.RIGHT, 0.55, 120, 0.4, -50, 3.5);
        assertThat(s.rsi()).isCloseTo(RevisedStrainIndex.im(0.55) * RevisedStrainIndex.em(120)
                * RevisedStrainIndex.dm(0.4) * RevisedStrainIndex.pm(-50) * RevisedStrainIndex.hm(3.5), within(1e-12));
        assertThat(s.label()).isEqualTo("T (right)");
    }

    static Stream<Arguments> outOfDomain() {
        return Stream.of(
                Arguments.of("IM", -0.01), Arguments.of("IM", 1.01), Arguments.of("EM", -1.0),
                Arguments.of("DM", -1.0), Arguments.of("HM", -0.1), Arguments.of("PM", Double.NaN),
                Arguments.of("EM", Double.POSITIVE_INFINITY));
    }

    @ParameterizedTest(name = "{0}({1}) is refused")
    @MethodSource("outOfDomain")
    void inputsOutsideTheDomainAreRefused(String m, double x) {
        assertThatThrownBy(() -> multiplier(m).applyAsDouble(x)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoringATaskWithoutRsiInputsIsRefused() {
        RepetitiveTask t = RepetitiveTask.builder("T", Hand.RIGHT).hal(2.0).peakForceNpf(2.0).hoursPerDay(8.0).build();
        assertThatThrownBy(() -> RevisedStrainIndex.score(t)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no complete Revised Strain Index inputs");
    }
}
