package dev.ergo.cli;

import dev.ergo.engine.ResultJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Re-runs into the same output folder without scoring again: {@code reports/.ergo-inputs} names, per
 * employee, a SHA-256 of the imported survey ({@link SurveyDigest}) and the number of the employee's line
 * in {@code results.jsonl}. Its header holds a SHA-256 of every run option the results and reports depend
 * on, the toolkit and results format versions, and a SHA-256 of the {@code results.jsonl} written with it.
 * The previous line of an employee is offered only when all of these match; a missing, damaged or
 * out-of-date file, or a {@code results.jsonl} changed since, offers nothing (everything is scored).
 *
 * <p>Thread-safe for {@link #previousLine} and {@link #reused}; {@link #record} and {@link #write} are
 * called from one thread.
 */
final class ResultCache implements AutoCloseable {
    static final String FILE = ".ergo-inputs";
    private static final String FORMAT = "ergo-inputs 1";
    private static final int READ_BUFFER = 1 << 16;

    private final List<String> header;
    private final Map<String, Integer> before;
    /** Start of each line of the previous results.jsonl, and its length as the last entry. */
    private final long[] starts;
    private final @Nullable FileChannel previous;
    private final List<String> now = new ArrayList<>();
    private final AtomicInteger reused = new AtomicInteger();
    private int lines;

    private ResultCache(List<String> header, Map<String, Integer> before, long[] starts, @Nullable FileChannel previous) {
        this.header = header;
        this.before = before;
        this.starts = starts;
        this.previous = previous;
    }

    /**
     * Reads what the previous run in {@code out} left; anything unusable means nothing is offered.
     *
     * @param out the output folder
     * @param runKey every option the results and reports depend on, as text (never written out)
     */
    static ResultCache open(Path out, String runKey) {
        List<String> header = List.of(FORMAT, "run " + hex(runKey.getBytes(StandardCharsets.UTF_8)),
                "toolkit " + ResultJson.toolkitVersion() + " format " + ResultJson.FORMAT_VERSION);
        Path file = out.resolve("reports").resolve(FILE);
        Path results = out.resolve("results.jsonl");
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(results, LinkOption.NOFOLLOW_LINKS)) {
            return new ResultCache(header, Map.of(), new long[0], null);
        }
        FileChannel channel = null;
        try {
            List<String> stored = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (stored.size() < header.size() + 1 || !stored.subList(0, header.size()).equals(header)
                    || !stored.get(header.size()).startsWith("results ")) {
                return new ResultCache(header, Map.of(), new long[0], null);
            }
            channel = FileChannel.open(results, StandardOpenOption.READ);
            MessageDigest sha = SurveyDigest.sha256();
            long[] starts = lineStarts(channel, sha);
            if (!stored.get(header.size()).equals("results " + HexFormat.of().formatHex(sha.digest()))) {
                channel.close();
                return new ResultCache(header, Map.of(), new long[0], null);
            }
            Map<String, Integer> before = new HashMap<>();
            for (String line : stored.subList(header.size() + 1, stored.size())) {
                int space = line.indexOf(' ');
                int index = space == 64 ? Integer.parseInt(line.substring(space + 1)) : -1;
                if (index < 0 || index >= starts.length - 1) {
                    channel.close();
                    return new ResultCache(header, Map.of(), new long[0], null);
                }
                before.putIfAbsent(line.substring(0, space), index);
            }
            return new ResultCache(header, before, starts, channel);
        } catch (MalformedInputException | NumberFormatException e) {
            closeQuietly(channel); // not ours: score everything
        } catch (IOException e) {
            closeQuietly(channel);
        }
        return new ResultCache(header, Map.of(), new long[0], null);
    }

    /** Digests the file and returns where each line starts, with the file's length last. */
    private static long[] lineStarts(FileChannel channel, MessageDigest sha) throws IOException {
        long[] starts = new long[1024];
        int n = 1; // starts[0] = 0
        long position = 0;
        ByteBuffer buf = ByteBuffer.allocate(READ_BUFFER);
        boolean lineOpen = false;
        while (channel.read(buf, position) > 0) {
            buf.flip();
            sha.update(buf.array(), 0, buf.limit());
            byte[] bytes = buf.array();
            int limit = buf.limit();
            for (int i = 0; i < limit; i++) {
                lineOpen = true;
                if (bytes[i] == '\n') {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = position + i + 1;
                    lineOpen = false;
                }
            }
            position += buf.limit();
            buf.clear();
        }
        if (lineOpen) {
            throw new IOException("the last line of results.jsonl is unfinished"); // never written so by a run
        }
        return Arrays.copyOf(starts, n);
    }

    /**
     * Returns the previous run's results line of a survey with this digest, if the previous run left a
     * usable one.
     *
     * @return the line without its line break, UTF-8, or null
     */
    byte @Nullable [] previousLine(@Nullable String surveyDigest) {
        Integer index = surveyDigest == null ? null : before.get(surveyDigest);
        FileChannel channel = previous;
        if (index == null || channel == null) {
            return null;
        }
        long from = starts[index];
        int length = (int) (starts[index + 1] - from - 1);
        ByteBuffer buf = ByteBuffer.allocate(length);
        try {
            while (buf.hasRemaining()) {
                if (channel.read(buf, from + buf.position()) < 0) {
                    return null;
                }
            }
        } catch (IOException e) {
            return null; // score instead
        }
        return buf.array();
    }

    /** Counts an employee whose previous results were used. */
    void reused() {
        reused.incrementAndGet();
    }

    /** @return how many employees' previous results were used */
    int reusedCount() {
        return reused.get();
    }

    /**
     * Notes the survey digest of the next line written to the new results.jsonl.
     *
     * @param surveyDigest the digest, or null when the survey cannot be reused
     */
    void record(@Nullable String surveyDigest) {
        if (surveyDigest != null) {
            now.add(surveyDigest + " " + lines);
        }
        lines++;
    }

    /**
     * Writes the new digests beside the new reports.
     *
     * @param resultsDigest the SHA-256 of the new results.jsonl, 64 hex digits
     */
    void write(Path newReports, String resultsDigest) throws IOException {
        StringBuilder b = new StringBuilder();
        header.forEach(h -> b.append(h).append('\n'));
        b.append("results ").append(resultsDigest).append('\n');
        now.forEach(e -> b.append(e).append('\n'));
        Files.writeString(newReports.resolve(FILE), b, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
    }

    /** Closes the previous results.jsonl. */
    @Override
    public void close() {
        closeQuietly(previous);
    }

    private static void closeQuietly(@Nullable FileChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // only read from
            }
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(SurveyDigest.sha256().digest(bytes));
    }
}
