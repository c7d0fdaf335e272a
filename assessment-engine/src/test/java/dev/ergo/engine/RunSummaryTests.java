package dev.ergo.engine;

import static dev.ergo.engine.FollowUpFixtures.BASELINE_DAY;
import static dev.ergo.engine.FollowUpFixtures.FOLLOW_UP_DAY;
import static dev.ergo.engine.FollowUpFixtures.lifting;
import static dev.ergo.engine.FollowUpFixtures.none;
import static dev.ergo.engine.FollowUpFixtures.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunSummaryTests {

    private final List<AssessmentResult> run = List.of(
            lifting("E3", 10, FOLLOW_UP_DAY, "Leeds", "Office"),
            lifting("E1", 30, FOLLOW_UP_DAY, "Leeds", "Warehouse"),
            none("E0", FOLLOW_UP_DAY),
            lifting("E2", 80, FOLLOW_UP_DAY, "York", "Warehouse"),
            ResultFixtures.allFactors(ResultFixtures.ASSESSOR));

    @Test
    void countsLightsOfScoredEmployeesOnlyAndNotScoredApart() {
        RunSummary s = RunSummary.of(run, FOLLOW_UP_DAY);
        assertThat(s.employees()).isEqualTo(5);
        assertThat(s.notScored()).isEqualTo(1);
        assertThat(s.overall()).isEqualTo(new LightCounts(1, 1, 2));
        assertThat(s.byFactor().get("lifting")).isEqualTo(new LightCounts(1, 1, 2));
        assertThat(s.byFactor()).containsKey("rosa");
        assertThat(s.bySite()).containsEntry("Leeds", new LightCounts(1, 1, 0)).containsEntry("York",
                new LightCounts(0, 0, 1)).containsEntry("", new LightCounts(0, 0, 1));
        assertThat(s.byDepartment()).containsEntry("Warehouse", new LightCounts(0, 1, 2))
                .containsEntry("Office", new LightCounts(1, 0, 0)).containsEntry("", LightCounts.NONE);
    }

    @Test
    void prioritisesWorstLightThenMoreHighFactorsThenIdAndNotScoredLast() {
        RunSummary s = RunSummary.of(run, FOLLOW_UP_DAY);
        // E-2001 has several factors at HIGH, E2 one
        assertThat(s.prioritised()).containsExactly("E-2001", "E2", "E1", "E3", "E0");
    }

    @Test
    void countsEachCodeOncePerEmployee() {
        RunSummary s = RunSummary.of(run, FOLLOW_UP_DAY);
        long withLiftLoad = run.stream().filter(r -> r.recommendations().stream()
                .anyMatch(x -> x.code().equals("LIFT_LOAD"))).count();
        assertThat(s.recommendationCodes().get("LIFT_LOAD")).isEqualTo((int) withLiftLoad);
        List<Integer> counts = List.copyOf(s.recommendationCodes().values());
        for (int i = 1; i < counts.size(); i++) {
            assertThat(counts.get(i)).isLessThanOrEqualTo(counts.get(i - 1));
        }
    }

    @Test
    void anEmptyRunHasZeroCounts() {
        RunSummary s = RunSummary.of(List.of(), FOLLOW_UP_DAY);
        assertThat(s.overall()).isEqualTo(LightCounts.NONE);
        assertThat(s.prioritised()).isEmpty();
        assertThat(s.comparison()).isEmpty();
        assertThat(s.toJson()).contains("\"overall\":{\"LOW\":0,\"MEDIUM\":0,\"HIGH\":0}", "\"prioritised\":[]");
    }

    @Test
    void withABaselineCountsBeforeAndAfterAndWhoChanged() {
        Baseline b = Baseline.of(List.of(
                roundTrip(lifting("E1", 80, BASELINE_DAY)),   // HIGH -> MEDIUM: improved
                roundTrip(lifting("E2", 10, BASELINE_DAY)),   // LOW -> HIGH: worsened
                roundTrip(lifting("E3", 10, BASELINE_DAY)),   // LOW -> LOW: unchanged
                roundTrip(lifting("E9", 30, BASELINE_DAY)))); // left
        RunSummary s = RunSummary.of(run, FOLLOW_UP_DAY, b);
        RunSummary.Comparison c = s.comparison().orElseThrow();
        assertThat(c.baselineDate()).isEqualTo(BASELINE_DAY);
        assertThat(c.improved()).isEqualTo(1);
        assertThat(c.worsened()).isEqualTo(1);
        assertThat(c.unchanged()).isEqualTo(1);
        assertThat(c.notReassessed()).containsExactly("E9");
        assertThat(c.newEmployees()).containsExactly("E0", "E-2001");
        assertThat(c.overall().before()).isEqualTo(new LightCounts(2, 1, 1));
        assertThat(c.overall().after()).isEqualTo(s.overall());
        assertThat(c.bySite().get("Leeds").before()).isEqualTo(new LightCounts(1, 0, 1));
        assertThat(c.bySite().get("").before()).isEqualTo(new LightCounts(0, 1, 0));
        assertThat(s.toJson()).contains("\"baseline\":{\"baselineDate\":\"2026-03-10\",\"overall\":{\"before\":"
                + "{\"LOW\":2,\"MEDIUM\":1,\"HIGH\":1},\"after\":{\"LOW\":1,\"MEDIUM\":1,\"HIGH\":2}}",
                "\"improved\":1,\"worsened\":1,\"unchanged\":1,\"notReassessed\":[\"E9\"],"
                        + "\"newEmployees\":[\"E0\",\"E-2001\"]}");
    }

    @Test
    void jsonStartsWithTheVersionsAndRunDate() {
        assertThat(RunSummary.of(run, FOLLOW_UP_DAY).toJson()).startsWith("{\"formatVersion\":\"1.1\",\"toolkitVersion\":\""
                + ResultJson.toolkitVersion() + "\",\"runDate\":\"2026-09-10\",\"employees\":5,\"notScored\":1,");
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> new LightCounts(0, -1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MEDIUM -1");
        assertThat(LightCounts.of(List.of(Risk.HIGH, Risk.HIGH, Risk.LOW))).isEqualTo(new LightCounts(1, 0, 2));
        assertThat(new LightCounts(1, 2, 3).total()).isEqualTo(6);
        assertThat(new LightCounts(1, 2, 3).get(Risk.MEDIUM)).isEqualTo(2);
    }
}
