package com.example.spark;

import dev.ergo.engine.RunSummary;
import dev.ergo.report.ReportOptions;
import dev.ergo.report.ReportRenderer;
import dev.ergo.report.SummaryInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * Assesses a folder of survey workbooks on Spark: each workbook is one partition, assessed and rendered
 * inside {@code mapPartitions}; the partitions' summary aggregates are merged with {@code treeReduce}
 * into one summary, written as {@code summary.json} and {@code summary.pdf} as {@code ergo assess}
 * writes them.
 *
 * <p>Input and output are paths that the driver and every executor see (a shared file system).
 */
public final class SparkAssessment {
    private SparkAssessment() {}

    /**
     * What a run did.
     *
     * @param summary the merged summary
     * @param totals the merged counts
     * @param partitions the number of partitions (workbooks)
     */
    public record Outcome(RunSummary summary, PartitionResult totals, int partitions) {}

    /**
     * Runs the job.
     *
     * @param spark the session
     * @param input a folder of {@code .xlsx} workbooks
     * @param out the output folder: {@code part-NNNNN/} per workbook (its results, reports, {@code problems.csv}
     *     and {@code workbook.txt}), {@code summary.json}, {@code summary.pdf}
     * @param runDate the reference date for employees without an assessment date
     * @param creationDate the creation date written into every PDF for identical bytes on every run, or
     *     null for the time of writing
     * @return the outcome
     * @throws IOException if the folders cannot be read or written
     */
    public static Outcome run(SparkSession spark, Path input, Path out, LocalDate runDate, @Nullable LocalDate creationDate)
            throws IOException {
        List<String> workbooks;
        try (Stream<Path> s = Files.list(input)) {
            workbooks = s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx"))
                    .filter(Files::isRegularFile).map(p -> p.toAbsolutePath().toString()).sorted().toList();
        }
        Files.createDirectories(out);
        RunSummary.Aggregate empty = new RunSummary.Aggregate(runDate, null);
        PartitionResult totals = new PartitionResult(0, empty, 0, 0, 0, 0, 0, 0);
        if (!workbooks.isEmpty()) {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            JavaRDD<String> files = jsc.parallelize(workbooks, workbooks.size()); // one workbook per partition
            totals = files.mapPartitions(new AssessPartition(out.toAbsolutePath(), runDate, creationDate))
                    .treeReduce(PartitionResult::merge);
        }
        AssessPartition.deleteTree(out.resolve("_temporary"));
        RunSummary summary = totals.summary(Math.max(1, workbooks.size()));

        writeAtomically(out.resolve("summary.json"), o -> {
            java.io.Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8); // streamed, as ergo assess does
            summary.writeJson(w);
            w.write('\n');
            w.flush();
        });
        SummaryInfo info = new SummaryInfo(SummaryInfo.DEFAULT_TITLE, runDate,
                String.valueOf(input.toAbsolutePath().getFileName()), (int) totals.rowsRead(),
                (int) totals.rowsRejected(), (int) totals.problems());
        ReportRenderer renderer = ReportRenderer.of(reportOptions(creationDate));
        writeAtomically(out.resolve("summary.pdf"), o -> renderer.writeSummaryReport(summary, info, o));
        return new Outcome(summary, totals, workbooks.size());
    }

    /** The report options of the job: the library's defaults, as {@code ergo assess} without options. */
    static ReportOptions reportOptions(@Nullable LocalDate creationDate) {
        return ReportOptions.builder().fixedCreationDate(creationDate).build();
    }

    /** Writes what {@code writer} writes. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes a temporary file beside {@code file} and moves it into place. */
    static void writeAtomically(Path file, Writer writer) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            try (OutputStream o = Files.newOutputStream(tmp)) {
                writer.write(o);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
