package dev.ergo.report;

import dev.ergo.engine.AssessmentResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures report rendering by hand (not a unit test): {@code java -cp … dev.ergo.report.RenderTiming [count]}.
 * Prints reports per second for one-page and two-page employee reports, plain and PDF/A, on 1 and
 * 2 threads, and the SHA-256 of a deterministic report so runs in separate JVMs can be compared.
 */
public final class RenderTiming {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private RenderTiming() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        LocalDate day = LocalDate.of(2026, 3, 5);
        ReportRenderer plain = ReportRenderer.of(ReportOptions.builder().fixedCreationDate(day).build());
        ReportRenderer pdfA = ReportRenderer.of(ReportOptions.builder().fixedCreationDate(day).pdfA(true).build());
        AssessmentResult onePage = Fixtures.bronte();
        AssessmentResult twoPages = Fixtures.polish();

        long t0 = System.nanoTime();
        byte[] first = plain.employeeReport(onePage);
        System.out.printf("first report in this JVM: %.0f ms, %d bytes, %d page(s)%n",
                (System.nanoTime() - t0) / 1e6, first.length, Pdfs.pages(first));
        System.out.println("sha256 one-page plain: " + sha(first));
        System.out.println("sha256 two-page PDF/A: " + sha(pdfA.employeeReport(twoPages)));

        if (n == 0) {
            return; // hashes only, to compare JVMs
        }
        for (int i = 0; i < 300; i++) { // warm-up
            plain.employeeReport(onePage);
            pdfA.employeeReport(twoPages);
        }
        run("one-page, plain", plain, onePage, n, 1);
        run("one-page, plain", plain, onePage, n, 2);
        run("one-page, PDF/A-1b", pdfA, onePage, n, 1);
        run("two-page, plain", plain, twoPages, n, 1);
        run("two-page, plain", plain, twoPages, n, 2);
        AssessmentResult allFactors = Fixtures.allFactors();
        run("all factors (" + Pdfs.pages(plain.employeeReport(allFactors)) + " pages), plain", plain, allFactors,
                Math.max(1, n / 5), 1);
        run("all factors, PDF/A-1b", pdfA, allFactors, Math.max(1, n / 5), 1);
        List<AssessmentResult> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(SummaryReportTests.as(i % 2 == 0 ? twoPages : onePage, "E" + i, "N" + i, "D" + i % 9));
        }
        long s0 = System.nanoTime();
        byte[] summary = plain.summaryReport(many, new SummaryInfo("Summary", day, "w.xlsx", 10_000, 0, 0));
        System.out.printf("summary of 10 000 results: %.0f ms, %d bytes%n", (System.nanoTime() - s0) / 1e6,
                summary.length);
    }

    private static void run(String label, ReportRenderer r, AssessmentResult result, int n, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<Long>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                fs.add(pool.submit(() -> {
                    long c0 = CPU.getCurrentThreadCpuTime();
                    for (int i = 0; i < n / threads; i++) {
                        r.employeeReport(result);
                    }
                    return CPU.getCurrentThreadCpuTime() - c0;
                }));
            }
            long cpu = 0;
            for (Future<Long> f : fs) {
                cpu += f.get();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%-20s %d thread(s): %d reports in %.2f s wall = %.0f reports/s; CPU %.2f ms/report"
                    + " (load average %.1f)%n", label, threads, n, s, n / s, cpu / 1e6 / n,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            pool.shutdown();
        }
    }

    private static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
