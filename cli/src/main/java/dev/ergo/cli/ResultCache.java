package dev.ergo.cli;

import dev.ergo.engine.ResultJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Re-runs into the same output folder without scoring again. {@code reports/.ergo-inputs} has a header
 * (format, a SHA-256 of every run option the results and reports depend on, toolkit and results format
 * versions), then one line per line of {@code results.jsonl}: a SHA-256 of the employee's imported survey
 * ({@link SurveyDigest}, {@code -} when it cannot be reused), the length and SHA-256 of the results line,
 * and the length and SHA-256 of the employee's {@link ResultMemo} in {@code reports/.ergo-rows} (one
 * memo a line, {@code 0} and {@code -} for none); last a SHA-256 of everything above it. A previous line
 * and memo are offered only when the header matches, the file is whole, and their bytes still have their
 * SHA-256; anything else offers nothing (the employee is scored).
 *
 * <p>Thread-safe for {@link #previous} and {@link #reused}; {@link #start}, {@link #record} and
 * {@link #finish} are called from one thread.
 */
final class ResultCache implements AutoCloseable {
    static final String FILE = ".ergo-inputs";
    static final String MEMOS = ".ergo-rows";
    private static final String FORMAT = "ergo-inputs 2";
    private static final int SHA = 32;

    /** A previous run's results line and memo of an unchanged survey, both checked. */
    record Previous(byte[] line, byte[] lineSha, byte @Nullable [] memo, byte @Nullable [] memoSha) {}

    private final List<String> header;
    private final Map<String, Integer> before;
    /** Per previous results line: where it starts (the line count + 1 entries) and its SHA-256. */
    private final long[] lineStarts;
    private final long[] memoStarts;
    private final byte[] lineShas;
    private final byte[] memoShas;
    private final @Nullable FileChannel results;
    private final @Nullable FileChannel memos;
    private final AtomicInteger reused = new AtomicInteger();
    private @Nullable OutputStream inputsOut;
    private @Nullable OutputStream memosOut;
    private final MessageDigest inputsDigest = SurveyDigest.sha256();

    private ResultCache(List<String> header, Map<String, Integer> before, long[] lineStarts, long[] memoStarts,
            byte[] lineShas, byte[] memoShas, @Nullable FileChannel results, @Nullable FileChannel memos) {
        this.header = header;
        this.before = before;
        this.lineStarts = lineStarts;
        this.memoStarts = memoStarts;
        this.lineShas = lineShas;
        this.memoShas = memoShas;
        this.results = results;
        this.memos = memos;
    }

    private static ResultCache empty(List<String> header) {
        return new ResultCache(header, Map.of(), new long[1], new long[1], new byte[0], new byte[0], null, null);
    }

    /**
     * Reads what the previous run in {@code out} left; anything unusable means nothing is offered.
     *
     * @param out the output folder
     * @param runKey every option the results and reports depend on, as text (never written out)
     */
    static ResultCache open(Path out, String runKey) {
        List<String> header = List.of(FORMAT, "run " + SurveyDigest.sha256Hex(runKey.getBytes(StandardCharsets.UTF_8)),
                "toolkit " + ResultJson.toolkitVersion() + " format " + ResultJson.FORMAT_VERSION);
        Path file = out.resolve("reports").resolve(FILE);
        Path memoFile = out.resolve("reports").resolve(MEMOS);
        Path resultsFile = out.resolve("results.jsonl");
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(resultsFile, LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(memoFile, LinkOption.NOFOLLOW_LINKS)) {
            return empty(header);
        }
        FileChannel results = null;
        FileChannel memos = null;
        try {
            List<String> stored = Files.readAllLines(file, StandardCharsets.UTF_8);
            int n = stored.size() - header.size() - 1;
            if (n < 0 || !stored.subList(0, header.size()).equals(header) || !SealedLines.sealed(stored)) {
                return empty(header);
            }
            Map<String, Integer> before = new HashMap<>();
            long[] lineStarts = new long[n + 1];
            long[] memoStarts = new long[n + 1];
            byte[] lineShas = new byte[n * SHA];
            byte[] memoShas = new byte[n * SHA];
            HexFormat hex = HexFormat.of();
            for (int i = 0; i < n; i++) {
                String[] f = stored.get(header.size() + i).split(" ", -1);
                if (f.length != 5 || f[2].length() != 2 * SHA) {
                    return empty(header);
                }
                lineStarts[i + 1] = lineStarts[i] + Integer.parseInt(f[1]) + 1;
                System.arraycopy(hex.parseHex(f[2]), 0, lineShas, i * SHA, SHA);
                int memoLength = Integer.parseInt(f[3]);
                memoStarts[i + 1] = memoStarts[i] + (memoLength == 0 ? 0 : memoLength + 1);
                if (memoLength > 0) {
                    System.arraycopy(hex.parseHex(f[4]), 0, memoShas, i * SHA, SHA);
                }
                if (!f[0].equals("-")) {
                    before.putIfAbsent(f[0], i);
                }
            }
            if (Files.size(resultsFile) != lineStarts[n] || Files.size(memoFile) != memoStarts[n]) {
                return empty(header); // changed since: score everything
            }
            results = FileChannel.open(resultsFile, StandardOpenOption.READ);
            memos = FileChannel.open(memoFile, StandardOpenOption.READ);
            return new ResultCache(header, before, lineStarts, memoStarts, lineShas, memoShas, results, memos);
        } catch (MalformedInputException | IllegalArgumentException e) {
            closeQuietly(results); // not ours: score everything
            closeQuietly(memos);
        } catch (IOException e) {
            closeQuietly(results);
            closeQuietly(memos);
        }
        return empty(header);
    }

    /**
     * Returns the previous run's results line and memo of a survey with this digest, if the previous run
     * left them and they are unchanged since.
     *
     * @return the line (UTF-8, without its line break) and memo, or null
     */
    @Nullable Previous previous(@Nullable String surveyDigest) {
        Integer index = surveyDigest == null ? null : before.get(surveyDigest);
        if (index == null || results == null || memos == null) {
            return null;
        }
        int i = index;
        byte[] line = read(results, lineStarts[i], (int) (lineStarts[i + 1] - lineStarts[i] - 1));
        byte[] lineSha = Arrays.copyOfRange(lineShas, i * SHA, (i + 1) * SHA);
        if (line == null || !Arrays.equals(SurveyDigest.sha256().digest(line), lineSha)) {
            return null; // results.jsonl changed since: score instead
        }
        int memoLength = (int) (memoStarts[i + 1] - memoStarts[i]);
        if (memoLength == 0) {
            return new Previous(line, lineSha, null, null);
        }
        byte[] memo = read(memos, memoStarts[i], memoLength - 1);
        byte[] memoSha = Arrays.copyOfRange(memoShas, i * SHA, (i + 1) * SHA);
        if (memo == null || !Arrays.equals(SurveyDigest.sha256().digest(memo), memoSha)) {
            return new Previous(line, lineSha, null, null);
        }
        return new Previous(line, lineSha, memo, memoSha);
    }

    private static byte @Nullable [] read(FileChannel channel, long from, int length) {
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

    /** Starts the new files in the new reports folder; {@link #record} then writes them as lines come. */
    void start(Path newReports) throws IOException {
        inputsOut = open(newReports.resolve(FILE));
        memosOut = open(newReports.resolve(MEMOS));
        for (String h : header) {
            inputsLine(h);
        }
    }

    private static OutputStream open(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                1 << 16);
    }

    /**
     * Notes the next line written to the new results.jsonl.
     *
     * @param surveyDigest the survey's digest, or null when the survey cannot be reused
     * @param line the results line, UTF-8, without its line break
     * @param lineSha its SHA-256
     * @param memo the employee's {@link ResultMemo} as UTF-8, or null
     * @param memoSha its SHA-256, or null without a memo
     */
    void record(@Nullable String surveyDigest, byte[] line, byte[] lineSha, byte @Nullable [] memo,
            byte @Nullable [] memoSha) throws IOException {
        OutputStream m = memosOut;
        if (m == null) {
            throw new IllegalStateException("start first");
        }
        HexFormat hex = HexFormat.of();
        String memoPart = "0 -";
        if (memo != null && memoSha != null && memo.length > 0) {
            m.write(memo);
            m.write('\n');
            memoPart = memo.length + " " + hex.formatHex(memoSha);
        }
        inputsLine((surveyDigest == null ? "-" : surveyDigest) + " " + line.length + " " + hex.formatHex(lineSha) + " "
                + memoPart);
    }

    private void inputsLine(String text) throws IOException {
        OutputStream o = inputsOut;
        if (o == null) {
            throw new IllegalStateException("start first");
        }
        byte[] b = (text + "\n").getBytes(StandardCharsets.UTF_8);
        inputsDigest.update(b);
        o.write(b);
    }

    /** Ends and closes the new files. */
    void finish() throws IOException {
        OutputStream o = inputsOut;
        OutputStream m = memosOut;
        if (o == null || m == null) {
            throw new IllegalStateException("start first");
        }
        o.write((SealedLines.endLine(inputsDigest) + "\n").getBytes(StandardCharsets.UTF_8));
        o.close();
        m.close();
        inputsOut = null;
        memosOut = null;
    }

    /** Closes the previous files, and the new ones after a failure (their staging folder is removed). */
    @Override
    public void close() {
        closeQuietly(results);
        closeQuietly(memos);
        for (OutputStream o : new OutputStream[] {inputsOut, memosOut}) {
            if (o != null) {
                try {
                    o.close();
                } catch (IOException e) {
                    // the run failed already
                }
            }
        }
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
}
