package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.FactorResult;
import dev.ergo.report.internal.spi.SectionRenderer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/** A report with every factor: sections, verdicts, methods, page furniture, PDF/A and determinism. */
class AllFactorsReportTests {
    static final ReportRenderer RENDERER = EmployeeReportTests.RENDERER;
    static final java.util.Map<String, String> VERDICTS = java.util.Map.of("posture", "Working postures",
            "lifting", "Lifting", "handArmVibration", "Hand-arm vibration", "wholeBodyVibration",
            "Whole-body vibration", "handActivity", "Repetitive hand work", "revisedStrainIndex",
            "Hand and wrist strain", "contactStress", "Contact stress");

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void everyFactorHasItsSectionVerdictAndMethodNote() {
        AssessmentResult r = Fixtures.allFactors();
        byte[] pdf = RENDERER.employeeReport(r);
        String text = Pdfs.text(pdf);

        assertThat(r.factors()).hasSize(8);
        assertThat(r.factors().stream().map(FactorResult::key).filter(VERDICTS::containsKey)).hasSize(7);
        for (FactorResult f : r.factors()) {
            SectionRenderer<?> renderer = SectionRenderers.find(f).orElseThrow();
            assertThat(text).as(f.key()).contains(renderer.title(ReportTexts.english()));
            String reason = SectionRenderers.verdict(renderer, f, ReportTexts.english());
            if (reason != null) { // listed with its light in "What the assessment found"
                assertThat(text).as(f.key()).contains(f.risk().name() + " " + Pdfs.normalise(reason));
            }
            String verdict = VERDICTS.get(f.key());
            if (verdict != null) { // the badge's word, then the sentence, which does not repeat the light
                assertThat(text).as(f.key()).contains(f.risk().name() + " " + verdict + ": ")
                        .doesNotContain(verdict + ": " + f.risk().name() + ". ");
            }
            for (String note : renderer.methodNotes(ReportTexts.english())) {
                assertThat(Pdfs.squash(text)).contains(Pdfs.squash(note));
            }
        }
        assertThat(text).doesNotContain("Not shown in this version");
        int n = Pdfs.pages(pdf);
        for (int p = 1; p <= n; p++) {
            assertThat(Pdfs.pageText(pdf, p)).containsPattern("Page " + p + " of ?" + n + "\\b")
                    .contains("Employee ID E-2001");
        }
        assertThat(Pdfs.fonts(pdf)).allSatisfy(f -> assertThat(f).contains("DejaVuSans").endsWith("embedded=true"));
    }

    @Test
    void theEmployeesPartFitsTwoPagesThenTheAssessorsAppendix() {
        byte[] pdf = RENDERER.employeeReport(Fixtures.allFactors());
        int appendix = 0;
        for (int p = 1; p <= Pdfs.pages(pdf) && appendix == 0; p++) {
            if (Pdfs.pageText(pdf, p).contains("For your assessor")) {
                appendix = p;
            }
        }
        assertThat(appendix).as("page of the assessor's appendix").isBetween(2, 3);
        StringBuilder employeePart = new StringBuilder();
        for (int p = 1; p < appendix; p++) {
            employeePart.append(Pdfs.pageText(pdf, p)).append(' ');
        }
        assertThat(employeePart.toString()).contains("Overall: HIGH (red)", "What to do", "Your set-up",
                "What the assessment found").doesNotContain("Body part Angle RULA REBA", "ROSA score: 6 of 10", "Methods");
    }

    @Test
    void chartsKeepTheFullReportPdfA1b() throws Exception {
        ReportRenderer pdfa = ReportRenderer.of(RENDERER.options().toBuilder().pdfA(true).build());

        PdfATests.assertPdfA1b(pdfa.employeeReport(Fixtures.allFactors()));
    }

    @Test
    void fourThreadsRenderIdenticalAllFactorReports() throws Exception {
        ReportRenderer renderer = ReportRenderer.of(
                ReportOptions.builder().fixedCreationDate(LocalDate.of(2026, 3, 5)).build());
        List<AssessmentResult> results = List.of(Fixtures.allFactors(), Fixtures.polish(), Fixtures.vibrationOnly(),
                Fixtures.lifterOnly());
        List<byte[]> expected = results.stream().map(renderer::employeeReport).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                AssessmentResult r = results.get(i % results.size());
                futures.add(pool.submit(() -> {
                    start.await();
                    return renderer.employeeReport(r);
                }));
            }
            start.countDown();
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get(120, TimeUnit.SECONDS)).as("render " + i)
                        .isEqualTo(expected.get(i % results.size()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Pdfs.text(expected.get(0))).contains("Lifting (NIOSH lifting equation)");
    }
}
