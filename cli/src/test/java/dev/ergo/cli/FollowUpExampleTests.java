package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Baseline;
import dev.ergo.engine.FollowUp;
import dev.ergo.engine.ResultJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed example pair in {@code examples/followup/} is what {@link FollowUpExample} writes, and
 * the README's two commands give what the class describes. Set {@code -Dergo.writeExamples=true} to
 * write the pair into {@code examples/followup/} after a deliberate change.
 */
class FollowUpExampleTests {
    private static final Path EXAMPLES = Path.of("..", "examples", "followup");

    @TempDir
    static Path tmp;

    private static CliRun baselineRun;
    private static CliRun followUpRun;
    private static Map<String, FollowUp> followUps;

    @BeforeAll
    static void runTheReadmeCommands() throws IOException {
        if (Boolean.getBoolean("ergo.writeExamples")) {
            FollowUpExample.write(EXAMPLES);
        }
        baselineRun = CliRun.of("assess", EXAMPLES.resolve(FollowUpExample.BASELINE).toString(), "--out",
                tmp.resolve("round1").toString(), "-q");
        followUpRun = CliRun.of("assess", EXAMPLES.resolve(FollowUpExample.FOLLOW_UP).toString(), "--out",
                tmp.resolve("round2").toString(), "--baseline", tmp.resolve("round1").toString());
        Baseline b = Baseline.read(tmp.resolve("round1"));
        List<AssessmentResult> now = ResultJson.readLines(tmp.resolve("round2").resolve("results.jsonl"));
        followUps = now.stream().filter(r -> b.find(r.employee().id()).isPresent())
                .collect(Collectors.toMap(r -> r.employee().id(), r -> b.followUp(r).orElseThrow()));
    }

    @Test
    void theCommittedPairIsWhatTheGeneratorWrites() throws IOException {
        Path fresh = tmp.resolve("fresh");
        FollowUpExample.write(fresh);
        for (String name : List.of(FollowUpExample.BASELINE, FollowUpExample.FOLLOW_UP)) {
            assertThat(FollowUpExample.content(EXAMPLES.resolve(name))).as(name)
                    .isEqualTo(FollowUpExample.content(fresh.resolve(name)));
        }
    }

    @Test
    void bothRoundsImportWithoutProblems() {
        assertThat(baselineRun.code()).as(baselineRun.err()).isEqualTo(ExitCodes.OK);
        assertThat(followUpRun.code()).as(followUpRun.err()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void theFollowUpRoundCountsWhoLeftJoinedImprovedAndWorsened() throws IOException {
        String summary = Files.readString(tmp.resolve("round2").resolve("summary.json"), StandardCharsets.UTF_8);
        assertThat(summary).contains("\"notReassessed\":[\"E1013\",\"E2005\"]", "\"newEmployees\":[\"E1017\"]",
                "\"worsened\":1,");
        assertThat(followUps.get("E1004").change()).isEqualTo(FollowUp.Change.WORSENED);
        assertThat(followUps.values().stream().filter(f -> f.change() == FollowUp.Change.IMPROVED).count())
                .isGreaterThanOrEqualTo(2);
        assertThat(followUpRun.out()).contains("2 not reassessed, 1 new");
    }

    @Test
    void footrestsAndLumbarSupportsResolvedTheirRecommendations() {
        long resolved = FollowUpExample.EQUIPPED.stream().map(followUps::get)
                .filter(f -> !f.resolved().isEmpty()
                        && f.stillOpen().stream().noneMatch(c -> c.equals("FOOTREST") || c.equals("LUMBAR_CUSHION")
                        || c.equals("LUMBAR_CHECK")))
                .count();
        assertThat(resolved).isEqualTo(FollowUpExample.EQUIPPED.size());
        assertThat(followUps.values().stream().flatMap(f -> f.stillOpen().stream())).doesNotContain("FOOTREST",
                "LUMBAR_CUSHION", "LUMBAR_CHECK");
    }

    @Test
    void theRedesignedLiftHasALowerLiftingIndex() {
        FollowUp.FactorChange lift = followUps.get("E2003").factors().get("lifting");
        assertThat(lift.after().doubleValue()).isLessThan(lift.before().doubleValue());
        assertThat(followUps.get("E2003").resolved()).contains("LIFT_VERTICAL");
    }
}
