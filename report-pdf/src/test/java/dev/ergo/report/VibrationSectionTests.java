package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.vibration.HandArmVibrationResult;
import dev.ergo.engine.vibration.WholeBodyVibrationResult;
import dev.ergo.model.vibration.VibrationSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VibrationSectionTests {
    static final ReportRenderer RENDERER = EmployeeReportTests.RENDERER;

    @Test
    void handArmTableGivesMagnitudeTimePartialA8PointsAndTimesToTheValues() {
        AssessmentResult r = Fixtures.allFactors();
        String text = Pdfs.text(RENDERER.employeeReport(r));

        assertThat(text).contains("Hand-arm vibration: Your daily exposure, 3.05 m/s² A(8) (149 points), is at"
                        + " or above the exposure action value of 2.5 m/s² (100 points)",
                "Tool a_hv m/s² Time a day Partial A(8) m/s² Points Time to action value Time to limit value Light",
                "Angle grinder 6.00 1 h 30 min 2.60 108 1 h 23 min 5 h 33 min MEDIUM",
                "Impact wrench 4.39 (from axes) 1 h 1.55 39 2 h 36 min 10 h 23 min LOW",
                "Sander 1.50 30 min 0.38 2 22 h 13 min over 24 h LOW", "Whole day 3.05 149 MEDIUM");
    }

    @Test
    void handArmChartHasTheActionAndLimitLinesAndLabelledBars() {
        String text = Pdfs.text(RENDERER.employeeReport(Fixtures.allFactors()));

        assertThat(text).contains("points per tool", "action 100", "limit 400", "Angle grinder 108 · MEDIUM",
                "Impact wrench 39 · LOW", "Sander 2 · LOW", "Whole day 149 · MEDIUM", "exposure points a day");
    }

    @Test
    void vibrationAdviceIsInTheChecklistOnly() {
        AssessmentResult r = Fixtures.allFactors();
        String text = Pdfs.text(RENDERER.employeeReport(r));

        assertThat(text).contains("Limit the Angle grinder to 1 h 23 min a day").doesNotContain("How to bring the exposure down");
        for (Recommendation rec : r.section(HandArmVibrationResult.class).orElseThrow().recommendations()) {
            assertThat(Pdfs.count(Pdfs.squash(text), Pdfs.squash(rec.text()))).as(rec.code()).isEqualTo(1);
        }
        for (Recommendation rec : r.section(WholeBodyVibrationResult.class).orElseThrow().recommendations()) {
            assertThat(Pdfs.count(Pdfs.squash(text), Pdfs.squash(rec.text()))).as(rec.code()).isEqualTo(1);
        }
    }

    @Test
    void aboveTheLimitValueIsHighAndSaysSo() {
        String text = Pdfs.text(RENDERER.employeeReport(Fixtures.vibrationOnly()));

        assertThat(text).contains("HIGH Hand-arm vibration: Your daily exposure", "exposure limit value of 5 m/s² (400 points), which"
                + " must not be exceeded", "Breaker", "HIGH");
    }

    @Test
    void wholeBodyShowsAxesDominantAxisVdvAndTheChart() {
        AssessmentResult r = Fixtures.allFactors();
        WholeBodyVibrationResult w = r.section(WholeBodyVibrationResult.class).orElseThrow();
        String text = Pdfs.text(RENDERER.employeeReport(r));

        assertThat(w.vdvIncludesEstimates()).isTrue();
        assertThat(text).contains("Axis Direction k A(8) m/s² Points Light",
                "x ◀ dominant fore-and-aft 1.4 0.69 192 MEDIUM", "y side-to-side 1.4 0.34 47 LOW",
                "z vertical 1 0.50 101 MEDIUM",
                "Vibration dose value (VDV): 16.1 m/s^1.75, including estimates for sources without a measured VDV",
                "Forklift 0.35 / 0.30 / 0.62 4 h 0.44 (z) 77", "13.1 (measured 11.0 over 2 h)",
                "Yard tractor 0.70 / 0.20 / 0.40 3 h 0.60 (x) 144 2 h 5 min 11 h 1 min", "estimated",
                "limit 529", "action 100", "Whole day (x axis) 192 · MEDIUM", "points per vehicle");
    }

    @Test
    void wholeBodyWithoutMeasuredVdvMarksTheEstimate() {
        AssessmentResult r = Fixtures.assess(Fixtures.employee("W-1", "Driver").build(),
                VibrationSource.ofWholeBody("Dumper", 0.3, 0.3, 1.5, 6.0));
        String text = Pdfs.text(RENDERER.employeeReport(r));

        assertThat(text).contains("HIGH Whole-body vibration: Your daily exposure", "Vibration dose value (VDV): not measured. Estimated"
                + " from the r.m.s. values:", "(estimate, not used for the light;");
    }

    private static String bar(HandArmVibrationResult r, int i) {
        double points = r.sources().get(i).points();
        return dev.ergo.report.internal.spi.Styles.fixed(ReportTexts.english(), points, 0) + " · " + r.sources().get(i).risk().name();
    }

    @Test
    void manyToolsFlowWithRepeatedHeadersAndTheChartKeepsTheWorst() {
        List<VibrationSource> tools = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            tools.add(VibrationSource.ofHandArm("Tool " + i, 1.0 + i * 0.1, 0.1));
        }
        AssessmentResult r = Fixtures.assess(Fixtures.employee("V-40", "Many Tools").build(),
                tools.toArray(VibrationSource[]::new));
        byte[] pdf = RENDERER.employeeReport(r);
        String text = Pdfs.text(pdf);

        assertThat(text).contains("Tool 1 ", "Tool 70 ", "The chart shows the 15 tools with the most points of 70");
        int headers = 0;
        for (int p = 1; p <= Pdfs.pages(pdf); p++) {
            if (Pdfs.pageText(pdf, p).contains("Tool a_hv m/s² Time a day")) {
                headers++;
            }
        }
        assertThat(headers).isGreaterThanOrEqualTo(2);
        HandArmVibrationResult hav = r.section(HandArmVibrationResult.class).orElseThrow();
        // the 15 tools with the most points are 56 to 70: bars with their points; tool 55 only in the table
        assertThat(text).contains("Tool 70 " + bar(hav, 69), "Tool 56 " + bar(hav, 55))
                .doesNotContain("Tool 55 " + bar(hav, 54));
    }
}
