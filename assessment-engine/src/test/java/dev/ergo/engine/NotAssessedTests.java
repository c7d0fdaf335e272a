package dev.ergo.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.SourceRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows the import rejected are data on the result and in the line (results format 1.1 extension). */
class NotAssessedTests {
    private static final List<SourceRow> ROWS = List.of(SourceRow.of("Lifting", 6), SourceRow.of("ROSA", 12));

    private static AssessmentResult assessed(List<SourceRow> rejected) {
        EmployeeSurvey survey = new EmployeeSurvey(ResultFixtures.employee("E1").build(),
                ResultFixtures.allFactors(), rejected);
        return ResultFixtures.ASSESSOR.assess(survey);
    }

    @Test
    void theSurveysRejectedRowsAreOnTheResultAndNothingElseChanges() {
        AssessmentResult with = assessed(ROWS);
        AssessmentResult without = assessed(List.of());
        assertThat(with.notAssessed()).containsExactlyElementsOf(ROWS);
        assertThat(without.notAssessed()).isEmpty();
        assertThat(with.notes()).isEqualTo(without.notes());
        assertThat(with.sections()).isEqualTo(without.sections());
        assertThat(with.withReviewIntervals(ReviewIntervals.of(1, 2, 3)).notAssessed()).isEqualTo(ROWS);
        assertThat(with.toString()).contains("notAssessed=2").doesNotContain("Lifting");
    }

    @Test
    void theLineCarriesThemAfterTheNotesAndReadsThemBack() {
        String line = assessed(ROWS).toJsonLine();
        assertThat(line).contains("\"notAssessed\":[{\"sheet\":\"Lifting\",\"row\":6},{\"sheet\":\"ROSA\",\"row\":12}]");
        assertThat(line.indexOf("\"notAssessed\"")).isGreaterThan(line.indexOf("\"notes\""));
        AssessmentResult read = ResultJson.parse(line);
        assertThat(read.notAssessed()).containsExactlyElementsOf(ROWS);
        assertThat(ResultJson.line(read, false)).isEqualTo(line);
    }

    @Test
    void aLineWithoutRejectedRowsHasNoKey() {
        String line = assessed(List.of()).toJsonLine();
        assertThat(line).doesNotContain("notAssessed");
        assertThat(ResultJson.parse(line).notAssessed()).isEmpty();
    }

    @Test
    void aBadRowNumberIsRefusedWithThePath() {
        String line = assessed(ROWS).toJsonLine().replace("\"row\":6", "\"row\":0");
        assertThatThrownBy(() -> ResultJson.parse(line)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notAssessed[0].row");
        String noSheet = assessed(ROWS).toJsonLine().replace("\"sheet\":\"Lifting\",", "");
        assertThatThrownBy(() -> ResultJson.parse(noSheet)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notAssessed[0].sheet");
    }

    @Test
    void theSurveyKeepsItsRejectedRowsWhenASectionIsAdded() {
        EmployeeSurvey s = new EmployeeSurvey(ResultFixtures.employee("E1").build(), List.of(), ROWS);
        assertThat(s.withSection(ResultFixtures.allFactors().get(0)).rejectedRows()).isEqualTo(ROWS);
        assertThat(EmployeeSurvey.of(ResultFixtures.employee("E1").build()).rejectedRows()).isEmpty();
        assertThat(s.withRejectedRows(List.of()).rejectedRows()).isEmpty();
        assertThat(s.toString()).contains("rejectedRows=2").doesNotContain("Lifting");
    }
}
