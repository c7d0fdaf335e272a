package dev.ergo.libraryuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.engine.FactorResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import dev.ergo.engine.lifting.LiftingResult;
import dev.ergo.engine.office.RosaResult;
import dev.ergo.engine.office.RosaTables;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.xlsx.ImportResult;
import dev.ergo.xlsx.SurveyImporter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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

    /** Issue #15: no amber or red employee of the sample is left without something to do. */
    @Test
    void everyAmberOrRedFactorInTheSampleHasAnActionFromThatFactor() {
        ImportResult r = SurveyImporter.create().read(Path.of("..", "examples", "sample-survey.xlsx"));
        Assessor assessor = Assessor.of(AssessmentOptions.builder().referenceDate(LocalDate.of(2026, 11, 24)).build());
        int amberOrRed = 0;
        for (EmployeeSurvey s : r.surveys()) {
            AssessmentResult result = assessor.assess(s);
            assertEveryAmberOrRedFactorHasAnAction(result);
            if (result.overallRisk() != Risk.LOW) {
                amberOrRed++;
            }
            // the sample's office, posture, lifting, vibration, repetitive and contact rows all have method-based fixes
            assertThat(result.recommendations()).as(s.employee().id())
                    .noneMatch(rec -> rec.code().equals(AssessmentResult.ASSESSOR_REVIEW));
        }
        assertThat(amberOrRed).isEqualTo(12); // 10 HIGH and 2 MEDIUM, as the README's run shows
    }

    @Test
    void theSampleAgentWithOnlyRosaIsToldToUseAHeadsetWhichBringsHerBelowTheActionLevel() {
        ImportResult r = SurveyImporter.create().read(Path.of("..", "examples", "sample-survey.xlsx"));
        EmployeeSurvey e1012 = r.surveys().stream().filter(s -> s.employee().id().equals("E1012")).findFirst()
                .orElseThrow();
        AssessmentResult result = Assessor.create().assess(e1012);
        RosaResult rosa = result.section(RosaResult.class).orElseThrow();
        assertThat(result.factors()).containsExactly(rosa);
        assertThat(rosa.score()).isEqualTo(5);
        assertThat(result.recommendations()).isEqualTo(rosa.recommendations()).isNotEmpty();
        assertThat(result.recommendations().get(0).code()).isEqualTo("ROSA_PHONE_HEADSET");
        assertThat(rosa.itemsToScoreBelow(RosaTables.ACTION_LEVEL)).hasValue(1);
    }

    /** The rule over all factors: from that factor, or an assessor review naming it. */
    static void assertEveryAmberOrRedFactorHasAnAction(AssessmentResult result) {
        List<Recommendation> all = result.recommendations();
        for (FactorResult f : result.factors()) {
            if (f.risk() == Risk.LOW) {
                continue;
            }
            boolean own = !f.recommendations().isEmpty() && all.containsAll(f.recommendations());
            boolean review = all.stream().anyMatch(rec -> rec.code().equals(AssessmentResult.ASSESSOR_REVIEW)
                    && rec.rule().startsWith(f.key() + " is " + f.risk().name()));
            assertThat(own || review).as(result.employee().id() + " " + f.key() + " " + f.risk()).isTrue();
        }
        if (result.overallRisk() != Risk.LOW) {
            assertThat(all).as(result.employee().id()).isNotEmpty();
        }
    }
}
