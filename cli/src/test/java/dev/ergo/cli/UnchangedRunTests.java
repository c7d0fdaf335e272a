package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole-run shortcut: a re-run with the same workbook, options and toolkit into a folder whose files
 * are as the previous run left them writes nothing and prints what that run printed.
 */
class UnchangedRunTests {
    private static final Path SAMPLE = Path.of("..", "examples", "sample-survey.xlsx");
    private static final Path FOLLOWUP = Path.of("..", "examples", "followup");
    private static final String SHORTCUT = "Nothing changed since the previous run";

    @TempDir
    Path tmp;

    /** How many surveys the engine scored; the same factory for every run of a test. */
    private final AtomicInteger scored = new AtomicInteger();
    private final Engine.Factory counting = TestEngines.counting(scored);

    @Test
    void anUnchangedRunKeepsEveryFileUntouchedAndPrintsWhatTheFirstRunPrinted() throws IOException {
        Path out = tmp.resolve("out");
        CliRun first = assess(SAMPLE, out);
        Map<String, String> files = snapshot(out);
        scored.set(0);

        CliRun again = assess(SAMPLE, out);

        assertThat(again.code()).isEqualTo(first.code()).isEqualTo(ExitCodes.INPUT_PROBLEMS);
        assertThat(scored).hasValue(0);
        assertThat(snapshot(out)).isEqualTo(files);
        assertThat(again.out()).contains(SHORTCUT).doesNotContain("Reused").doesNotContain("Wrote to");
        assertThat(withoutLastLine(again.out()).lines().filter(l -> !l.startsWith(SHORTCUT)).toList())
                .as("every line of the first run but its last")
                .isEqualTo(withoutLastLine(first.out()).lines().toList())
                .anyMatch(l -> l.matches("\\d+ problems: .*"));
        assertThat(lastLine(again.out())).startsWith("Kept in " + out + ": results.jsonl, results.csv, results.xlsx,"
                + " problems.csv, summary.json, summary.pdf and ");
        assertThat(again.err()).isEmpty();
        assertThat(CliRun.leftovers(out)).isEmpty();
    }

    @Test
    void aRunWithoutProblemsEndsWithZeroAgain() throws IOException {
        Path out = tmp.resolve("out");
        CliRun first = assess(FOLLOWUP.resolve(FollowUpExample.BASELINE), out);
        assertThat(first.code()).isEqualTo(ExitCodes.OK);

        CliRun again = assess(FOLLOWUP.resolve(FollowUpExample.BASELINE), out);

        assertThat(again.code()).isEqualTo(ExitCodes.OK);
        assertThat(again.out()).contains(SHORTCUT);
    }

    @Test
    void aFollowUpRoundPrintsItsComparisonAgain() throws IOException {
        Path round1 = tmp.resolve("round1");
        Path round2 = tmp.resolve("round2");
        assess(FOLLOWUP.resolve(FollowUpExample.BASELINE), round1);
        CliRun first = assess(FOLLOWUP.resolve(FollowUpExample.FOLLOW_UP), round2, "--baseline", round1.toString(),
                "--force");
        Map<String, String> files = snapshot(round2);

        CliRun again = assess(FOLLOWUP.resolve(FollowUpExample.FOLLOW_UP), round2, "--baseline", round1.toString(),
                "--force");

        assertThat(again.out()).contains(SHORTCUT);
        assertThat(again.code()).isEqualTo(first.code());
        assertThat(withoutLastLine(again.out()).lines().filter(l -> !l.startsWith(SHORTCUT)).toList())
                .isEqualTo(withoutLastLine(first.out()).lines().toList());
        assertThat(snapshot(round2)).isEqualTo(files);
    }

    @Test
    void quietPrintsNothing() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 2);
        Path out = tmp.resolve("out");
        assess(book, out);

        CliRun again = assess(book, out, "-q");

        assertThat(again.out()).isEmpty();
        assertThat(again.code()).isEqualTo(ExitCodes.INPUT_PROBLEMS);
    }

    @Test
    void theRecordListsEveryFileOfTheRun() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 2);
        Path out = tmp.resolve("out");
        assess(book, out);

        List<String> record = Files.readAllLines(out.resolve("reports/" + RunRecord.FILE));

        assertThat(record.get(0)).isEqualTo("ergo-run 1");
        assertThat(record).filteredOn(l -> l.startsWith("report ")).extracting(l -> l.split(" ", 4)[3])
                .containsExactly("E-0001.pdf", "E-0002.pdf");
        assertThat(record).filteredOn(l -> l.startsWith("file ")).extracting(l -> l.split(" ", 4)[3])
                .containsExactly("problems.csv", "results.csv", "results.jsonl", "results.xlsx", "summary.json",
                        "summary.pdf", "reports/" + ReportCache.FILE, "reports/" + ResultCache.FILE,
                        "reports/" + ResultCache.MEMOS);
    }

    /** A change between two runs, made to the folder or to the second run's arguments. */
    @FunctionalInterface
    private interface Change {
        /** @return the second run's extra arguments */
        List<String> make(Path out, Path book) throws IOException;
    }

    private static Change toFolder(Damage d) {
        return (out, book) -> {
            d.to(out);
            return List.of();
        };
    }

    @FunctionalInterface
    private interface Damage {
        void to(Path out) throws IOException;
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("another workbook under the same name", (Change) (out, book) -> {
                    SurveyBooks.write(book, "E", 3);
                    return List.of();
                }),
                Arguments.of("the same workbook under another name", (Change) (out, book) -> {
                    Path copy = Files.copy(book, book.resolveSibling("copy.xlsx"));
                    return List.of("--book", copy.toString());
                }),
                Arguments.of("another --date", (Change) (out, book) -> List.of("--date", "2026-11-25")),
                Arguments.of("another --lang", (Change) (out, book) -> List.of("--lang", "de")),
                Arguments.of("--names-in-data", (Change) (out, book) -> List.of("--names-in-data")),
                Arguments.of("--review-months", (Change) (out, book) -> List.of("--review-months", "1,6,12")),
                Arguments.of("a baseline", (Change) (out, book) -> {
                    Path before = out.resolveSibling("before");
                    CliRun.assess(book, before);
                    return List.of("--baseline", before.toString(), "--force");
                }),
                Arguments.of("another toolkit version", toFolder(out -> {
                    Path record = out.resolve("reports/" + RunRecord.FILE);
                    List<String> lines = new ArrayList<>(Files.readAllLines(record));
                    assertThat(lines.get(2)).startsWith("toolkit ");
                    lines.set(2, "toolkit 0.0.1 format 1.1");
                    reseal(record, lines);
                })),
                Arguments.of("the record in another format", toFolder(out -> {
                    Path record = out.resolve("reports/" + RunRecord.FILE);
                    List<String> lines = new ArrayList<>(Files.readAllLines(record));
                    lines.set(0, "ergo-run 0");
                    reseal(record, lines);
                })),
                Arguments.of("a record line edited without sealing again", toFolder(out -> {
                    Path record = out.resolve("reports/" + RunRecord.FILE);
                    List<String> lines = new ArrayList<>(Files.readAllLines(record));
                    lines.set(4, "exit 0");
                    Files.write(record, lines);
                })),
                Arguments.of("a missing record", toFolder(out -> Files.delete(out.resolve("reports/" + RunRecord.FILE)))),
                Arguments.of("results.csv edited, same length", toFolder(out -> {
                    Path csv = out.resolve("results.csv");
                    Files.writeString(csv, Files.readString(csv).replaceFirst("E-0001", "E-0009"));
                })),
                Arguments.of("a missing summary.pdf", toFolder(out -> Files.delete(out.resolve("summary.pdf")))),
                Arguments.of("a missing results.xlsx", toFolder(out -> Files.delete(out.resolve("results.xlsx")))),
                Arguments.of("a report touched", toFolder(out -> Files.setLastModifiedTime(out.resolve("reports/E-0001.pdf"),
                        FileTime.from(Instant.parse("2020-01-01T00:00:00Z"))))),
                Arguments.of("a missing report", toFolder(out -> Files.delete(out.resolve("reports/E-0002.pdf")))),
                Arguments.of("a file added to reports/", toFolder(out -> Files.writeString(out.resolve("reports/x.pdf"), "x"))),
                Arguments.of("an edited row memo", toFolder(out -> {
                    Path memos = out.resolve("reports/" + ResultCache.MEMOS);
                    Files.writeString(memos, Files.readString(memos).replace("E-0002", "E-0003"));
                })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void anyChangeMeansTheUsualRunAndTheFilesItWrites(String what, Change change) throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 2);
        Path out = tmp.resolve("out");
        assess(book, out);
        List<String> more = new ArrayList<>(change.make(out, book));
        Path run = book;
        if (more.size() >= 2 && more.get(0).equals("--book")) {
            run = Path.of(more.get(1));
            more = more.subList(2, more.size());
        }
        String[] args = more.toArray(String[]::new);
        Path fresh = tmp.resolve("fresh");
        CliRun scoring = assess(run, fresh, args);

        CliRun again = assess(run, out, args);

        assertThat(again.out()).doesNotContain(SHORTCUT).contains("Wrote to " + out);
        assertThat(again.code()).isEqualTo(scoring.code());
        for (String f : List.of("results.jsonl", "results.csv", "summary.json", "problems.csv")) {
            assertThat(out.resolve(f)).as(f).hasSameTextualContentAs(fresh.resolve(f));
        }
        assertThat(names(out.resolve("reports"))).isEqualTo(names(fresh.resolve("reports")));
        assertThat(assess(run, out, args).out()).as("the run after it").contains(SHORTCUT);
    }

    @Test
    void withoutReportsThereIsNoShortcut() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 2);
        Path out = tmp.resolve("out");
        assess(book, out, "--no-reports");
        scored.set(0);

        CliRun again = assess(book, out, "--no-reports");

        assertThat(again.out()).doesNotContain(SHORTCUT);
        assertThat(scored).hasValue(2);
        assertThat(assess(book, out).out()).as("reports asked for again").doesNotContain(SHORTCUT);
    }

    @Test
    void aChangedBaselineMeansTheUsualRun() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 2);
        Path before = tmp.resolve("before");
        Path out = tmp.resolve("out");
        assess(book, before);
        assess(book, out, "--baseline", before.toString(), "--force");
        assertThat(assess(book, out, "--baseline", before.toString(), "--force").out()).contains(SHORTCUT);
        assess(SurveyBooks.write(tmp.resolve("other.xlsx"), "E", 3), before);

        CliRun again = assess(book, out, "--baseline", before.toString(), "--force");

        assertThat(again.out()).doesNotContain(SHORTCUT).contains("Wrote to");
    }

    @Test
    void aBusyFolderIsReportedAsBefore() throws Exception {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 2);
        Path out = tmp.resolve("out");
        assess(book, out);
        Map<String, String> files = snapshot(out);
        try (OutputFolder held = OutputFolder.open(out, false, line -> { })) {
            CliRun again = CliRun.with(counting, "assess", book.toString(), "--out", out.toString(), "--date",
                    "2026-11-24");

            assertThat(again.code()).isEqualTo(ExitCodes.OUTPUT_FAILED);
            assertThat(again.out()).doesNotContain(SHORTCUT);
        }
        assertThat(snapshot(out)).isEqualTo(files);
    }

    /** Runs {@code assess} with {@code --date 2026-11-24} unless another date is given, and checks it finished. */
    private CliRun assess(Path book, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("assess", book.toString(), "--out", out.toString()));
        if (!List.of(more).contains("--date")) {
            args.addAll(List.of("--date", "2026-11-24"));
        }
        args.addAll(List.of(more));
        CliRun r = CliRun.with(counting, args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isIn(ExitCodes.OK, ExitCodes.INPUT_PROBLEMS);
        return r;
    }

    private static String withoutLastLine(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(0, lines.size() - 1));
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.get(lines.size() - 1);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    /** Every file under the folder but the lock, with its bytes' SHA-256 and modification time. */
    private static Map<String, String> snapshot(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (!p.getFileName().toString().equals(OutputFolder.LOCK)) {
                    files.put(out.relativize(p).toString(), SurveyDigest.sha256Hex(p) + " " + Files.getLastModifiedTime(p));
                }
            }
        }
        return files;
    }

    /** Writes the record's lines with a new end line, as a run would seal them. */
    private static void reseal(Path file, List<String> lines) throws IOException {
        Files.write(file, SealedLines.seal(lines.subList(0, lines.size() - 1)));
    }
}
