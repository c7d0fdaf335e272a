package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second {@code ergo assess} into the same folder renders only the reports whose inputs changed. */
class ReRunTests {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path tmp;

    @Test
    void anUnchangedRunKeepsEveryReportUntouched() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 3);
        Path out = tmp.resolve("out");
        CliRun.assess(book, out);
        byte[] first = Files.readAllBytes(out.resolve("reports/E-0001.pdf"));
        age(out);

        CliRun again = CliRun.assess(book, out);

        assertThat(again.out()).contains("Kept 3 unchanged reports from the previous run.");
        for (String id : List.of("E-0001", "E-0002", "E-0003")) {
            assertThat(Files.getLastModifiedTime(out.resolve("reports/" + id + ".pdf"))).isEqualTo(LONG_AGO);
        }
        assertThat(Files.readAllBytes(out.resolve("reports/E-0001.pdf"))).isEqualTo(first);
        assertThat(Files.readAllLines(out.resolve("reports/" + ReportCache.FILE))).hasSize(4); // a format line and 3
        assertThat(Files.readAllLines(out.resolve("results.jsonl"))).hasSize(3);
        assertThat(CliRun.leftovers(out)).isEmpty();
    }

    @Test
    void onlyTheEmployeeWhoseInputChangedIsRenderedAgain() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 3);
        Path out = tmp.resolve("out");
        CliRun.assess(book, out);
        age(out);
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("Employees").getRow(2).getCell(2).setCellValue(181.0); // E-0002's stature
            try (OutputStream o = Files.newOutputStream(tmp.resolve("changed.xlsx"))) {
                wb.write(o);
            }
        }

        CliRun again = CliRun.assess(tmp.resolve("changed.xlsx"), out);

        assertThat(again.out()).contains("Kept 2 unchanged reports");
        assertThat(Files.getLastModifiedTime(out.resolve("reports/E-0001.pdf"))).isEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(out.resolve("reports/E-0002.pdf"))).isNotEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(out.resolve("reports/E-0003.pdf"))).isEqualTo(LONG_AGO);
    }

    @Test
    void anotherLanguageRendersEveryReportAgain() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 2);
        Path out = tmp.resolve("out");
        CliRun.assess(book, out);
        age(out);

        CliRun again = CliRun.assess(book, out, "--lang", "de");

        assertThat(again.out()).doesNotContain("unchanged report");
        assertThat(Files.getLastModifiedTime(out.resolve("reports/E-0001.pdf"))).isNotEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(out.resolve("reports/E-0002.pdf"))).isNotEqualTo(LONG_AGO);
    }

    @Test
    void anotherDateRendersEveryReportAgain() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 1);
        Path out = tmp.resolve("out");
        CliRun.assess(book, out);
        age(out);

        assertThat(CliRun.of("assess", book.toString(), "--out", out.toString(), "--date", "2026-11-25").out())
                .doesNotContain("unchanged report");
        assertThat(Files.getLastModifiedTime(out.resolve("reports/E-0001.pdf"))).isNotEqualTo(LONG_AGO);
    }

    @Test
    void theReportOfAnEmployeeNoLongerInTheWorkbookIsRemovedAsBefore() throws IOException {
        Path out = tmp.resolve("out");
        CliRun.assess(SurveyBooks.write(tmp.resolve("three.xlsx"), "E", 3), out);

        CliRun again = CliRun.assess(SurveyBooks.write(tmp.resolve("two.xlsx"), "E", 2), out);

        assertThat(again.out()).contains("Kept 2 unchanged reports");
        try (Stream<Path> reports = Files.list(out.resolve("reports"))) {
            assertThat(reports.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("E-0001.pdf", "E-0002.pdf", ReportCache.FILE, ResultCache.FILE,
                            ResultCache.MEMOS, RunRecord.FILE);
        }
    }

    @Test
    void aDamagedHashFileMeansEverythingIsRenderedAgain() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 2);
        Path out = tmp.resolve("out");
        CliRun.assess(book, out);
        age(out);
        Files.write(out.resolve("reports/" + ReportCache.FILE), new byte[] {(byte) 0xFF, 0, 'x', '\n'});

        CliRun again = CliRun.assess(book, out);

        assertThat(again.code()).isEqualTo(ExitCodes.INPUT_PROBLEMS); // the MISSING row only
        assertThat(again.out()).doesNotContain("unchanged report");
        assertThat(Files.getLastModifiedTime(out.resolve("reports/E-0001.pdf"))).isNotEqualTo(LONG_AGO);
    }

    @Test
    void aReportEditedSinceIsKeptOnlyByItsHashSoAMissingOneIsRenderedAgain() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 2);
        Path out = tmp.resolve("out");
        CliRun.assess(book, out);
        Files.delete(out.resolve("reports/E-0002.pdf"));

        CliRun again = CliRun.assess(book, out);

        assertThat(again.out()).contains("Kept 1 unchanged report from the previous run.");
        assertThat(Files.size(out.resolve("reports/E-0002.pdf"))).isPositive();
    }


    /** Dates every report long ago, so that a file written again shows. */
    private static void age(Path out) throws IOException {
        try (Stream<Path> reports = Files.list(out.resolve("reports"))) {
            for (Path p : reports.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                Files.setLastModifiedTime(p, LONG_AGO);
            }
        }
    }
}
