package com.example.spark;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.engine.InvalidSurveyException;
import dev.ergo.engine.ResultJson;
import dev.ergo.engine.RunSummary;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.report.ReportFileNames;
import dev.ergo.report.ReportRenderer;
import dev.ergo.xlsx.ImportException;
import dev.ergo.xlsx.ImportProblem;
import dev.ergo.xlsx.ImportResult;
import dev.ergo.xlsx.ProblemsCsv;
import dev.ergo.xlsx.SurveyImporter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assesses the one workbook of a partition with one assessor and one renderer, writes
 * {@code part-NNNNN/results.jsonl}, {@code part-NNNNN/reports/*.pdf}, {@code part-NNNNN/problems.csv} (every
 * rejected row, refused survey or unreadable workbook) and {@code part-NNNNN/workbook.txt} (the workbook's
 * file name), and returns the partition's summary aggregate. The folder appears whole: it is written under
 * {@code _temporary} and moved into place when complete, replacing what an earlier attempt of the same
 * partition left.
 */
final class AssessPartition implements FlatMapFunction<Iterator<String>, PartitionResult> {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AssessPartition.class);
    /** The partition's problems, as {@code problems.csv} of {@code ergo assess}. */
    static final String PROBLEMS_FILE = "problems.csv";
    /** The file name of the partition's workbook, one line: what the partition's problems are about. */
    static final String WORKBOOK_FILE = "workbook.txt";

    private final String out;
    private final LocalDate runDate;
    private final @Nullable LocalDate creationDate;

    AssessPartition(Path out, LocalDate runDate, @Nullable LocalDate creationDate) {
        this.out = out.toString();
        this.runDate = runDate;
        this.creationDate = creationDate;
    }

    @Override
    public Iterator<PartitionResult> call(Iterator<String> workbooks) throws IOException {
        TaskContext task = TaskContext.get();
        int partition = task.partitionId();
        if (!workbooks.hasNext()) {
            throw new IllegalStateException("partition " + partition + " has no workbook");
        }
        Path workbook = Path.of(workbooks.next());
        if (workbooks.hasNext()) {
            throw new IllegalStateException("partition " + partition + " has more than one workbook");
        }
        String name = String.format(Locale.ROOT, "part-%05d", partition);
        Path staging = Path.of(out, "_temporary", name + "-attempt-" + task.attemptNumber());
        deleteTree(staging);
        Path reports = Files.createDirectories(staging.resolve("reports"));
        Files.writeString(staging.resolve(WORKBOOK_FILE), workbook.getFileName() + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW);

        Assessor assessor = Assessor.of(AssessmentOptions.builder().referenceDate(runDate).build());
        ReportRenderer renderer = ReportRenderer.of(SparkAssessment.reportOptions(creationDate));
        RunSummary.Aggregate aggregate = new RunSummary.Aggregate(runDate, null);
        long[] counts = new long[6];
        List<ImportProblem> problems = new ArrayList<>();
        try (BufferedWriter jsonl = Files.newBufferedWriter(staging.resolve("results.jsonl"), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW)) {
            ImportResult imported = null;
            try {
                imported = SurveyImporter.create().read(workbook);
            } catch (ImportException e) {
                LOG.warn("{}: {}", workbook.getFileName(), e.getMessage()); // names the file, not a person
                problems.add(unreadable(workbook, e));
                counts[5]++;
            }
            if (imported != null) {
                counts[2] += imported.sheets().stream().filter(s -> s.sheet().equalsIgnoreCase("Employees"))
                        .mapToInt(s -> s.rowsRead()).sum();
                counts[3] += imported.rowsRejected();
                problems.addAll(imported.problems());
                assess(imported, assessor, renderer, jsonl, reports, aggregate, counts, problems);
            }
        }
        counts[4] = problems.size();
        try (OutputStream csv = Files.newOutputStream(staging.resolve(PROBLEMS_FILE), StandardOpenOption.CREATE_NEW)) {
            ProblemsCsv.write(csv, problems);
        }
        Path target = Path.of(out, name);
        deleteTree(target); // an earlier attempt finished but its result was lost
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        return List.of(new PartitionResult(partition, aggregate, counts)).iterator();
    }

    /** Assesses and renders in workbook order; a refused survey becomes its problems, as in ergo assess. */
    private static void assess(ImportResult imported, Assessor assessor, ReportRenderer renderer, BufferedWriter jsonl,
            Path reports, RunSummary.Aggregate aggregate, long[] counts, List<ImportProblem> problems) throws IOException {
        ReportFileNames reportNames = new ReportFileNames();
        for (EmployeeSurvey survey : imported.surveys()) {
            AssessmentResult r;
            try {
                r = assessor.assess(survey);
            } catch (InvalidSurveyException e) {
                counts[1]++;
                e.problems().forEach(v -> problems.add(ImportProblem.notAssessed(survey.employee().id(), v)));
                continue;
            }
            jsonl.write(ResultJson.line(r, false));
            jsonl.write('\n');
            Files.write(reports.resolve(reportNames.next(r.employee().id())), renderer.employeeReport(r),
                    StandardOpenOption.CREATE_NEW);
            aggregate.add(r);
            counts[0]++;
        }
    }

    /** The problems line of a workbook that cannot be read at all: the whole workbook, the file and the reason. */
    static ImportProblem unreadable(Path workbook, ImportException e) {
        return new ImportProblem(ImportProblem.Severity.ERROR, "", 0, "", "",
                "workbook " + workbook.getFileName() + " not read: " + e.getMessage());
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
