package dev.ergo.engine.repetitive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ergo.engine.Risk;
import dev.ergo.model.repetitive.Hand;
import dev.ergo.model.repetitive.RepetitiveTask;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class HandActivityTlvTests {

    private static RepetitiveTask.Builder task() {
        return RepetitiveTask.builder("Crimping", Hand.RIGHT).hoursPerDay(6.0);
    }

    /** methods §5.5, computed test vectors [C], printed to 3 decimals. */
    @ParameterizedTest(name = "methods §5.5 Radwin HAL: F = {0} Hz, D = {1} % -> {2}")
    @CsvSource({"0.5, 50, 4.535", "1, 50, 6.139", "1, 90, 7.062", "2, 90, 8.238"})
    void radwinEquationVectors(double f, double d, double expected) {
        assertThat(HandActivityTlv.radwinHal(f, d)).isCloseTo(expected, within(0.0005));
    }

    static Stream<Arguments> tlvExamples() {
        return Stream.of(
                Arguments.of("methods §5.5 HAL TLV 2001: HAL 4, NPF 4, ratio 0.667 between AL 0.56 and TLV 0.78",
                        HandActivityEdition.ACGIH_2001, 3.36, 4.68, HandActivityZone.ACTION_LIMIT_TO_TLV, Risk.MEDIUM),
                Arguments.of("methods §5.5 HAL TLV 2018 (UNCONFIRMED lines): HAL 4, NPF 4, TLV line 3.36, above TLV",
                        HandActivityEdition.ACGIH_2018, 1.36, 3.36, HandActivityZone.ABOVE_TLV, Risk.HIGH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tlvExamples")
    void workedTlvExamples(String name, HandActivityEdition edition, double al, double tlv, HandActivityZone zone,
            Risk risk) {
        HandActivityScore s = HandActivityTlv.assess(task().hal(4.0).peakForceNpf(4.0).build(), edition);
        assertThat(s.actionLimitNpf()).isCloseTo(al, within(1e-9));
        assertThat(s.tlvNpf()).isCloseTo(tlv, within(1e-9));
        assertThat(s.zone()).isEqualTo(zone);
        assertThat(s.risk()).isEqualTo(risk);
        assertThat(s.edition().label()).isEqualTo(edition == HandActivityEdition.ACGIH_2018 ? "2018" : "2001");
    }

    @Test
    void ratioOfThe2001FormForTheExample() {
        HandActivityScore s = HandActivityTlv.assess(task().hal(4.0).peakForceNpf(4.0).build(),
                HandActivityEdition.ACGIH_2001);
        assertThat(s.ratio()).isCloseTo(0.667, within(0.0005));
        assertThat(HandActivityTlv.assess(task().hal(10.0).peakForceNpf(1.0).build()).ratio()).isNull();
    }

    /** The equality convention: on the AL line counts as reaching it, on the TLV line as not exceeding it. */
    @ParameterizedTest(name = "{0} at HAL {1}")
    @MethodSource("editionsAndHals")
    void pointsOnAndNextToTheLines(HandActivityEdition edition, double hal) {
        double al = edition.actionLimitNpf(hal);
        double tlv = edition.tlvNpf(hal);
        double step = 1e-6;
        assertThat(HandActivityTlv.zone(al - step, al, tlv)).isEqualTo(HandActivityZone.BELOW_ACTION_LIMIT);
        assertThat(HandActivityTlv.zone(al, al, tlv)).isEqualTo(HandActivityZone.ACTION_LIMIT_TO_TLV);
        assertThat(HandActivityTlv.zone(al + step, al, tlv)).isEqualTo(HandActivityZone.ACTION_LIMIT_TO_TLV);
        assertThat(HandActivityTlv.zone(tlv - step, al, tlv)).isEqualTo(HandActivityZone.ACTION_LIMIT_TO_TLV);
        assertThat(HandActivityTlv.zone(tlv, al, tlv)).isEqualTo(HandActivityZone.ACTION_LIMIT_TO_TLV);
        assertThat(HandActivityTlv.zone(tlv + step, al, tlv)).isEqualTo(HandActivityZone.ABOVE_TLV);
    }

    static Stream<Arguments> editionsAndHals() {
        return Stream.of(HandActivityEdition.values())
                .flatMap(e -> Stream.of(1.0, 2.5, 4.0, 5.0, 6.0).map(h -> Arguments.of(e, h)));
    }

    /** Decimal inputs exactly on a line stay on it despite binary rounding (ON_LINE_TOLERANCE). */
    @ParameterizedTest(name = "{0}: HAL {1}, NPF {2} -> {3}")
    @CsvSource({
        "ACGIH_2018, 5, 2.8, ACTION_LIMIT_TO_TLV",   // TLV 5.6 − 2.8 = 2.8 (binary 2.7999999999999994)
        "ACGIH_2018, 4, 3.36, ACTION_LIMIT_TO_TLV",  // TLV 3.36 (binary 3.3599999999999994)
        "ACGIH_2018, 4, 3.37, ABOVE_TLV",
        "ACGIH_2018, 5, 0.8, ACTION_LIMIT_TO_TLV",   // AL 3.6 − 2.8 = 0.8
        "ACGIH_2018, 5, 0.79, BELOW_ACTION_LIMIT",
        "ACGIH_2001, 4, 4.68, ACTION_LIMIT_TO_TLV",  // ratio 0.78 exactly
        "ACGIH_2001, 4, 4.69, ABOVE_TLV",
        "ACGIH_2001, 4, 3.36, ACTION_LIMIT_TO_TLV",  // ratio 0.56 exactly
        "ACGIH_2001, 4, 3.35, BELOW_ACTION_LIMIT"
    })
    void decimalInputsOnTheLines(HandActivityEdition edition, double hal, double npf, HandActivityZone expected) {
        assertThat(HandActivityTlv.assess(task().hal(hal).peakForceNpf(npf).build(), edition).zone())
                .isEqualTo(expected);
    }

    @Test
    void linesAreClampedAtZero() {
        HandActivityEdition e = HandActivityEdition.ACGIH_2018;
        assertThat(e.actionLimitNpf(6.42)).isCloseTo(0.0048, within(1e-9)); // AL reaches 0 at HAL 6.43
        assertThat(e.actionLimitNpf(6.43)).isZero();
        assertThat(e.actionLimitNpf(10)).isZero();
        assertThat(e.tlvNpf(10)).isCloseTo(0.0, within(1e-12));
        assertThat(HandActivityEdition.ACGIH_2001.tlvNpf(10)).isCloseTo(0.0, within(1e-12));
        assertThat(HandActivityEdition.ACGIH_2001.actionLimitNpf(0)).isEqualTo(5.6);
        assertThat(HandActivityEdition.ACGIH_2001.tlvNpf(0)).isEqualTo(7.8);
        assertThat(e.tlvNpf(0)).isEqualTo(5.6);
        assertThat(e.actionLimitNpf(0)).isEqualTo(3.6);
    }

    @ParameterizedTest
    @EnumSource(HandActivityEdition.class)
    void halAtALineInvertsTheLine(HandActivityEdition e) {
        for (double npf : new double[] {0.5, 1.0, 2.0, 3.0}) {
            assertThat(e.tlvNpf(e.halAtTlv(npf))).isCloseTo(npf, within(1e-9));
            assertThat(e.actionLimitNpf(e.halAtActionLimit(npf))).isCloseTo(npf, within(1e-9));
        }
        assertThat(e.halAtTlv(e.tlvNpf(0) + 1)).isNegative();
    }

    @Test
    void halFromFrequencyAndDutyCycleAndForceFromPercentMvc() {
        HandActivityScore s = HandActivityTlv.assess(
                task().exertionsPerSecond(1.0).dutyCyclePct(50.0).peakForcePctMvc(30.0).build());
        assertThat(s.halSource()).isEqualTo(HandActivityScore.HalSource.RADWIN);
        assertThat(s.hal()).isCloseTo(6.139, within(0.0005));
        assertThat(s.exertionsPerSecond()).isEqualTo(1.0);
        assertThat(s.dutyCyclePct()).isEqualTo(50.0);
        assertThat(s.forceSource()).isEqualTo(HandActivityScore.ForceSource.PERCENT_MVC);
        assertThat(s.npf()).isEqualTo(3.0);
        assertThat(s.edition()).isEqualTo(HandActivityEdition.ACGIH_2018);

        HandActivityScore given = HandActivityTlv.assess(task().hal(4.5).peakForceNpf(2.0).build());
        assertThat(given.halSource().label()).isEqualTo("given");
        assertThat(given.forceSource().label()).isEqualTo("given");
        assertThat(given.exertionsPerSecond()).isNull();
        assertThat(HandActivityScore.ForceSource.PERCENT_MVC.label()).isEqualTo("pctMvc");
        assertThat(HandActivityScore.HalSource.RADWIN.label()).isEqualTo("radwin");
    }

    @ParameterizedTest(name = "%MVC {0} -> NPF {1}")
    @CsvSource({"0, 0", "5, 0.5", "40, 4", "100, 10"})
    void npfIsPercentMvcOverTen(double pct, double npf) {
        assertThat(HandActivityTlv.npfFromPercentMvc(pct)).isCloseTo(npf, within(1e-12));
    }

    @ParameterizedTest(name = "{0}: {1} h/day within scope = {2}")
    @CsvSource({
        "ACGIH_2018, 3.99, false", "ACGIH_2018, 4, true", "ACGIH_2018, 8, true", "ACGIH_2018, 8.01, false",
        "ACGIH_2001, 3.99, false", "ACGIH_2001, 4, true", "ACGIH_2001, 12, true"
    })
    void scopeInHoursPerDay(HandActivityEdition e, double hours, boolean within) {
        assertThat(HandActivityTlv.assess(task().hal(3.0).peakForceNpf(1.0).hoursPerDay(hours).build(), e)
                .withinScope()).isEqualTo(within);
    }

    @ParameterizedTest(name = "{0}: HAL {1} inside plotted range = {2}")
    @CsvSource({
        "ACGIH_2018, 0.99, false", "ACGIH_2018, 1, true", "ACGIH_2018, 9, true", "ACGIH_2018, 9.01, false",
        "ACGIH_2001, 0, true", "ACGIH_2001, 10, true"
    })
    void plottedRange(HandActivityEdition e, double hal, boolean inside) {
        assertThat(e.isInsidePlottedRange(hal)).isEqualTo(inside);
    }

    @Test
    void radwinRejectsValuesOutsideItsDomain() {
        assertThatThrownBy(() -> HandActivityTlv.radwinHal(0, 50)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exertionsPerSecond must be above 0 but was 0.0");
        assertThatThrownBy(() -> HandActivityTlv.radwinHal(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HandActivityTlv.radwinHal(1, 100.5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(HandActivityTlv.radwinHal(1, 1)).isZero(); // ln(1) = 0 at the workbook's lowest duty cycle
    }

    @Test
    void assessingWithoutASourceIsRefused() {
        assertThatThrownBy(() -> HandActivityTlv.assess(task().peakForceNpf(2.0).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs hal");
        assertThatThrownBy(() -> HandActivityTlv.assess(task().hal(2.0).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs peak_force_npf");
    }

    @Test
    void editionsParseAndNameThemselves() {
        assertThat(HandActivityEdition.parse("2001")).isEqualTo(HandActivityEdition.ACGIH_2001);
        assertThat(HandActivityEdition.parse(" acgih_2018 ")).isEqualTo(HandActivityEdition.ACGIH_2018);
        assertThatThrownBy(() -> HandActivityEdition.parse("2010")).hasMessage("must be 2018 or 2001 but was '2010'");
        assertThat(HandActivityEdition.ACGIH_2018.provisional()).isTrue();
        assertThat(HandActivityEdition.ACGIH_2001.provisional()).isFalse();
        assertThat(HandActivityTlv.DEFAULT_EDITION).isEqualTo(HandActivityEdition.ACGIH_2018);
    }

    @ParameterizedTest
    @EnumSource(HandActivityZone.class)
    void zoneLights(HandActivityZone z) {
        assertThat(z.risk()).isEqualTo(switch (z) {
            case BELOW_ACTION_LIMIT -> Risk.LOW;
            case ACTION_LIMIT_TO_TLV -> Risk.MEDIUM;
            case ABOVE_TLV -> Risk.HIGH;
        });
    }
}
