package dev.ergo.engine.vibration;

import dev.ergo.engine.internal.vibration.WholeBodyVibration;
import static dev.ergo.engine.vibration.Printed.assertPrinted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import dev.ergo.model.vibration.VibrationSource;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WholeBodyVibrationTests {

    private static VibrationSource z(String name, double az, double hours) {
        return VibrationSource.ofWholeBody(name, 0, 0, az, hours);
    }

    private static WholeBodyVibrationResult assess(VibrationSource... sources) {
        return WholeBodyVibration.assess(List.of(sources));
    }

    /** methods-lifting-vibration §5.4, computed examples [C]: daily A(8) per axis, dominant axis and points. */
    static Stream<Arguments> a8Examples() {
        return Stream.of(
                Arguments.of("§5.4 ex.1 [C]: a_w 0.30, 0.35, 0.50 m/s² for 6 h",
                        List.of(VibrationSource.ofWholeBody("vehicle", 0.30, 0.35, 0.50, 6.0)),
                        "0.364", "0.424", "0.433", Axis.Z, "0.43", "53", "72", "75", Risk.LOW),
                Arguments.of("§5.4 ex.2 [C]: z 0.6 m/s² for 3 h + 0.4 m/s² for 4 h",
                        List.of(z("dumper", 0.6, 3.0), z("tractor", 0.4, 4.0)),
                        "0", "0", "0.464", Axis.Z, "0.464", "0", "0", "86", Risk.LOW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("a8Examples")
    void a8PerAxisExamples(String example, List<VibrationSource> sources, String a8x, String a8y, String a8z, Axis dominant,
            String a8, String px, String py, String pz, Risk risk) {
        WholeBodyVibrationResult r = WholeBodyVibration.assess(sources);
        assertPrinted("A_x(8)", r.a8X(), a8x);
        assertPrinted("A_y(8)", r.a8Y(), a8y);
        assertPrinted("A_z(8)", r.a8Z(), a8z);
        assertThat(r.dominantAxis()).isEqualTo(dominant);
        assertPrinted("A(8)", r.a8(), a8);
        assertPrinted("points x", r.pointsX(), px);
        assertPrinted("points y", r.pointsY(), py);
        assertPrinted("points z", r.pointsZ(), pz);
        assertThat(r.points()).isEqualTo(r.points(dominant));
        assertThat(r.risk()).isEqualTo(risk);
        assertThat(r.vdv()).isNull();
    }

    /** §5.4 ex.3 [C] (a_wz 0.5: EAV after 8 h, ELV after 42.3 h) and the same rule on x and y with k = 1.4. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            §5.4 ex.3 [C]: a_wz 0.5 m/s²                   | 0   | 0   | 0.5 | 8 h     | 42.3 h
            computed [C]: a_wx 0.5 m/s², k 1.4 (§2.2 formula) | 0.5 | 0   | 0   | 4.08 h  | 21.6 h
            computed [C]: a_wy 1.0 m/s², k 1.4 (§2.2 formula) | 0   | 1.0 | 0.2 | 1.02 h  | 5.4 h
            """)
    void timeToTheLimits(String example, double ax, double ay, double az, String toEav, String toElv) {
        WholeBodySourceResult s = WholeBodyVibration.source(VibrationSource.ofWholeBody("v", ax, ay, az, 1.0));
        assertPrinted("time to EAV", s.hoursToEav(), toEav);
        assertPrinted("time to ELV", s.hoursToElv(), toElv);
    }

    /** §5.4 ex.4 and ex.6 [C]: measured VDV scaled to the exposure time and combined over operations. */
    static Stream<Arguments> vdvExamples() {
        return Stream.of(
                Arguments.of("§5.4 ex.4 [C]: VDV 7.0 m/s^1.75 measured over 2 h, exposure 8 h = 9.90 (> 9.1 EAV)",
                        List.of(z("loader", 0.1, 8.0).withVdv(7.0, 2.0)), "9.90", Risk.MEDIUM),
                Arguments.of("§5.4 ex.6 [C]: two operations with VDV 9 and 6 m/s^1.75 = 9.41",
                        List.of(z("op 1", 0.1, 2.0).withVdv(9, 2.0), z("op 2", 0.1, 3.0).withVdv(6, 3.0)),
                        "9.41", Risk.MEDIUM));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vdvExamples")
    void measuredVdvExamples(String example, List<VibrationSource> sources, String vdv, Risk risk) {
        WholeBodyVibrationResult r = WholeBodyVibration.assess(sources);
        assertThat(r.vdv()).isNotNull();
        assertPrinted("VDV", r.vdv(), vdv);
        assertThat(r.vdvIncludesEstimates()).isFalse();
        assertThat(r.a8Risk()).isEqualTo(Risk.LOW);
        assertThat(r.vdvRisk()).isEqualTo(risk);
        assertThat(r.risk()).isEqualTo(risk);
    }

    /** §5.4 ex.5 [C]: estimated VDV = 1.4 × k a_w × T^¼, T in seconds. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            §5.4 ex.5 [C]: a_wz 0.5 m/s² for 8 h (k 1.0) = 9.12 | 0   | 0 | 0.5 | 9.12
            §5.4 ex.5 [C]: a_wx 0.5 m/s² for 8 h (k 1.4) = 12.77 | 0.5 | 0 | 0   | 12.77
            """)
    void estimatedVdvExamples(String example, double ax, double ay, double az, String evdv) {
        WholeBodyVibrationResult r = assess(VibrationSource.ofWholeBody("v", ax, ay, az, 8.0));
        assertPrinted("eVDV", r.estimatedVdv(), evdv);
        assertPrinted("eVDV of the source", r.sources().get(0).estimatedVdv(), evdv);
        assertThat(r.vdv()).as("estimates alone are not the VDV").isNull();
        assertThat(r.vdvRisk()).isNull();
    }

    @Test
    void estimatedVdvCombinesPerAxisAndTakesTheHighestAxis() {
        WholeBodyVibrationResult r = assess(VibrationSource.ofWholeBody("a", 0.4, 0, 0.3, 2.0),
                VibrationSource.ofWholeBody("b", 0, 0, 0.5, 4.0));
        double ex = 1.4 * 1.4 * 0.4 * Math.pow(7200, 0.25);
        double ez = Math.pow(Math.pow(1.4 * 0.3, 4) * 7200 + Math.pow(1.4 * 0.5, 4) * 14400, 0.25);
        assertThat(r.estimatedVdv()).isCloseTo(Math.max(ex, ez), within(1e-12));
    }

    @Test
    void mixedMeasuredAndEstimatedVdvIsFlagged() {
        WholeBodyVibrationResult r = assess(z("dumper", 0.5, 4.0).withVdv(8.0, 4.0), z("forklift", 0.3, 2.0));
        double evdv = 1.4 * 0.3 * Math.pow(7200, 0.25);
        assertThat(r.vdv()).isCloseTo(Math.pow(Math.pow(8, 4) + Math.pow(evdv, 4), 0.25), within(1e-12));
        assertThat(r.vdvIncludesEstimates()).isTrue();
        assertThat(r.sources().get(1).vdv()).isNull();
    }

    @Test
    void vdvTimesToTheLimitsInvertTheQuarterPowerScaling() {
        WholeBodySourceResult s = WholeBodyVibration.source(z("loader", 0.1, 8.0).withVdv(7.0, 2.0));
        assertThat(s.hoursToVdvEav()).isCloseTo(2 * Math.pow(9.1 / 7, 4), within(1e-12));
        assertThat(s.hoursToVdvElv()).isCloseTo(2 * Math.pow(21 / 7.0, 4), within(1e-12));
        assertThat(WholeBodyVibration.source(z("loader", 0.1, s.hoursToVdvEav()).withVdv(7.0, 2.0)).vdv())
                .isCloseTo(9.1, within(1e-12));
    }

    @ParameterizedTest(name = "a_w ({0}, {1}, {2}) → {3}")
    @CsvSource({
        "0.5, 0.5, 0.7, Z", // 1.4 × 0.5 = 0.7: a three-way tie goes to z
        "0.5, 0.2, 0.69, X",
        "0.2, 0.5, 0.69, Y",
        "0.5, 0.5, 0.6, X", // x and y tie: x
        "0, 0, 0, Z"
    })
    void dominantAxisAndItsTieRule(double ax, double ay, double az, Axis axis) {
        assertThat(assess(VibrationSource.ofWholeBody("v", ax, ay, az, 8.0)).dominantAxis()).isEqualTo(axis);
        assertThat(WholeBodyVibration.source(VibrationSource.ofWholeBody("v", ax, ay, az, 8.0)).dominantAxis()).isEqualTo(axis);
    }

    @ParameterizedTest(name = "a_wz {0} m/s² for {1} h → {2}")
    @CsvSource({
        "0.5, 7.99, LOW", "0.5, 8, MEDIUM", "0.5, 8.01, MEDIUM",
        "1.15, 7.99, MEDIUM", "1.15, 8, HIGH", "1.15, 8.01, HIGH"
    })
    void a8AtAndEitherSideOfTheLimits(double az, double hours, Risk risk) {
        assertThat(assess(z("v", az, hours)).risk()).isEqualTo(risk);
    }

    @ParameterizedTest(name = "VDV {0} m/s^1.75 → {1}")
    @CsvSource({"9.09, LOW", "9.1, MEDIUM", "9.11, MEDIUM", "20.99, MEDIUM", "21, HIGH", "21.01, HIGH"})
    void vdvAtAndEitherSideOfTheLimits(double vdv, Risk risk) {
        WholeBodyVibrationResult r = assess(z("v", 0.1, 4.0).withVdv(vdv, 4.0));
        assertThat(r.vdvRisk()).isEqualTo(risk);
        assertThat(r.risk()).as("worse of A(8) LOW and VDV").isEqualTo(risk);
    }

    @Test
    void lightIsTheWorseOfA8AndVdv() {
        WholeBodyVibrationResult r = assess(z("v", 1.2, 8.0).withVdv(5, 8.0));
        assertThat(r.a8Risk()).isEqualTo(Risk.HIGH);
        assertThat(r.vdvRisk()).isEqualTo(Risk.LOW);
        assertThat(r.risk()).isEqualTo(Risk.HIGH);
    }

    @Test
    void zeroMagnitudeHasNoTimeToTheLimits() {
        WholeBodySourceResult s = WholeBodyVibration.source(VibrationSource.ofWholeBody("parked", 0, 0, 0, 8.0));
        assertThat(s.hoursToEav()).isNull();
        assertThat(s.hoursToElv()).isNull();
        assertThat(s.estimatedVdv()).isZero();
        WholeBodySourceResult zeroVdv = WholeBodyVibration.source(z("v", 0.2, 8.0).withVdv(0, 1.0));
        assertThat(zeroVdv.vdv()).isZero();
        assertThat(zeroVdv.hoursToVdvEav()).isNull();
    }

    @Test
    void adviceGivesTimeLimitsAndSeatAdviceForVerticalVibration() {
        WholeBodyVibrationResult r = assess(z("forklift", 0.6, 7.0));
        assertThat(r.risk()).isEqualTo(Risk.MEDIUM);
        assertThat(r.recommendations()).extracting(Recommendation::code)
                .containsExactly("WBV_LIMIT_TIME", "WBV_SEAT", "WBV_ROUTE", "WBV_MEASURE_VDV");
        // time to EAV = 8 × (0.5 / 0.6)² = 5.556 h = 5 h 33.3 min; ELV 8 × (1.15 / 0.6)² = 29.39 h
        assertThat(r.recommendations().get(0).text()).isEqualTo("Limit the time on the forklift to 5 h 33 min a day"
                + " to stay below the action value (now 7 h); over 24 h a day would reach the limit value.");
        assertThat(r.recommendations().get(1).text()).contains("suspension seat", "forklift");
        assertThat(r.recommendations().get(3).text()).contains("crest factor 6 or less");
    }

    @Test
    void horizontalVibrationGetsSuspensionNotSeatAdvice() {
        WholeBodyVibrationResult r = assess(VibrationSource.ofWholeBody("tractor", 0.5, 0.1, 0.3, 6.0));
        assertThat(r.dominantAxis()).isEqualTo(Axis.X);
        assertThat(r.recommendations()).extracting(Recommendation::code).contains("WBV_SUSPENSION").doesNotContain("WBV_SEAT");
        assertThat(r.recommendations()).filteredOn(x -> x.code().equals("WBV_SUSPENSION")).first()
                .extracting(Recommendation::text).asString().contains("fore-and-aft (x axis");
    }

    @Test
    void adviceForSeveralVehiclesAndShocks() {
        WholeBodyVibrationResult r = assess(z("dumper", 0.9, 4.0).withVdv(12, 2.0), z("roller", 0.4, 3.0).withVdv(6, 3.0));
        assertThat(r.risk()).isEqualTo(Risk.MEDIUM);
        assertThat(r.recommendations()).extracting(Recommendation::code)
                .containsExactly("WBV_LIMIT_TIME", "WBV_REDUCE_TOTAL", "WBV_SEAT", "WBV_ROUTE", "WBV_SHOCKS");
        assertThat(r.recommendations().get(0).text()).contains("dumper", "with no other whole-body vibration that day");
        // dumper: 9.1 reached after 2 × (9.1 / 12)⁴ = 0.661 h = 39.7 min
        assertThat(r.recommendations().get(4).text()).contains("Limit the time on the dumper to 39 min a day");
        assertThat(r.recommendations()).allSatisfy(x -> assertThat(x.priority()).isBetween(100, 199));
    }

    @Test
    void limitValueAdviceComesFirst() {
        WholeBodyVibrationResult r = assess(z("vibrating platform", 1.3, 8.0));
        assertThat(r.risk()).isEqualTo(Risk.HIGH);
        assertThat(r.recommendations().get(0).code()).isEqualTo("WBV_ABOVE_LIMIT");
        assertThat(r.recommendations().get(0).text()).contains("1.3 m/s² A(8) on the vertical (z) axis (676 points)");
    }

    @Test
    void belowTheActionValueOnlySuggestsMeasuringAHighEstimatedVdv() {
        assertThat(assess(z("car", 0.3, 8.0)).recommendations()).isEmpty();
        // 1.0 m/s² for 1.5 h: A(8) 0.433 (LOW) but eVDV 1.4 × 1.0 × 5400^¼ = 12.0 ≥ 9.1
        WholeBodyVibrationResult r = assess(z("quad bike", 1.0, 1.5));
        assertThat(r.risk()).isEqualTo(Risk.LOW);
        assertThat(r.recommendations()).extracting(Recommendation::code).containsExactly("WBV_MEASURE_VDV");
    }

    @Test
    void pointsChartUsesEachSourcesDominantAxisAndThe529Line() {
        PointsChart c = assess(VibrationSource.ofWholeBody("tractor", 0.5, 0.1, 0.3, 6.0), z("dumper", 0.9, 4.0)).pointsChart();
        assertThat(c.actionPoints()).isEqualTo(100);
        assertThat(c.limitPoints()).isEqualTo(529);
        assertThat(c.bars()).extracting(PointsChart.Bar::label).containsExactly("tractor", "dumper");
        assertThat(c.bars().get(0).points()).isCloseTo(50 * 0.49 * 6, within(1e-9));
        assertThat(c.bars().get(1).points()).isCloseTo(50 * 0.81 * 4, within(1e-9));
        assertThat(c.bars()).extracting(PointsChart.Bar::risk).containsExactly(Risk.MEDIUM, Risk.MEDIUM);
    }
}
