package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.ResultJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample assessed in-process, as {@code ergo assess examples/sample-survey.xlsx --date 2026-11-24}
 * does: the data files are byte for byte those in {@code src/test/resources/golden/}, and every golden
 * line read back is written again unchanged (the golden {@code toolkitVersion} stands for this build's
 * version). A deliberate change of the output updates the golden file in
 * a commit that says so.
 */
class GoldenOutputTests {
    private static final Path SAMPLE = Path.of("..", "examples", "sample-survey.xlsx");

    @TempDir
    static Path tmp;

    private static Path out;

    @BeforeAll
    static void assessTheSample() {
        out = tmp.resolve("out");
        PrintStream oldOut = System.out;
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(sink, true, StandardCharsets.UTF_8));
            code = Main.run("assess", SAMPLE.toString(), "--out", out.toString(), "--date", "2026-11-24", "-q");
        } finally {
            System.setOut(oldOut);
        }
        assertThat(code).as("exit code; the sample has deliberate mistakes").isEqualTo(ExitCodes.INPUT_PROBLEMS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"results.jsonl", "results.csv", "problems.csv"})
    void dataFileIsByteForByteTheGoldenFile(String name) throws IOException {
        byte[] written = Files.readAllBytes(out.resolve(name));
        byte[] golden = golden(name);
        // text first for a readable difference, then the bytes
        assertThat(new String(written, StandardCharsets.UTF_8)).as(name)
                .isEqualTo(new String(golden, StandardCharsets.UTF_8));
        assertThat(written).as(name).isEqualTo(golden);
    }

    @Test
    void everyGoldenLineReadBackIsWrittenAgainByteForByte() throws IOException {
        Path file = tmp.resolve("golden.jsonl");
        Files.write(file, golden("results.jsonl"));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<AssessmentResult> read = ResultJson.readLines(file);
        assertThat(read).hasSize(lines.size()).hasSize(21);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(ResultJson.line(read.get(i), false)).isEqualTo(lines.get(i));
            assertThat(ResultJson.line(ResultJson.parse(lines.get(i)), false)).isEqualTo(lines.get(i));
        }
    }

    /**
     * A golden file; its {@code toolkitVersion} values are replaced by this build's version, so that a
     * version change alone does not change the golden files.
     */
    static byte[] golden(String name) {
        try (InputStream in = GoldenOutputTests.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as("golden/" + name).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replaceAll("\"toolkitVersion\":\"[^\"]*\"",
                    "\"toolkitVersion\":\"" + ResultJson.toolkitVersion() + "\"").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
