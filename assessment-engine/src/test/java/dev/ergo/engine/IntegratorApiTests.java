package dev.ergo.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.Sex;
import dev.ergo.model.SurveySection;
import dev.ergo.model.office.Workstation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What an HR system's code meets first: builders, null checks, the clock and privacy-safe toString. */
class IntegratorApiTests {
    private static final Employee PERSON = Employee.builder("E-1042").name("Łukasz Żółć").sex(Sex.M)
            .age(41).statureCm(162).build();

    @Test
    void numericBuilderMethodsTakeIntLiteralsAndNulls() {
        Workstation w = Workstation.builder().deskHeightCm(74).poplitealHeightCm(null).build();
        assertThat(w.deskHeightCm()).isEqualTo(74.0);
        assertThat(w.poplitealHeightCm()).isNull();
        assertThat(PERSON.statureCm()).isEqualTo(162.0);
    }

    @Test
    void toStringCarriesNoPersonalData() {
        AssessmentResult r = Assessor.create().assess(EmployeeSurvey.of(PERSON,
                Workstation.builder().deskHeightCm(74).build()));
        for (String s : new String[] {PERSON.toString(), EmployeeSurvey.of(PERSON).toString(), r.toString()}) {
            assertThat(s).contains("E-1042").doesNotContain("Łukasz", "162", "41", "M,", "sex", "stature");
        }
        assertThat(r.toString()).contains("overallRisk=");
    }

    @Test
    void aNullSectionIsNamedByItsPosition() {
        assertThatThrownBy(() -> EmployeeSurvey.of(PERSON, Workstation.builder().build(), (SurveySection) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("section 1 of employee E-1042 is null");
    }

    @Test
    void surveysWithoutADateAreAssessedOnTheClocksDay() {
        Clock clock = Clock.fixed(Instant.parse("2027-02-28T23:30:00Z"), ZoneOffset.UTC);
        Assessor assessor = Assessor.of(AssessmentOptions.builder().clock(clock).build());
        assertThat(assessor.assess(EmployeeSurvey.of(PERSON)).assessmentDate()).isEqualTo(LocalDate.of(2027, 2, 28));
        Assessor fixedDate = Assessor.of(AssessmentOptions.builder().clock(clock)
                .referenceDate(LocalDate.of(2026, 11, 24)).build());
        assertThat(fixedDate.assess(EmployeeSurvey.of(PERSON)).assessmentDate()).isEqualTo(LocalDate.of(2026, 11, 24));
    }
}
