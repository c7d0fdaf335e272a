package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTests {
    private static final Path SAMPLE = Path.of("..", "examples", "sample-survey.xlsx");

    /** Runs the CLI capturing stdout and stderr. */
    private static String[] run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void assessWritesEveryFileOfTheContract(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        String[] r = run("assess", SAMPLE.toString(), "--out", out.toString(), "--date", "2026-11-24");
        assertThat(r[0]).as(r[2]).isEqualTo("1"); // the sample has deliberate mistakes
        assertThat(r[1]).contains("Assessed", "Employees", "rejected", "problems.csv");
        List<String> jsonl = Files.readAllLines(out.resolve("results.jsonl"));
        assertThat(jsonl).hasSizeGreaterThanOrEqualTo(12).allSatisfy(l -> assertThat(l).startsWith("{\"employeeId\":"));
        List<String> csv = Files.readAllLines(out.resolve("results.csv"));
        assertThat(csv).hasSize(jsonl.size() + 1);
        assertThat(csv.get(0)).startsWith("employee_id,assessment_date,overall_risk,");
        assertThat(Files.readAllLines(out.resolve("problems.csv")).get(0)).isEqualTo("severity,sheet,row,column,cell,message,employee_id");
        try (var reports = Files.list(out.resolve("reports"))) {
            assertThat(reports.filter(p -> p.toString().endsWith(".pdf")).count()).isEqualTo(jsonl.size());
        }
        assertThat(Files.size(out.resolve("summary.pdf"))).isPositive();
        try (var leftovers = Files.list(out)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".") && !n.equals(".ergo.lock"));
        }
        // names stay out of the data files unless asked for
        assertThat(String.join("\n", jsonl)).as("names stay out of results.jsonl").doesNotContain("Żółć", "Ελένη", "Brontë");
    }

    @Test
    void namesGoIntoTheDataFilesOnlyWhenAskedAndOffTheReportsWithNoNames(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        run("assess", SAMPLE.toString(), "--out", out.toString(), "--names-in-data", "--no-names", "-q");
        assertThat(Files.readString(out.resolve("results.jsonl"))).contains("\"name\":\"Ελένη Παπαδοπούλου\"");
        assertThat(Files.readAllLines(out.resolve("results.csv")).get(0)).startsWith("employee_id,name,");
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(out.resolve("reports/E1003.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(d);
            assertThat(text).contains("E1003").doesNotContain("Ελένη");
        }
    }

    @Test
    void secondRunReplacesTheReportsFolder(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("reports"));
        Files.writeString(out.resolve("reports").resolve("stale.pdf"), "old");
        run("assess", SAMPLE.toString(), "--out", out.toString(), "-q");
        assertThat(out.resolve("reports").resolve("stale.pdf")).doesNotExist();
    }

    @Test
    void notAWorkbookGivesOneSentenceAndExitCode3(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("survey.xlsx");
        Files.writeString(csv, "employee_id,name\n1,Ann\n");
        String[] r = run("assess", csv.toString(), "--out", tmp.resolve("o").toString());
        assertThat(r[0]).isEqualTo("3");
        assertThat(r[2].strip()).startsWith("ergo: ").doesNotContain("Exception", "\tat ");
        assertThat(r[2].strip().lines()).hasSize(1);
    }

    @Test
    void missingFileIsExitCode3() {
        String[] r = run("validate", "no-such-file.xlsx");
        assertThat(r[0]).isEqualTo("3");
        assertThat(r[2]).contains("does not exist");
    }

    @Test
    void validateListsProblemsWithCellReferences() {
        String[] r = run("validate", SAMPLE.toString());
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[1]).contains("ERROR", "ready to assess");
    }

    @Test
    void templateIsWrittenAndNotOverwrittenWithoutForce(@TempDir Path tmp) {
        Path t = tmp.resolve("survey.xlsx");
        assertThat(run("template", t.toString())[0]).isEqualTo("0");
        assertThat(t).exists();
        assertThat(run("template", t.toString())[0]).isEqualTo("2");
        assertThat(run("template", t.toString(), "--force")[0]).isEqualTo("0");
        String[] validated = run("validate", t.toString());
        assertThat(validated[1]).contains("0 employees ready to assess");
    }

    @Test
    void anUnsupportedLanguageIsAUsageErrorListingTheLanguages(@TempDir Path tmp) {
        String[] assess = run("assess", SAMPLE.toString(), "--out", tmp.resolve("out").toString(), "--lang", "ja");
        assertThat(assess[0]).isEqualTo("2");
        assertThat(assess[2]).contains("--lang", "\"ja\"", "en, de, fr, es, pl");
        assertThat(tmp.resolve("out")).doesNotExist();
        String[] template = run("template", tmp.resolve("t.xlsx").toString(), "--lang", "xx-!");
        assertThat(template[0]).isEqualTo("2");
        assertThat(template[2]).contains("en, de, fr, es, pl");
    }

    @Test
    void templateInGermanAndAssessmentInPolish(@TempDir Path tmp) throws java.io.IOException {
        Path t = tmp.resolve("vorlage.xlsx");
        assertThat(run("template", t.toString(), "--lang", "de")[0]).isEqualTo("0");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(t.toFile())) {
            assertThat(wb.getSheet("Instructions").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("So füllen Sie diese Arbeitsmappe aus");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new java.io.IOException(e);
        }
        Path out = tmp.resolve("out");
        run("assess", SAMPLE.toString(), "--out", out.toString(), "--date", "2026-11-24", "--lang", "pl-PL", "-q");
        List<String> lines = java.nio.file.Files.readAllLines(out.resolve("results.jsonl"));
        // employees with a language of their own (E1007 de, E1008 es, E1014 fr) keep it
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l).containsAnyOf("\"language\":\"pl\"",
                "\"employeeId\":\"E1007\"",
                "\"employeeId\":\"E1008\"", "\"employeeId\":\"E1014\""));
    }

    @Test
    void helpDocumentsExitCodes() {
        String[] r = run("assess", "--help");
        assertThat(r[1]).contains("Exit codes:", "3", "cannot be read");
        assertThat(run("--help")[1]).contains("assess", "validate", "template");
    }
}
