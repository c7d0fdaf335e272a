package dev.ergo.cli;

import dev.ergo.engine.ResultJson;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Re-runs with nothing changed. {@code reports/.ergo-run} records what a run's output came from (a SHA-256
 * of the workbook's bytes, a SHA-256 of every run option the output depends on, the toolkit and results
 * format versions), what it printed about it and its exit code, and what the output is: the size and
 * SHA-256 of every file beside {@code reports/} and of the bookkeeping files in it, the size and
 * modification time of every report. A run with the same workbook, options and toolkit that finds every
 * file as recorded and nothing else in {@code reports/} imports, scores and writes nothing. Anything else
 * (a missing, damaged or older record, any file changed) means the usual run.
 */
final class RunRecord {
    static final String FILE = ".ergo-run";
    private static final String FORMAT = "ergo-run 1";

    /**
     * What the previous run printed and returned.
     *
     * @param exitCode its exit code
     * @param employees the employees it assessed
     * @param head the lines it printed before the problems (import, light counts, comparison)
     * @param problems the problem lines it printed
     */
    record Kept(int exitCode, int employees, String head, String problems) {}

    private RunRecord() {}

    private static List<String> header(String runKey, String workbookSha) {
        return List.of(FORMAT, "run " + SurveyDigest.sha256Hex(runKey.getBytes(StandardCharsets.UTF_8)),
                "toolkit " + ResultJson.toolkitVersion() + " format " + ResultJson.FORMAT_VERSION,
                "workbook " + workbookSha);
    }

    /**
     * Returns what the previous run into {@code out} printed and returned, if it had the same inputs and
     * left every file as it is now.
     *
     * @param out the output folder, locked
     * @param runKey every option the output depends on, as text (never written out)
     * @param workbookSha the SHA-256 of the workbook's bytes, in hex
     * @return the previous run's outcome, or null when the usual run is needed
     */
    static @Nullable Kept check(Path out, String runKey, String workbookSha) {
        Path reports = out.resolve("reports");
        Path file = reports.resolve(FILE);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> header = header(runKey, workbookSha);
            int fixed = header.size() + 4;
            if (lines.size() < fixed + 1 || !lines.subList(0, header.size()).equals(header) || !SealedLines.sealed(lines)) {
                return null;
            }
            Set<String> expected = new HashSet<>();
            expected.add(FILE);
            for (String line : lines.subList(fixed, lines.size() - 1)) {
                String[] f = line.split(" ", 4);
                if (f.length != 4) {
                    return null;
                }
                if (f[0].equals("file")) {
                    if (f[3].startsWith("reports/")) {
                        expected.add(f[3].substring("reports/".length()));
                    }
                    if (!sameFile(out.resolve(f[3]), Long.parseLong(f[1]), f[2])) {
                        return null;
                    }
                } else if (f[0].equals("report")) {
                    expected.add(f[3]);
                    BasicFileAttributes a = Files.readAttributes(reports.resolve(f[3]), BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (!a.isRegularFile() || a.size() != Long.parseLong(f[1])
                            || a.lastModifiedTime().to(TimeUnit.NANOSECONDS) != Long.parseLong(f[2])) {
                        return null;
                    }
                } else {
                    return null;
                }
            }
            if (!names(reports).equals(expected)) {
                return null; // a file added to reports/ since: the usual run removes it
            }
            Base64.Decoder b64 = Base64.getDecoder();
            return new Kept(Integer.parseInt(field(lines.get(header.size()), "exit")),
                    Integer.parseInt(field(lines.get(header.size() + 1), "employees")),
                    new String(b64.decode(field(lines.get(header.size() + 2), "head")), StandardCharsets.UTF_8),
                    new String(b64.decode(field(lines.get(header.size() + 3), "problems")), StandardCharsets.UTF_8));
        } catch (MalformedInputException | IllegalArgumentException e) {
            return null; // not ours
        } catch (IOException e) {
            return null; // a file missing or unreadable: the usual run says what is wrong
        }
    }

    private static String field(String line, String name) {
        if (!line.startsWith(name + " ")) {
            throw new IllegalArgumentException(name);
        }
        return line.substring(name.length() + 1);
    }

    private static boolean sameFile(Path p, long size, String sha) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return a.isRegularFile() && a.size() == size && SurveyDigest.sha256Hex(p).equals(sha);
    }

    private static Set<String> names(Path dir) throws IOException {
        Set<String> names = new HashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                names.add(p.getFileName().toString());
            }
        }
        return names;
    }

    /**
     * Records a finished run's output, in its staging folder, last before the output is moved into place.
     *
     * @param staging the staging folder with every output file written
     * @param runKey every option the output depends on, as text
     * @param workbookSha the SHA-256 of the workbook's bytes, in hex
     * @param kept the exit code, employees and console text of the run
     */
    static void write(Path staging, String runKey, String workbookSha, Kept kept) throws IOException {
        List<String> lines = new ArrayList<>(header(runKey, workbookSha));
        Base64.Encoder b64 = Base64.getEncoder();
        lines.add("exit " + kept.exitCode());
        lines.add("employees " + kept.employees());
        lines.add("head " + b64.encodeToString(kept.head().getBytes(StandardCharsets.UTF_8)));
        lines.add("problems " + b64.encodeToString(kept.problems().getBytes(StandardCharsets.UTF_8)));
        for (Path p : sorted(staging)) {
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                lines.add("file " + Files.size(p) + " " + SurveyDigest.sha256Hex(p) + " " + p.getFileName());
            }
        }
        for (Path p : sorted(staging.resolve("reports"))) {
            String name = p.getFileName().toString();
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                return; // not what a run writes: no record, the next run is the usual one
            }
            if (name.startsWith(".")) {
                lines.add("file " + a.size() + " " + SurveyDigest.sha256Hex(p) + " reports/" + name);
            } else {
                lines.add("report " + a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + " " + name);
            }
        }
        StringBuilder text = new StringBuilder();
        for (String line : SealedLines.seal(lines)) {
            text.append(line).append('\n');
        }
        Files.writeString(staging.resolve("reports").resolve(FILE), text, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    private static List<Path> sorted(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }
}
