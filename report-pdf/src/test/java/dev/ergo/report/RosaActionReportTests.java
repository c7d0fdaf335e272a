package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.FactorResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import dev.ergo.engine.office.OfficeAction;
import dev.ergo.engine.office.RosaResult;
import dev.ergo.model.office.RosaChecklist;
import dev.ergo.model.office.Workstation;
import dev.ergo.report.internal.office.RosaRenderer;
import dev.ergo.report.internal.office.WorkstationRenderer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue #15: ROSA findings become actions, the report says what doing them does to the score. */
class RosaActionReportTests {

    private static final ReportRenderer RENDERER = ReportRenderer.of(ReportOptions.builder()
            .organisation("Acme Ltd").fixedCreationDate(LocalDate.of(2026, 3, 5)).build());

    private static final SummaryInfo INFO =
            new SummaryInfo("Ergonomics summary", LocalDate.of(2026, 3, 5), "survey-2026.xlsx", 3, 0, 0);

    private static RosaChecklist.Builder neutral() {
        return RosaChecklist.builder()
                .seatHeight(1).seatDepth(1).armrest(1).backSupport(1).chairHoursPerDay(8.0)
                .monitor(1).monitorHoursPerDay(8.0).phone(1).phoneHoursPerDay(2.0)
                .mouse(1).mouseHoursPerDay(8.0).keyboard(1).keyboardHoursPerDay(8.0);
    }

    private static AssessmentResult rosaOnly(RosaChecklist c) {
        return Fixtures.assess(Fixtures.employee("E-1012", "Fatima Benali").build(), c);
    }

    @Test
    void rosaOnlyEmployeeGetsAChecklistAndIsToldTheFirstSixItemsBringRosaBelowTheActionLevel() {
        AssessmentResult r = Fixtures.rosaOnly();
        RosaResult rosa = r.section(RosaResult.class).orElseThrow();
        String text = Pdfs.text(RENDERER.employeeReport(r));

        assertThat(rosa.score()).isEqualTo(6);
        assertThat(text).doesNotContain("Nothing to do")
                .contains("Changes are needed now: start with the first items of the checklist below.")
                .contains("Doing the first 6 items below brings your ROSA score from 6 to 4, below the action level 5.");
        int from = text.indexOf("Tick each item when it is done.");
        assertThat(from).isNotNegative();
        for (Recommendation rec : rosa.recommendations().subList(0, 6)) {
            int at = text.indexOf(Pdfs.normalise(rec.text()), from);
            assertThat(at).as(rec.code()).isGreaterThan(from);
            from = at;
        }
        assertThat(text).contains("Put the mouse on the same surface as the keyboard, beside it.",
                "Get and use a headset or speakerphone instead of holding the phone between your neck and shoulder.",
                "With the ROSA items above, this lowers your ROSA score from 5 to 4, below the action level 5.");
    }

    @Test
    void rosaSectionShowsTheReScoringOfEveryItem() {
        String text = Pdfs.text(RENDERER.employeeReport(Fixtures.rosaOnly()));
        assertThat(text).contains("What lowers your ROSA score",
                "Doing the first 6 items of the checklist brings your ROSA score from 6 to 4, below the action"
                        + " level 5. Doing all 14 ROSA items brings it to 3.",
                "Item Change ROSA finding ROSA if only this ROSA with the items above",
                "1 Mouse beside the keyboard mouse: mouse and keyboard on different surfaces +2 6 6",
                "3 Use a headset or speakerphone telephone: neck-shoulder hold +2 telephone: no hands-free option +1 6 5",
                "6 Pad or replace the armrests armrests: hard or damaged surface +1 6 4");
    }

    @Test
    void oneItemIsEnoughForTheSampleAgentAtTheActionLevel() {
        // E1012 of the sample: phone out of reach and held between neck and shoulder, ROSA 5.
        AssessmentResult r = rosaOnly(neutral().seatHeight(2).armrest(2).backSupport(2).chairHoursPerDay(7.0)
                .monitor(2).monitorHoursPerDay(7.0).phone(2).phoneNeckShoulderHold(true).phoneHoursPerDay(5.0)
                .mouseHoursPerDay(6.0).keyboard(2).keyboardHoursPerDay(6.0).build());
        String text = Pdfs.text(RENDERER.employeeReport(r));
        assertThat(text).contains("Doing the first item below brings your ROSA score from 5 to 4, below the action"
                + " level 5.", "Use a headset or speakerphone instead of holding the phone between your neck and"
                + " shoulder. This lowers your ROSA score from 5 to 4, below the action level 5.");
    }

    @Test
    void amberRosaIsToldWhatMakesItGreen() {
        AssessmentResult r = rosaOnly(neutral().seatHeight(3).backSupport(2).phoneHoursPerDay(0.5).build()); // ROSA-D2
        String text = Pdfs.text(RENDERER.employeeReport(r));
        assertThat(text).contains("Doing the first item below brings your ROSA score from 4 to 3, green (LOW).")
                .doesNotContain("to 3, below the action level");
    }

    @Test
    void aRaisedSeatAndItsFootrestAreListedTogetherWithTheMeasuredNumbers() {
        // Fixed 76 cm desk: the seat goes up from 50 to 55 cm and a 8.5 cm footrest gives the feet a floor.
        AssessmentResult r = Fixtures.assess(Fixtures.employee("E-1013", "Piotr Nowak").build(),
                Workstation.builder().poplitealHeightCm(44.0).elbowRestHeightCm(24.0).eyeHeightSittingCm(80.0)
                        .deskHeightCm(76.0).deskAdjustable(false).seatHeightCm(50.0).seatAdjustable(true)
                        .seatHeightMinCm(38.0).seatHeightMaxCm(55.0).build(),
                neutral().seatHeight(3).build());
        String text = Pdfs.text(RENDERER.employeeReport(r));
        assertThat(text).contains("Doing the first 2 items below brings your ROSA score from 4 to 3, green (LOW).",
                "1 Seat at 55 cm done together with the next item 3 3",
                "2 Footrest 8.5 cm high seat pan height: no foot contact 3 3 3");
        assertThat(text.indexOf("Set your seat to 55 cm above the floor (now 50 cm)."))
                .isLessThan(text.indexOf("Use a footrest 8.5 cm high"));
    }

    @Test
    void greenRosaWithoutFindingsHasNoReScoring() {
        String text = Pdfs.text(RENDERER.employeeReport(Fixtures.bronte()));
        assertThat(text).doesNotContain("What lowers your ROSA score", "Doing the first");
    }

    @Test
    void theSummaryShowsTheTopActionsInWordsNotCodes() {
        String text = Pdfs.text(RENDERER.summaryReport(List.of(Fixtures.rosaOnly(), Fixtures.bronte()), INFO));
        assertThat(text).contains("• Mouse beside the keyboard • Armrests at elbow height • Use a headset or"
                + " speakerphone").doesNotContain("ROSA_", "LUMBAR_CUSHION");
        assertThat(SummaryReport.topActions(Fixtures.polish(), ReportTexts.english()))
                .containsExactly("• Seat at 54.4 cm", "• Footrest 7.9 cm high", "• Screen top at eye height");
    }

    @Test
    void theSummaryNamesAnAssessorReviewInWords() {
        AssessmentResult r = new AssessmentResult(Fixtures.employee("R-1", "Review Me").build(), Fixtures.DATE,
                List.of(new RosaResult(5, 5, 1, 1, 1, 1, 1, 1, 1, 2, 0, 1, 1, 1, 1, List.of())), List.of());
        assertThat(SummaryReport.topActions(r, ReportTexts.english())).containsExactly("• Ask your assessor to review your ROSA score of 5"
                + " (chair 5, monitor and telephone 1, mouse and keyboard 1)");
    }

    @Test
    void everyOfficeCodeHasWordsForTheSummaryFromItsRenderer() {
        Map<String, String> rosa = new RosaRenderer().actionLabels(ReportTexts.english());
        Map<String, String> workstation = new WorkstationRenderer().actionLabels(ReportTexts.english());
        for (OfficeAction a : OfficeAction.values()) {
            Map<String, String> own = a.isRosa() ? rosa : workstation;
            assertThat(own.get(a.code())).as(a.code()).isNotBlank();
            assertThat((a.isRosa() ? workstation : rosa)).as(a.code()).doesNotContainKey(a.code());
            Recommendation bare = Recommendation.of(a.code(), 1, "text", "rule", "source");
            assertThat(SectionRenderers.shortAction(bare, ReportTexts.english())).as(a.code()).isNotBlank().doesNotContain("_")
                    .hasSizeLessThanOrEqualTo(40);
        }
    }

    @Test
    void shortActionsCarryTheMeasuredNumber() {
        Recommendation footrest = new Recommendation("FOOTREST", 70, "Use a footrest 9.5 cm high.",
                Recommendation.values("footrestHeightCm", 9.5), "rule", "source");
        assertThat(SectionRenderers.shortAction(footrest, ReportTexts.english())).isEqualTo("Footrest 9.5 cm high");
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("polish", (Supplier<AssessmentResult>) Fixtures::polish),
                Arguments.of("greek", (Supplier<AssessmentResult>) Fixtures::greek),
                Arguments.of("bronte", (Supplier<AssessmentResult>) Fixtures::bronte),
                Arguments.of("employee only", (Supplier<AssessmentResult>) Fixtures::employeeOnly),
                Arguments.of("rosa only", (Supplier<AssessmentResult>) Fixtures::rosaOnly),
                Arguments.of("all factors", (Supplier<AssessmentResult>) Fixtures::allFactors),
                Arguments.of("lifter only", (Supplier<AssessmentResult>) Fixtures::lifterOnly),
                Arguments.of("vibration only", (Supplier<AssessmentResult>) Fixtures::vibrationOnly));
    }

    /** The rule over all factors: amber or red comes with an action from that factor, or an assessor review. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyAmberOrRedFactorOfTheFixturesHasAnAction(String name, Supplier<AssessmentResult> fixture) {
        AssessmentResult r = fixture.get();
        for (FactorResult f : r.factors()) {
            if (f.risk() != Risk.LOW) {
                assertThat(!f.recommendations().isEmpty() || r.recommendations().stream().anyMatch(rec ->
                        rec.code().equals(AssessmentResult.ASSESSOR_REVIEW) && rec.rule().startsWith(f.key() + " ")))
                        .as(name + ": " + f.key() + " " + f.risk()).isTrue();
            }
        }
        if (r.overallRisk() != Risk.LOW) {
            assertThat(r.recommendations()).as(name).isNotEmpty();
        }
    }
}
