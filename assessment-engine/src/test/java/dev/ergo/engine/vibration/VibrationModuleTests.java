package dev.ergo.engine.vibration;

import static dev.ergo.engine.vibration.MiniJson.array;
import static dev.ergo.engine.vibration.MiniJson.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.SurveySection;
import dev.ergo.model.vibration.VibrationSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The vibration sections in the assessment, results.jsonl and results.csv (results-json.md). */
class VibrationModuleTests {

    private final Assessor assessor =
            Assessor.of(AssessmentOptions.builder().referenceDate(LocalDate.of(2026, 11, 24)).build());

    private AssessmentResult assess(SurveySection... sections) {
        return assessor.assess(EmployeeSurvey.of(Employee.builder("E-7").build(), sections));
    }

    private static Map<String, Object> json(AssessmentResult r) {
        return object(MiniJson.parse(r.toJsonLine()));
    }

    @Test
    void handArmContractKeysAndValues() {
        // §5.3 V4 current HSE spreadsheet guide [C]
        AssessmentResult r = assess(VibrationSource.ofHandArm("1-inch impact wrench", 10, 0.25),
                VibrationSource.ofHandArm("grinder", 6, 0.5), VibrationSource.ofHandArmAxes("sander", 1.5, 3, 1, 1.5));
        Map<String, Object> hav = object(json(r).get("handArmVibration"));
        assertThat(hav.keySet()).containsExactly("a8", "points", "risk", "exposureActionValue", "exposureLimitValue", "sources");
        assertThat(hav.get("points")).isEqualTo(122.75);
        assertThat((Double) hav.get("a8")).isBetween(2.765, 2.775);
        assertThat(hav.get("risk")).isEqualTo("MEDIUM");
        List<Object> sources = array(hav.get("sources"));
        assertThat(sources).hasSize(3);
        Map<String, Object> first = object(sources.get(0));
        assertThat(first.keySet()).containsExactly("source", "a8", "points", "hoursToEav", "hoursToElv", "ahv",
                "ahvFromAxes", "hours", "pointsPerHour", "risk");
        assertThat(first).containsEntry("source", "1-inch impact wrench").containsEntry("points", 50.0)
                .containsEntry("hoursToEav", 0.5).containsEntry("hoursToElv", 2.0).containsEntry("ahv", 10.0)
                .containsEntry("ahvFromAxes", false).containsEntry("hours", 0.25).containsEntry("pointsPerHour", 200.0)
                .containsEntry("risk", "LOW");
        assertThat(object(sources.get(2))).containsEntry("ahv", 3.5).containsEntry("ahvFromAxes", true);
        assertThat(json(r)).doesNotContainKey("wholeBodyVibration");
        assertThat(r.overallRisk()).isEqualTo(Risk.MEDIUM);
        assertThat(r.factors()).hasSize(1);
    }

    @Test
    void wholeBodyContractKeysAndValues() {
        // §5.4 ex.1 [C] with a measured VDV of 7.0 over 2 h on a second source
        AssessmentResult r = assess(VibrationSource.ofWholeBody("forklift", 0.30, 0.35, 0.50, 6.0),
                VibrationSource.ofWholeBody("loader", 0.1, 0.1, 0.2, 2.0).withVdv(7.0, 2.0));
        Map<String, Object> wbv = object(json(r).get("wholeBodyVibration"));
        assertThat(wbv.keySet()).containsExactly("a8", "dominantAxis", "points", "vdv", "risk", "a8Risk", "vdvRisk",
                "a8X", "a8Y", "a8Z", "pointsX", "pointsY", "pointsZ", "vdvIncludesEstimates", "estimatedVdv",
                "exposureActionValue", "exposureLimitValue", "sources");
        assertThat(wbv).containsEntry("dominantAxis", "z").containsEntry("vdvIncludesEstimates", true)
                .containsEntry("a8Risk", "LOW").containsEntry("exposureLimitValue", 1.15);
        assertThat(wbv.get("vdv")).isInstanceOf(Double.class);
        Map<String, Object> forklift = object(array(wbv.get("sources")).get(0));
        assertThat(forklift.keySet()).containsExactly("source", "a8", "dominantAxis", "points", "hoursToEav",
                "hoursToElv", "vdv", "risk", "hours", "awX", "awY", "awZ", "a8X", "a8Y", "a8Z", "pointsX", "pointsY",
                "pointsZ", "vdvMeasured", "vdvMeasuredHours", "hoursToVdvEav", "hoursToVdvElv", "estimatedVdv");
        assertThat(forklift.get("vdv")).isSameAs(MiniJson.NULL);
        assertThat(forklift.get("points")).isEqualTo(75.0);
        assertThat(object(array(wbv.get("sources")).get(1))).containsEntry("vdvMeasured", 7.0)
                .containsEntry("vdv", 7.0).containsEntry("vdvMeasuredHours", 2.0);
        assertThat(json(r)).doesNotContainKey("handArmVibration");
    }

    @Test
    void wholeBodyWithoutMeasuredVdvWritesNullVdvAndRisk() {
        AssessmentResult r = assess(VibrationSource.ofWholeBody("forklift", 0.30, 0.35, 0.50, 6.0));
        Map<String, Object> wbv = object(json(r).get("wholeBodyVibration"));
        assertThat(wbv.get("vdv")).isSameAs(MiniJson.NULL);
        assertThat(wbv.get("vdvRisk")).isSameAs(MiniJson.NULL);
        assertThat(wbv).containsEntry("risk", "LOW").containsEntry("points", 75.0).containsEntry("vdvIncludesEstimates", false);
    }

    @Test
    void zeroMagnitudesWriteNullTimesAndNoNonFiniteNumbers() {
        AssessmentResult r = assess(VibrationSource.ofHandArm("switched off", 0, 8),
                VibrationSource.ofWholeBody("parked", 0, 0, 0, 0), VibrationSource.ofHandArm("unused", 5, 0));
        String line = r.toJsonLine();
        assertThat(line).doesNotContain("NaN", "Infinity");
        Map<String, Object> hav = object(json(r).get("handArmVibration"));
        assertThat(object(array(hav.get("sources")).get(0))).containsEntry("hoursToEav", MiniJson.NULL)
                .containsEntry("hoursToElv", MiniJson.NULL);
        assertThat(hav).containsEntry("a8", 0.0).containsEntry("points", 0.0).containsEntry("risk", "LOW");
        Map<String, Object> wbv = object(json(r).get("wholeBodyVibration"));
        assertThat(wbv).containsEntry("a8", 0.0).containsEntry("estimatedVdv", 0.0);
        assertThat(object(array(wbv.get("sources")).get(0))).containsEntry("hoursToEav", MiniJson.NULL);
    }

    @Test
    void noVibrationRowsMeansNoVibrationSections() {
        AssessmentResult r = assess();
        assertThat(json(r)).doesNotContainKeys("handArmVibration", "wholeBodyVibration");
    }

    @Test
    void csvColumnsAndOverallRisk() {
        AssessmentResult r = assess(VibrationSource.ofHandArm("breaker", 10, 4.0),
                VibrationSource.ofWholeBody("dumper", 0, 0, 0.9, 4.0).withVdv(12.0, 2.0));
        List<String> header = Assessor.csvHeader();
        assertThat(header).containsSubsequence("hav_a8", "hav_points", "hav_risk", "wbv_a8", "wbv_dominant_axis",
                "wbv_points", "wbv_vdv", "wbv_risk");
        List<String> row = Assessor.csvRow(r);
        assertThat(row.get(header.indexOf("hav_points"))).isEqualTo("800.0");
        assertThat(row.get(header.indexOf("hav_risk"))).isEqualTo("HIGH");
        assertThat(row.get(header.indexOf("wbv_dominant_axis"))).isEqualTo("z");
        assertThat(Double.parseDouble(row.get(header.indexOf("wbv_vdv")))).isCloseTo(12 * Math.pow(2, 0.25),
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(row.get(header.indexOf("wbv_risk"))).isEqualTo("MEDIUM");
        assertThat(r.overallRisk()).isEqualTo(Risk.HIGH);
        assertThat(row.get(header.indexOf("overall_risk"))).isEqualTo("HIGH");

        List<String> empty = Assessor.csvRow(assess(VibrationSource.ofHandArm("drill", 3, 1.0)));
        assertThat(empty.get(header.indexOf("wbv_vdv"))).isEmpty();
        assertThat(empty.get(header.indexOf("wbv_a8"))).isEmpty();
    }

    @Test
    void recommendationsAreInTheResultAfterOfficeAdvice() {
        AssessmentResult r = assess(VibrationSource.ofHandArm("grinder", 6, 3.0));
        assertThat(r.recommendations()).extracting(Recommendation::code).startsWith("HAV_LIMIT_TIME");
        Map<String, Object> first = object(array(json(r).get("recommendations")).get(0));
        assertThat(first).containsEntry("code", "HAV_LIMIT_TIME");
        assertThat((String) first.get("text")).startsWith("Limit the grinder to 1 h 23 min a day");
        assertThat(r.recommendations()).allSatisfy(x -> assertThat(x.priority()).isGreaterThanOrEqualTo(100));
    }

    @Test
    void methodsNameTheirSources() {
        AssessmentResult r = assess(VibrationSource.ofHandArm("grinder", 6, 3.0),
                VibrationSource.ofWholeBody("forklift", 0.3, 0.35, 0.5, 6.0));
        assertThat(r.section(HandArmVibrationResult.class).orElseThrow().method())
                .contains("docs/methods.md §6.1", "2002/44/EC", "EAV 2.5 m/s²", "ELV 5 m/s²");
        assertThat(r.section(WholeBodyVibrationResult.class).orElseThrow().method())
                .contains("docs/methods.md §6.2", "k = 1.4", "529 points", "crest factors up to 6", "UNCONFIRMED");
    }

    @Test
    void mixedVdvAddsANoteForTheAssessor() {
        AssessmentResult r = assess(VibrationSource.ofWholeBody("dumper", 0, 0, 0.9, 4.0).withVdv(12.0, 2.0),
                VibrationSource.ofWholeBody("car", 0, 0, 0.3, 1.0));
        assertThat(r.notes()).anyMatch(n -> n.contains("estimated"));
    }
}
