package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.ResultJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ergo assess --baseline PREV}: the sample assessed against a baseline made from the golden
 * results.jsonl, dated a year earlier, in which E1002 is missing (new now), E1003 is spelled e1003 (a
 * near-miss: not matched) and E7777 has a line (not reassessed); and the refusals.
 */
class FollowUpRoundTests {
    private static final Path SAMPLE = Path.of("..", "examples", "sample-survey.xlsx");

    @TempDir
    static Path tmp;

    private static Path prev;
    private static Path out;
    private static CliRun run;

    @BeforeAll
    static void assessAgainstABaseline() throws IOException {
        prev = tmp.resolve("prev");
        Files.createDirectories(prev);
        Files.write(prev.resolve("results.jsonl"), baselineLines("2025-"), StandardCharsets.UTF_8);
        out = tmp.resolve("out");
        run = CliRun.of("assess", SAMPLE.toString(), "--out", out.toString(), "--date", "2026-11-24", "--baseline",
                prev.toString());
    }

    /** The golden lines as an earlier round: dates moved to another year, ids changed as the class says. */
    private static List<String> baselineLines(String yearPrefix) {
        List<String> lines = new ArrayList<>();
        for (String line : new String(GoldenOutputTests.golden("results.jsonl"), StandardCharsets.UTF_8).lines().toList()) {
            line = line.replace("\"assessmentDate\":\"2026-", "\"assessmentDate\":\"" + yearPrefix)
                    .replaceFirst(",\"reviewDue\":\"[0-9-]+\"", "");
            if (line.contains("\"employeeId\":\"E1002\"")) {
                continue;
            }
            if (line.contains("\"employeeId\":\"E1001\"")) {
                lines.add(line.replace("\"employeeId\":\"E1001\"", "\"employeeId\":\"E7777\""));
            }
            lines.add(line.replace("\"employeeId\":\"E1003\"", "\"employeeId\":\"e1003\""));
        }
        return lines;
    }

    @Test
    void everyMatchedLineHasAFollowUpAndOthersHaveNone() throws IOException {
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.INPUT_PROBLEMS);
        List<String> lines = Files.readAllLines(out.resolve("results.jsonl"), StandardCharsets.UTF_8);
        List<AssessmentResult> read = ResultJson.readLines(out.resolve("results.jsonl"));
        for (int i = 0; i < lines.size(); i++) {
            String id = read.get(i).employee().id();
            if (id.equals("E1002") || id.equals("E1003")) {
                assertThat(lines.get(i)).as(id).doesNotContain("\"followUp\"");
            } else {
                assertThat(lines.get(i)).as(id).contains("\"followUp\":{\"baselineDate\":\"2025-",
                        "\"change\":\"UNCHANGED\"");
            }
            assertThat(ResultsSchemaTests.engineSchema("/dev/ergo/engine/results-line.schema.json")
                    .validate(lines.get(i), InputFormat.JSON)).as(id).isEmpty();
        }
    }

    @Test
    void reportsOfMatchedEmployeesAndTheSummaryShowTheFollowUp() throws IOException {
        String matched = pdfText(out.resolve("reports").resolve("E1001.pdf"));
        assertThat(matched).contains("Since your last assessment (", "The same as last time: your overall light is still",
                "What was measured Last time Now Change");
        assertThat(pdfText(out.resolve("reports").resolve("E1002.pdf"))).doesNotContain("Since your last assessment");
        String summary = pdfText(out.resolve("summary.pdf"));
        assertThat(summary).contains("Before and after: this round compared with",
                "In the earlier round but not re-assessed (2): E7777, e1003", "New this round, no earlier line (2): E1002, E1003",
                "Worse than before (0): none");
    }

    private static String pdfText(Path pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(d).replaceAll("[\\s\\u00A0]+", " ");
        }
    }

    @Test
    void summaryJsonCountsTheRoundsAndConformsToTheSchema() throws IOException {
        String summary = Files.readString(out.resolve("summary.json"), StandardCharsets.UTF_8);
        assertThat(summary).endsWith("}\n");
        assertThat(ResultsSchemaTests.engineSchema("/dev/ergo/engine/summary.schema.json")
                .validate(summary, InputFormat.JSON)).isEmpty();
        assertThat(summary).contains("\"notReassessed\":[\"E7777\",\"e1003\"]", "\"newEmployees\":[\"E1002\",\"E1003\"]",
                "\"improved\":0,\"worsened\":0,\"unchanged\":19");
        assertThat(run.out()).contains("19 employees in both rounds: 0 improved, 0 worsened, 19 unchanged;"
                + " 2 not reassessed, 2 new");
    }

    @Test
    void resultsXlsxHasTheBeforeAndAfterColumns() throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(out.resolve("results.xlsx")))) {
            org.apache.poi.ss.usermodel.Sheet s = wb.getSheet("Results");
            List<String> header = new ArrayList<>();
            s.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).contains("baseline_date", "overall_risk_before", "change", "rosa_risk_before",
                    "rosa_before", "rosa_after", "resolved_codes", "still_open_codes", "new_codes", "method_changes");
            int change = header.indexOf("change");
            int rosaAfter = header.indexOf("rosa_after");
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("E1001");
            assertThat(s.getRow(1).getCell(change).getStringCellValue()).isEqualTo("UNCHANGED");
            assertThat(s.getRow(1).getCell(rosaAfter).getCellType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
        }
    }

    @Test
    void aNearMissIsANoticeInProblemsCsv() throws IOException {
        String problems = Files.readString(out.resolve("problems.csv"), StandardCharsets.UTF_8);
        assertThat(problems).contains("NOTICE,Employees,", "employee E1003 is not compared with the baseline's e1003");
    }

    @Test
    void aBaselineNewerThanTheRoundIsRefusedAndNothingIsWritten() throws IOException {
        Path newer = tmp.resolve("newer.jsonl");
        Files.write(newer, baselineLines("2027-"), StandardCharsets.UTF_8);
        Path target = tmp.resolve("refused");
        CliRun refused = CliRun.of("assess", SAMPLE.toString(), "--out", target.toString(), "--date", "2026-11-24",
                "-q", "--baseline", newer.toString());
        assertThat(refused.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).startsWith("ergo: --baseline: employee E1001 was assessed on 2027-")
                .contains("--force", "Nothing was written").doesNotContain("Exception");
        assertThat(Files.exists(target)).isFalse();

        CliRun forced = CliRun.of("assess", SAMPLE.toString(), "--out", target.toString(), "--date", "2026-11-24",
                "-q", "--baseline", newer.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isEqualTo(ExitCodes.INPUT_PROBLEMS);
        assertThat(Files.readString(target.resolve("results.jsonl"))).contains("\"baselineDate\":\"2027-");
    }

    @Test
    void aBaselineThatIsNotAResultsFileIsRefusedAndNothingIsWritten() throws IOException {
        Path target = tmp.resolve("not-written");
        CliRun book = CliRun.of("assess", SAMPLE.toString(), "--out", target.toString(), "-q", "--baseline",
                SAMPLE.toString());
        assertThat(book.code()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(book.err()).contains("sample-survey.xlsx is not a results file").doesNotContain("Exception");

        Path csv = tmp.resolve("results.csv");
        Files.writeString(csv, "employee_id,overall_risk\nE1001,HIGH\n");
        CliRun notJson = CliRun.of("assess", SAMPLE.toString(), "--out", target.toString(), "-q", "--baseline",
                csv.toString());
        assertThat(notJson.code()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(notJson.err()).contains("results.csv is not a results file", "line 1");

        CliRun missing = CliRun.of("assess", SAMPLE.toString(), "--out", target.toString(), "-q", "--baseline",
                tmp.resolve("nowhere").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(missing.err()).contains("nowhere does not exist");

        Path emptyFolder = tmp.resolve("empty-folder");
        Files.createDirectories(emptyFolder);
        CliRun noResults = CliRun.of("assess", SAMPLE.toString(), "--out", target.toString(), "-q", "--baseline",
                emptyFolder.toString());
        assertThat(noResults.code()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(noResults.err()).contains("the folder has no results.jsonl");
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void forceWithoutABaselineIsAUsageError() {
        CliRun r = CliRun.of("assess", SAMPLE.toString(), "--out", tmp.resolve("x").toString(), "-q", "--force");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--force only applies with --baseline");
    }
}
