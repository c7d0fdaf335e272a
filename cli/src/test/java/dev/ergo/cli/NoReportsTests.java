package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ergo assess --no-reports}: the results, problems and summary as usual, no employee reports. */
class NoReportsTests {
    @TempDir
    Path tmp;

    @Test
    void writesEveryResultFileButNoReport() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 3);
        Path with = tmp.resolve("with");
        Path without = tmp.resolve("without");
        CliRun full = CliRun.assess(book, with);
        CliRun bare = CliRun.assess(book, without, "--no-reports");

        assertThat(bare.code()).isEqualTo(full.code());
        for (String f : List.of("results.jsonl", "results.csv", "problems.csv", "summary.json")) {
            assertThat(Files.readString(without.resolve(f))).as(f).isEqualTo(Files.readString(with.resolve(f)));
        }
        assertThat(without.resolve("results.xlsx")).isNotEmptyFile();
        assertThat(without.resolve("summary.pdf")).isNotEmptyFile();
        assertThat(reports(without)).isEmpty();
        assertThat(reports(with)).hasSize(7); // 3 reports, the report hashes, the survey digests, the memos, the run record
        assertThat(bare.out()).contains("Assessed 3 employees", "no reports (--no-reports)")
                .doesNotContain("3 reports in reports/");
        assertThat(CliRun.leftovers(without)).isEmpty();
    }

    @Test
    void replacesTheReportsOfAnEarlierRun() throws IOException {
        Path book = SurveyBooks.write(tmp.resolve("s.xlsx"), "E", 2);
        Path out = tmp.resolve("out");
        CliRun.assess(book, out);
        assertThat(reports(out)).isNotEmpty();

        CliRun.assess(book, out, "--no-reports");

        assertThat(reports(out)).isEmpty(); // no report left that the new results do not match
        CliRun again = CliRun.assess(book, out);
        assertThat(again.out()).doesNotContain("unchanged report");
        assertThat(out.resolve("reports/E-0001.pdf")).isNotEmptyFile();
    }

    @Test
    void helpNamesTheOption() {
        assertThat(CliRun.of("assess", "--help").out()).contains("--no-reports");
    }

    private static List<Path> reports(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.resolve("reports"))) {
            return s.toList();
        }
    }

}
