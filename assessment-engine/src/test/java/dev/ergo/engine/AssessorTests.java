package dev.ergo.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.engine.office.RosaResult;
import dev.ergo.engine.office.WorkstationResult;
import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.Sex;
import dev.ergo.model.SourceRow;
import dev.ergo.model.office.RosaChecklist;
import dev.ergo.model.office.Workstation;
import dev.ergo.model.lifting.LiftingTask;
import dev.ergo.model.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessorTests {

    static RosaChecklist rosaD3() {
        return RosaChecklist.builder()
                .seatHeight(2).seatHeightNonAdjustable(true).seatDepth(2)
                .armrest(2).armrestHard(true).backSupport(2).backSupportWorkSurfaceTooHigh(true)
                .chairHoursPerDay(8.0)
                .monitor(2).monitorNoDocumentHolder(true).monitorHoursPerDay(8.0)
                .phone(1).phoneNeckShoulderHold(true).phoneNoHandsFree(true).phoneHoursPerDay(2.0)
                .mouse(2).mouseDifferentSurface(true).mouseHoursPerDay(8.0)
                .keyboard(2).keyboardTooHigh(true).keyboardHoursPerDay(8.0)
                .build();
    }

    private final Assessor assessor =
            Assessor.of(AssessmentOptions.builder().referenceDate(LocalDate.of(2026, 11, 24)).build());

    @Test
    void assessesRosaAndWorkstationAndTakesTheWorstLight() {
        Employee e = Employee.builder("E-1").sex(Sex.F).statureCm(162.0).build();
        AssessmentResult r = assessor.assess(EmployeeSurvey.of(e, rosaD3(), Workstation.builder().deskHeightCm(74.0).build()));
        assertThat(r.section(RosaResult.class)).get().extracting(RosaResult::score).isEqualTo(6);
        assertThat(r.section(WorkstationResult.class)).isPresent();
        assertThat(r.overallRisk()).isEqualTo(Risk.HIGH);
        assertThat(r.assessmentDate()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(r.notes()).anyMatch(n -> n.contains("estimate"));
    }

    @Test
    void employeeWithoutSectionsIsLowWithNoFactors() {
        AssessmentResult r = assessor.assess(EmployeeSurvey.of(Employee.builder("E-2").build()));
        assertThat(r.factors()).isEmpty();
        assertThat(r.overallRisk()).isEqualTo(Risk.LOW);
        assertThat(r.recommendations()).isEmpty();
    }

    @Test
    void invalidRecordsAreReportedWithPropertyAndRange() {
        Employee e = Employee.builder("E-3").age(12).statureCm(250.0).origin(SourceRow.of("Employees", 4)).build();
        Workstation w = Workstation.builder().poplitealHeightCm(75.0).deskHeightMinCm(80.0).deskHeightMaxCm(70.0).build();
        assertThatThrownBy(() -> assessor.assess(EmployeeSurvey.of(e, w)))
                .isInstanceOf(InvalidSurveyException.class)
                .satisfies(ex -> {
                    List<Violation> v = ((InvalidSurveyException) ex).problems();
                    assertThat(v).extracting(Violation::property)
                            .containsExactlyInAnyOrder("age", "statureCm", "poplitealHeightCm", "deskRangeOrdered");
                    assertThat(v).filteredOn(x -> x.property().equals("poplitealHeightCm"))
                            .first().extracting(Violation::message).isEqualTo("must be between 30 and 60 cm");
                    assertThat(v).filteredOn(x -> x.property().equals("age"))
                            .first().extracting(Violation::origin).isEqualTo(SourceRow.of("Employees", 4));
                });
    }

    @Test
    void rangeBoundsAreInclusive() {
        assertThat(assessor.validator().validateRecord(Workstation.builder().poplitealHeightCm(30.0).build())).isEmpty();
        assertThat(assessor.validator().validateRecord(Workstation.builder().poplitealHeightCm(60.0).build())).isEmpty();
        assertThat(assessor.validator().validateRecord(Workstation.builder().poplitealHeightCm(29.99).build())).hasSize(1);
        assertThat(assessor.validator().validateRecord(Workstation.builder().poplitealHeightCm(60.01).build())).hasSize(1);
        assertThat(assessor.validator().validateRecord(Workstation.builder().poplitealHeightCm(Double.NaN).build())).hasSize(1);
    }

    @Test
    void rosaRequiresBaseScoresAndHours() {
        List<Violation> v = assessor.validator().validateRecord(RosaChecklist.builder().seatHeight(4).buildIncomplete());
        assertThat(v).extracting(Violation::property).contains("seatHeight", "seatDepth", "chairHoursPerDay",
                "keyboardHoursPerDay");
        assertThat(v).filteredOn(x -> x.property().equals("seatDepth")).first().extracting(Violation::message)
                .isEqualTo("must not be null");
    }

    @Test
    void violationsNameTheirPlaceInTheSurveyTheirCodeAndBounds() {
        LiftingTask ok = lift("A", 10.0);
        LiftingTask heavy = lift("B", 500.0);
        EmployeeSurvey survey = EmployeeSurvey.of(Employee.builder("E1").build(), ok, heavy);
        List<Violation> v = Assessor.create().validator().validate(survey);
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("liftingTasks[1].loadKg");
            assertThat(x.property()).isEqualTo("loadKg");
            assertThat(x.code()).isEqualTo("InRange");
            assertThat(x.attributes()).containsEntry("unit", "kg").containsKeys("min", "max");
            assertThat(x.invalidValue()).isEqualTo(500.0);
        });
        assertThatThrownBy(() -> Assessor.create().assess(survey))
                .isInstanceOfSatisfying(InvalidSurveyException.class,
                        e -> assertThat(e.problems()).extracting(Violation::path).containsExactly("liftingTasks[1].loadKg"));
    }

    private static LiftingTask lift(String task, double kg) {
        return LiftingTask.builder().task(task).loadKg(kg).hOriginCm(40.0).vOriginCm(30.0)
                .vDestinationCm(80.0).frequencyPerMin(1.0).durationHours(1.0)
                .coupling(dev.ergo.model.lifting.Coupling.GOOD).build();
    }

    @Test
    void employeeViolationsArePrefixedWithEmployee() {
        assertThat(Assessor.create().validator().validate(EmployeeSurvey.of(Employee.builder(" ").build())))
                .extracting(Violation::path).containsExactly("employee.id");
    }

    @Test
    void hostSuppliedValidatorIsUsed() {
        jakarta.validation.Validator host = dev.ergo.model.validation.SurveyValidator.libraryValidator();
        Assessor a = Assessor.of(AssessmentOptions.builder().validator(host).build());
        assertThat(a.options().validator()).isSameAs(host);
        assertThat(a.validator().validateRecord(Employee.builder("").build())).extracting(Violation::property).containsExactly("id");
    }

    @Test
    void optionsValidateEagerlyNamingFieldAndValue() {
        assertThatThrownBy(() -> AssessmentOptions.builder().defaultShoeAllowanceCm(9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("defaultShoeAllowanceCm must be between 0 and 8 but was 9.0");
    }

    @Test
    void csvRowFollowsTheHeader() {
        AssessmentResult r = assessor.assess(EmployeeSurvey.of(Employee.builder("E-4").build(), rosaD3()));
        List<String> header = Assessor.csvHeader();
        List<String> row = Assessor.csvRow(r);
        assertThat(row).hasSameSizeAs(header);
        assertThat(row.get(header.indexOf("rosa_score"))).isEqualTo("6");
        assertThat(row.get(header.indexOf("overall_risk"))).isEqualTo("HIGH");
        assertThat(row.get(header.indexOf("footrest_height_cm"))).isEmpty();
    }

    @Test
    void csvRowCountsTheFactorsAssessedSoNoFactorRowsIsNotReadAsLow() {
        List<String> header = Assessor.csvHeader();
        assertThat(header.subList(0, 4)).containsExactly("employee_id", "assessment_date", "overall_risk",
                "factors_assessed");
        List<String> none = Assessor.csvRow(ResultFixtures.nothingAssessed());
        assertThat(none.subList(2, 4)).containsExactly("LOW", "0");
        List<String> all = Assessor.csvRow(ResultFixtures.allFactors(ResultFixtures.ASSESSOR));
        assertThat(all.get(3)).isEqualTo("8"); // ROSA, posture, lifting, two vibrations, two repetitive, contact
        AssessmentResult rosaOnly = assessor.assess(EmployeeSurvey.of(Employee.builder("E-5").build(), rosaD3()));
        assertThat(Assessor.csvRow(rosaOnly).get(3)).isEqualTo("1");
    }
}
