package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.CsvRow;
import dev.ergo.engine.JsonWriter;
import dev.ergo.engine.ResultSection;
import dev.ergo.report.ReportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bugs look like bugs: exit 70, one line naming a crash log, the old output untouched (issue 17). */
class InternalErrorTests {
    @TempDir
    static Path shared;
    static Path book;

    @TempDir
    Path dir;

    @BeforeAll
    static void book() throws IOException {
        book = SurveyBooks.write(shared.resolve("survey.xlsx"), "E", 3);
    }

    private Path previousOutput() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("reports"));
        Files.writeString(out.resolve("results.jsonl"), "previous\n");
        Files.writeString(out.resolve("reports").resolve("E-0001.pdf"), "previous");
        return out;
    }

    private static void assertInternalError(CliRun r, Path out, String inLog) throws IOException {
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(r.err().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("ergo: internal error, please report it; the details are in ")
                .doesNotContain("\tat ", "Exception");
        Path log = r.crashLog();
        try {
            assertThat(log.getFileName().toString()).startsWith("ergo-crash-").endsWith(".log");
            assertThat(Files.readString(log)).contains(inLog, "\tat ", "command: assess").doesNotContain(out.toString());
        } finally {
            Files.deleteIfExists(log);
        }
        assertThat(Files.readString(out.resolve("results.jsonl"))).isEqualTo("previous\n");
        assertThat(Files.readString(out.resolve("reports").resolve("E-0001.pdf"))).isEqualTo("previous");
        assertThat(CliRun.leftovers(out)).isEmpty();
    }

    @Test
    void failingRendererIsAnInternalErrorNotAWriteFailure() throws IOException {
        Path out = previousOutput();
        // what ReportRenderer makes of a bug in a section renderer
        CliRun r = CliRun.with(TestEngines.changed(real -> TestEngines.with(real, real::assess, result -> {
            throw new ReportException("could not write the report of employee " + result.employee().id(),
                    new NullPointerException("renderer bug"));
        })), "assess", book.toString(), "--out", out.toString(), "-q");
        assertInternalError(r, out, "renderer bug");
    }

    @Test
    void failingFactorIsAnInternalError() throws IOException {
        Path out = previousOutput();
        ResultSection broken = new ResultSection() {
            @Override
            public String key() {
                return "broken";
            }

            @Override
            public void writeJson(JsonWriter json) {
                throw new IllegalStateException("factor bug in writeJson");
            }

            @Override
            public void writeCsv(CsvRow row) {
                throw new IllegalStateException("factor bug in writeCsv");
            }
        };
        CliRun r = CliRun.with(TestEngines.changed(real -> TestEngines.with(real, survey -> {
            AssessmentResult a = real.assess(survey);
            List<ResultSection> sections = new ArrayList<>(a.sections());
            sections.add(broken);
            return new AssessmentResult(a.employee(), a.assessmentDate(), sections, a.notes());
        }, real::employeeReport)), "assess", book.toString(), "--out", out.toString(), "-q");
        assertInternalError(r, out, "factor bug in writeJson");
    }

    @Test
    void failingScoringIsAnInternalError() throws IOException {
        Path out = previousOutput();
        CliRun r = CliRun.with(TestEngines.changed(real -> TestEngines.with(real, survey -> {
            throw new ArithmeticException("scoring bug");
        }, real::employeeReport)), "assess", book.toString(), "--out", out.toString(), "-q", "--threads", "1");
        assertInternalError(r, out, "scoring bug");
    }

    @Test
    void errorsAreInternalErrorsToo() throws IOException {
        Path out = previousOutput();
        CliRun r = CliRun.with(TestEngines.changed(real -> TestEngines.with(real, survey -> {
            throw new StackOverflowError("deep bug");
        }, real::employeeReport)), "assess", book.toString(), "--out", out.toString(), "-q");
        assertInternalError(r, out, "deep bug");
    }

    @Test
    void summaryBugIsAnInternalErrorButItsFailedWriteIsNot() throws IOException {
        Path out = previousOutput();
        Engine.Factory buggy = TestEngines.changed(real -> TestEngines.withSummary(real, (results, info, o) -> {
            throw new ReportException("could not write the summary report", new IndexOutOfBoundsException("chart bug"));
        }));
        assertInternalError(CliRun.with(buggy, "assess", book.toString(), "--out", out.toString(), "-q"), out, "chart bug");
    }
}
