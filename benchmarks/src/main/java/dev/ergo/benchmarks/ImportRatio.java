package dev.ergo.benchmarks;

import dev.ergo.model.EmployeeSurvey;
import dev.ergo.xlsx.SpooledImport;
import dev.ergo.xlsx.SurveyImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The importer's time over fastexcel-reader's on one generated workbook, the importer kept in memory,
 * the importer spooled and read back as {@code ergo assess} uses it, and fastexcel-reader run in turn in
 * one JVM and timed by the thread's CPU time, so other load on a shared machine moves them alike, and by
 * wall time, which also counts the collector's work (the thread's CPU time does not). Prints the medians
 * of the per-round ratios. A check beside {@link ImportBenchmarks}, not a replacement.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.ergo.benchmarks.ImportRatio [employees] [rounds]}.
 */
public final class ImportRatio {
    private ImportRatio() {}

    /**
     * @param args employees (default 20 000) and rounds (default 8, after 3 to warm up)
     */
    public static void main(String[] args) throws IOException {
        int employees = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Path workbook = Files.createTempFile("ergo-import-ratio", ".xlsx");
        try {
            GenerateWorkbook.write(workbook, employees);
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            double[] ratios = new double[rounds];
            double[] spooledRatios = new double[rounds];
            double[] wallRatios = new double[rounds];
            double[] spooledWallRatios = new double[rounds];
            long sink = 0;
            for (int i = -3; i < rounds; i++) {
                long w0 = System.nanoTime();
                long t0 = mx.getCurrentThreadCpuTime();
                sink += SurveyImporter.create().read(workbook).surveys().size();
                long t1 = mx.getCurrentThreadCpuTime();
                long w1 = System.nanoTime();
                sink += spooled(workbook);
                long t2 = mx.getCurrentThreadCpuTime();
                long w2 = System.nanoTime();
                sink += fastexcel(workbook);
                long t3 = mx.getCurrentThreadCpuTime();
                long w3 = System.nanoTime();
                if (i >= 0) {
                    wallRatios[i] = (double) (w1 - w0) / (w3 - w2);
                    spooledWallRatios[i] = (double) (w2 - w1) / (w3 - w2);
                    ratios[i] = (double) (t1 - t0) / (t3 - t2);
                    spooledRatios[i] = (double) (t2 - t1) / (t3 - t2);
                    System.out.printf("round %d: importer %.0f ms CPU (spooled %.0f ms), fastexcel-reader %.0f ms CPU,"
                            + " ratio %.2f (spooled %.2f); wall %.0f (%.0f) and %.0f ms, ratio %.2f (spooled %.2f)%n",
                            i + 1, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, ratios[i], spooledRatios[i],
                            (w1 - w0) / 1e6, (w2 - w1) / 1e6, (w3 - w2) / 1e6, wallRatios[i], spooledWallRatios[i]);
                }
            }
            Arrays.sort(ratios);
            Arrays.sort(spooledRatios);
            Arrays.sort(wallRatios);
            Arrays.sort(spooledWallRatios);
            System.out.printf("importer / fastexcel-reader (wall time with the collector's work, median of %d rounds) = %.2f,"
                    + " spooled %.2f%n", rounds, wallRatios[rounds / 2], spooledWallRatios[rounds / 2]);
            System.out.printf("importer / fastexcel-reader (CPU time, median of %d rounds) = %.2f, spooled %.2f (checksum %d)%n",
                    rounds, ratios[rounds / 2], spooledRatios[rounds / 2], sink);
        } finally {
            Files.deleteIfExists(workbook);
        }
    }

    /** Imports spooled and reads every survey back, as {@code ergo assess} does. */
    private static long spooled(Path workbook) {
        long n = 0;
        try (SpooledImport imported = SurveyImporter.create().readSpooled(workbook)) {
            for (EmployeeSurvey survey : imported) {
                n += survey.sections().size();
            }
        }
        return n;
    }

    private static long fastexcel(Path workbook) throws IOException {
        long[] n = {0};
        try (ReadableWorkbook wb = new ReadableWorkbook(workbook.toFile(), new ReadingOptions(false, false))) {
            wb.getSheets().forEach(sheet -> {
                try (Stream<Row> rows = sheet.openStream()) {
                    rows.forEach(row -> {
                        for (Cell c : row) {
                            if (c != null) {
                                n[0] += c.getRawValue() == null ? 0 : 1;
                            }
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return n[0];
    }
}
