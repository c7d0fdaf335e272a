package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writes sample reports for people to look at (for example with {@code pdftoppm -png -r 60}), and checks
 * they open. The folder is {@code target/report-samples}, or the system property
 * {@code ergo.report.samples} when set (a temporary folder, say).
 */
class SampleReportsTests {
    static final Path DIR = Path.of(System.getProperty("ergo.report.samples", "target/report-samples"));

    @Test
    void writesSamples() throws IOException {
        Files.createDirectories(DIR);
        ReportRenderer r = ReportRenderer.of(ReportOptions.builder().organisation("Acme Fabrication Sp. z o.o.")
                .fixedCreationDate(LocalDate.of(2026, 3, 5)).build());
        write("polish.pdf", r.employeeReport(Fixtures.polish()));
        write("greek.pdf", r.employeeReport(Fixtures.greek()));
        write("bronte.pdf", r.employeeReport(Fixtures.bronte()));
        write("employee-only.pdf", r.employeeReport(Fixtures.employeeOnly()));
        write("many.pdf", r.employeeReport(Fixtures.withManyRecommendations(30)));
        write("all-factors.pdf", r.employeeReport(Fixtures.allFactors()));
        write("all-factors-pdfa.pdf", ReportRenderer.of(r.options().toBuilder().pdfA(true).build())
                .employeeReport(Fixtures.allFactors()));
        write("summary-all-factors.pdf", r.summaryReport(List.of(Fixtures.allFactors(), Fixtures.polish(),
                Fixtures.greek(), Fixtures.bronte(), Fixtures.employeeOnly(), Fixtures.lifterOnly(),
                Fixtures.vibrationOnly()), new SummaryInfo("Ergonomics summary", LocalDate.of(2026, 3, 5),
                "survey-2026.xlsx", 8, 1, 2)));
        write("summary.pdf", r.summaryReport(List.of(Fixtures.polish(), Fixtures.greek(), Fixtures.bronte(),
                Fixtures.employeeOnly()), new SummaryInfo("Ergonomics summary", LocalDate.of(2026, 3, 5),
                "survey-2026.xlsx", 5, 1, 3)));
        String org = "Organisation " + "with a very long registered name ".repeat(3) + "Ltd";
        String id = "ID-" + "0123456789".repeat(6) + "X";
        dev.ergo.engine.AssessmentResult base = Fixtures.polish();
        dev.ergo.engine.AssessmentResult longOne = new dev.ergo.engine.AssessmentResult(
                Fixtures.employee(id, "Łukasz Żółć").department("Department-of-".repeat(12) + "End").build(),
                base.assessmentDate(), base.sections(), base.notes());
        write("long-texts.pdf", ReportRenderer.of(r.options().toBuilder().organisation(org).build())
                .employeeReport(longOne));
        write("pdfa.pdf", ReportRenderer.of(r.options().toBuilder().pdfA(true).build()).employeeReport(base));
        java.util.List<dev.ergo.engine.AssessmentResult> many = new java.util.ArrayList<>();
        dev.ergo.engine.AssessmentResult[] templates = {Fixtures.polish(), Fixtures.greek(), Fixtures.bronte()};
        for (int i = 0; i < 10_000; i++) {
            many.add(SummaryReportTests.as(templates[i % 3], String.format("E%05d", i), "Name " + i, "Dept " + i % 7));
        }
        write("summary-10000.pdf", r.summaryReport(many, new SummaryInfo("Ergonomics summary",
                LocalDate.of(2026, 3, 5), "survey-2026.xlsx", 10_050, 50, 120)));

        assertThat(Pdfs.pages(Files.readAllBytes(DIR.resolve("many.pdf"))))
                .isGreaterThan(Pdfs.pages(Files.readAllBytes(DIR.resolve("polish.pdf"))));
        assertThat(Pdfs.pages(Files.readAllBytes(DIR.resolve("employee-only.pdf")))).isEqualTo(1);
    }

    private static void write(String name, byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(Pdfs.pages(pdf)).as(name).isPositive();
        Files.write(DIR.resolve(name), pdf);
    }
}
