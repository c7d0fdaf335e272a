package dev.ergo.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.ergo.engine.internal.json.Versions;
import org.apiguardian.api.API;

/**
 * Writes an {@link AssessmentResult} as one line of {@code results.jsonl} (results format, version 1)
 * and reads such lines back, for HR systems and follow-up runs.
 *
 * <p>Reading gives the result objects with what the line holds. The employee has only the id and, when
 * written, the name. Lights, counts and other values derived from the scores are computed again, not read.
 * Each recommendation goes back to the section that issued it, with its position in the line as its
 * priority (priorities are not written), so a section's advice comes back in the line's order and
 * writing the result again gives the same line. Not in the
 * line, and so null, empty or NaN when read: a workstation's surveyed input (an empty
 * {@code Workstation}) and each estimate's basis; a lifting task's inputs H, V, D and A at both ends, the
 * multipliers of the end that does not govern, and its workbook row; the workbook row of a posture task.
 * Members the contract does not know are ignored.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ResultJson {
    private ResultJson() {}

    /**
     * The results format version this toolkit writes, {@code "1.1"}, as {@code formatVersion} on every
     * line. A line without {@code formatVersion} is version 1.0; this toolkit reads any version 1 line.
     *
     * @since 0.2
     */
    public static final String FORMAT_VERSION = Versions.FORMAT;

    /**
     * Returns the toolkit's version, as written in {@code toolkitVersion} on every line (the project
     * version the engine jar was built as, for example {@code "0.2.0"}).
     *
     * @return the version, not null
     * @since 0.2
     */
    public static String toolkitVersion() {
        return Versions.TOOLKIT;
    }

    /**
     * Renders one result.
     *
     * @param result the result, not null
     * @param includeName whether to add the employee's name ({@code name}) when present
     * @return the JSON object on one line, not null
     */
    public static String line(AssessmentResult result, boolean includeName) {
        return Factors.SERIALIZER.line(result, includeName);
    }

    /**
     * Reads one line of {@code results.jsonl} back into a result (see the class description for what
     * a line does not hold).
     *
     * @param line the JSON object, not null
     * @return the result, not null
     * @throws IllegalArgumentException if the text is not a results line, or its {@code formatVersion} is
     *     not 1.x; the message names the member
     * @since 0.2
     */
    public static AssessmentResult parse(String line) {
        return Factors.SERIALIZER.read(line);
    }

    /**
     * Reads a whole {@code results.jsonl} file (UTF-8), skipping blank lines. For files too large to hold,
     * read them one line at a time: {@code Files.lines(file).map(ResultJson::parse)}.
     *
     * @param file the file, not null
     * @return the results in file order, not null
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if a line is not a results line; the message names the line number
     * @since 0.2
     */
    public static List<AssessmentResult> readLines(Path file) throws IOException {
        List<AssessmentResult> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(parse(line));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file.getFileName() + " line " + number + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of one {@code results.jsonl} line, as shipped in this
     * jar ({@code dev/ergo/engine/results-line.schema.json}); also readable where the engine is a
     * named module, whose resources other modules cannot open.
     *
     * @return the schema text, not null
     * @since 0.2
     */
    public static String lineSchema() {
        return resource("results-line.schema.json");
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of {@code summary.json} (results format 1.1).
     *
     * @return the schema text, not null
     * @since 0.2
     */
    public static String summarySchema() {
        return resource("summary.schema.json");
    }

    private static String resource(String name) {
        try (java.io.InputStream in = ResultJson.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the engine jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
