package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.ergo.engine.ResultJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas shipped in the engine jar ({@code dev/ergo/engine/results-line.schema.json} and
 * {@code summary.schema.json}) checked with a maintained draft 2020-12 validator: every line of the golden
 * {@code results.jsonl} conforms, the schema rejects lines that break the contract, and both schemas are
 * themselves valid draft 2020-12 schemas.
 */
class ResultsSchemaTests {
    private static final String LINE_SCHEMA = "/dev/ergo/engine/results-line.schema.json";
    private static final String SUMMARY_SCHEMA = "/dev/ergo/engine/summary.schema.json";
    private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    /** A minimal valid line, the base of the lines that must fail. */
    private static final String MINIMAL = "{\"employeeId\":\"E1\",\"assessmentDate\":\"2026-11-24\","
            + "\"overallRisk\":\"LOW\",\"factorsAssessed\":0,\"recommendations\":[],\"notes\":[]}";

    @Test
    void everyGoldenLineConforms() {
        Schema schema = engineSchema(LINE_SCHEMA);
        List<String> lines = golden().lines().toList();
        assertThat(lines).hasSize(21);
        for (String line : lines) {
            List<Error> errors = schema.validate(line, InputFormat.JSON);
            assertThat(errors).as("errors for %s", line.substring(0, Math.min(40, line.length()))).isEmpty();
        }
    }

    @Test
    void aMinimalLineConforms() {
        assertThat(engineSchema(LINE_SCHEMA).validate(MINIMAL, InputFormat.JSON)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"employeeId\":\"E1\",\"assessmentDate\":\"2026-11-24\",\"overallRisk\":\"PURPLE\","
                + "\"factorsAssessed\":0,\"recommendations\":[],\"notes\":[]}",
        "{\"assessmentDate\":\"2026-11-24\",\"overallRisk\":\"LOW\","
                + "\"factorsAssessed\":0,\"recommendations\":[],\"notes\":[]}",
        "{\"employeeId\":\"E1\",\"assessmentDate\":\"2026-11-24\",\"overallRisk\":\"LOW\","
                + "\"factorsAssessed\":\"two\",\"recommendations\":[],\"notes\":[]}",
        "{\"employeeId\":\"E1\",\"assessmentDate\":\"2026-11-24\",\"overallRisk\":\"LOW\",\"factorsAssessed\":1,"
                + "\"rosa\":{\"score\":\"three\"},\"recommendations\":[],\"notes\":[]}",
        "{\"employeeId\":\"E1\",\"assessmentDate\":\"2026-11-24\",\"overallRisk\":\"LOW\",\"factorsAssessed\":0,"
                + "\"recommendations\":[{\"code\":\"FOOTREST\",\"text\":\"t\",\"rule\":\"r\",\"source\":\"s\","
                + "\"values\":{\"footrestHeightCm\":\"8\"}}],\"notes\":[]}"
    })
    void linesBreakingTheContractAreRejected(String line) {
        assertThat(engineSchema(LINE_SCHEMA).validate(line, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void aGoldenLineWithAWrongLightIsRejected() {
        String line = golden().lines().filter(l -> l.contains("\"lifting\"")).findFirst().orElseThrow();
        String broken = line.replaceFirst("(\"lifting\":\\{.*?\"risk\":)\"[A-Z]+\"", "$1\"PURPLE\"");
        assertThat(broken).isNotEqualTo(line);
        assertThat(engineSchema(LINE_SCHEMA).validate(broken, InputFormat.JSON)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {LINE_SCHEMA, SUMMARY_SCHEMA})
    void theSchemasAreDraft202012Schemas(String resource) {
        String text = resource(resource);
        assertThat(text).contains("\"$schema\": \"" + META_SCHEMA + "\"");
        Schema meta = REGISTRY.getSchema(SchemaLocation.of(META_SCHEMA));
        assertThat(meta.validate(text, InputFormat.JSON)).isEmpty();
        assertThat(meta.validate("{\"type\":5,\"required\":\"employeeId\"}", InputFormat.JSON))
                .as("the meta-schema check can fail").isNotEmpty();
    }

    @Test
    void aHandMadeSummaryConformsAndABrokenOneDoesNot() {
        Schema schema = engineSchema(SUMMARY_SCHEMA);
        String counts = "{\"LOW\":1,\"MEDIUM\":1,\"HIGH\":0}";
        String summary = "{\"formatVersion\":\"1.1\",\"runDate\":\"2026-11-24\",\"employees\":2,"
                + "\"overall\":" + counts + ","
                + "\"byFactor\":{\"rosa\":" + counts + "},"
                + "\"bySite\":{\"Berlin\":" + counts + "},"
                + "\"byDepartment\":{\"Finance\":" + counts + "},"
                + "\"prioritised\":[\"E2\",\"E1\"],"
                + "\"recommendationCodes\":{\"FOOTREST\":1},"
                + "\"baseline\":{\"baselineDate\":\"2026-03-10\","
                + "\"overall\":{\"before\":{\"LOW\":0,\"MEDIUM\":1,\"HIGH\":1},\"after\":" + counts + "},"
                + "\"improved\":1,\"worsened\":0,\"unchanged\":0,\"notReassessed\":[\"E9\"],\"newEmployees\":[\"E2\"]}}";
        assertThat(schema.validate(summary, InputFormat.JSON)).isEmpty();
        assertThat(schema.validate(summary.replace("\"improved\":1", "\"improved\":-1"), InputFormat.JSON))
                .isNotEmpty();
        assertThat(schema.validate(summary.replace("\"runDate\":\"2026-11-24\",", ""), InputFormat.JSON))
                .isNotEmpty();
    }

    /** A host whose engine is a named module reads the schemas through the API, not as resources. */
    @org.junit.jupiter.api.Test
    void theEngineHandsOutItsSchemas() {
        assertThat(ResultJson.lineSchema()).isEqualTo(resource("/dev/ergo/engine/results-line.schema.json"))
                .contains("2020-12");
        assertThat(ResultJson.summarySchema()).isEqualTo(resource("/dev/ergo/engine/summary.schema.json"));
    }

    /** Loads a schema from the engine's class path, where the library ships it. */
    static Schema engineSchema(String resource) {
        try (InputStream in = ResultJson.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the engine's class path").isNotNull();
            return REGISTRY.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String resource) {
        try (InputStream in = ResultJson.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the engine's class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String golden() {
        try (InputStream in = ResultsSchemaTests.class.getResourceAsStream("/golden/results.jsonl")) {
            assertThat(in).as("golden results.jsonl").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
