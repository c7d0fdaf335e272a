package com.example.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.RunSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Partition results combined in any order and grouping (as {@code treeReduce} may) give the summary of
 * the partitions in order. Seeded as the project's property tests are: {@code -Dergo.test.seed=N} (or
 * {@code random}); the seed is logged.
 */
class PartitionResultTests {
    private static final Logger LOG = LoggerFactory.getLogger(PartitionResultTests.class);
    private static final List<AssessmentResult> SAMPLE = Samples.assess(Samples.WORKBOOK);

    /** The sample's results twice, reversed the second time, in {@code k} consecutive slices. */
    private static List<List<AssessmentResult>> slices(int k) {
        List<AssessmentResult> all = new ArrayList<>(SAMPLE);
        List<AssessmentResult> reversed = new ArrayList<>(SAMPLE);
        Collections.reverse(reversed);
        all.addAll(reversed);
        List<List<AssessmentResult>> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(all.subList(i * all.size() / k, (i + 1) * all.size() / k));
        }
        return out;
    }

    private static PartitionResult partition(int index, List<AssessmentResult> results) {
        RunSummary.Aggregate a = new RunSummary.Aggregate(Samples.RUN_DATE, null);
        results.forEach(a::add);
        return new PartitionResult(index, a, results.size(), 1, 2, 3, 4, 5);
    }

    @Test
    void anyOrderAndGroupingGivesTheSummaryInPartitionOrder() {
        String s = System.getProperty("ergo.test.seed");
        long seed = s == null || s.isBlank() ? 0x5EED_5A4BL : s.equalsIgnoreCase("random") ? System.nanoTime()
                : Long.parseLong(s.strip());
        LOG.info("anyOrderAndGroupingGivesTheSummaryInPartitionOrder: seed {}; reproduce with -Dergo.test.seed={}", seed, seed);
        SplittableRandom r = new SplittableRandom(seed);
        for (int round = 0; round < 100; round++) {
            int k = 1 + r.nextInt(8);
            List<List<AssessmentResult>> slices = slices(k);
            List<AssessmentResult> whole = slices.stream().flatMap(List::stream).toList();
            List<PartitionResult> pending = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                pending.add(partition(i, slices.get(i)));
            }
            while (pending.size() > 1) { // merge two random results, either way round
                PartitionResult a = pending.remove(r.nextInt(pending.size()));
                PartitionResult b = pending.remove(r.nextInt(pending.size()));
                pending.add(a.merge(b));
            }
            PartitionResult total = pending.get(0);
            RunSummary expected = RunSummary.of(whole, Samples.RUN_DATE);
            RunSummary actual = total.summary(k);
            assertThat(actual.toJson()).isEqualTo(expected.toJson());
            assertThat(actual.mostInNeed()).isEqualTo(expected.mostInNeed());
            assertThat(actual.recommendationCodeSets()).containsExactlyEntriesOf(expected.recommendationCodeSets());
            assertThat(total.employees()).isEqualTo(whole.size());
            assertThat(List.of(total.notAssessed(), total.rowsRead(), total.rowsRejected(), total.problems(),
                    total.unreadableWorkbooks(), total.workbooksWithProblems()))
                    .containsExactly(k * 1L, k * 2L, k * 3L, k * 4L, k * 5L, (long) k);
        }
    }

    @Test
    void onePartitionIsItsOwnSummary() {
        List<AssessmentResult> one = slices(1).get(0);
        assertThat(partition(0, one).summary(1).toJson()).isEqualTo(RunSummary.of(one, Samples.RUN_DATE).toJson());
    }

    @Test
    void aPartitionWithoutProblemsIsNoWorkbookWithProblems() {
        RunSummary.Aggregate a = new RunSummary.Aggregate(Samples.RUN_DATE, null);
        assertThat(new PartitionResult(0, a, 0, 0, 0, 0, 0, 0).workbooksWithProblems()).isZero();
    }

    @Test
    void aPartitionWithOneProblemIsAWorkbookWithProblems() {
        RunSummary.Aggregate a = new RunSummary.Aggregate(Samples.RUN_DATE, null);
        PartitionResult one = new PartitionResult(0, a, 0, 0, 0, 0, 1, 0);
        assertThat(one.workbooksWithProblems()).isEqualTo(1);
        assertThat(one.merge(new PartitionResult(1, new RunSummary.Aggregate(Samples.RUN_DATE, null), 0, 0, 0, 0, 0, 0))
                .workbooksWithProblems()).isEqualTo(1);
    }

    @Test
    void aMissingPartitionIsABug() {
        PartitionResult r = partition(0, SAMPLE).merge(partition(2, SAMPLE));
        assertThatThrownBy(() -> r.summary(3)).isInstanceOf(IllegalStateException.class).hasMessageContaining("[0, 2]");
        assertThatThrownBy(() -> partition(0, SAMPLE).summary(2)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPartitionMergedTwiceIsABug() {
        assertThatThrownBy(() -> partition(1, SAMPLE).merge(partition(1, SAMPLE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partition 1");
    }
}
