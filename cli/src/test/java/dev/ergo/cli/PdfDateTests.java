package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assess --pdf-date} and {@code SOURCE_DATE_EPOCH}: reports whose bytes do not depend on the run. */
class PdfDateTests {
    @TempDir
    Path tmp;

    @Test
    void twoRunsWithTheOptionWriteTheSameBytesDatedThatDay() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 3);
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        CliRun.assess(book, first, "--pdf-date", "2026-03-05", "--threads", "1");
        CliRun.assess(book, second, "--pdf-date", "2026-03-05", "--threads", "4");

        List<Path> pdfs = pdfs(first);
        assertThat(pdfs).hasSize(4); // three reports and the summary
        for (Path pdf : pdfs) {
            assertThat(Files.readAllBytes(second.resolve(first.relativize(pdf)))).as(pdf.toString())
                    .isEqualTo(Files.readAllBytes(pdf));
            assertThat(creationDate(pdf)).as(pdf.toString()).startsWith("D:20260305000000");
        }
    }

    @Test
    void theVariableGivesTheSameReportsAsTheOption() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 2);
        Path byOption = tmp.resolve("option");
        Path byVariable = tmp.resolve("variable");
        CliRun.assess(book, byOption, "--pdf-date", "2026-12-01");
        CliRun run = CliRun.withEnv(Map.of("SOURCE_DATE_EPOCH", "1796100000"), // 2026-12-01T04:40Z
                "assess", book.toString(), "--out", byVariable.toString(), "--date", "2026-11-24");

        assertThat(run.code()).as(run.err()).isIn(ExitCodes.OK, ExitCodes.INPUT_PROBLEMS);
        for (Path pdf : pdfs(byOption)) {
            assertThat(Files.readAllBytes(byVariable.resolve(byOption.relativize(pdf)))).as(pdf.toString())
                    .isEqualTo(Files.readAllBytes(pdf));
        }
    }

    @Test
    void withoutEitherTheReportsCarryTheTimeOfWriting() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 1);
        Path out = tmp.resolve("out");
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        CliRun run = CliRun.withEnv(Map.of(), "assess", book.toString(), "--out", out.toString(), "-q");
        java.time.Instant after = java.time.Instant.now().plusSeconds(1);

        assertThat(run.code()).as(run.err()).isIn(ExitCodes.OK, ExitCodes.INPUT_PROBLEMS);
        java.time.Instant created = com.lowagie.text.pdf.PdfDate.decode(creationDate(out.resolve("reports/E-0001.pdf")))
                .toInstant();
        assertThat(created).isBetween(before, after);
    }

    @Test
    void aChangedDateRendersTheReportsAgain() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 1);
        Path out = tmp.resolve("out");
        CliRun.assess(book, out, "--pdf-date", "2026-03-05");
        CliRun.assess(book, out, "--pdf-date", "2026-03-06");

        assertThat(creationDate(out.resolve("reports/E-0001.pdf"))).startsWith("D:20260306");
    }

    @Test
    void aBadVariableIsAUsageErrorNamingIt() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 1);
        CliRun bad = CliRun.withEnv(Map.of("SOURCE_DATE_EPOCH", "tomorrow"), "assess", book.toString(),
                "--out", tmp.resolve("out").toString());

        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).isEqualTo("ergo: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01"
                + " UTC (as `date +%s` prints) but was \"tomorrow\"" + System.lineSeparator());
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aDateOutsideThePdfRangeIsAUsageErrorNamingItsSource() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 1);
        CliRun byOption = CliRun.of("assess", book.toString(), "--out", tmp.resolve("a").toString(),
                "--pdf-date", "1899-12-31");
        CliRun byVariable = CliRun.withEnv(Map.of("SOURCE_DATE_EPOCH", "253402300800"), "assess", book.toString(),
                "--out", tmp.resolve("b").toString());

        assertThat(byOption.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(byOption.err()).startsWith("ergo: --pdf-date: 1899-12-31 cannot be a PDF creation date"
                + " (years 1900 to 9999).");
        assertThat(byVariable.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(byVariable.err()).startsWith("ergo: SOURCE_DATE_EPOCH: +10000-01-01 cannot be a PDF creation date");
    }

    @Test
    void helpNamesTheOptionAndTheVariable() {
        assertThat(CliRun.of("assess", "--help").out()).contains("--pdf-date", "SOURCE_DATE_EPOCH");
    }

    private static List<Path> pdfs(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    private static String creationDate(Path pdf) throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            return reader.getInfo().get("CreationDate");
        } finally {
            reader.close();
        }
    }
}
