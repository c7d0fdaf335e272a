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
    void summaryJsonReadBackIsWrittenAgainUnchanged() {
        Baseline b = Baseline.of(List.of(roundTrip(lifting("E1", 80, BASELINE_DAY)), roundTrip(lifting("E9", 30,
                BASELINE_DAY))));
        for (RunSummary s : List.of(RunSummary.of(run, FOLLOW_UP_DAY), RunSummary.of(run, FOLLOW_UP_DAY, b),
                RunSummary.of(List.of(), FOLLOW_UP_DAY))) {
            RunSummary read = RunSummary.parse(s.toJson());
            assertThat(read.toJson()).isEqualTo(s.toJson());
            assertThat(read.overall()).isEqualTo(s.overall());
            assertThat(read.prioritised()).isEqualTo(s.prioritised());
            assertThat(read.comparison()).isEqualTo(s.comparison());
        }
    }

    @Test
    void aSummaryOfAnotherMajorVersionOrWithoutRunDateIsRefused() {
        String json = RunSummary.of(run, FOLLOW_UP_DAY).toJson();
        assertThatThrownBy(() -> RunSummary.parse(json.replace("\"formatVersion\":\"1.1\"", "\"formatVersion\":\"2.0\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version 2.0");
        assertThatThrownBy(() -> RunSummary.parse(json.replace("\"runDate\"", "\"date\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runDate");
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

    @Test
    void mostInNeedKeepsTwentyFiveOfTwentySix() {
        List<AssessmentResult> many = new java.util.ArrayList<>();
        for (int i = 0; i < RunSummary.MOST_IN_NEED + 1; i++) {
            many.add(lifting(String.format("E%02d", i), i == RunSummary.MOST_IN_NEED ? 80 : 10, FOLLOW_UP_DAY));
        }
        RunSummary s = RunSummary.of(many, FOLLOW_UP_DAY);
        assertThat(s.mostInNeed()).hasSize(RunSummary.MOST_IN_NEED);
        assertThat(s.mostInNeed().get(0).employee().id()).isEqualTo("E25"); // the only HIGH
        assertThat(s.mostInNeed()).extracting(r -> r.employee().id()).doesNotContain("E24");
        assertThat(RunSummary.of(many.subList(0, RunSummary.MOST_IN_NEED), FOLLOW_UP_DAY).mostInNeed())
                .hasSize(RunSummary.MOST_IN_NEED);
    }

    /**
     * A summary shares its aggregate's code sets instead of copying them: adding to the aggregate
     * afterwards, or merging the summary, leaves the first summary's sets as they were.
     */
    @Test
    void aSummaryKeepsItsCodeSetsWhenItsAggregateOrAMergeAddsMore() {
        RunSummary.Aggregate a = new RunSummary.Aggregate(FOLLOW_UP_DAY, null);
        a.add(lifting("A", 80, FOLLOW_UP_DAY));
        RunSummary first = a.summary();
        java.util.Map<java.util.Set<String>, Integer> before = java.util.Map.copyOf(first.recommendationCodeSets());
        a.add(lifting("B", 80, FOLLOW_UP_DAY)).add(run.get(4));
        RunSummary second = a.summary();
        RunSummary merged = first.merge(second);

        assertThat(first.recommendationCodeSets()).isEqualTo(before).hasSize(1);
        assertThat(first.recommendationCodeSets().values()).containsExactly(1);
        assertThat(second.recommendationCodeSets()).hasSize(2);
        assertThat(second.recommendationCodeSets().values()).containsExactly(2, 1);
        assertThat(merged.recommendationCodeSets().values()).containsExactly(3, 1);
        assertThat(second.recommendationCodeSets().values()).containsExactly(2, 1);
        assertThat(RunSummary.of(List.of(lifting("A", 80, FOLLOW_UP_DAY), lifting("A", 80, FOLLOW_UP_DAY),
                lifting("B", 80, FOLLOW_UP_DAY), run.get(4)), FOLLOW_UP_DAY).recommendationCodeSets())
                .isEqualTo(merged.recommendationCodeSets());
    }

    @Test
    void countsEmployeesPerSetOfCodes() {
        RunSummary s = RunSummary.of(List.of(lifting("A", 80, FOLLOW_UP_DAY), lifting("B", 80, FOLLOW_UP_DAY),
                none("C", FOLLOW_UP_DAY)), FOLLOW_UP_DAY);
        assertThat(s.recommendationCodeSets()).hasSize(1);
        assertThat(s.recommendationCodeSets().values()).containsExactly(2);
    }

    @Test
    void aSummaryReadBackCannotBeMerged() {
        RunSummary s = RunSummary.of(run, FOLLOW_UP_DAY);
        RunSummary parsed = RunSummary.parse(s.toJson());
        assertThatThrownBy(() -> s.merge(parsed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> parsed.merge(s)).isInstanceOf(IllegalStateException.class);
        assertThat(parsed.mostInNeed()).isEmpty();
    }

    @Test
    void summariesOfDifferentRunDatesCannotBeMerged() {
        RunSummary a = RunSummary.of(run, FOLLOW_UP_DAY);
        RunSummary b = RunSummary.of(run, BASELINE_DAY);
        assertThatThrownBy(() -> a.merge(b)).isInstanceOf(IllegalArgumentException.class);
    }
}
