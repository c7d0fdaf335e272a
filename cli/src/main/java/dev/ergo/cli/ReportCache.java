package dev.ergo.cli;

import dev.ergo.model.Employee;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Re-runs into the same output folder: {@code reports/.ergo-hashes} holds, per report file, a SHA-256 of
 * everything the report is made of (the run's options, the employee's fields, the result line with the
 * toolkit version, the follow-up line). A report whose hash is unchanged is not rendered again: the new
 * {@code reports/} gets a hard link to the previous file (a copy keeping its time where links are not
 * possible), so the file is untouched. Reports of employees no longer in the workbook go with the old
 * {@code reports/} folder, as before.
 *
 * <p>Thread-safe: workers ask and record concurrently.
 */
final class ReportCache {
    static final String FILE = ".ergo-hashes";
    private static final String FORMAT = "ergo-report-hashes 2";

    private final Path previousReports;
    private final Map<String, String> before;
    private final String options;
    private final Map<String, String> now = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicInteger kept = new AtomicInteger();

    private ReportCache(Path previousReports, Map<String, String> before, String options) {
        this.previousReports = previousReports;
        this.before = before;
        this.options = options;
    }

    /**
     * Reads the hashes of the reports in {@code out/reports}, if any; a missing or unreadable file means
     * every report is rendered.
     *
     * @param out the output folder
     * @param options every run option the reports depend on, as text
     */
    static ReportCache open(Path out, String options) {
        Path reports = out.resolve("reports");
        Map<String, String> before = new HashMap<>();
        Path file = reports.resolve(FILE);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && lines.get(0).equals(FORMAT)) {
                    for (String line : lines.subList(1, lines.size())) {
                        int space = line.indexOf(' ');
                        if (space > 0) {
                            before.put(line.substring(space + 1), line.substring(0, space));
                        }
                    }
                }
            } catch (MalformedInputException e) {
                before.clear(); // not ours: render everything
            } catch (IOException e) {
                before.clear();
            }
        }
        return new ReportCache(reports, before, options);
    }

    /**
     * The hash of one report: options, file name, the employee's fields and the SHA-256 of its results line (follow-up
     * included), as UTF-8.
     */
    String hash(String fileName, Employee e, byte[] lineSha) {
        StringBuilder b = new StringBuilder(512).append(FORMAT).append('\n').append(options).append('\n')
                .append(fileName).append('\n');
        for (Object field : new Object[] {e.id(), e.name(), e.department(), e.site(), e.jobTitle(), e.sex(), e.age(),
                e.statureCm(), e.assessmentDate(), e.assessor(), e.origin(), e.language()}) {
            b.append(field == null ? "\u0000" : field.toString().replace("\n", "\\n")).append('\n');
        }
        MessageDigest sha = SurveyDigest.sha256();
        sha.update(b.toString().getBytes(StandardCharsets.UTF_8));
        sha.update(lineSha); // the results line's SHA-256 (with the follow-up); names are hashed above
        sha.update((byte) '\n');
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Puts the previous report into the new reports folder if its hash is unchanged.
     *
     * @return whether it was kept (nothing to render)
     */
    boolean keep(String fileName, String hash, Path newReports) throws IOException {
        Path old = previousReports.resolve(fileName);
        if (!hash.equals(before.get(fileName)) || !Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path target = newReports.resolve(fileName);
        try {
            Files.createLink(target, old);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.deleteIfExists(target);
            Files.copy(old, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
        now.put(fileName, hash);
        kept.incrementAndGet();
        return true;
    }

    /** Records the hash of a report just rendered. */
    void rendered(String fileName, String hash) {
        now.put(fileName, hash);
    }

    /** @return how many reports were kept from the previous run */
    int kept() {
        return kept.get();
    }

    /** Writes the hashes of this run's reports into its reports folder. */
    void write(Path newReports) throws IOException {
        StringBuilder b = new StringBuilder(FORMAT).append('\n');
        new TreeMap<>(now).forEach((name, hash) -> b.append(hash).append(' ').append(name).append('\n'));
        Files.writeString(newReports.resolve(FILE), b, StandardCharsets.UTF_8);
    }
}
