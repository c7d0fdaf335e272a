package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Baseline;
import dev.ergo.model.Employee;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary of a follow-up run: a before/after page with the ids that need a look. */
class FollowUpSummaryTests {
    static final ReportRenderer RENDERER = SummaryReportTests.RENDERER;
    static final LocalDate EARLIER = LocalDate.of(2025, 9, 15);

    static AssessmentResult as(AssessmentResult template, String id, String dept, String site, LocalDate date) {
        Employee e = Employee.builder(id).name("N " + id).department(dept).site(site).assessmentDate(date).build();
        return new AssessmentResult(e, date, template.sections(), template.notes());
    }

    static Baseline baseline() {
        return Baseline.of(List.of(
                as(Fixtures.lifterOnly(), "B-1", "Warehouse", "North", EARLIER),
                as(Fixtures.vibrationOnly(), "B-2", "Warehouse", "North", EARLIER),
                as(Fixtures.vibrationOnly(), "B-3", "Workshop", "South", EARLIER),
                as(Fixtures.lifterOnly(), "B-4", "Office", "South", EARLIER)));
    }

    static List<AssessmentResult> now() {
        LocalDate d = SummaryReportTests.RUN;
        return List.of(
                as(Fixtures.vibrationOnly(), "B-1", "Warehouse", "North", d),
                as(Fixtures.lifterOnly(), "B-2", "Warehouse", "North", d),
                as(Fixtures.vibrationOnly(), "B-3", "Workshop", "South", d),
                as(Fixtures.lifterOnly(), "N-5", "Workshop", "South", d));
    }

    @Test
    void theBeforeAfterPageNamesTheWorsenedTheNotReassessedAndTheNew() {
        byte[] pdf = RENDERER.summaryReport(now(), SummaryReportTests.INFO, baseline());
        FollowUpReportTests.keep("followup-summary.pdf", pdf);
        int pages = Pdfs.pages(pdf);
        String page = "";
        for (int p = 1; p <= pages; p++) {
            if (Pdfs.pageText(pdf, p).contains("Before and after")) {
                page = Pdfs.pageText(pdf, p);
            }
        }

        assertThat(page).contains("Before and after: this round compared with 15 September 2025",
                "Better than before 1", "Worse than before 1", "Same light 1", "Not re-assessed 1", "New this round 1",
                "Share at HIGH (red) 50 % before → 50 % after",
                "Worse than before (1): B-1", "In the earlier round but not re-assessed (1): B-4",
                "New this round, no earlier line (1): N-5", "All employees", "By site", "By department",
                "North", "South", "Warehouse", "Workshop", "Office");
    }

    @Test
    void withoutABaselineThereIsNoSuchPage() {
        assertThat(Pdfs.text(RENDERER.summaryReport(now(), SummaryReportTests.INFO))).doesNotContain("Before and after");
    }

    @Test
    void theBeforeAfterPageIsInTheReportsLanguage() {
        ReportRenderer pl = ReportRenderer.of(RENDERER.options().toBuilder().language(java.util.Locale.forLanguageTag("pl")).build());
        byte[] pdf = pl.summaryReport(now(), SummaryReportTests.INFO, baseline());
        FollowUpReportTests.keep("followup-summary-pl.pdf", pdf);
        String text = Pdfs.text(pdf);

        assertThat(text).contains("Przed i po: ta runda w porównaniu z oceną z 15 września 2025",
                "Gorzej niż przedtem (1): B-1", "Według zakładu", "Według działu")
                .doesNotContain("Before and after", "Worse than before", "By site");
    }
}
