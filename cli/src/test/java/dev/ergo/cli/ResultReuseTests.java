package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.RunSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A re-run into the same folder reuses the results line of every employee whose survey and options are
 * unchanged instead of scoring them again, and writes the same files as scoring would.
 */
class ResultReuseTests {
    private static final Path SAMPLE = Path.of("..", "examples", "sample-survey.xlsx");
    private static final Path FOLLOWUP = Path.of("..", "examples", "followup");
    private static final List<String> SAME_BYTES = List.of("results.jsonl", "results.csv", "summary.json", "problems.csv");
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path tmp;

    /** How many surveys the engine scored; the same factory for every run of a test. */
    private final AtomicInteger scored = new AtomicInteger();
    private final Engine.Factory counting = TestEngines.counting(scored);

    @Test
    void anUnchangedRunScoresNobodyAndWritesTheSameFiles() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 5);
        Path out = tmp.resolve("out");
        assess(book, out);
        Map<String, Object> first = contents(out);
        age(out);
        scored.set(0);

        CliRun again = assess(book, out);

        assertThat(scored).hasValue(0);
        assertThat(again.out()).contains("Reused the previous results of 5 unchanged employees (not scored again).");
        assertThat(contents(out)).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(out.resolve("reports/E-0003.pdf"))).isEqualTo(LONG_AGO);
        assertThat(CliRun.leftovers(out)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--names-in-data --lang de", "--no-names --review-months 1,6,12"})
    void theSampleSurveyReadBackWritesWhatScoringWrites(String options) throws IOException {
        Path out = tmp.resolve("out");
        String[] more = options.isEmpty() ? new String[0] : options.split(" ");
        assess(SAMPLE, out, more);
        int firstScored = scored.getAndSet(0);
        Map<String, Object> first = contents(out);
        long lines = Files.readAllLines(out.resolve("results.jsonl")).size();
        perEmployee(out);

        CliRun again = assess(SAMPLE, out, more);

        assertThat(again.out()).contains("Reused the previous results of " + lines + " unchanged employees");
        assertThat(scored).as("only the employees who cannot be assessed are tried again").hasValue(firstScored - (int) lines);
        assertThat(contents(out)).isEqualTo(first);
    }

    @Test
    void aFollowUpRoundReadBackWritesWhatScoringWrites() throws IOException {
        Path round1 = tmp.resolve("round1");
        Path round2 = tmp.resolve("round2");
        assess(FOLLOWUP.resolve(FollowUpExample.BASELINE), round1);
        assess(FOLLOWUP.resolve(FollowUpExample.FOLLOW_UP), round2, "--baseline", round1.toString(), "--force");
        Map<String, Object> first = contents(round2);
        perEmployee(round2);
        scored.set(0);

        CliRun again = assess(FOLLOWUP.resolve(FollowUpExample.FOLLOW_UP), round2, "--baseline", round1.toString(),
                "--force");

        assertThat(again.out()).contains("Reused the previous results of");
        assertThat(scored).hasValue(0);
        assertThat(contents(round2)).isEqualTo(first);
    }

    @Test
    void oneChangedCellScoresExactlyThatEmployeeAgain() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 3);
        Path out = tmp.resolve("out");
        assess(book, out);
        Path changed = tmp.resolve("changed.xlsx");
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("ROSA").getRow(2).getCell(1).setCellValue(1.0); // E-0002: seat height 3 before
            try (OutputStream o = Files.newOutputStream(changed)) {
                wb.write(o);
            }
        }
        Path fresh = tmp.resolve("fresh");
        assess(changed, fresh);
        scored.set(0);

        CliRun again = assess(changed, out);

        assertThat(scored).hasValue(1);
        assertThat(again.out()).contains("Reused the previous results of 2 unchanged employees");
        assertThat(contents(out)).isEqualTo(contents(fresh));
    }

    @Test
    void anotherDateScoresEveryoneAgain() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 2);
        Path out = tmp.resolve("out");
        assess(book, out);
        scored.set(0);

        CliRun again = CliRun.with(counting, "assess", book.toString(), "--out", out.toString(), "--date", "2026-11-25");

        assertThat(scored).hasValue(2);
        assertThat(again.out()).doesNotContain("Reused");
    }

    @Test
    void anotherLanguageScoresEveryoneAgain() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 2);
        Path out = tmp.resolve("out");
        assess(book, out);
        scored.set(0);

        assess(book, out, "--lang", "de");

        assertThat(scored).hasValue(2);
    }

    @Test
    void aChangedBaselineScoresEveryoneAgain() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 2);
        Path before = tmp.resolve("before");
        Path out = tmp.resolve("out");
        assess(book, before);
        assess(book, out, "--baseline", before.toString(), "--force");
        assess(book, out, "--baseline", before.toString(), "--force");
        assertThat(scored.getAndSet(0)).as("scored in the first round of each folder only").isEqualTo(4);
        assess(SurveyBooks.write(tmp.resolve("other.xlsx"), "E", 3), before); // the baseline's results change

        assess(book, out, "--baseline", before.toString(), "--force");

        assertThat(scored).hasValue(3); // the baseline's new employee, and both employees of the round
    }

    /** Something the previous run left that the re-run cannot trust, done to its output folder. */
    @FunctionalInterface
    private interface Damage {
        void to(Path out) throws IOException;
    }

    private static Path digests(Path out) {
        return out.resolve("reports/" + ResultCache.FILE);
    }

    private static Path memos(Path out) {
        return out.resolve("reports/" + ResultCache.MEMOS);
    }

    private static void cutLastByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 1));
    }

    static Stream<Arguments> damages() {
        return Stream.of(
                Arguments.of("a missing digest file", (Damage) out -> Files.delete(digests(out))),
                Arguments.of("a digest file that is not text", (Damage) out ->
                        Files.write(digests(out), new byte[] {(byte) 0xFF, 0, 'x', '\n'})),
                Arguments.of("a digest file without its end line", (Damage) out -> {
                    List<String> lines = Files.readAllLines(digests(out));
                    Files.write(digests(out), lines.subList(0, lines.size() - 1));
                }),
                Arguments.of("a digest line edited without sealing the file again", (Damage) out -> {
                    List<String> lines = new ArrayList<>(Files.readAllLines(digests(out)));
                    lines.set(3, lines.get(3).replaceFirst(" [0-9]+ ", " 1 "));
                    Files.write(digests(out), lines);
                }),
                Arguments.of("a sealed digest line that reaches past results.jsonl", (Damage) out -> {
                    List<String> lines = new ArrayList<>(Files.readAllLines(digests(out)));
                    String[] second = lines.get(4).split(" ");
                    second[1] = String.valueOf(Integer.parseInt(second[1]) + 1); // one byte longer
                    lines.set(4, String.join(" ", second));
                    reseal(digests(out), lines);
                }),
                Arguments.of("a digest file of another toolkit version", (Damage) out -> {
                    List<String> lines = new ArrayList<>(Files.readAllLines(digests(out)));
                    assertThat(lines.get(2)).startsWith("toolkit ");
                    lines.set(2, "toolkit 0.0.1 format 1.1");
                    reseal(digests(out), lines);
                }),
                Arguments.of("a digest file in the former format", (Damage) out -> {
                    List<String> lines = Files.readAllLines(digests(out));
                    List<String> former = new ArrayList<>(List.of("ergo-inputs 1", lines.get(1), lines.get(2),
                            "results " + java.util.HexFormat.of().formatHex(
                                    SurveyDigest.sha256().digest(Files.readAllBytes(out.resolve("results.jsonl"))))));
                    former.add(lines.get(3).substring(0, 64) + " 0"); // as version 1 wrote it: digest and line number
                    former.add(lines.get(4).substring(0, 64) + " 1");
                    Files.write(digests(out), former);
                }),
                Arguments.of("a missing row memo file", (Damage) out -> Files.delete(memos(out))),
                Arguments.of("a cut-short row memo file", (Damage) out -> cutLastByte(memos(out))),
                Arguments.of("a results.jsonl without its last line break", (Damage) out ->
                        cutLastByte(out.resolve("results.jsonl"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void whatCannotBeTrustedMeansEveryoneIsScoredAndTheSameFilesAreWritten(String what, Damage damage) throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 2);
        Path out = tmp.resolve("out");
        assess(book, out);
        Map<String, Object> first = contents(out);
        damage.to(out);
        scored.set(0);

        assess(book, out);

        assertThat(scored).hasValue(2);
        assertThat(contents(out)).isEqualTo(first);
        assertThat(Files.readAllLines(digests(out)).get(0)).isEqualTo("ergo-inputs 2");
        assertThat(memos(out)).isNotEmptyFile();
    }

    @Test
    void aDamagedMemoScoresThatEmployeeAgainAndOnlyThem() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 2);
        Path out = tmp.resolve("out");
        assess(book, out);
        Map<String, Object> first = contents(out);
        Path memos = out.resolve("reports/" + ResultCache.MEMOS);
        String text = Files.readString(memos, StandardCharsets.UTF_8);
        assertThat(text).contains("E-0002");
        Files.writeString(memos, text.replace("E-0002", "E-0003"), StandardCharsets.UTF_8); // same length
        scored.set(0);

        CliRun again = assess(book, out);

        assertThat(scored).as("each memo is checked by its own SHA-256").hasValue(1);
        assertThat(again.out()).contains("Reused the previous results of 1 unchanged employee (");
        assertThat(contents(out)).isEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--lang de --names-in-data"})
    void moreEmployeesThanTheSummaryListsWriteWhatScoringWrites(String options) throws IOException {
        int employees = RunSummary.MOST_IN_NEED + 15; // only some of them are read back for the summary
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", employees);
        Path out = tmp.resolve("out");
        String[] more = options.isEmpty() ? new String[0] : options.split(" ");
        assess(book, out, more);
        Map<String, Object> first = contents(out);
        Path scoredAgain = tmp.resolve("scored");
        assess(book, scoredAgain, more);
        perEmployee(out);
        scored.set(0);

        CliRun again = assess(book, out, more);

        assertThat(scored).hasValue(0);
        assertThat(again.out()).contains("Reused the previous results of " + employees + " unchanged employees");
        assertThat(contents(out)).isEqualTo(first).isEqualTo(contents(scoredAgain));
        assertThat(Files.readAllBytes(out.resolve("summary.json")))
                .isEqualTo(Files.readAllBytes(scoredAgain.resolve("summary.json")));
    }

    @Test
    void aReRunWritesTheResultsOfARunWithoutReports() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 4);
        Path out = tmp.resolve("out");
        Path without = tmp.resolve("without");
        assess(book, out);
        assess(book, without, "--no-reports");
        perEmployee(out);
        scored.set(0);

        assess(book, out);

        assertThat(scored).hasValue(0);
        Map<String, Object> reused = contents(out);
        Map<String, Object> plain = contents(without);
        reused.remove("reports");
        plain.remove("reports");
        assertThat(reused).isEqualTo(plain);
    }

    @Test
    void anEditedResultsLineIsScoredAgainAndOnlyIt() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 2);
        Path out = tmp.resolve("out");
        assess(book, out);
        Map<String, Object> first = contents(out);
        Path results = out.resolve("results.jsonl");
        String text = Files.readString(results);
        Files.writeString(results, text.replaceFirst("\"E-0001\"", "\"E-0009\"")); // same length, other bytes
        scored.set(0);

        assess(book, out);

        assertThat(scored).as("each reused line is checked by its own SHA-256").hasValue(1);
        assertThat(contents(out)).isEqualTo(first);
    }

    @Test
    void withoutReportsEveryoneIsScoredAndNoDigestsAreKept() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 2);
        Path out = tmp.resolve("out");
        assess(book, out);
        scored.set(0);

        assess(book, out, "--no-reports");

        assertThat(scored).hasValue(2);
        assertThat(out.resolve("reports/" + ResultCache.FILE)).doesNotExist();
    }

    @Test
    void theDigestFileNamesNoEmployee() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 2);
        Path out = tmp.resolve("out");
        assess(book, out);

        String digests = Files.readString(out.resolve("reports/" + ResultCache.FILE));

        assertThat(digests).doesNotContain("E-0001").startsWith("ergo-inputs 2\nrun ");
        assertThat(digests.lines()).hasSize(6); // 3 header lines, 2 employees and the end line
    }

    /** Removes the whole-run record, so that an unchanged re-run takes the per-employee path. */
    private static void perEmployee(Path out) throws IOException {
        Files.delete(out.resolve("reports/" + RunRecord.FILE));
    }

    /** Writes the digest file's lines with a new end line, as a run would seal them. */
    private static void reseal(Path file, List<String> lines) throws IOException {
        Files.write(file, SealedLines.seal(lines.subList(0, lines.size() - 1)));
    }

    private CliRun assess(Path book, Path out, String... more) {
        return CliRun.assess(counting, book, out, more);
    }

    /**
     * What a run wrote: the text files' bytes, results.xlsx's cells, summary.pdf's text (a PDF's bytes
     * differ from run to run) and the names and bytes of the reports.
     */
    private static Map<String, Object> contents(Path out) throws IOException {
        Map<String, Object> c = new HashMap<>();
        for (String f : SAME_BYTES) {
            c.put(f, Files.readString(out.resolve(f), StandardCharsets.UTF_8));
        }
        List<List<String>> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(out.resolve("results.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheetAt(0)) {
                List<String> r = new ArrayList<>();
                for (Cell cell : row) {
                    r.add(cell.getAddress() + "=" + cell + "|" + cell.getCellStyle().getFillForegroundColor());
                }
                cells.add(r);
            }
        }
        c.put("results.xlsx", cells);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("summary.pdf").toFile())) {
            c.put("summary.pdf", new PDFTextStripper().getText(pdf));
        }
        try (Stream<Path> reports = Files.list(out.resolve("reports"))) {
            c.put("reports", reports.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).sorted().toList());
        }
        return c;
    }

    /** Dates every report long ago, so that a file written again shows. */
    private static void age(Path out) throws IOException {
        try (Stream<Path> reports = Files.list(out.resolve("reports"))) {
            for (Path p : reports.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                Files.setLastModifiedTime(p, LONG_AGO);
            }
        }
    }
}
