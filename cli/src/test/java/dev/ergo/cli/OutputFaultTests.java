package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.report.ReportException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output that cannot be written, and input with nothing to import: one sentence, nothing half-done (issue 14). */
class OutputFaultTests {
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
        Files.writeString(out.resolve("summary.pdf"), "previous");
        Files.writeString(out.resolve("reports").resolve("E-0001.pdf"), "previous");
        return out;
    }

    private static void assertPreviousOutputIntact(Path out) throws IOException {
        assertThat(Files.readString(out.resolve("results.jsonl"))).isEqualTo("previous\n");
        assertThat(Files.readString(out.resolve("summary.pdf"))).isEqualTo("previous");
        assertThat(Files.readString(out.resolve("reports").resolve("E-0001.pdf"))).isEqualTo("previous");
        try (var reports = Files.list(out.resolve("reports"))) {
            assertThat(reports).hasSize(1);
        }
        assertThat(CliRun.leftovers(out)).isEmpty();
    }

    private static void assertOneSentence(CliRun r, int code) {
        assertThat(r.code()).as(r.err()).isEqualTo(code);
        assertThat(r.err().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("ergo: ").doesNotContain("Exception", "\tat ");
    }

    @Test
    void diskFullWhileWritingKeepsThePreviousOutputAndLeavesNoPartialFile() throws IOException {
        Path out = previousOutput();
        Engine.Factory diskFills = TestEngines.changed(real -> TestEngines.withSummary(real, (results, info, o) -> {
            try {
                o.write(new byte[20_000]); // part of the PDF, then the disk is full
                throw new IOException("No space left on device");
            } catch (IOException e) {
                throw new ReportException("could not finish the PDF: summary", e); // as OpenPDF's failure surfaces
            }
        }));
        CliRun r = CliRun.with(diskFills, "assess", book.toString(), "--out", out.toString(), "-q");
        assertOneSentence(r, ExitCodes.OUTPUT_FAILED);
        assertThat(r.err().strip()).isEqualTo("ergo: could not write the output to " + out
                + ": no space left on device; the previous output is unchanged.");
        assertPreviousOutputIntact(out);
    }

    @Test
    void outputFolderUnderARegularFileIsExitCode4() throws IOException {
        Path file = Files.writeString(dir.resolve("results"), "a file");
        CliRun r = CliRun.of("assess", book.toString(), "--out", file.resolve("out").toString(), "-q");
        assertOneSentence(r, ExitCodes.OUTPUT_FAILED);
        assertThat(r.err().strip()).isEqualTo("ergo: cannot use the output folder " + file.resolve("out") + ": " + file
                + " is a file, not a folder.");
        assertThat(Files.readString(file)).isEqualTo("a file");
    }

    @Test
    void readOnlyOutputFolderKeepsThePreviousOutput() throws IOException {
        Path out = previousOutput();
        Files.writeString(out.resolve(OutputFolder.LOCK), "");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root writes into read-only folders; the disk-full and file-in-the-way tests cover that case
            Assumptions.assumeFalse(Files.isWritable(out), "permission bits do not stop this user (root) from writing");
            CliRun r = CliRun.of("assess", book.toString(), "--out", out.toString(), "-q");
            assertOneSentence(r, ExitCodes.OUTPUT_FAILED);
            assertThat(r.err()).contains("permission denied");
            assertPreviousOutputIntact(out);
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void workbookWithoutEmployeeIdIsRefusedByAssessAndValidateAlikeAndNothingIsWritten() throws IOException {
        Path noIds = dir.resolve("no-ids.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(noIds)) {
            var sheet = wb.createSheet("Employees");
            sheet.createRow(0).createCell(0).setCellValue("id");
            sheet.createRow(1).createCell(0).setCellValue("E1");
            wb.write(o);
        }
        Path out = dir.resolve("out");
        String sentence = "ergo: the sheet Employees has no employee_id column, so nothing was imported";
        CliRun assess = CliRun.of("assess", noIds.toString(), "--out", out.toString());
        assertOneSentence(assess, ExitCodes.UNREADABLE);
        assertThat(assess.err().strip()).isEqualTo(sentence);
        assertThat(out).doesNotExist();
        CliRun validate = CliRun.of("validate", noIds.toString());
        assertOneSentence(validate, ExitCodes.UNREADABLE);
        assertThat(validate.err().strip()).isEqualTo(sentence);
    }
}
