package dev.ergo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.office.RosaResult;
import dev.ergo.model.Employee;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The toolkit rule: every amber or red factor comes with something to do (issue #15). */
class ReviewTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    /** A ROSA result as {@link dev.ergo.engine.office.Rosa#score} returns it: no recommendations. */
    private static RosaResult rosa(int score) {
        return new RosaResult(score, score, 1, 1, 1, 1, 1, 1, 1, 2, 0, 1, 1, 1, 1, List.of());
    }

    private static AssessmentResult result(ResultSection... sections) {
        return new AssessmentResult(Employee.builder("R-9").build(), DAY, List.of(sections), List.of());
    }

    /** A factor of another kind, to check the generic wording. */
    private static FactorResult factor(Risk risk, List<Recommendation> recs) {
        return new FactorResult() {
            @Override
            public Risk risk() {
                return risk;
            }

            @Override
            public String method() {
                return "test method";
            }

            @Override
            public String key() {
                return "handArmVibration";
            }

            @Override
            public void writeJson(JsonWriter json) {}

            @Override
            public void writeCsv(CsvRow row) {}

            @Override
            public List<Recommendation> recommendations() {
                return recs;
            }
        };
    }

    @Test
    void aRedFactorWithoutAdviceGetsAnAssessorReviewNamingItsDriver() {
        AssessmentResult r = result(rosa(5));
        assertThat(r.recommendations()).singleElement().satisfies(rec -> {
            assertThat(rec.code()).isEqualTo(AssessmentResult.ASSESSOR_REVIEW);
            assertThat(rec.text()).startsWith("Ask your assessor to review your ROSA score of 5 (chair 5,")
                    .contains("HIGH (red)");
            assertThat(rec.rule()).isEqualTo("rosa is HIGH and its method gave no recommendation");
            assertThat(rec.source()).startsWith("Toolkit rule (not a published criterion)");
        });
    }

    @Test
    void theReviewRuleNamesTheFactorAndItsLightInTheEmployeesLanguage() {
        List<FactorResult> factors = List.of(rosa(5), factor(Risk.MEDIUM, List.of()));
        List<Recommendation> recs = dev.ergo.engine.internal.Reviews.missing(factors, java.util.Locale.GERMAN);
        dev.ergo.model.text.Texts de = dev.ergo.engine.internal.EngineTexts.MESSAGES.in(java.util.Locale.GERMAN);
        dev.ergo.model.text.Texts pl = dev.ergo.engine.internal.EngineTexts.MESSAGES.in(java.util.Locale.forLanguageTag("pl"));

        assertThat(recs).extracting(Recommendation::rule).containsExactly(
                "rosa is HIGH and its method gave no recommendation",
                "handArmVibration is MEDIUM and its method gave no recommendation");
        assertThat(recs).extracting(r -> r.rule(de)).containsExactly(
                "ROSA: HOCH, und das Verfahren ergab keine Empfehlung",
                "Hand-Arm-Vibrationen: MITTEL, und das Verfahren ergab keine Empfehlung");
        assertThat(recs.get(1).rule(pl))
                .isEqualTo("Drgania przenoszone przez kończyny górne: ŚREDNIE, a metoda nie dała żadnego zalecenia");
    }

    @Test
    void amberIsTheLowestLightThatNeedsAnAction() {
        assertThat(result(rosa(4)).recommendations()).extracting(Recommendation::code)
                .containsExactly(AssessmentResult.ASSESSOR_REVIEW);
        assertThat(result(rosa(3)).recommendations()).isEmpty();
    }

    @Test
    void aFactorWithItsOwnAdviceGetsNoReview() {
        Recommendation own = Recommendation.of("HAV_LIMIT_TIME", 101, "Limit the time.", "rule", "source");
        assertThat(result(factor(Risk.HIGH, List.of(own))).recommendations()).containsExactly(own);
    }

    @Test
    void anyFactorKindIsCoveredAndNamedByItsKey() {
        AssessmentResult r = result(factor(Risk.MEDIUM, List.of()), rosa(2));
        assertThat(r.recommendations()).singleElement().satisfies(rec -> {
            assertThat(rec.text()).startsWith("Ask your assessor to review the hand arm vibration result: it is"
                    + " MEDIUM (amber)");
            assertThat(rec.priority()).isGreaterThan(200);
        });
    }
}
