package dev.ergo.libraryuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.engine.Risk;
import dev.ergo.engine.office.RosaResult;
import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.Equipment;
import dev.ergo.model.Sex;
import dev.ergo.model.office.RosaChecklist;
import dev.ergo.model.office.Workstation;
import dev.ergo.report.ReportOptions;
import dev.ergo.report.ReportRenderer;
import dev.ergo.xlsx.ImportResult;
import dev.ergo.xlsx.SurveyImporter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * How an HR system uses ergo as a library, without files: records built in code (or a workbook handed
 * over as a stream), results, JSON lines and PDF bytes in memory, shared instances used from several
 * threads at once.
 */
class LibraryUseTests {

    private static final Assessor ASSESSOR =
            Assessor.of(AssessmentOptions.builder().referenceDate(LocalDate.of(2026, 11, 24)).build());
    private static final ReportRenderer RENDERER =
            ReportRenderer.of(ReportOptions.builder().includeNames(true).build());

    private static EmployeeSurvey survey(int i) {
        Employee e = Employee.builder("HR-" + i).name(i % 2 == 0 ? "Łukasz Żółć " + i : "Ελένη " + i)
                .sex(i % 2 == 0 ? Sex.M : Sex.F).statureCm(160.0 + i % 25).build();
        Workstation w = Workstation.builder().deskHeightCm(72.0 + i % 4).lumbarSupport(Equipment.values()[i % 3])
                .seatAdjustable(true).seatHeightMinCm(40.0).seatHeightMaxCm(55.0).build();
        RosaChecklist r = RosaChecklist.builder()
                .seatHeight(1 + i % 3).seatDepth(1).armrest(1 + i % 2).backSupport(1 + i % 2).chairHoursPerDay(6.0)
                .monitor(1 + i % 3).monitorHoursPerDay(6.0).phone(1).phoneHoursPerDay(1.0)
                .mouse(1 + i % 2).mouseHoursPerDay(6.0).keyboard(1).keyboardHoursPerDay(6.0).build();
        return EmployeeSurvey.of(e, w, r);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void recordsBuiltInCodeAreAssessedAndRenderedFromFourThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String[]>> futures = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                Callable<String[]> task = () -> {
                    AssessmentResult result = ASSESSOR.assess(survey(n));
                    byte[] pdf = RENDERER.employeeReport(result);
                    return new String[] {result.toJsonLine(), text(pdf), result.overallRisk().name()};
                };
                futures.add(pool.submit(task));
            }
            for (int i = 0; i < futures.size(); i++) {
                String[] out = futures.get(i).get();
                AssessmentResult expected = ASSESSOR.assess(survey(i));
                assertThat(out[0]).startsWith("{\"employeeId\":\"HR-" + i + "\"").isEqualTo(expected.toJsonLine());
                assertThat(out[1]).contains("HR-" + i).contains(i % 2 == 0 ? "Łukasz Żółć " + i : "Ελένη " + i);
                assertThat(Risk.valueOf(out[2])).isEqualTo(expected.overallRisk());
                assertThat(expected.section(RosaResult.class)).isPresent();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWorkbookHandedOverAsAStreamIsImportedAndAssessed() throws Exception {
        Path sample = Path.of("..", "examples", "sample-survey.xlsx");
        ImportResult imported;
        try (InputStream in = Files.newInputStream(sample)) {
            imported = SurveyImporter.create().read(in);
        }
        assertThat(imported.surveys()).hasSizeGreaterThanOrEqualTo(12);
        List<AssessmentResult> results = imported.surveys().stream().map(ASSESSOR::assess).toList();
        byte[] summary = RENDERER.summaryReport(results, new dev.ergo.report.SummaryInfo("Summary",
                LocalDate.of(2026, 11, 24), "sample-survey.xlsx", imported.surveys().size(), imported.rowsRejected(),
                imported.problems().size()));
        assertThat(new String(summary, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(results).allSatisfy(r -> assertThat(r.toJsonLine()).doesNotContain("\n"));
    }
}
