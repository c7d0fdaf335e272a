package dev.ergo.report;

import dev.ergo.engine.AssessmentResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the sample reports people look at: every fixture, an employee with all factors (plain and
 * PDF/A), long texts, summaries of a few and of 10 000 results. Run by hand to get them in a temporary
 * folder ({@code java -cp <test classpath> dev.ergo.report.SampleReports [folder]}), then for example
 * {@code pdftoppm -png -r 60 all-factors.pdf page}; {@link SampleReportsTests} runs it in the build.
 */
final class SampleReports {
    private SampleReports() {}

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("ergo-report-samples");
        List<Path> written = write(dir);
        System.out.println(written.size() + " sample reports in " + dir.toAbsolutePath());
    }

    /** Writes the samples to a folder, creating it, and returns the files. */
    static List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        ReportRenderer r = ReportRenderer.of(ReportOptions.builder().organisation("Acme Fabrication Sp. z o.o.")
                .fixedCreationDate(LocalDate.of(2026, 3, 5)).build());
        ReportRenderer pdfa = ReportRenderer.of(r.options().toBuilder().pdfA(true).build());
        SummaryInfo info = new SummaryInfo("Ergonomics summary", LocalDate.of(2026, 3, 5), "survey-2026.xlsx", 8, 1, 2);
        out.add(write(dir, "polish.pdf", r.employeeReport(Fixtures.polish())));
        out.add(write(dir, "greek.pdf", r.employeeReport(Fixtures.greek())));
        out.add(write(dir, "bronte.pdf", r.employeeReport(Fixtures.bronte())));
        out.add(write(dir, "employee-only.pdf", r.employeeReport(Fixtures.employeeOnly())));
        out.add(write(dir, "rosa-only.pdf", r.employeeReport(Fixtures.rosaOnly())));
        out.add(write(dir, "many.pdf", r.employeeReport(Fixtures.withManyRecommendations(30))));
        out.add(write(dir, "all-factors.pdf", r.employeeReport(Fixtures.allFactors())));
        out.add(write(dir, "all-factors-pdfa.pdf", pdfa.employeeReport(Fixtures.allFactors())));
        out.add(write(dir, "lifter.pdf", r.employeeReport(Fixtures.lifterOnly())));
        out.add(write(dir, "vibration.pdf", r.employeeReport(Fixtures.vibrationOnly())));
        out.add(write(dir, "vibration-extreme.pdf", r.employeeReport(Fixtures.assess(
                Fixtures.employee("E-3003", "Extreme Exposure").build(),
                dev.ergo.model.vibration.VibrationSource.ofHandArm("Rock drill with a very long name indeed", 30.0, 6.0),
                dev.ergo.model.vibration.VibrationSource.ofHandArm("Chipping hammer", 15.0, 2.0),
                dev.ergo.model.vibration.VibrationSource.ofWholeBody("Quarry dumper", 0.9, 0.8, 2.5, 8.0)))));
        out.add(write(dir, "summary.pdf", r.summaryReport(List.of(Fixtures.polish(), Fixtures.greek(),
                Fixtures.bronte(), Fixtures.employeeOnly()), info)));
        out.add(write(dir, "summary-all-factors.pdf", r.summaryReport(List.of(Fixtures.allFactors(),
                Fixtures.polish(), Fixtures.greek(), Fixtures.bronte(), Fixtures.employeeOnly(),
                Fixtures.lifterOnly(), Fixtures.vibrationOnly()), info)));
        String org = "Organisation " + "with a very long registered name ".repeat(3) + "Ltd";
        String id = "ID-" + "0123456789".repeat(6) + "X";
        AssessmentResult base = Fixtures.polish();
        AssessmentResult longOne = new AssessmentResult(
                Fixtures.employee(id, "Łukasz Żółć").department("Department-of-".repeat(12) + "End").build(),
                base.assessmentDate(), base.sections(), base.notes());
        out.add(write(dir, "long-texts.pdf", ReportRenderer.of(r.options().toBuilder().organisation(org).build())
                .employeeReport(longOne)));
        out.add(write(dir, "pdfa.pdf", pdfa.employeeReport(base)));
        List<AssessmentResult> many = new ArrayList<>();
        AssessmentResult[] templates = {Fixtures.polish(), Fixtures.greek(), Fixtures.bronte(), Fixtures.allFactors(),
            Fixtures.lifterOnly(), Fixtures.vibrationOnly()};
        for (int i = 0; i < 10_000; i++) {
            many.add(SummaryReportTests.as(templates[i % templates.length], String.format("E%05d", i), "Name " + i,
                    "Dept " + i % 7));
        }
        out.add(write(dir, "summary-10000.pdf", r.summaryReport(many, new SummaryInfo("Ergonomics summary",
                LocalDate.of(2026, 3, 5), "survey-2026.xlsx", 10_050, 50, 120))));
        return out;
    }

    private static Path write(Path dir, String name, byte[] pdf) throws IOException {
        return Files.write(dir.resolve(name), pdf);
    }
}
