package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs killed at seeded points (a child JVM, {@code destroyForcibly}) leave either the old or the new
 * complete output, never a mixture, and the next run removes what they left (issue 14). The seed comes
 * from {@code -Dergo.seed=N}.
 */
class InterruptedRunTests {
    static final int OLD = 40;
    static final int NEW = Progress.MIN_EMPLOYEES; // enough for progress lines to kill at
    static final long SEED = Long.getLong("ergo.seed", 20261124L);

    @TempDir
    static Path shared;
    static Path oldBook;
    static Path newBook;

    @TempDir
    Path dir;

    @BeforeAll
    static void books() throws IOException {
        oldBook = SurveyBooks.write(shared.resolve("old.xlsx"), "A", OLD);
        newBook = SurveyBooks.write(shared.resolve("new.xlsx"), "B", NEW);
    }

    private ChildJvm assess(Path book, Path out, Path err, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("assess", book.toString(), "--out", out.toString(), "--threads", "2"));
        args.addAll(List.of(more));
        return ChildJvm.start(Main.class, err, args.toArray(String[]::new));
    }

    @Test
    void killedRunsLeaveTheOldOrTheNewOutputAndTheRerunRemovesWhatTheyLeft() throws Exception {
        Path out = dir.resolve("out");
        CliRun first = CliRun.of("assess", oldBook.toString(), "--out", out.toString(), "-q");
        assertThat(first.code()).as(first.err()).isEqualTo(ExitCodes.INPUT_PROBLEMS);
        assertThat(generation(out)).isEqualTo("A");

        Random rnd = new Random(SEED);
        List<String> seen = new ArrayList<>();
        for (int kill = 1; kill <= 3; kill++) {
            // 0: once imported; 1-10: after that tenth of the employees; 10 also covers writing and moving into place
            int tenth = rnd.nextInt(11);
            int extraMillis = rnd.nextInt(300);
            boolean hadLeftovers = !CliRun.leftovers(out).isEmpty();
            Path err = dir.resolve("kill-" + kill + ".err");
            String when = "seed " + SEED + ", kill " + kill + " at tenth " + tenth + " + " + extraMillis + " ms";
            // a date of its own: a run that finished before the kill must not make the next one an unchanged re-run
            try (ChildJvm child = assess(newBook, out, err, "--date", "2026-11-1" + kill)) {
                String line = child.await(l -> tenth == 0 ? l.startsWith("Read ")
                        : l.strip().equals(tenth * NEW / 10 + "/" + NEW + " employees assessed"), 300);
                assertThat(line).as(when + "; printed " + child.seen() + "; stderr " + Files.readString(err)).isNotNull();
                Thread.sleep(extraMillis);
                child.kill();
                if (hadLeftovers && tenth > 0) {
                    assertThat(child.seen()).as(when).anyMatch(l -> l.startsWith("Removed ") || l.startsWith("Moved "));
                }
            }
            String generation = generation(out);
            assertThat(generation).as(when).isIn("A", "B");
            seen.add(when + ": " + generation + (CliRun.leftovers(out).isEmpty() ? "" : " and leftovers"));
        }

        boolean hadLeftovers = !CliRun.leftovers(out).isEmpty();
        CliRun rerun = CliRun.of("assess", newBook.toString(), "--out", out.toString());
        assertThat(rerun.code()).as(rerun.err()).isEqualTo(ExitCodes.INPUT_PROBLEMS);
        assertThat(generation(out)).as(seen.toString()).isEqualTo("B");
        assertThat(CliRun.leftovers(out)).as(seen.toString()).isEmpty();
        if (hadLeftovers) {
            assertThat(rerun.out()).as(seen.toString()).containsAnyOf("Removed ", "Moved the finished output");
        }
    }

    @Test
    void terminatedRunRemovesItsTemporaryFilesAndKeepsThePreviousOutput() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("results.jsonl"), "previous\n");
        Path err = dir.resolve("term.err");
        try (ChildJvm child = assess(newBook, out, err)) {
            assertThat(child.await(l -> l.contains("employees assessed"), 300)).as(child.seen().toString()).isNotNull();
            child.process().destroy(); // SIGTERM, like Ctrl-C: shutdown hooks run
            child.process().waitFor();
        }
        assertThat(Files.readString(err)).isEqualTo("ergo: stopped; the unfinished output was removed, the previous output in "
                + out + " is unchanged." + System.lineSeparator());
        assertThat(Files.readString(out.resolve("results.jsonl"))).isEqualTo("previous\n");
        assertThat(CliRun.leftovers(out)).isEmpty();
    }

    /**
     * Which run's output the folder holds once a finished staging folder is moved into place, as the next
     * run does: "A" (old) or "B" (new); fails on a mixture or a partial file.
     */
    static String generation(Path out) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        for (String name : List.of("results.jsonl", "results.csv", "problems.csv", "summary.pdf", "reports")) {
            files.put(name, out.resolve(name));
        }
        try (Stream<Path> list = Files.list(out)) {
            for (Path staged : list.filter(p -> p.getFileName().toString().startsWith(OutputFolder.TMP_PREFIX)).toList()) {
                if (Files.exists(staged.resolve(OutputFolder.COMPLETE))) {
                    for (String name : files.keySet()) {
                        if (Files.exists(staged.resolve(name))) {
                            files.put(name, staged.resolve(name));
                        }
                    }
                }
            }
        }
        Map<String, String> found = new LinkedHashMap<>();
        List<String> jsonl = Files.readAllLines(files.get("results.jsonl"));
        found.put("results.jsonl", prefixOf(jsonl.stream().map(l -> l.substring("{\"employeeId\":\"".length(), l.indexOf('-')))
                .collect(Collectors.toSet()), jsonl.size()));
        List<String> csv = Files.readAllLines(files.get("results.csv"));
        found.put("results.csv", prefixOf(csv.stream().skip(1).map(l -> l.substring(0, l.indexOf('-'))).collect(Collectors.toSet()),
                csv.size() - 1));
        String problems = Files.readString(files.get("problems.csv"));
        found.put("problems.csv", problems.contains("A-MISSING") == problems.contains("B-MISSING") ? "mixed"
                : problems.contains("A-MISSING") ? "A" : "B");
        try (PDDocument pdf = Loader.loadPDF(files.get("summary.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            found.put("summary.pdf", text.contains("old.xlsx") == text.contains("new.xlsx") ? "mixed"
                    : text.contains("old.xlsx") ? "A" : "B");
        }
        Set<String> reports = new TreeSet<>();
        try (Stream<Path> list = Files.list(files.get("reports"))) {
            for (Path p : list.filter(f -> !Set.of(ReportCache.FILE, ResultCache.FILE, ResultCache.MEMOS, RunRecord.FILE).contains(f.getFileName().toString())).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                String tail = new String(bytes, Math.max(0, bytes.length - 8), Math.min(8, bytes.length), StandardCharsets.ISO_8859_1);
                reports.add(tail.strip().endsWith("%%EOF") ? p.getFileName().toString() : "partial " + p.getFileName());
            }
        }
        found.put("reports", reports.equals(reportNames("A", OLD)) ? "A" : reports.equals(reportNames("B", NEW)) ? "B" : "mixed");
        Set<String> generations = new TreeSet<>(found.values());
        if (generations.size() != 1) {
            throw new AssertionError("the output is a mixture: " + found);
        }
        return generations.iterator().next();
    }

    private static String prefixOf(Set<String> prefixes, int lines) {
        if (prefixes.equals(Set.of("A")) && lines == OLD) {
            return "A";
        }
        return prefixes.equals(Set.of("B")) && lines == NEW ? "B" : "mixed " + prefixes + " " + lines;
    }

    private static Set<String> reportNames(String prefix, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> String.format("%s-%04d.pdf", prefix, i))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
