package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.repetitive.HandActivityEdition;
import dev.ergo.engine.repetitive.HandActivityResult;
import dev.ergo.engine.repetitive.HandActivityScore;
import dev.ergo.engine.repetitive.RepetitiveSettings;
import dev.ergo.engine.repetitive.RevisedStrainIndexResult;
import dev.ergo.engine.repetitive.RsiScore;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.SurveySection;
import dev.ergo.report.internal.spi.Styles;
import org.junit.jupiter.api.Test;

class RepetitiveSectionTests {
    static final ReportRenderer RENDERER = EmployeeReportTests.RENDERER;

    @Test
    void everyTaskAndHandHasALabelledChartWithBothLines() {
        String text = Pdfs.text(RENDERER.employeeReport(Fixtures.allFactors()));

        assertThat(text).contains("Crimping (right) above the TLV · HIGH", "Crimping (left) action limit to TLV · MEDIUM",
                "Packing (right) below the action limit · LOW", "HAL 6, NPF 4", "HAL 3.9, NPF 1.5", "HAL 3, NPF 1.5",
                "hand activity level (HAL)",
                "ACGIH 2018 (provisional lines); grey: outside the lines' HAL 1–9");
        assertThat(Pdfs.count(text, "hand activity level (HAL)")).isEqualTo(3);
        assertThat(Pdfs.count(text.replace(" ", ""), "peakforce(NPF)")).isEqualTo(3); // rotated axis title
        assertThat(Pdfs.count(text, "TLVAL")).isEqualTo(3); // the two line labels of each chart
    }

    @Test
    void tableGivesHalAndNpfWithSourcesAndTheLinesAtThatHal() {
        AssessmentResult r = Fixtures.allFactors();
        HandActivityResult h = r.section(HandActivityResult.class).orElseThrow();
        String text = Pdfs.text(RENDERER.employeeReport(r));

        HandActivityScore left = h.scores().get(1);
        assertThat(text).contains("Task (hand) HAL NPF AL at this HAL TLV at this HAL Zone Light Edition h/day",
                "Crimping (right) 6.0 (given) 4.0 (given) 0.2 2.2 above the TLV HIGH 2018 (prov.) 6",
                "Crimping (left) 3.9 (Radwin: 0.5/s, 30 %) 1.5 (from 15 % MVC) "
                        + Styles.fixed(ReportTexts.english(), h.edition().actionLimitNpf(left.hal()), 1) + " "
                        + Styles.fixed(ReportTexts.english(), h.edition().tlvNpf(left.hal()), 1) + " action limit to TLV MEDIUM",
                "Packing (right) takes 2 h a day, outside the 2018 TLV's scope of 4 to 8 h a day",
                "Repetitive hand work: In Crimping (right) the hand force is above the limit (TLV)");
        for (Recommendation rec : h.recommendations()) { // in the checklist only
            assertThat(Pdfs.count(Pdfs.squash(text), Pdfs.squash(rec.text()))).as(rec.text()).isEqualTo(1);
        }
    }

    @Test
    void theEditionOfTheResultDrawsTheChart() {
        Assessor y2001 = Assessor.of(AssessmentOptions.builder()
                .set(RepetitiveSettings.HAND_ACTIVITY_EDITION, HandActivityEdition.ACGIH_2001).build());
        AssessmentResult r = y2001.assess(EmployeeSurvey.of(Fixtures.employee("R-1", "R").build(),
                Fixtures.repetitiveTasks().toArray(SurveySection[]::new)));
        HandActivityResult h = r.section(HandActivityResult.class).orElseThrow();
        String text = Pdfs.text(RENDERER.employeeReport(r));

        assertThat(h.edition()).isEqualTo(HandActivityEdition.ACGIH_2001);
        HandActivityScore s = h.scores().get(0);
        assertThat(text).contains("ACGIH 2001", "ACGIH TLV for Hand Activity, 2001")
                .doesNotContain("grey: outside the lines'", "ACGIH 2018 (provisional lines)")
                .contains("Crimping (right) 6.0 (given) 4.0 (given) " + Styles.fixed(ReportTexts.english(), HandActivityEdition.ACGIH_2001
                        .actionLimitNpf(6), 1) + " " + Styles.fixed(ReportTexts.english(), HandActivityEdition.ACGIH_2001.tlvNpf(6), 1) + " "
                        + HandActivityRendererWords.zone(s) + " " + s.risk().name() + " 2001 6");
    }

    @Test
    void rsiTableHasInputsTheFiveMultipliersTheIndexAndItsBand() {
        AssessmentResult r = Fixtures.allFactors();
        RevisedStrainIndexResult rsi = r.section(RevisedStrainIndexResult.class).orElseThrow();
        String text = Pdfs.text(RENDERER.employeeReport(r));

        RsiScore c = rsi.scores().get(0);
        assertThat(text).contains("Task (hand) I % E /min D s Wrist H IM EM DM PM HM RSI Band",
                "Crimping (right) 40 20 2 35° ext. 6 " + Styles.fixed(ReportTexts.english(), c.im(), 2) + " " + Styles.fixed(ReportTexts.english(), c.em(), 2) + " "
                        + Styles.fixed(ReportTexts.english(), c.dm(), 2) + " " + Styles.fixed(ReportTexts.english(), c.pm(), 2) + " " + Styles.fixed(ReportTexts.english(), c.hm(), 2)
                        + " 24.6 HIGH hazardous",
                "Packing (right) 10 5 3 10° flex. 2", "LOW low risk",
                "Hand and wrist strain: In Crimping (right) the index is 24.6, above the hazard threshold of 10.");
        for (Recommendation rec : rsi.recommendations()) { // in the checklist only
            assertThat(Pdfs.count(Pdfs.squash(text), Pdfs.squash(rec.text()))).as(rec.text()).isEqualTo(1);
        }
        assertThat(SummaryReport.figure(rsi, ReportTexts.english())).isEqualTo("RSI 24.6");
    }

    /** The zone words as the table prints them. */
    static final class HandActivityRendererWords {
        static String zone(HandActivityScore s) {
            return switch (s.zone()) {
                case BELOW_ACTION_LIMIT -> "below the action limit";
                case ACTION_LIMIT_TO_TLV -> "action limit to TLV";
                case ABOVE_TLV -> "above the TLV";
            };
        }
    }
}
