package dev.ergo.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The casing rule of enumeration values (results format 1.1) and reading the spellings written before it. */
class EnumerationCasingTests {
    private static final Set<String> LOWER_CASE = Set.of("hand", "side", "dominantAxis");
    private static final Set<String> UPPER_CASE = Set.of("overallRisk", "risk", "a8Risk", "vdvRisk",
            "handActivityRisk", "revisedStrainIndexRisk", "level", "durationCategory", "zone", "band", "criterion",
            "exposure", "part", "provenance", "tableAVersion", "coupling", "governingEnd", "halSource", "npfSource",
            "code", "change", "overallRiskBefore", "riskBefore", "riskAfter");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z0-9]+(_[A-Z0-9]+)*");
    private static final Pattern LOWER = Pattern.compile("[a-z]+");

    @TempDir
    Path tmp;

    /** Every enumeration value of a line, as "key=value". */
    private static List<String> enumerationValues(String line) throws IOException {
        List<String> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(line)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                String key = p.currentName();
                if (t == JsonToken.VALUE_STRING && key != null && (LOWER_CASE.contains(key) || UPPER_CASE.contains(key))) {
                    out.add(key + "=" + p.getText());
                }
            }
        }
        return out;
    }

    private static String line11() {
        return ResultFixtures.allFactors(ResultFixtures.ASSESSOR).toJsonLine();
    }

    /** The line as ergo 0.1 wrote it: no 1.1 keys, lower-case words where 1.1 writes constant names. */
    private static String line10() {
        return line11().replaceFirst("\"formatVersion\":\"1.1\",\"toolkitVersion\":\"[^\"]*\",", "")
                .replaceFirst(",\"reviewDue\":\"[0-9-]+\"", "")
                .replaceAll("\"coupling\":\"(GOOD|FAIR|POOR)\"", "\"coupling\":\"fair\"")
                .replace("\"governingEnd\":\"ORIGIN\"", "\"governingEnd\":\"origin\"")
                .replace("\"governingEnd\":\"DESTINATION\"", "\"governingEnd\":\"destination\"")
                .replace("\"halSource\":\"GIVEN\"", "\"halSource\":\"given\"")
                .replace("\"halSource\":\"RADWIN\"", "\"halSource\":\"radwin\"")
                .replace("\"npfSource\":\"GIVEN\"", "\"npfSource\":\"given\"")
                .replace("\"npfSource\":\"PERCENT_MVC\"", "\"npfSource\":\"pctMvc\"");
    }

    @Test
    void everyEnumerationValueIsAnUpperCaseConstantExceptSidesAndAxes() throws IOException {
        List<String> values = enumerationValues(line11());
        assertThat(values).extracting(v -> v.substring(0, v.indexOf('=')))
                .contains("coupling", "governingEnd", "halSource", "npfSource", "hand", "side", "dominantAxis",
                        "durationCategory", "risk", "level");
        for (String v : values) {
            String key = v.substring(0, v.indexOf('='));
            String value = v.substring(v.indexOf('=') + 1);
            assertThat(value).as(v).matches(LOWER_CASE.contains(key) ? LOWER : CONSTANT);
        }
    }

    @Test
    void aLineReadBackIsWrittenTheSame() {
        String line = line11();
        assertThat(ResultJson.line(ResultJson.parse(line), false)).isEqualTo(line);
    }

    @Test
    void aVersion10LineWithLowerCaseWordsReadsAsTheSameResult() {
        String old = line10();
        assertThat(old).contains("\"governingEnd\":\"origin\"", "\"halSource\":\"given\"", "\"coupling\":\"fair\"");
        String expected = ResultJson.line(ResultJson.parse(line11()), false)
                .replaceAll("\"coupling\":\"(GOOD|FAIR|POOR)\"", "\"coupling\":\"FAIR\"")
                .replaceFirst(",\"reviewDue\":\"[0-9-]+\"", "");
        assertThat(ResultJson.line(ResultJson.parse(old), false)).isEqualTo(expected);
    }

    @Test
    void percentMvcIsReadUnderItsFormerWordAndItsConstantName() {
        String line = line11();
        assertThat(line).contains("\"npfSource\":\"PERCENT_MVC\"");
        for (String spelling : List.of("pctMvc", "PCTMVC", "percent_mvc")) {
            AssessmentResult read = ResultJson.parse(line.replace("\"npfSource\":\"PERCENT_MVC\"",
                    "\"npfSource\":\"" + spelling + "\""));
            assertThat(read.toJsonLine()).contains("\"npfSource\":\"PERCENT_MVC\"");
        }
    }

    @Test
    void everyEnumerationValueIsReadInAnyCase() {
        String line = line11();
        Pattern value = Pattern.compile("\"(" + String.join("|", UPPER_CASE) + "|" + String.join("|", LOWER_CASE)
                + ")\":\"([^\"]*)\"");
        String flipped = value.matcher(line).replaceAll(m -> m.group(1).equals("code") ? m.group()
                : "\"" + m.group(1) + "\":\"" + flip(m.group(2)) + "\"");
        assertThat(flipped).isNotEqualTo(line).contains("\"durationCategory\":\"moderate\"", "\"hand\":\"RIGHT\"");
        assertThat(ResultJson.line(ResultJson.parse(flipped), false)).isEqualTo(line);
    }

    private static String flip(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT)) ? s.toLowerCase(Locale.ROOT) : s.toUpperCase(Locale.ROOT);
    }

    @Test
    void anUnknownWordIsStillRefusedWithItsPath() {
        String line = line11().replace("\"governingEnd\":\"ORIGIN\"", "\"governingEnd\":\"middle\"");
        assertThatThrownBy(() -> ResultJson.parse(line)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("governingEnd").hasMessageContaining("ORIGIN or DESTINATION");
        String source = line11().replace("\"halSource\":\"GIVEN\"", "\"halSource\":\"GIVENX\"");
        assertThatThrownBy(() -> ResultJson.parse(source)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("halSource");
    }

    @Test
    void aBaselineFileWithTheFormerSpellingsGivesAFollowUp() throws IOException {
        Path file = tmp.resolve("results.jsonl");
        Files.writeString(file, line10() + "\n", StandardCharsets.UTF_8);
        Baseline baseline = Baseline.read(file);
        AssessmentResult now = ResultFixtures.allFactors(ResultFixtures.ASSESSOR);
        FollowUp f = baseline.followUp(now).orElseThrow();
        assertThat(f.change()).isEqualTo(FollowUp.Change.UNCHANGED);
        assertThat(f.methodChanges()).isEmpty();
    }

    @Test
    void aSummaryWithLowerCaseLightNamesIsRead() {
        AssessmentResult r = ResultFixtures.allFactors(ResultFixtures.ASSESSOR);
        String json = RunSummary.of(List.of(r), r.assessmentDate()).toJson();
        String lower = json.replace("\"LOW\":", "\"low\":").replace("\"MEDIUM\":", "\"medium\":")
                .replace("\"HIGH\":", "\"high\":");
        assertThat(lower).isNotEqualTo(json).doesNotContain("\"HIGH\":");
        assertThat(RunSummary.parse(lower).toJson()).isEqualTo(json);
        assertThat(json.toLowerCase(Locale.ROOT)).contains("\"high\":");
    }
}
