package dev.ergo.benchmarks;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.report.BarePage;
import dev.ergo.report.ReportOptions;
import dev.ergo.report.ReportRenderer;
import dev.ergo.xlsx.ImportResult;
import dev.ergo.xlsx.SurveyImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-employee costs of the three stages on a generated workbook of 1 000 employees: import (whole
 * workbook), assessment and PDF rendering (one employee each).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -i 3}. On 2 cores the error bars
 * are wide; use these to compare changes, not as thresholds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ErgoBenchmarks {
    private Path workbook;
    private List<EmployeeSurvey> surveys;
    private AssessmentResult result;
    private final Assessor assessor =
            Assessor.of(AssessmentOptions.builder().referenceDate(LocalDate.of(2026, 11, 24)).build());
    private final ReportRenderer renderer = ReportRenderer.of(ReportOptions.DEFAULT);
    private int next;

    /** Generates the workbook and imports it once. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        workbook = Files.createTempFile("ergo-bench", ".xlsx");
        GenerateWorkbook.write(workbook, 1000);
        ImportResult imported = SurveyImporter.create().read(workbook);
        surveys = imported.surveys();
        result = assessor.assess(surveys.get(2)); // employee 3 has office and lifting rows
    }

    /** Removes the workbook. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(workbook);
    }

    /** @return the import of 1 000 employees (3 000+ rows) */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ImportResult importThousandEmployees() {
        return SurveyImporter.create().read(workbook);
    }

    /** @return one employee assessed, cycling through the workbook */
    @Benchmark
    public AssessmentResult assessOneEmployee() {
        next = (next + 1) % surveys.size();
        return assessor.assess(surveys.get(next));
    }

    /** @return one employee's JSON line */
    @Benchmark
    public String jsonLine() {
        return result.toJsonLine();
    }

    /** @return one employee's PDF (8 pages) */
    @Benchmark
    public byte[] renderOneReport() {
        return renderer.employeeReport(result);
    }

    /**
     * The ceiling {@link #renderOneReport()} is compared with (scripts/benchmark.sh --all prints the
     * ratio): a bare one-page OpenPDF document with the reports' shared fonts.
     *
     * @return the PDF
     */
    @Benchmark
    public byte[] bareOnePageOpenPdf() {
        return BarePage.render();
    }
}
