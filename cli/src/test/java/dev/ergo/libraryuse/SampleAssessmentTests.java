package dev.ergo.libraryuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.Assessor;
import dev.ergo.engine.lifting.LiftingResult;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.xlsx.ImportResult;
import dev.ergo.xlsx.SurveyImporter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The committed sample, imported and then assessed: the importer hands the engine only valid surveys. */
class SampleAssessmentTests {

    @Test
    void everyImportedSurveyIsAssessedAndTheSampleLiftingTasksScoreAsDesigned() {
        ImportResult r = SurveyImporter.create().read(Path.of("..", "examples", "sample-survey.xlsx"));
        Assessor assessor = Assessor.of(AssessmentOptions.builder().referenceDate(LocalDate.of(2026, 11, 24)).build());
        for (EmployeeSurvey s : r.surveys()) {
            assertThat(assessor.validator().validate(s)).as(s.employee().id()).isEmpty();
            assertThat(assessor.assess(s).toJsonLine()).as(s.employee().id()).isNotBlank();
        }
        Map<String, EmployeeSurvey> byId = r.surveys().stream()
                .collect(Collectors.toMap(s -> s.employee().id(), Function.identity()));
        LiftingResult multiTask = assessor.assess(byId.get("E2001")).section(LiftingResult.class).orElseThrow();
        assertThat(multiTask.tasks()).hasSize(3);
        assertThat(multiTask.compositeLi()).isGreaterThan(1.0);
        LiftingResult single = assessor.assess(byId.get("E2003")).section(LiftingResult.class).orElseThrow();
        assertThat(single.tasks()).singleElement().satisfies(t -> assertThat(t.li()).isGreaterThan(1.0));
        assertThat(single.compositeLi()).isNull();
    }
}
