package dev.ergo.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.Sex;
import dev.ergo.model.office.Workstation;
import java.time.LocalDate;
import java.util.List;
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
        assertThat(line).startsWith("{\"employeeId\":\"E-1042\",\"formatVersion\":\"1.1\",\"toolkitVersion\":\""
                + ResultJson.toolkitVersion() + "\",\"language\":\"en\",\"assessmentDate\":\"2026-11-24\",\"overallRisk\":\"HIGH\"");
        assertThat(line).contains("\"factorsAssessed\":1,\"reviewDue\":\"2027-02-24\",");
        assertThat(line).contains("\"rosa\":{\"score\":6,\"chair\":6,\"monitorPhone\":5,\"mouseKeyboard\":6,");
        assertThat(line).contains("\"workstation\":{\"recommendedSeatHeightCm\":50.7", "\"footrestHeightCm\":9.5");
        assertThat(line).contains("\"recommendedDeskHeightCm\":null", "\"estimatedDimensions\":[\"buttock_popliteal_length_cm\"]");
        assertThat(line).contains("\"recommendations\":[{\"code\":\"SEAT_HEIGHT\"",
                "\"rosaNow\":6.0,\"rosaIfFixed\":6.0,\"rosaWithItemsAbove\":6.0}");
        assertThat(ResultJson.line(r, true)).contains("\"name\":\"Ελένη \\\"Q\\\"\"");
    }

    @Test
    @SuppressWarnings("removal")
    void deprecatedWriterStillEscapesAndWritesNonFiniteAsNull() {
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

    /** A section type of a library user, which writes itself as before 0.2. */
    @SuppressWarnings("removal")
    record OwnSection(String note) implements ResultSection {
        @Override
        public String key() {
            return "own";
        }

        @Override
        public void writeJson(JsonWriter json) {
            json.name(key()).beginObject().field("note", note).endObject();
        }

        @Override
        public void writeCsv(CsvRow row) {
            row.put("overall_risk", "OWN");
        }
    }

    /** A section type of a library user that does not write itself. */
    record SilentSection() implements ResultSection {
        @Override
        public String key() {
            return "silent";
        }
    }

    @Test
    void aLibraryUsersSectionStillWritesItselfIntoTheLine() {
        AssessmentResult base = ResultFixtures.nothingAssessed();
        AssessmentResult own = new AssessmentResult(base.employee(), base.assessmentDate(),
                List.of(new OwnSection("n\u2028")), base.notes());
        assertThat(own.toJsonLine()).contains(",\"own\":{\"note\":\"n\\u2028\"},\"recommendations\":[]");
        assertThat(Assessor.csvRow(own)).element(2).isEqualTo("OWN");
        AssessmentResult silent = new AssessmentResult(base.employee(), base.assessmentDate(),
                List.of(new SilentSection()), base.notes());
        assertThatThrownBy(silent::toJsonLine).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no codec for");
    }

    @Test
    @SuppressWarnings("removal")
    void deprecatedSectionWritersGiveWhatTheLineHolds() {
        AssessmentResult r = ResultFixtures.allFactors(ResultFixtures.ASSESSOR);
        String line = r.toJsonLine();
        for (ResultSection s : r.sections()) {
            JsonWriter w = new JsonWriter().beginObject();
            s.writeJson(w);
            String members = w.endObject().toString();
            assertThat(line).as(s.key()).contains(members.substring(1, members.length() - 1));
            CsvRow row = new CsvRow();
            s.writeCsv(row);
            assertThat(row.asMap()).as(s.key()).isNotEmpty().allSatisfy((column, value) ->
                    assertThat(Assessor.csvRow(r).get(Assessor.csvHeader().indexOf(column))).isEqualTo(value));
        }
    }

    @Test
    void recommendationValuesKeepTheirOrder() {
        java.util.Map<String, Double> v = Recommendation.values("z", 1, "a", 2.5, "m", 3.0);
        org.assertj.core.api.Assertions.assertThat(v.keySet()).containsExactly("z", "a", "m");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Recommendation.values("odd"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pairs");
    }
}
