package dev.ergo.engine.lifting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ergo.model.lifting.Coupling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each multiplier at and around its boundaries (methods-lifting §1.2) and against Tables 1–4 (§1.3). */
class RnleMultiplierTests {
    private static final UnitSystem M = UnitSystem.METRIC;

    @ParameterizedTest(name = "H {0} cm → HM {1}")
    @CsvSource({"0, 1.0", "24.9, 1.0", "25, 1.0", "40, 0.625", "63, 0.3968254", "63.01, 0", "100, 0"})
    void horizontalMultiplier(double h, double hm) {
        assertThat(Rnle.hm(h, M)).isCloseTo(hm, within(1e-6));
    }

    @ParameterizedTest(name = "V {0} cm → VM {1}")
    @CsvSource({"0, 0.775", "75, 1.0", "30, 0.865", "175, 0.7", "175.01, 0", "200, 0"})
    void verticalMultiplier(double v, double vm) {
        assertThat(Rnle.vm(v, M)).isCloseTo(vm, within(1e-9));
    }

    @ParameterizedTest(name = "D {0} cm → DM {1}")
    @CsvSource({"0, 1.0", "24, 1.0", "25, 1.0", "50, 0.91", "175, 0.8457143", "175.5, 0"})
    void distanceMultiplier(double d, double dm) {
        assertThat(Rnle.dm(d, M)).isCloseTo(dm, within(1e-6));
    }

    @ParameterizedTest(name = "A {0}° → AM {1}")
    @CsvSource({"0, 1.0", "30, 0.904", "135, 0.568", "135.1, 0", "180, 0"})
    void asymmetricMultiplier(double a, double am) {
        assertThat(Rnle.am(a)).isCloseTo(am, within(1e-9));
    }

    @ParameterizedTest(name = "{0} at V {1} → CM {2}")
    @CsvSource({"GOOD, 10, 1.0", "GOOD, 100, 1.0", "FAIR, 74.9, 0.95", "FAIR, 75, 1.0", "POOR, 10, 0.9", "POOR, 100, 0.9"})
    void couplingMultiplierUsesTheHeightOfTheEnd(Coupling c, double v, double cm) {
        assertThat(Rnle.cm(c, v, M)).isEqualTo(cm);
    }

    /** Tables 1–4 agree with the formulas at 2 dp (the printed exceptions are in U.S. units and D = 130 cm). */
    @Test
    void formulasReproduceTheMetricTables() {
        double[] h = {25, 28, 30, 32, 34, 36, 38, 40, 42, 44, 46, 48, 50, 52, 54, 56, 58, 60, 63};
        double[] hm = {1.00, .89, .83, .78, .74, .69, .66, .63, .60, .57, .54, .52, .50, .48, .46, .45, .43, .42, .40};
        for (int i = 0; i < h.length; i++) {
            assertThat(Rnle.hm(h[i], M)).as("H %s", h[i]).isCloseTo(hm[i], within(0.005));
        }
        double[] v = {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 175};
        double[] vm = {.78, .81, .84, .87, .90, .93, .96, .99, .99, .96, .93, .90, .87, .84, .81, .78, .75, .72, .70};
        for (int i = 0; i < v.length; i++) {
            assertThat(Rnle.vm(v[i], M)).as("V %s", v[i]).isCloseTo(vm[i], within(0.0051));
        }
        double[] a = {0, 15, 30, 45, 60, 75, 90, 105, 120, 135};
        double[] am = {1.00, .95, .90, .86, .81, .76, .71, .66, .62, .57};
        for (int i = 0; i < a.length; i++) {
            assertThat(Rnle.am(a[i])).as("A %s", a[i]).isCloseTo(am[i], within(0.0051));
        }
    }

    @ParameterizedTest(name = "F {0}/min, {1}, V≥75 {2} → FM {3}")
    @CsvSource({
        "0,    SHORT,    false, 1.00",
        "0.1,  SHORT,    false, 1.00",
        "0.2,  LONG,     false, 0.85",
        "2.4,  SHORT,    false, 0.898",
        "2.5,  MODERATE, true,  0.815",
        "12,   SHORT,    false, 0.37",
        "12.01, SHORT,   false, 0",
        "15,   SHORT,    true,  0.28",
        "15.5, SHORT,    true,  0",
        "8,    LONG,     false, 0.18",
        "8.5,  LONG,     false, 0",
        "8.5,  LONG,     true,  0.165",
        "10,   LONG,     true,  0.13",
        "10.5, LONG,     true,  0"
    })
    void frequencyMultiplierInterpolatesAndStopsAtTheColumnMaximum(double f, DurationCategory d, boolean high, double fm) {
        assertThat(FrequencyTable.fm(f, high, d)).isCloseTo(fm, within(1e-9));
    }

    @Test
    void frequencyMultiplierUsesTheOriginHeightColumnSplitAt75Cm() {
        assertThat(Rnle.fm(12, 74.9, DurationCategory.MODERATE, M)).isZero();
        assertThat(Rnle.fm(12, 75, DurationCategory.MODERATE, M)).isEqualTo(0.21);
        assertThat(Rnle.maxFrequency(false, DurationCategory.MODERATE)).isEqualTo(10);
        assertThatThrownBy(() -> FrequencyTable.fm(-1, false, DurationCategory.SHORT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} h → {1}")
    @CsvSource({"0, SHORT", "1.0, SHORT", "1.0001, MODERATE", "2.0, MODERATE", "2.01, LONG", "8, LONG"})
    void durationCategoryBoundariesBelongToTheShorterCategory(double hours, DurationCategory expected) {
        assertThat(DurationCategory.of(hours)).isEqualTo(expected);
    }

    @Test
    void durationAboveEightHoursIsRejected() {
        assertThatThrownBy(() -> DurationCategory.of(8.01)).hasMessage("duration must be between 0 and 8 hours but was 8.01");
    }
}
