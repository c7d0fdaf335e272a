package dev.ergo.engine;

import static dev.ergo.engine.FollowUpFixtures.BASELINE_DAY;
import static dev.ergo.engine.FollowUpFixtures.FOLLOW_UP_DAY;
import static dev.ergo.engine.FollowUpFixtures.lifting;
import static dev.ergo.engine.FollowUpFixtures.none;
import static dev.ergo.engine.FollowUpFixtures.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RunSummary#merge} is associative and agrees with summarising the whole run at once.
 *
 * <p>Three properties over seeded random runs drawn from a fixed pool, in the project's property style
 * (see {@code PostureInvariantTests}): the seed is logged and can be set with {@code -Dergo.test.seed=N}
 * (or {@code random}); jqwik is not used.
 */
class RunSummaryMergePropertyTests {
    private static final Logger LOG = LoggerFactory.getLogger(RunSummaryMergePropertyTests.class);
    private static final long DEFAULT_SEED = 0x5EED_2026_1204L;

    /** A pool with every light, not scored, sites, departments and duplicate ids. */
    private static final List<AssessmentResult> POOL = pool();

    private static final Baseline BASELINE = Baseline.of(List.of(roundTrip(lifting("P0", 30, BASELINE_DAY)),
            roundTrip(lifting("P1", 10, BASELINE_DAY)), roundTrip(lifting("P2", 80, BASELINE_DAY)),
            roundTrip(lifting("GONE", 80, BASELINE_DAY))));

    private static List<AssessmentResult> pool() {
        List<AssessmentResult> out = new ArrayList<>();
        double[] loads = {10, 30, 80};
        String[] sites = {"Leeds", "York", null};
        for (int i = 0; i < 30; i++) {
            String id = "P" + (i % 27); // P0, P1, P2 come twice
            out.add(i % 7 == 6 ? none(id, FOLLOW_UP_DAY)
                    : lifting(id, loads[i % 3], FOLLOW_UP_DAY, sites[i % 3], i % 2 == 0 ? "Office" : null));
        }
        return out;
    }

    private static SplittableRandom random(String property) {
        String s = System.getProperty("ergo.test.seed");
        long seed = s == null || s.isBlank() ? DEFAULT_SEED
                : s.equalsIgnoreCase("random") ? System.nanoTime() : Long.parseLong(s.strip());
        LOG.info("{}: seed {}; reproduce with -Dergo.test.seed={}", property, seed, seed);
        return new SplittableRandom(seed);
    }

    /** A random run of 0 to 60 results from the pool (the empty run and runs past MOST_IN_NEED included). */
    private static List<AssessmentResult> run(SplittableRandom r) {
        int n = r.nextInt(4) == 0 ? r.nextInt(3) : r.nextInt(61);
        List<AssessmentResult> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(POOL.get(r.nextInt(POOL.size())));
        }
        return out;
    }

    @Test
    void mergeIsAssociative() {
        SplittableRandom r = random("mergeIsAssociative");
        for (int i = 0; i < 200; i++) {
            boolean followUp = r.nextBoolean();
            RunSummary x = of(run(r), followUp);
            RunSummary y = of(run(r), followUp);
            RunSummary z = of(run(r), followUp);
            assertSame(x.merge(y).merge(z), x.merge(y.merge(z)));
        }
    }

    @Test
    void mergedPartsEqualTheWholeRun() {
        SplittableRandom r = random("mergedPartsEqualTheWholeRun");
        for (int i = 0; i < 200; i++) {
            boolean followUp = r.nextBoolean();
            List<AssessmentResult> a = run(r);
            List<AssessmentResult> b = run(r);
            List<AssessmentResult> all = new ArrayList<>(a);
            all.addAll(b);
            assertSame(of(a, followUp).merge(of(b, followUp)), of(all, followUp));
        }
    }

    @Test
    void mostInNeedIsTheHeadOfThePrioritisedList() {
        SplittableRandom r = random("mostInNeedIsTheHeadOfThePrioritisedList");
        for (int i = 0; i < 100; i++) {
            List<AssessmentResult> a = run(r);
            RunSummary s = of(a, false);
            List<String> ids = s.mostInNeed().stream().map(x -> x.employee().id()).toList();
            assertThat(ids).hasSize(Math.min(RunSummary.MOST_IN_NEED, a.size()));
            assertThat(ids).isEqualTo(s.prioritised().subList(0, ids.size()));
        }
    }

    /** A summary shares the aggregate's keys until the aggregate goes on: then the aggregate copies them. */
    @Test
    void aSummaryStaysAsTakenWhileItsAggregateGoesOn() {
        SplittableRandom r = random("aSummaryStaysAsTakenWhileItsAggregateGoesOn");
        for (int i = 0; i < 100; i++) {
            boolean followUp = r.nextBoolean();
            List<AssessmentResult> a = run(r);
            List<AssessmentResult> b = run(r);
            RunSummary.Aggregate agg = new RunSummary.Aggregate(FOLLOW_UP_DAY, followUp ? BASELINE : null);
            a.forEach(agg::add);
            RunSummary first = agg.summary();
            String firstJson = first.toJson();
            RunSummary again = agg.summary(); // a second summary shares the same keys
            if (r.nextBoolean()) {
                b.forEach(agg::add);
            } else {
                RunSummary.Aggregate rest = new RunSummary.Aggregate(FOLLOW_UP_DAY, followUp ? BASELINE : null);
                b.forEach(rest::add);
                agg.merge(rest);
            }
            List<AssessmentResult> all = new ArrayList<>(a);
            all.addAll(b);
            assertThat(first.toJson()).isEqualTo(firstJson);
            assertThat(again.toJson()).isEqualTo(firstJson);
            assertThat(first.merge(of(b, followUp)).toJson()).isEqualTo(of(all, followUp).toJson());
            assertSame(agg.summary(), of(all, followUp));
        }
    }

    private static RunSummary of(List<AssessmentResult> results, boolean followUp) {
        return followUp ? RunSummary.of(results, FOLLOW_UP_DAY, BASELINE) : RunSummary.of(results, FOLLOW_UP_DAY);
    }

    private static void assertSame(RunSummary actual, RunSummary expected) {
        assertThat(actual.toJson()).isEqualTo(expected.toJson());
        assertThat(actual.mostInNeed()).isEqualTo(expected.mostInNeed());
        assertThat(actual.recommendationCodeSets()).isEqualTo(expected.recommendationCodeSets());
        assertThat(actual.worsened()).isEqualTo(expected.worsened());
    }
}
