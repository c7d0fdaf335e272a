package dev.ergo.cli;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Baseline;
import dev.ergo.engine.ResultJson;
import dev.ergo.engine.RunSummary;
import dev.ergo.xlsx.ImportProblem;
import dev.ergo.xlsx.ProblemsCsv;
import dev.ergo.xlsx.TableWorkbook;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The per-employee outputs of a run, written as employees finish, in workbook order: a line of
 * {@code results.jsonl} and of {@code results.csv}, a row of {@code results.xlsx} (kept in a spool file
 * in the staging folder until the follow-up columns are known), and the summary's aggregate. Nothing grows
 * with the employees in memory but the aggregate's small keys.
 */
final class ResultStreams implements AutoCloseable {
    /** The rows of {@code results.xlsx}, a line each ({@link ResultsTable.XlsxRow#encode()}), UTF-8. */
    static final String XLSX_SPOOL = ".results-xlsx.spool";

    private final Path staging;
    private final boolean namesInData;
    private final @Nullable Baseline baseline;
    private final OutputStream jsonl;
    private final Writer csv;
    /** Formats one results.csv record at a time, so that its text can be kept for the next run. */
    private final StringBuilder csvRecord = new StringBuilder(1024);
    private final CSVPrinter csvFormat;
    private final Writer spool;
    private final RunSummary.Aggregate summary;
    private final Set<String> factorKeys = new LinkedHashSet<>();
    private final List<ImportProblem> nearMisses = new ArrayList<>();
    private int rows;

    ResultStreams(Path staging, boolean namesInData, @Nullable Baseline baseline, LocalDate runDate) throws IOException {
        this.staging = staging;
        this.namesInData = namesInData;
        this.baseline = baseline;
        this.summary = new RunSummary.Aggregate(runDate, baseline);
        this.jsonl = open(staging.resolve("results.jsonl"));
        this.csv = new OutputStreamWriter(open(staging.resolve("results.csv")), StandardCharsets.UTF_8);
        this.csvFormat = new CSVPrinter(csvRecord, CSVFormat.RFC4180);
        csv.write(csvRecord(ResultsTable.header(namesInData)));
        this.spool = new OutputStreamWriter(open(staging.resolve(XLSX_SPOOL)), StandardCharsets.UTF_8);
    }

    private static OutputStream open(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE));
    }

    /**
     * Returns the employee's results.jsonl line; workers call this (it is thread-safe) so that the line
     * is built once, for the report hash and for {@link #add}.
     */
    String line(AssessmentResult r) {
        return baseline == null ? ResultJson.line(r, namesInData) : baseline.line(r, namesInData);
    }

    /**
     * Writes the next employee's lines and rows; {@code line} is {@link #line(AssessmentResult)} of it,
     * UTF-8.
     *
     * @return what the next run needs to write the same without parsing the line ({@link ResultMemo}), or
     *     null in a follow-up run or when a cell cannot be kept
     */
    @Nullable String add(AssessmentResult r, byte[] line) throws IOException {
        jsonl.write(line);
        jsonl.write('\n');
        String record = csvRecord(ResultsTable.csvRow(r, namesInData));
        csv.write(record);
        ResultsTable.XlsxRow x = ResultsTable.xlsxRow(r, namesInData, baseline);
        if (x.followUp() != null) {
            factorKeys.addAll(x.followUp().factors().keySet());
        }
        spool(x);
        RunSummary.Entry entry = RunSummary.Entry.of(r);
        summary.add(entry, () -> r);
        if (baseline != null) {
            nearMisses.addAll(FollowUpRound.nearMisses(baseline, List.of(r)));
            return null; // the follow-up cells need the result: a re-run parses the line
        }
        return new ResultMemo(record, x.cells(), entry).encode();
    }

    /**
     * Writes the next employee's lines and rows from the previous run's line and memo, as {@link #add}
     * would write them; only in runs without a baseline.
     *
     * @param result gives the employee's result (parsed from the line) if the summary needs it
     */
    void addReused(byte[] line, ResultMemo memo, Supplier<AssessmentResult> result) throws IOException {
        if (baseline != null) {
            throw new IllegalStateException("a follow-up run adds results, not memos");
        }
        jsonl.write(line);
        jsonl.write('\n');
        csv.write(memo.csvRecord());
        spool(new ResultsTable.XlsxRow(memo.xlsxCells(), null));
        summary.add(memo.entry(), result);
    }

    private void spool(ResultsTable.XlsxRow x) throws IOException {
        spool.write(x.encode());
        spool.write('\n');
        rows++;
    }

    /** One results.csv record with its line break, cells guarded as problems.csv's are ({@link ProblemsCsv#guard}). */
    private String csvRecord(List<String> cells) throws IOException {
        csvRecord.setLength(0);
        csvFormat.printRecord(cells.stream().map(ProblemsCsv::guard));
        return csvRecord.toString();
    }

    /** Notices for ids that match a baseline id only when case and spaces are ignored, in workbook order. */
    List<ImportProblem> nearMisses() {
        return nearMisses;
    }

    /**
     * Closes the text files, writes {@code results.xlsx} from the spool and removes it.
     *
     * @return the run's summary
     */
    RunSummary finish() throws IOException {
        jsonl.close();
        csv.close();
        spool.close();
        Path spoolFile = staging.resolve(XLSX_SPOOL);
        boolean followUp = baseline != null;
        try (OutputStream o = open(staging.resolve("results.xlsx"));
                BufferedReader in = Files.newBufferedReader(spoolFile, StandardCharsets.UTF_8)) {
            Iterable<List<?>> cells = () -> new Iterator<>() {
                private int read;

                @Override
                public boolean hasNext() {
                    return read < rows;
                }

                @Override
                public List<?> next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    read++;
                    return ResultsTable.xlsxCells(readRow(in), followUp, factorKeys);
                }
            };
            try {
                TableWorkbook.write(o, "Results", ResultsTable.xlsxHeader(namesInData, followUp, factorKeys), cells, 1);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        Files.delete(spoolFile);
        return summary.summary();
    }

    /** Closes the files after a failure; the staging folder they are in is removed. */
    @Override
    public void close() {
        for (AutoCloseable c : List.<AutoCloseable>of(jsonl, csv, spool)) {
            try {
                c.close();
            } catch (Exception e) {
                // the run failed already; its staging folder goes
            }
        }
    }

    private static ResultsTable.XlsxRow readRow(BufferedReader in) {
        try {
            String line = in.readLine();
            if (line == null) {
                throw new IllegalStateException("the results.xlsx spool written by this run ends early");
            }
            return ResultsTable.XlsxRow.decode(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
