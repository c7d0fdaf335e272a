package dev.ergo.engine.vibration;

import dev.ergo.engine.internal.vibration.HandArmVibration;
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

class HandArmVibrationTests {

    private static VibrationSource tool(String name, double ahv, double minutes) {
        return VibrationSource.ofHandArm(name, ahv, minutes / 60.0);
    }

    private static HandArmVibrationResult assess(VibrationSource... tools) {
        return HandArmVibration.assess(List.of(tools));
    }

    /** methods-lifting-vibration §5.3: the HSE examples, daily totals at the published (or computed) precision. */
    static Stream<Arguments> hseExamples() {
        return Stream.of(
                Arguments.of("§5.3 V3 HSE ready-reckoner [P]: 5 m/s² for 3 h = 150 points, above the EAV",
                        List.of(tool("tool", 5, 180)), "3.06", "150", Risk.MEDIUM),
                Arguments.of("§5.3 V4 older HSE calculator guide [P]: 2, 6, 3.5 m/s² for 15, 30, 90 min = 2.2 m/s², 75 points",
                        List.of(tool("tool A", 2, 15), tool("tool B", 6, 30), tool("tool C", 3.5, 90)),
                        "2.2", "75", Risk.LOW),
                Arguments.of("§5.3 V4 older HSE calculator guide, our check [C]: 2.16 m/s², 74.75 points",
                        List.of(tool("tool A", 2, 15), tool("tool B", 6, 30), tool("tool C", 3.5, 90)),
                        "2.16", "74.75", Risk.LOW),
                Arguments.of("§5.3 V4 current HSE spreadsheet guide [C]: 10, 6, 3.5 m/s² for 15, 30, 90 min = 2.77 m/s², 122.75 points",
                        List.of(tool("1-inch impact wrench", 10, 15), tool("tool B", 6, 30), tool("tool C", 3.5, 90)),
                        "2.77", "122.75", Risk.MEDIUM));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hseExamples")
    void hseExamplesDailyExposure(String example, List<VibrationSource> tools, String a8, String points, Risk risk) {
        HandArmVibrationResult r = HandArmVibration.assess(tools);
        assertPrinted("A(8)", r.a8(), a8);
        assertPrinted("points", r.points(), points);
        assertThat(r.risk()).isEqualTo(risk);
    }

    /** methods-lifting-vibration §5.3, per-tool values of the two V4 examples [C]. */
    @ParameterizedTest(name = "§5.3 V4 {0} [C]: {1} m/s² for {2} min")
    @CsvSource(delimiter = '|', textBlock = """
            older guide   | 2   | 15 | 0.35 | 8    | 2     | 12.5 h | 50 h
            older guide   | 6   | 30 | 1.50 | 72   | 36    | 1.39 h | 5.56 h
            older guide   | 3.5 | 90 | 1.52 | 24.5 | 36.75 | 4.08 h | 16.3 h
            current guide | 10  | 15 | 1.77 | 200  | 50    | 0.5 h  | 2 h
            current guide | 6   | 30 | 1.50 | 72   | 36    | 1.39 h | 5.56 h
            current guide | 3.5 | 90 | 1.52 | 24.5 | 36.75 | 4.08 h | 16.3 h
            """)
    void hseExamplesPerTool(String example, double ahv, double minutes, String a8, String pph, String points,
            String toEav, String toElv) {
        HandArmSourceResult s = HandArmVibration.source(tool("tool", ahv, minutes));
        assertPrinted("partial A(8)", s.a8(), a8);
        assertPrinted("points per hour", s.pointsPerHour(), pph);
        assertPrinted("points", s.points(), points);
        assertPrinted("time to EAV", s.hoursToEav(), toEav);
        assertPrinted("time to ELV", s.hoursToElv(), toElv);
    }

    /**
     * methods-lifting-vibration §2.1 ready-reckoner [C] (HSE V3 publishes a rounded chart; only the
     * 5 m/s² × 3 h = 150 cell is [P]): points per hour, points at 15 min to 8 h, time to EAV and ELV.
     */
    @ParameterizedTest(name = "§2.1 ready-reckoner [C]: a_hv {0} m/s²")
    @CsvSource(delimiter = '|', textBlock = """
            2.5 | 12.5 | 3.1  | 6.3  | 12.5 | 25   | 50    | 100   | 8 h     | 32 h
            3   | 18   | 4.5  | 9    | 18   | 36   | 72    | 144   | 5.56 h  | 22.2 h
            4   | 32   | 8    | 16   | 32   | 64   | 128   | 256   | 3.13 h  | 12.5 h
            5   | 50   | 12.5 | 25   | 50   | 100  | 200   | 400   | 2 h     | 8 h
            6   | 72   | 18   | 36   | 72   | 144  | 288   | 576   | 1.39 h  | 5.56 h
            8   | 128  | 32   | 64   | 128  | 256  | 512   | 1024  | 47 min  | 3.13 h
            10  | 200  | 50   | 100  | 200  | 400  | 800   | 1600  | 30 min  | 2 h
            12  | 288  | 72   | 144  | 288  | 576  | 1152  | 2304  | 21 min  | 1.39 h
            16  | 512  | 128  | 256  | 512  | 1024 | 2048  | 4096  | 12 min  | 47 min
            20  | 800  | 200  | 400  | 800  | 1600 | 3200  | 6400  | 7.5 min | 30 min
            40  | 3200 | 800  | 1600 | 3200 | 6400 | 12800 | 25600 | 1.9 min | 7.5 min
            """)
    void readyReckoner(double ahv, String pph, String p15, String p30, String p60, String p120, String p240,
            String p480, String toEav, String toElv) {
        HandArmSourceResult one = HandArmVibration.source(tool("tool", ahv, 60));
        assertPrinted("points per hour", one.pointsPerHour(), pph);
        String[] printed = {p15, p30, p60, p120, p240, p480};
        double[] minutes = {15, 30, 60, 120, 240, 480};
        for (int i = 0; i < minutes.length; i++) {
            assertPrinted("points at " + minutes[i] + " min", HandArmVibration.source(tool("tool", ahv, minutes[i])).points(),
                    printed[i]);
        }
        assertPrinted("time to EAV", one.hoursToEav(), toEav);
        assertPrinted("time to ELV", one.hoursToElv(), toElv);
        // 100 and 400 points are reached exactly at those times
        assertThat(HandArmVibration.source(VibrationSource.ofHandArm("t", ahv, one.hoursToEav())).points())
                .isCloseTo(100, within(1e-9));
    }

    @Test
    void totalValueFromThreeAxesIsTheRootSumOfSquares() {
        HandArmSourceResult axes = HandArmVibration.source(VibrationSource.ofHandArmAxes("drill", 2, 3, 6, 2.0));
        HandArmSourceResult total = HandArmVibration.source(VibrationSource.ofHandArm("drill", 7, 2.0));
        assertThat(axes.ahv()).isCloseTo(7, within(1e-12));
        assertThat(axes.ahvFromAxes()).isTrue();
        assertThat(total.ahvFromAxes()).isFalse();
        assertThat(axes.a8()).isCloseTo(total.a8(), within(1e-12));
        assertThat(axes.points()).isCloseTo(total.points(), within(1e-9));
        assertThat(axes.points()).isCloseTo(2 * 49 * 2.0, within(1e-9));
        assertThat(axes.hoursToEav()).isCloseTo(8 * Math.pow(2.5 / 7, 2), within(1e-12));
    }

    @Test
    void severalToolsCombineBySumOfSquaresAndPointsAdd() {
        HandArmVibrationResult r = assess(tool("grinder", 4, 120), VibrationSource.ofHandArmAxes("sander", 1, 2, 2, 3.0),
                tool("hammer", 12, 10));
        List<HandArmSourceResult> s = r.sources();
        assertThat(s).extracting(HandArmSourceResult::source).containsExactly("grinder", "sander", "hammer");
        double expectedA8 = Math.sqrt((16 * 2.0 + 9 * 3.0 + 144 * (10 / 60.0)) / 8);
        assertThat(r.a8()).isCloseTo(expectedA8, within(1e-12));
        assertThat(r.points()).isCloseTo(s.get(0).points() + s.get(1).points() + s.get(2).points(), within(1e-9));
        assertThat(r.points()).isCloseTo(64 + 54 + 48, within(1e-9));
        // A(8) and points are the same measure: A(8) = 2.5 × sqrt(points / 100)
        assertThat(r.a8()).isCloseTo(2.5 * Math.sqrt(r.points() / 100), within(1e-12));
    }

    @ParameterizedTest(name = "{0} m/s² for {1} h → {2}")
    @CsvSource({
        "2.5, 7.99, LOW", "2.5, 8, MEDIUM", "2.5, 8.01, MEDIUM",
        "5, 7.99, MEDIUM", "5, 8, HIGH", "5, 8.01, HIGH",
        "5, 1.99, LOW", "5, 2, MEDIUM", "10, 2, HIGH", "10, 1.99, MEDIUM"
    })
    void trafficLightAtAndEitherSideOfTheLimits(double ahv, double hours, Risk risk) {
        assertThat(assess(VibrationSource.ofHandArm("tool", ahv, hours)).risk()).isEqualTo(risk);
    }

    @Test
    void limitReachedExactlyByAxesAndByACombinationDespiteRounding() {
        // sqrt(1.5² + 2²) = 2.5 exactly, 8 h: at the action value
        assertThat(assess(VibrationSource.ofHandArmAxes("t", 1.5, 2, 0, 8.0)).risk()).isEqualTo(Risk.MEDIUM);
        // 1.3 m/s² for 6.5 h + 5.1 m/s² for 1.5 h: Σ a² T = 50 exactly, A(8) = 2.5, but double arithmetic gives 2.4999999999999996
        HandArmVibrationResult r = assess(VibrationSource.ofHandArm("a", 1.3, 6.5), VibrationSource.ofHandArm("b", 5.1, 1.5));
        assertThat(r.a8()).isLessThan(2.5).isCloseTo(2.5, within(1e-12));
        assertThat(r.risk()).isEqualTo(Risk.MEDIUM);
    }

    @Test
    void zeroMagnitudeHasNoTimeToTheLimitsAndZeroHoursNoExposure() {
        HandArmSourceResult still = HandArmVibration.source(VibrationSource.ofHandArm("switched off", 0, 8));
        assertThat(still.hoursToEav()).isNull();
        assertThat(still.hoursToElv()).isNull();
        assertThat(still.points()).isZero();
        HandArmSourceResult unused = HandArmVibration.source(VibrationSource.ofHandArm("spare", 12, 0));
        assertThat(unused.a8()).isZero();
        assertThat(unused.points()).isZero();
        assertThat(unused.hoursToEav()).isCloseTo(8 * Math.pow(2.5 / 12, 2), within(1e-12));
        HandArmVibrationResult r = assess(VibrationSource.ofHandArm("switched off", 0, 8), VibrationSource.ofHandArm("spare", 12, 0));
        assertThat(r.risk()).isEqualTo(Risk.LOW);
        assertThat(r.recommendations()).isEmpty();
    }

    @Test
    void adviceLimitsTheToolInHoursAndMinutes() {
        HandArmVibrationResult r = assess(VibrationSource.ofHandArm("grinder", 6, 3.0));
        assertThat(r.risk()).isEqualTo(Risk.MEDIUM);
        assertThat(r.recommendations()).extracting(Recommendation::code)
                .containsExactly("HAV_LIMIT_TIME", "HAV_LOWER_VIBRATION_TOOL");
        Recommendation limit = r.recommendations().get(0);
        assertThat(limit.text()).isEqualTo("Limit the grinder to 1 h 23 min a day to stay below the action value"
                + " (now 3 h); 5 h 33 min a day would reach the limit value.");
        assertThat(limit.values().get("hoursToEav")).isCloseTo(8 * Math.pow(2.5 / 6, 2), within(1e-12));
        assertThat(limit.priority()).isGreaterThanOrEqualTo(100);
        // to use it for 3 h, a_hv must be below 2.5 × sqrt(8 / 3) = 4.08 m/s²
        assertThat(r.recommendations().get(1).text()).contains("under 4.08 m/s² (now 6 m/s²)");
    }

    @Test
    void adviceForSeveralToolsCutsEveryTimeInProportion() {
        // §5.3 V4 current guide [C]: 122.75 points; no tool alone reaches 100 points
        HandArmVibrationResult r = assess(tool("1-inch impact wrench", 10, 15), tool("grinder", 6, 30), tool("sander", 3.5, 90));
        assertThat(r.recommendations()).extracting(Recommendation::code).containsExactly("HAV_REDUCE_TOTAL");
        Recommendation rec = r.recommendations().get(0);
        assertThat(rec.values().get("timeFactor")).isCloseTo(100 / 122.75, within(1e-12));
        // 100 / 122.75 = 81.5 %: 15 min → 12.2, 30 min → 24.4, 90 min → 73.3 min
        assertThat(rec.text()).contains("123 points a day (2.77 m/s² A(8))", "to 81 % of now",
                "1-inch impact wrench 12 min, grinder 24 min, sander 1 h 13 min",
                "(1-inch impact wrench, 50 points)");
    }

    @Test
    void adviceAtTheLimitValueComesFirst() {
        HandArmVibrationResult r = assess(VibrationSource.ofHandArm("breaker", 10, 4.0), VibrationSource.ofHandArm("drill", 3, 1.0));
        assertThat(r.risk()).isEqualTo(Risk.HIGH);
        assertThat(r.recommendations()).extracting(Recommendation::code)
                .containsExactly("HAV_ABOVE_LIMIT", "HAV_LIMIT_TIME", "HAV_LOWER_VIBRATION_TOOL", "HAV_REDUCE_TOTAL");
        assertThat(r.recommendations().get(0).text()).contains("(818 points)", "starting with the breaker (800 points)");
        assertThat(r.recommendations().get(1).priority()).isEqualTo(101);
        assertThat(r.recommendations().get(1).text())
                .startsWith("Limit the breaker to 29 min a day")
                .contains("(now 4 h), with no other vibrating tools that day; 2 h a day would reach the limit value");
    }

    @Test
    void belowTheActionValueGivesNoAdvice() {
        assertThat(assess(VibrationSource.ofHandArm("drill", 3, 1.0)).recommendations()).isEmpty();
    }

    @Test
    void pointsChartHasOneBarPerToolAndTheTwoLines() {
        PointsChart c = assess(tool("impact wrench", 10, 15), tool("grinder", 6, 240), tool("breaker", 20, 60)).pointsChart();
        assertThat(c.actionPoints()).isEqualTo(100);
        assertThat(c.limitPoints()).isEqualTo(400);
        assertThat(c.bars()).extracting(PointsChart.Bar::label).containsExactly("impact wrench", "grinder", "breaker");
        assertThat(c.bars()).extracting(PointsChart.Bar::risk).containsExactly(Risk.LOW, Risk.MEDIUM, Risk.HIGH);
        assertThat(c.bars().get(1).points()).isCloseTo(288, within(1e-9));
        assertThat(c.totalPoints()).isCloseTo(50 + 288 + 800, within(1e-9));
        assertThat(c.scaleMax()).isCloseTo(1138, within(1e-9));
        assertThat(assess(tool("drill", 2, 60)).pointsChart().scaleMax()).isEqualTo(400);
    }
}
