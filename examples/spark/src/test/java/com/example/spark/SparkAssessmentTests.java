package com.example.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.ResultJson;
import dev.ergo.engine.RunSummary;
import dev.ergo.report.ReportOptions;
import dev.ergo.report.ReportRenderer;
import dev.ergo.report.SummaryInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on {@code local[2]} against the same workbooks assessed on one machine without Spark. */
class SparkAssessmentTests {
    private static final ReportRenderer RENDERER = ReportRenderer.of(
            ReportOptions.builder().fixedCreationDate(Samples.RUN_DATE).build());
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("ergo-spark-test")
                .config("spark.ui.enabled", "false").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void eachWorkbookIsAPartitionAndTheMergedSummaryIsTheWholeRuns(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String name : List.of("site-a.xlsx", "site-b.xlsx", "site-c.xlsx")) {
            Files.copy(Samples.WORKBOOK, in.resolve(name));
        }
        Files.writeString(in.resolve("notes.txt"), "not a workbook");
        Path out = tmp.resolve("out");

        SparkAssessment.Outcome o = SparkAssessment.run(spark, in, out, Samples.RUN_DATE, Samples.RUN_DATE);

        List<AssessmentResult> one = Samples.assess(Samples.WORKBOOK);
        List<AssessmentResult> all = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            all.addAll(one);
        }
        int n = all.size();
        assertThat(spark.sparkContext().master()).isEqualTo("local[2]");
        assertThat(o.partitions()).isEqualTo(3);
        assertThat(n).isGreaterThan(3 * RunSummary.MOST_IN_NEED / 2);

        List<String> lines = new ArrayList<>();
        long pdfs = 0;
        for (int p = 0; p < 3; p++) {
            Path part = out.resolve(String.format("part-%05d", p));
            assertThat(part.resolve("problems.csv")).hasSameBinaryContentAs(Samples.PROBLEMS_CSV);
            assertThat(part.resolve("workbook.txt")).hasContent("site-" + (char) ('a' + p) + ".xlsx");
            List<String> partLines = Files.readAllLines(part.resolve("results.jsonl"), StandardCharsets.UTF_8);
            assertThat(partLines).hasSize(one.size());
            lines.addAll(partLines);
            try (Stream<Path> s = Files.list(part.resolve("reports"))) {
                List<Path> reports = s.toList();
                assertThat(reports).hasSize(one.size()).allSatisfy(f -> assertThat(Files.readAllBytes(f)).startsWith(
                        "%PDF-".getBytes(StandardCharsets.US_ASCII)));
                pdfs += reports.size();
            }
        }
        Path reports0 = out.resolve("part-00000").resolve("reports");
        for (AssessmentResult r : one) { // ids are unique in the sample
            assertThat(reports0.resolve(new dev.ergo.report.ReportFileNames().next(r.employee().id())))
                    .hasBinaryContent(RENDERER.employeeReport(r));
        }
        assertThat(lines).hasSize(n).isEqualTo(all.stream().map(r -> ResultJson.line(r, false)).toList());
        assertThat(pdfs).isEqualTo(n);
        assertThat(o.totals().employees()).isEqualTo(n);
        long problemLines = Files.readAllLines(Samples.PROBLEMS_CSV).size() - 1;
        assertThat(problemLines).isPositive(); // the sample has rejected rows
        assertThat(o.totals().problems()).isEqualTo(3 * problemLines);
        assertThat(o.totals().workbooksWithProblems()).isEqualTo(3);
        assertThat(out.resolve("_temporary")).doesNotExist();

        RunSummary single = RunSummary.of(all, Samples.RUN_DATE);
        RunSummary merged = o.summary();
        assertThat(merged.employees()).isEqualTo(single.employees()).isEqualTo(n);
        assertThat(merged.notScored()).isEqualTo(single.notScored());
        assertThat(merged.overall()).isEqualTo(single.overall());
        assertThat(merged.byFactor()).isEqualTo(single.byFactor());
        assertThat(merged.bySite()).isEqualTo(single.bySite());
        assertThat(merged.byDepartment()).isEqualTo(single.byDepartment());
        assertThat(merged.recommendationCodes()).isEqualTo(single.recommendationCodes());
        assertThat(merged.prioritised()).isEqualTo(single.prioritised());
        assertThat(Files.readString(out.resolve("summary.json"))).isEqualTo(single.toJson() + "\n");

        SummaryInfo info = new SummaryInfo(SummaryInfo.DEFAULT_TITLE, Samples.RUN_DATE, "in", (int) o.totals().rowsRead(),
                (int) o.totals().rowsRejected(), (int) o.totals().problems());
        ByteArrayOutputStream expectedPdf = new ByteArrayOutputStream();
        RENDERER.writeSummaryReport(single, info, expectedPdf);
        assertThat(Files.readAllBytes(out.resolve("summary.pdf"))).isEqualTo(expectedPdf.toByteArray());
    }

    @Test
    void anUnreadableWorkbookIsAProblemsLineAndTheOtherPartitionsComplete(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a-broken.xlsx"), "employee_id,name\nE1,not a workbook\n");
        Files.copy(Samples.WORKBOOK, in.resolve("b-site.xlsx"));
        Path out = tmp.resolve("out");

        SparkAssessment.Outcome o = SparkAssessment.run(spark, in, out, Samples.RUN_DATE, Samples.RUN_DATE);

        Path broken = out.resolve("part-00000");
        assertThat(broken.resolve("workbook.txt")).hasContent("a-broken.xlsx");
        List<String> lines = Files.readAllLines(broken.resolve("problems.csv"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("severity,sheet,row,column,cell,message,employee_id");
        assertThat(lines.get(1)).startsWith("ERROR,,,,,\"workbook a-broken.xlsx not read: ").endsWith("\",");
        assertThat(broken.resolve("results.jsonl")).isEmptyFile();
        assertThat(broken.resolve("reports")).isEmptyDirectory();

        Path site = out.resolve("part-00001");
        assertThat(site.resolve("problems.csv")).hasSameBinaryContentAs(Samples.PROBLEMS_CSV);
        assertThat(Files.readAllLines(site.resolve("results.jsonl"))).hasSize(Samples.assess(Samples.WORKBOOK).size());
        assertThat(o.totals().unreadableWorkbooks()).isEqualTo(1);
        assertThat(o.totals().problems()).isEqualTo(Files.readAllLines(Samples.PROBLEMS_CSV).size() - 1 + 1);
        assertThat(o.totals().workbooksWithProblems()).isEqualTo(2);
        assertThat(ErgoSpark.problemsLine(o, out)).isEqualTo("Problems of 2 of 2 workbooks: "
                + out.resolve("part-NNNNN/problems.csv") + " (the workbook's name in " + out.resolve("part-NNNNN/workbook.txt")
                + ")");
        assertThat(o.summary().employees()).isEqualTo(Samples.assess(Samples.WORKBOOK).size());
    }

    @Test
    void aFolderWithoutWorkbooksGivesAnEmptySummary(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("out");

        SparkAssessment.Outcome o = SparkAssessment.run(spark, in, out, Samples.RUN_DATE, Samples.RUN_DATE);

        assertThat(o.partitions()).isZero();
        assertThat(o.summary().employees()).isZero();
        assertThat(Files.readString(out.resolve("summary.json")))
                .isEqualTo(RunSummary.of(List.of(), Samples.RUN_DATE).toJson() + "\n");
        assertThat(out.resolve("summary.pdf")).isNotEmptyFile();
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("summary.json", "summary.pdf");
        }
    }
}
