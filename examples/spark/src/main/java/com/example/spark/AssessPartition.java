package com.example.spark;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.engine.InvalidSurveyException;
import dev.ergo.engine.ResultJson;
import dev.ergo.engine.RunSummary;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.report.ReportRenderer;
import dev.ergo.xlsx.ImportException;
import dev.ergo.xlsx.ImportResult;
import dev.ergo.xlsx.SurveyImporter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assesses the workbooks of one partition with one assessor and one renderer, writes
 * {@code part-NNNNN/results.jsonl} and {@code part-NNNNN/reports/*.pdf}, and returns the partition's
 * summary aggregate. The folder appears whole: it is written under {@code _temporary} and moved into
 * place when complete, replacing what an earlier attempt of the same partition left.
 */
final class AssessPartition implements FlatMapFunction<Iterator<String>, PartitionResult> {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AssessPartition.class);

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
        String name = String.format(Locale.ROOT, "part-%05d", partition);
        Path staging = Path.of(out, "_temporary", name + "-attempt-" + task.attemptNumber());
        deleteTree(staging);
        Path reports = Files.createDirectories(staging.resolve("reports"));

        Assessor assessor = Assessor.of(AssessmentOptions.builder().referenceDate(runDate).build());
        ReportRenderer renderer = ReportRenderer.of(SparkAssessment.reportOptions(creationDate));
        RunSummary.Aggregate aggregate = new RunSummary.Aggregate(runDate, null);
        long[] counts = new long[6];
        Set<String> usedNames = new HashSet<>();
        try (BufferedWriter jsonl = Files.newBufferedWriter(staging.resolve("results.jsonl"), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW)) {
            while (workbooks.hasNext()) {
                Path workbook = Path.of(workbooks.next());
                ImportResult imported;
                try {
                    imported = SurveyImporter.create().read(workbook);
                } catch (ImportException e) {
                    LOG.warn("{}: {}", workbook.getFileName(), e.getMessage()); // names the file, not a person
                    counts[5]++;
                    continue;
                }
                counts[2] += imported.sheets().stream().filter(s -> s.sheet().equalsIgnoreCase("Employees"))
                        .mapToInt(s -> s.rowsRead()).sum();
                counts[3] += imported.rowsRejected();
                counts[4] += imported.problems().size();
                for (EmployeeSurvey survey : imported.surveys()) {
                    AssessmentResult r;
                    try {
                        r = assessor.assess(survey);
                    } catch (InvalidSurveyException e) {
                        counts[1]++;
                        counts[4]++;
                        continue;
                    }
                    jsonl.write(ResultJson.line(r, false));
                    jsonl.write('\n');
                    Files.write(reports.resolve(reportName(r.employee().id(), usedNames)), renderer.employeeReport(r),
                            StandardOpenOption.CREATE_NEW);
                    aggregate.add(r);
                    counts[0]++;
                }
            }
        }
        Path target = Path.of(out, name);
        deleteTree(target); // an earlier attempt finished but its result was lost
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        return List.of(new PartitionResult(partition, aggregate, counts)).iterator();
    }

    /** A file-system-safe, unique (ignoring case) report name for an employee id, as the CLI names them. */
    static String reportName(String id, Set<String> used) {
        StringBuilder b = new StringBuilder();
        id.strip().codePoints().forEach(cp -> b.append(
                cp < 128 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.') ? (char) cp : '_'));
        for (int i = 0; i < b.length() && b.charAt(i) == '.'; i++) {
            b.setCharAt(i, '_');
        }
        String stem = b.isEmpty() ? "_" : b.substring(0, Math.min(b.length(), 100));
        String name = stem + ".pdf";
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = stem + "-" + n + ".pdf";
        }
        return name;
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
