package dev.ergo.benchmarks;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.report.BarePage;
import dev.ergo.report.ReportOptions;
import dev.ergo.report.ReportRenderer;
import dev.ergo.xlsx.SurveyImporter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Report rendering by thread CPU time, so other load on a shared machine moves all figures alike:
 * per round, the benchmark's all-factor employee report ({@link ErgoBenchmarks#renderOneReport()}),
 * the bare page ({@link BarePage}) and the reports of the generator's first 200 employees (its mix),
 * in one JVM. Prints the medians. A check beside {@link ErgoBenchmarks}, not a replacement.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.ergo.benchmarks.RenderRatio [rounds]}.
 */
public final class RenderRatio {
    private static final int REPEATS = 40;
    private static final int MIX = 200;

    private RenderRatio() {}

    /**
     * @param args rounds (default 6, after 2 to warm up)
     */
    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        Path workbook = Files.createTempFile("ergo-render-ratio", ".xlsx");
        List<AssessmentResult> mix = new ArrayList<>();
        try {
            GenerateWorkbook.write(workbook, 1000);
            List<EmployeeSurvey> surveys = SurveyImporter.create().read(workbook).surveys();
            Assessor assessor = Assessor.of(AssessmentOptions.builder().referenceDate(LocalDate.of(2026, 11, 24)).build());
            for (int i = 0; i < MIX; i++) {
                mix.add(assessor.assess(surveys.get(i)));
            }
        } finally {
            Files.deleteIfExists(workbook);
        }
        AssessmentResult allFactors = mix.get(2); // as ErgoBenchmarks: office and lifting rows
        ReportRenderer renderer = ReportRenderer.of(ReportOptions.DEFAULT);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] report = new double[rounds];
        double[] bare = new double[rounds];
        double[] mixed = new double[rounds];
        long sink = 0;
        for (int i = -2; i < rounds; i++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < REPEATS; k++) {
                sink += renderer.employeeReport(allFactors).length;
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < REPEATS; k++) {
                sink += BarePage.render().length;
            }
            long t2 = mx.getCurrentThreadCpuTime();
            for (AssessmentResult r : mix) {
                sink += renderer.employeeReport(r).length;
            }
            long t3 = mx.getCurrentThreadCpuTime();
            if (i >= 0) {
                report[i] = (t1 - t0) / 1e6 / REPEATS;
                bare[i] = (t2 - t1) / 1e6 / REPEATS;
                mixed[i] = (t3 - t2) / 1e6 / MIX;
                System.out.printf("round %d: report %.2f ms, bare page %.2f ms (ratio %.2f), mix %.2f ms per report (CPU)%n",
                        i + 1, report[i], bare[i], report[i] / bare[i], mixed[i]);
            }
        }
        double r = median(report);
        double b = median(bare);
        double m = median(mixed);
        System.out.printf("medians of %d rounds (thread CPU): all-factor report %.2f ms = %.2f bare pages (%.2f ms);"
                + " generator mix %.2f ms per report, %.0f reports/s per core (checksum %d)%n", rounds, r, r / b, b, m,
                1000 / m, sink);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
