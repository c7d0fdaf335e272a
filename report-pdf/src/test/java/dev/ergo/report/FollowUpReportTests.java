package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.FollowUp;
import dev.ergo.model.SurveySection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The employee report of a follow-up round: "Since your last assessment" after the overall light. */
class FollowUpReportTests {
    static final ReportRenderer RENDERER = EmployeeReportTests.RENDERER;
    static final LocalDate EARLIER = LocalDate.of(2025, 9, 15);

    /** E-2001 half a year earlier: office, lifting and hand-arm vibration only. */
    static AssessmentResult allFactorsBaseline() {
        List<SurveySection> sections = new ArrayList<>();
        sections.add(Fixtures.poorWorkstation());
        sections.add(Fixtures.rosa(3, 3, 6.0));
        sections.addAll(Fixtures.liftingTasks());
        sections.addAll(Fixtures.handArmSources());
        return Fixtures.assess(Fixtures.employee("E-2001", "Ryszard Kowalski-Żak").department("Warehouse")
                .jobTitle("Operative").assessmentDate(EARLIER).build(), sections.toArray(SurveySection[]::new));
    }

    static AssessmentResult betterVibration() {
        return Fixtures.assess(Fixtures.employee("E-3002", "Jan Novák").department("Workshop").build(),
                dev.ergo.model.vibration.VibrationSource.ofHandArm("Grinder", 3.0, 1.0));
    }

    /** Keeps a PDF to look at in {@code target/followup-pdfs}. */
    static void keep(String name, byte[] pdf) {
        try { // to look at: target/followup-pdfs
            Path dir = Files.createDirectories(Path.of("target", "followup-pdfs"));
            Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anImprovedEmployeeReadsTheVerdictFirstThenTheLightsBeforeAndAfter() {
        AssessmentResult before = Fixtures.assess(Fixtures.employee("E-3002", "Jan Novák").department("Workshop")
                .assessmentDate(EARLIER).build(), dev.ergo.model.vibration.VibrationSource.ofHandArm("Breaker", 12.0, 1.5));
        AssessmentResult now = betterVibration();
        FollowUp f = FollowUp.compare(before, now);
        assertThat(f.change()).isEqualTo(FollowUp.Change.IMPROVED);

        byte[] pdf = RENDERER.employeeReport(now, f);
        keep("followup-improved.pdf", pdf);
        String page1 = Pdfs.pageText(pdf, 1);

        assertThat(page1).contains("Since your last assessment (15 September 2025)",
                "Better than last time: your overall light went from HIGH (red) to " + now.overallRisk().name(),
                "What was measured Last time Now Change", "Hand-arm vibration (A(8)) HIGH");
        assertThat(page1).contains("better");
    }

    @Test
    void everyFactorBeforeAndAfterWithNewFactorsAndTheCodesDoneOpenAndNew() {
        AssessmentResult before = allFactorsBaseline();
        AssessmentResult now = Fixtures.allFactors();
        FollowUp f = FollowUp.compare(before, now);

        byte[] pdf = RENDERER.employeeReport(now, f);
        keep("followup-allfactors.pdf", pdf);
        String text = Pdfs.text(pdf);

        assertThat(text).contains("Since your last assessment (15 September 2025)",
                "The same as last time: your overall light is still HIGH (red).",
                "Office chair and desk (ROSA score) HIGH", "assessed for the first time", "Still to do:");
        assertThat(f.newCodes()).isNotEmpty();
        assertThat(text).contains("New this time:");
        // the comparison adds at most one page to the employee's part (two pages without it)
        int appendix = 0;
        for (int p = 1; p <= Pdfs.pages(pdf) && appendix == 0; p++) {
            if (Pdfs.pageText(pdf, p).contains("For your assessor")) {
                appendix = p;
            }
        }
        assertThat(appendix).isBetween(2, 4);
        assertThat(text).contains("more in the list below");
    }

    @Test
    void withoutAFollowUpTheReportHasNoSuchPart() {
        assertThat(Pdfs.text(RENDERER.employeeReport(Fixtures.allFactors()))).doesNotContain("Since your last");
    }

    @Test
    void doneCodesWithoutACurrentRecommendationUseTheLabelsOrTheBundle() {
        var tx = ReportTexts.english();
        assertThat(FollowUpPart.codeWords("FOOTREST", null, tx)).isEqualTo("Footrests to provide");
        assertThat(FollowUpPart.codeWords("ASSESSOR_REVIEW", null, tx)).isEqualTo("Assessor to review the findings");
        assertThat(FollowUpPart.codeWords("SOMETHING_ELSE", null, tx)).isEqualTo("Other: something else");
    }

    @Test
    void theFollowUpPartIsInTheReportsLanguage() {
        ReportRenderer de = RENDERER;
        AssessmentResult now = Fixtures.in(Fixtures.allFactors(), java.util.Locale.GERMAN);
        byte[] pdf = de.employeeReport(now, FollowUp.compare(allFactorsBaseline(), now));
        keep("followup-allfactors-de.pdf", pdf);
        String text = Pdfs.text(pdf);

        assertThat(text).contains("Seit Ihrer letzten Beurteilung (15. September 2025)",
                "Wie beim letzten Mal: Ihre Gesamtampel ist weiterhin HOCH (rot).", "Was gemessen wurde",
                "zum ersten Mal beurteilt").doesNotContain("Since your last", "Last time", "assessed for the first time");
    }

    @Test
    void anEmployeeNotScoredThisTimeIsNotToldTheirLightChanged() {
        AssessmentResult before = Fixtures.assess(Fixtures.employee("E-3002", "Jan Novák").department("Workshop")
                .assessmentDate(EARLIER).build(), dev.ergo.model.vibration.VibrationSource.ofHandArm("Breaker", 12.0, 1.5));
        AssessmentResult now = Fixtures.assess(Fixtures.employee("E-3002", "Jan Novák").department("Workshop").build());
        String text = Pdfs.text(RENDERER.employeeReport(now, FollowUp.compare(before, now)));

        assertThat(text).contains("Not scored this time (no factor assessed): last time your overall light was HIGH (red).",
                "NOT SCORED", "not assessed this time").doesNotContain("Better than last time");
    }
}
