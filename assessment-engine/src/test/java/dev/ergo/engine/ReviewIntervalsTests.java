package dev.ergo.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewIntervalsTests {

    @Test
    void defaultsAreThreeTwelveAndTwentyFourMonths() {
        assertThat(ReviewIntervals.DEFAULT.months(Risk.HIGH)).isEqualTo(3);
        assertThat(ReviewIntervals.DEFAULT.months(Risk.MEDIUM)).isEqualTo(12);
        assertThat(ReviewIntervals.DEFAULT.months(Risk.LOW)).isEqualTo(24);
        assertThat(AssessmentOptions.DEFAULT.reviewIntervals()).isEqualTo(ReviewIntervals.DEFAULT);
    }

    @Test
    void dueDateAddsTheLightsMonthsAndClampsToTheMonthsEnd() {
        assertThat(ReviewIntervals.DEFAULT.dueDate(LocalDate.of(2026, 3, 10), Risk.HIGH)).isEqualTo("2026-06-10");
        assertThat(ReviewIntervals.DEFAULT.dueDate(LocalDate.of(2026, 11, 30), Risk.HIGH)).isEqualTo("2027-02-28");
        assertThat(ReviewIntervals.DEFAULT.dueDate(LocalDate.of(2028, 2, 29), Risk.MEDIUM)).isEqualTo("2029-02-28");
        assertThat(ReviewIntervals.DEFAULT.dueDate(LocalDate.of(2026, 3, 10), Risk.LOW)).isEqualTo("2028-03-10");
    }

    @Test
    void parseReadsThreeNumbersInLightOrder() {
        assertThat(ReviewIntervals.parse("1, 6 ,36")).isEqualTo(ReviewIntervals.of(1, 6, 36));
    }

    @Test
    void oneAndOneHundredTwentyMonthsAreTheBounds() {
        assertThat(ReviewIntervals.of(1, 1, 1).months(Risk.LOW)).isEqualTo(1);
        assertThat(ReviewIntervals.of(120, 120, 120).months(Risk.HIGH)).isEqualTo(120);
        assertThatThrownBy(() -> ReviewIntervals.of(0, 12, 24)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("highMonths must be between 1 and 120 but was 0");
        assertThatThrownBy(() -> ReviewIntervals.of(3, 12, 121)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lowMonths must be between 1 and 120 but was 121");
    }

    @Test
    void equalIntervalsAreAllowedButALighterLightIsNotReviewedSooner() {
        assertThat(ReviewIntervals.of(12, 12, 12)).isNotNull();
        assertThatThrownBy(() -> ReviewIntervals.of(12, 6, 24)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mediumMonths must be at least highMonths (12) but was 6");
        assertThatThrownBy(() -> ReviewIntervals.of(3, 12, 11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lowMonths must be at least mediumMonths (12) but was 11");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3,12", "3,12,24,36", "3,,24", "3,x,24", "3,-1,24", "3,1.5,24", "99999,1,1"})
    void badTextIsRefusedNamingThePart(String text) {
        assertThatThrownBy(() -> ReviewIntervals.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching(".*(three numbers|must be a whole number|must be).*");
    }

    @Test
    void parseNamesTheLightOfABadNumber() {
        assertThatThrownBy(() -> ReviewIntervals.parse("3,x,24")).hasMessage("months for MEDIUM must be a whole number but was 'x'");
        assertThatThrownBy(() -> ReviewIntervals.parse("3,12")).hasMessageStartingWith("expected three numbers");
    }

    @Test
    void theAssessorSetsReviewDueFromItsOptionsAndNoneWithoutAFactor() {
        LocalDate day = LocalDate.of(2026, 11, 24);
        Assessor custom = Assessor.of(AssessmentOptions.builder().referenceDate(day)
                .reviewIntervals(ReviewIntervals.of(1, 2, 6)).build());
        AssessmentResult all = ResultFixtures.allFactors(custom);
        assertThat(all.overallRisk()).isEqualTo(Risk.HIGH);
        assertThat(all.reviewDue()).isEqualTo(all.assessmentDate().plusMonths(1));
        assertThat(ResultFixtures.allFactors(ResultFixtures.ASSESSOR).reviewDue())
                .isEqualTo(ResultFixtures.allFactors(ResultFixtures.ASSESSOR).assessmentDate().plusMonths(3));
        assertThat(ResultFixtures.nothingAssessed().reviewDue()).isNull();
        assertThat(ResultFixtures.nothingAssessed().toJsonLine()).doesNotContain("reviewDue");
        assertThat(all.withReviewIntervals(ReviewIntervals.DEFAULT).reviewDue())
                .isEqualTo(all.assessmentDate().plusMonths(3));
    }

    @Test
    void aReviewDateWithoutAFactorOrBeforeTheAssessmentIsRefused() {
        AssessmentResult none = ResultFixtures.nothingAssessed();
        assertThatThrownBy(() -> new AssessmentResult(none.employee(), none.assessmentDate(), none.sections(),
                none.notes(), none.assessmentDate())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reviewDue must be absent");
        AssessmentResult all = ResultFixtures.allFactors(ResultFixtures.ASSESSOR);
        assertThatThrownBy(() -> new AssessmentResult(all.employee(), all.assessmentDate(), all.sections(),
                all.notes(), all.assessmentDate().minusDays(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be before assessmentDate");
    }
}
