package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.ResultJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ergo assess --review-months HIGH,MEDIUM,LOW}: the review dates of results.jsonl. */
class ReviewMonthsTests {
    private static final Path SAMPLE = Path.of("..", "examples", "sample-survey.xlsx");

    @TempDir
    Path tmp;

    @Test
    void theMonthsSetEveryReviewDate() throws Exception {
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("assess", SAMPLE.toString(), "--out", out.toString(), "--date", "2026-11-24", "-q",
                "--review-months", "1,2,5");
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.INPUT_PROBLEMS);
        List<AssessmentResult> read = ResultJson.readLines(out.resolve("results.jsonl"));
        assertThat(read).isNotEmpty();
        for (AssessmentResult r : read) {
            if (r.factors().isEmpty()) {
                assertThat(r.reviewDue()).isNull();
            } else {
                int months = switch (r.overallRisk()) {
                    case HIGH -> 1;
                    case MEDIUM -> 2;
                    case LOW -> 5;
                };
                assertThat(r.reviewDue()).as(r.employee().id()).isEqualTo(r.assessmentDate().plusMonths(months));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"3,12", "0,12,24", "3,12,x", "24,12,3", "3,12,121"})
    void badMonthsAreAUsageErrorAndNothingIsWritten(String months) {
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("assess", SAMPLE.toString(), "--out", out.toString(), "-q", "--review-months", months);
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("ergo: --review-months: ").doesNotContain("Exception", "\tat ");
        assertThat(Files.exists(out)).isFalse();
    }
}
