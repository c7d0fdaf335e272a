package dev.ergo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.Sex;
import dev.ergo.model.office.Workstation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResultJsonTests {

    private final Assessor assessor =
            Assessor.of(AssessmentOptions.builder().referenceDate(LocalDate.of(2026, 11, 24)).build());

    @Test
    void lineHasTheContractKeysAndNoName() {
        Employee e = Employee.builder("E-1042").name("Ελένη \"Q\"").sex(Sex.F).build();
        AssessmentResult r = assessor.assess(EmployeeSurvey.of(e, AssessorTests.rosaD3(),
                Workstation.builder().poplitealHeightCm(38.7).elbowRestHeightCm(23.3).eyeHeightSittingCm(74.8)
                        .shoeAllowanceCm(2.5).keyboardHeightAboveDeskCm(0.0).deskHeightCm(74.0).build()));
        String line = r.toJsonLine();
        assertThat(line).doesNotContain("\n").doesNotContain("Ελένη");
        assertThat(line).startsWith("{\"employeeId\":\"E-1042\",\"assessmentDate\":\"2026-11-24\",\"overallRisk\":\"HIGH\"");
        assertThat(line).contains("\"rosa\":{\"score\":6,\"chair\":6,\"monitorPhone\":5,\"mouseKeyboard\":6,");
        assertThat(line).contains("\"workstation\":{\"recommendedSeatHeightCm\":50.7", "\"footrestHeightCm\":9.5");
        assertThat(line).contains("\"recommendedDeskHeightCm\":null", "\"estimatedDimensions\":[\"buttock_popliteal_length_cm\"]");
        assertThat(line).contains("\"recommendations\":[{\"code\":\"SEAT_HEIGHT\"",
                "\"rosaNow\":6.0,\"rosaIfFixed\":6.0,\"rosaWithItemsAbove\":6.0}");
        assertThat(ResultJson.line(r, true)).contains("\"name\":\"Ελένη \\\"Q\\\"\"");
    }

    @Test
    void writerEscapesAndWritesNonFiniteAsNull() {
        String s = new JsonWriter().beginObject()
                .field("a", "x\n\u0001\\")
                .field("nan", Double.NaN)
                .field("inf", Double.POSITIVE_INFINITY)
                .field("d", 0.1 + 0.2)
                .field("whole", 3.0)
                .field("i", 7)
                .name("arr").beginArray().value("p").value(1.5).endArray()
                .endObject().toString();
        assertThat(s).isEqualTo("{\"a\":\"x\\n\\u0001\\\\\",\"nan\":null,\"inf\":null,\"d\":0.30000000000000004,"
                + "\"whole\":3.0,\"i\":7,\"arr\":[\"p\",1.5]}");
    }

    @Test
    void recommendationValuesKeepTheirOrder() {
        java.util.Map<String, Double> v = Recommendation.values("z", 1, "a", 2.5, "m", 3.0);
        org.assertj.core.api.Assertions.assertThat(v.keySet()).containsExactly("z", "a", "m");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Recommendation.values("odd"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pairs");
    }
}
