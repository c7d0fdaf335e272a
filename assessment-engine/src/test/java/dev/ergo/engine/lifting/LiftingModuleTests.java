package dev.ergo.engine.lifting;

import dev.ergo.engine.internal.lifting.LiftingAdvice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.Sex;
import dev.ergo.model.lifting.Coupling;
import dev.ergo.model.lifting.LiftingTask;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiftingModuleTests {
    private static final Assessor ASSESSOR =
            Assessor.of(AssessmentOptions.builder().referenceDate(LocalDate.of(2026, 11, 24)).build());

    private static LiftingTask vector1(String name) {
        return LiftingEquationTests.task(15, 40, 30, 80, 30, 2, 1.5, Coupling.FAIR).task(name).build();
    }

    @Test
    void singleTaskGivesLiRiskAndRedesignAdviceRankedByGain() {
        AssessmentResult r = ASSESSOR.assess(EmployeeSurvey.of(Employee.builder("W-1").build(), vector1("Box to shelf")));
        LiftingResult lifting = r.section(LiftingResult.class).orElseThrow();
        assertThat(lifting.risk()).isEqualTo(Risk.MEDIUM);
        assertThat(lifting.compositeLi()).isNull();
        Recommendation first = lifting.recommendations().get(0);
        assertThat(first.code()).isEqualTo("LIFT_HORIZONTAL");
        assertThat(first.text()).isEqualTo("Task \"Box to shelf\": bring the load closer to the body: H 40 → 25 cm"
                + " raises the recommended weight limit from 8.2 to 13.1 kg.");
        assertThat(lifting.recommendations()).extracting(Recommendation::code).contains("LIFT_LOAD");
        assertThat(lifting.recommendations()).hasSizeLessThanOrEqualTo(LiftingAdvice.MAX_CHANGES_PER_TASK + 1);
    }

    @Test
    void multiTaskJsonCarriesCompositeIndexAndContractKeys() {
        LiftingTask second = LiftingEquationTests.task(8, 30, 75, 100, 0, 4, 0.5, Coupling.GOOD).task("Bag to belt").build();
        AssessmentResult r = ASSESSOR.assess(EmployeeSurvey.of(Employee.builder("W-2").build(), vector1("Box"), second));
        LiftingResult lifting = r.section(LiftingResult.class).orElseThrow();
        assertThat(lifting.duration()).isEqualTo(DurationCategory.MODERATE);
        assertThat(lifting.compositeLi()).isNotNull().isGreaterThanOrEqualTo(lifting.tasks().get(0).stli());
        String json = r.toJsonLine();
        assertThat(json).contains("\"lifting\":{\"tasks\":[{\"task\":\"Box\",\"rwl\":", "\"li\":", "\"fili\":",
                "\"stli\":", "\"hm\":0.625", "\"compositeLi\":", "\"risk\":\"", "\"loadConstantKg\":23.0",
                "\"durationCategory\":\"MODERATE\"");
    }

    @Test
    void noSafeLoadIsHighWithNullLiAndNoInfinity() {
        LiftingTask far = LiftingEquationTests.task(5, 70, 75, 75, 0, 1, 1, Coupling.GOOD).task("Reach").build();
        AssessmentResult r = ASSESSOR.assess(EmployeeSurvey.of(Employee.builder("W-3").build(), far, vector1("Box")));
        LiftingResult lifting = r.section(LiftingResult.class).orElseThrow();
        assertThat(lifting.risk()).isEqualTo(Risk.HIGH);
        assertThat(lifting.compositeLi()).isNull();
        assertThat(lifting.compositeUndefined()).isTrue();
        String json = r.toJsonLine();
        assertThat(json).contains("\"li\":null", "\"noSafeLoad\":true", "\"compositeLi\":null")
                .doesNotContain("Infinity", "NaN");
        assertThat(lifting.recommendations()).extracting(Recommendation::code).contains("LIFT_NO_SAFE_LOAD");
        assertThat(lifting.recommendations().get(0).text()).contains("70 cm in front of the body, over 63 cm");
    }

    @ParameterizedTest(name = "LI {0} → {1}")
    @CsvSource({"0.5, LOW", "1.0, LOW", "1.0001, MEDIUM", "3.0, MEDIUM", "3.0001, HIGH"})
    void liBandsAreLowUpToOneAndHighAboveThree(double li, Risk expected) {
        assertThat(LiftingResult.riskOf(li)).isEqualTo(expected);
    }

    @Test
    void loadConstantCanFollowReferenceMassesBySexAndAge() {
        LoadConstant rule = LoadConstant.bySexAndAge(25, 20, 20, 15, 18, 46, "user-supplied ISO 11228-1 table");
        Assessor iso = Assessor.of(AssessmentOptions.builder().set(LiftingSettings.LOAD_CONSTANT, rule).build());
        Employee woman = Employee.builder("W-4").sex(Sex.F).age(30).build();
        LiftingResult r = iso.assess(EmployeeSurvey.of(woman, vector1("Box"))).section(LiftingResult.class).orElseThrow();
        assertThat(r.loadConstantKg()).isEqualTo(20);
        assertThat(r.tasks().get(0).rwl()).isCloseTo(8.16 * 20 / 23, within(0.01));
        assertThat(r.loadConstant()).contains("20 kg", "user-supplied");
        assertThat(r.loadConstant(dev.ergo.engine.internal.EngineTexts.MESSAGES.in(java.util.Locale.GERMAN)))
                .as("a user's label stays as given").isEqualTo(r.loadConstant());
        assertThat(rule.kg(Employee.builder("x").sex(Sex.M).age(50).build())).isEqualTo(20);
        assertThat(rule.kg(Employee.builder("y").sex(Sex.M).age(45).build())).isEqualTo(25);
        assertThat(rule.kg(Employee.builder("z").build())).isEqualTo(15);
        assertThat(ASSESSOR.assess(EmployeeSurvey.of(woman, vector1("Box"))).section(LiftingResult.class).orElseThrow()
                .loadConstant()).isEqualTo("NIOSH load constant 23 kg");
    }

    @Test
    void theNioshLoadConstantIsWordedInTheEmployeesLanguage() {
        LiftingResult r = ASSESSOR.assess(EmployeeSurvey.of(Employee.builder("W-5").build(), vector1("Box")))
                .section(LiftingResult.class).orElseThrow();

        assertThat(r.loadConstant()).isEqualTo("NIOSH load constant 23 kg");
        assertThat(r.loadConstant(dev.ergo.engine.internal.EngineTexts.english())).isEqualTo(r.loadConstant());
        assertThat(r.loadConstant(dev.ergo.engine.internal.EngineTexts.MESSAGES.in(java.util.Locale.GERMAN)))
                .isEqualTo("NIOSH-Lastkonstante 23 kg");
        assertThat(r.loadConstant(dev.ergo.engine.internal.EngineTexts.MESSAGES.in(java.util.Locale.forLanguageTag("pl"))))
                .isEqualTo("stała ciężaru NIOSH 23 kg");
    }

    @Test
    void liftingRowsAreValidated() {
        LiftingTask bad = LiftingTask.builder().task("x").loadKg(12.0).loadMaxKg(10.0).hOriginCm(30.0).vOriginCm(75.0)
                .frequencyPerMin(1.0).durationHours(9.0).coupling(Coupling.GOOD).buildIncomplete();
        assertThat(ASSESSOR.validator().validateRecord(bad)).extracting(v -> v.property())
                .containsExactlyInAnyOrder("durationHours", "maxLoadNotBelowLoad", "vDestinationCm");
    }
}
