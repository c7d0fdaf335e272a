package dev.ergo.engine.lifting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ergo.model.lifting.Coupling;
import dev.ergo.model.lifting.LiftingTask;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LiftingEquationTests {

    static LiftingTask.Builder task(double load, double h, double vo, double vd, double a, double f, double hours,
            Coupling c) {
        return LiftingTask.builder().task("t").loadKg(load).hOriginCm(h).vOriginCm(vo).vDestinationCm(vd)
                .asymmetryOriginDeg(a).frequencyPerMin(f).durationHours(hours).coupling(c);
    }

    static LiftingTaskResult eval(LiftingTask t, UnitSystem u) {
        return LiftingEquation.evaluate(t, u.loadConstant(), DurationCategory.of(t.durationHours()), u);
    }

    static Stream<Arguments> computedVectors() {
        // methods-lifting §5.6, computed test vectors [C]; multipliers at 3 dp, RWL and LI at 2 dp as printed.
        return Stream.of(
                Arguments.of("§5.6 metric: L 15, H 40, V 30, D 50, A 30°, F 2/min 1–2 h, fair", UnitSystem.METRIC,
                        task(15, 40, 30, 80, 30, 2, 1.5, Coupling.FAIR).build(),
                        new double[] {.625, .865, .910, .904, .84, .95}, 8.16, 1.84),
                Arguments.of("§5.6 metric: L 10, H 20 (→25), V 10, D 10 (→25), A 0, FM 1, CM 1", UnitSystem.METRIC,
                        task(10, 20, 10, 20, 0, 0.2, 1, Coupling.GOOD).build(),
                        new double[] {1, .805, 1, 1, 1, 1}, 18.52, 0.54),
                Arguments.of("§5.6 US: L 30 lb, H 15, V 20, D 25 in, A 45°, F 1/min 2–8 h, fair", UnitSystem.US_CUSTOMARY,
                        task(30, 15, 20, 45, 45, 1, 4, Coupling.FAIR).build(),
                        new double[] {.667, .925, .892, .856, .75, .95}, 17.11, 1.75));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("computedVectors")
    void computedTestVectors(String name, UnitSystem units, LiftingTask t, double[] multipliers, double rwl, double li) {
        LiftingTaskResult r = eval(t, units);
        EndResult o = r.origin();
        assertThat(new double[] {o.hm(), o.vm(), o.dm(), o.am(), o.fm(), o.cm()})
                .containsExactly(multipliers, within(0.0005));
        assertThat(r.rwl()).isCloseTo(rwl, within(0.0051)); // printed at 2 dp: half a unit plus rounding noise
        assertThat(r.li()).isCloseTo(li, within(0.0051));
    }

    @Test
    void horizontalDistanceOver63GivesNoSafeLoad() {
        // §5.6: H = 64 cm (> 63) → HM 0, RWL 0, LI undefined
        LiftingTaskResult r = eval(task(10, 64, 75, 75, 0, 1, 1, Coupling.GOOD).build(), UnitSystem.METRIC);
        assertThat(r.origin().hm()).isZero();
        assertThat(r.rwl()).isZero();
        assertThat(r.li()).isNull();
        assertThat(r.fili()).isNull();
        assertThat(r.noSafeLoad()).isTrue();
        assertThat(LiftingResult.riskOf(r.li())).isEqualTo(dev.ergo.engine.Risk.HIGH);
    }

    /**
     * NIOSH Applications Manual Example 4, package inspection (Fig. 14, p. 46; methods-lifting §5.1), U.S. units.
     * Tolerance per §5 and §6 item 2: multipliers at 2 dp equal the printed ones; the RWL recomputed from the
     * printed multipliers rounds to the printed RWL; the full-precision RWL is within 0.15 lb of it. Destination
     * H = 20 in and A = 0° are inferred from HM × AM = 0.50 (UNCONFIRMED); F 1/min for 1–2 h gives FM .88.
     */
    @ParameterizedTest(name = "Example 4 {0}: RWL {2} lb printed")
    @CsvSource({
        "origin,      '1.00, .94, .87, 1.00, .88, .95', 34.9, 34.81",
        "destination, '.50, .78, .87, 1.00, .88, 1.00', 15.2, 15.25"
    })
    void nioshExample4PackageInspection(String end, String printed, double printedRwl, double fullRwl) {
        LiftingTask t = task(26, 10, 22, 59, 0, 1, 1.5, Coupling.FAIR).hDestinationCm(20.0).asymmetryDestinationDeg(0.0)
                .significantControl(true).build();
        LiftingTaskResult r = eval(t, UnitSystem.US_CUSTOMARY);
        EndResult e = end.equals("origin") ? r.origin() : r.destination();
        double[] m = {e.hm(), e.vm(), e.dm(), e.am(), e.fm(), e.cm()};
        double[] p = java.util.Arrays.stream(printed.split(",")).mapToDouble(s -> Double.parseDouble(s.strip())).toArray();
        double fromPrinted = 51;
        for (int i = 0; i < m.length; i++) {
            assertThat(Math.round(m[i] * 100) / 100.0).as("multiplier %d at 2 dp", i).isEqualTo(p[i]);
            fromPrinted *= p[i];
        }
        assertThat(Math.round(fromPrinted * 10) / 10.0).isEqualTo(printedRwl);
        assertThat(e.rwl()).isCloseTo(fullRwl, within(0.005)).isCloseTo(printedRwl, within(0.15));
        // the destination governs (significant control): LI 26 / 15.25 = 1.7
        assertThat(r.governing().end()).isEqualTo("destination");
        assertThat(Math.round(r.li() * 10) / 10.0).isEqualTo(1.7);
    }

    /** CCOHS vertical-factor case (L8, methods-lifting §5.2) at full precision: published 11.4 kg with coarse tables. */
    @Test
    void ccohsVerticalFactorCaseAtFullPrecision() {
        LiftingTask t = task(15, 30, 0, 115, 0, 5.0 / 60, 1, Coupling.POOR).build();
        LiftingTaskResult r = eval(t, UnitSystem.METRIC);
        assertThat(r.origin().hm()).isCloseTo(25.0 / 30, within(1e-12));
        assertThat(r.origin().vm()).isCloseTo(0.775, within(1e-12));
        assertThat(r.origin().dm()).isCloseTo(0.82 + 4.5 / 115, within(1e-12));
        assertThat(r.origin().fm()).isEqualTo(1.0); // 5 lifts/h < 0.2/min → F = 0.2
        assertThat(r.origin().cm()).isEqualTo(0.90);
        assertThat(r.rwl()).isCloseTo(11.4855, within(0.0001));
        assertThat(r.li()).isCloseTo(1.3060, within(0.0001));
        assertThat(r.rwl()).isCloseTo(11.4, within(11.4 * 0.015)); // CCOHS's table values differ by about 1 %
    }

    /** §5.6 CLI vector (constructed, not from L1): FIRWL 20/20/15, L 30/20/10, F 1/2/4, ≤ 1 h, V ≥ 75 cm. */
    @Test
    void compositeLiftingIndexConstructedVector() {
        List<LiftingTaskResult> tasks = List.of(
                constructed("B", 20, 20, 2), constructed("C", 10, 15, 4), constructed("A", 30, 20, 1));
        assertThat(tasks.get(2).stli()).isCloseTo(30 / 18.8, within(1e-9));
        assertThat(LiftingEquation.compositeOrder(tasks)).extracting(LiftingTaskResult::task).containsExactly("A", "B", "C");
        Double cli = LiftingEquation.compositeLi(tasks, DurationCategory.SHORT, UnitSystem.METRIC);
        double expected = 30 / 18.8 + 1.00 * (1 / .88 - 1 / .94) + (10.0 / 15) * (1 / .70 - 1 / .88);
        assertThat(cli).isCloseTo(expected, within(1e-9));
        assertThat(Math.round(cli * 100) / 100.0).isEqualTo(1.86);
    }

    private static LiftingTaskResult constructed(String name, double load, double firwl, double f) {
        double fm = Rnle.fm(f, 80, DurationCategory.SHORT, UnitSystem.METRIC);
        EndResult e = new EndResult("origin", 25, 80, 25, 0, 1, 1, 1, 1, fm, 1, firwl, firwl * fm);
        return new LiftingTaskResult(name, load, load, f, Coupling.GOOD, e, null, DurationCategory.SHORT, 23, null);
    }

    @Test
    void compositeTiesAreBrokenByHigherFrequency() {
        List<LiftingTaskResult> tasks = List.of(constructed("slow", 10, 20, 1), constructed("fast", 10, 20.0 * .94 / .91, 2));
        assertThat(tasks.get(0).stli()).isCloseTo(tasks.get(1).stli(), within(1e-12));
        assertThat(LiftingEquation.compositeOrder(tasks)).extracting(LiftingTaskResult::task).containsExactly("fast", "slow");
    }

    @Test
    void compositeIsUndefinedWhenTheSummedFrequencyLeavesTheTable() {
        List<LiftingTaskResult> tasks = List.of(constructed("a", 5, 20, 8), constructed("b", 5, 20, 8));
        assertThat(LiftingEquation.compositeLi(tasks, DurationCategory.SHORT, UnitSystem.METRIC)).isNull();
        assertThatThrownBy(() -> LiftingEquation.compositeLi(tasks.subList(0, 1), DurationCategory.SHORT, UnitSystem.METRIC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 tasks");
    }

    @Test
    void significantControlUsesTheLowerRwl() {
        LiftingTaskResult r = eval(task(10, 30, 75, 150, 0, 1, 1, Coupling.GOOD).hDestinationCm(50.0)
                .significantControl(true).build(), UnitSystem.METRIC);
        assertThat(r.destination()).isNotNull();
        assertThat(r.destination().rwl()).isLessThan(r.origin().rwl());
        assertThat(r.rwl()).isEqualTo(r.destination().rwl());
        LiftingTaskResult noControl = eval(task(10, 30, 75, 150, 0, 1, 1, Coupling.GOOD).hDestinationCm(50.0).build(),
                UnitSystem.METRIC);
        assertThat(noControl.destination()).isNull();
        assertThat(noControl.rwl()).isEqualTo(r.origin().rwl());
    }

    @Test
    void sharedDurationIsTheLongestCategory() {
        assertThat(LiftingEquation.sharedDuration(List.of(task(1, 25, 75, 75, 0, 1, 0.5, Coupling.GOOD).build(),
                task(1, 25, 75, 75, 0, 1, 3, Coupling.GOOD).build()))).isEqualTo(DurationCategory.LONG);
    }
}
