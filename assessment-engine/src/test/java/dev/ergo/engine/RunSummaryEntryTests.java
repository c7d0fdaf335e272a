package dev.ergo.engine;

import static dev.ergo.engine.FollowUpFixtures.BASELINE_DAY;
import static dev.ergo.engine.FollowUpFixtures.FOLLOW_UP_DAY;
import static dev.ergo.engine.FollowUpFixtures.lifting;
import static dev.ergo.engine.FollowUpFixtures.none;
import static dev.ergo.engine.FollowUpFixtures.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RunSummary.Aggregate#add(RunSummary.Entry, java.util.function.Supplier)} sums up what adding the
 * results does, and asks for a result only when it is needed. Seeded runs in the project's property style
 * (see {@code PostureInvariantTests}): {@code -Dergo.test.seed=N} (or {@code random}) sets the seed.
 */
class RunSummaryEntryTests {
    private static final Logger LOG = LoggerFactory.getLogger(RunSummaryEntryTests.class);
    private static final long DEFAULT_SEED = 0x5EED_2026_1205L;

    private static final Baseline BASELINE = Baseline.of(List.of(roundTrip(lifting("P0", 30, BASELINE_DAY)),
            roundTrip(lifting("P1", 10, BASELINE_DAY)), roundTrip(lifting("P2", 80, BASELINE_DAY))));

    private static List<AssessmentResult> run(SplittableRandom r, int n) {
        double[] loads = {10, 30, 80};
        String[] sites = {"Leeds", " York ", null};
        List<AssessmentResult> out = new ArrayList<>();
        out.add(ResultFixtures.allFactors(ResultFixtures.ASSESSOR));
        for (int i = 0; i < n; i++) {
            String id = "P" + r.nextInt(40);
            out.add(r.nextInt(7) == 0 ? none(id, FOLLOW_UP_DAY)
                    : lifting(id, loads[r.nextInt(3)], FOLLOW_UP_DAY, sites[r.nextInt(3)], r.nextBoolean() ? "Office" : null));
        }
        return out;
    }

    private static SplittableRandom random() {
        String s = System.getProperty("ergo.test.seed");
        long seed = s == null || s.isBlank() ? DEFAULT_SEED
                : s.equalsIgnoreCase("random") ? System.nanoTime() : Long.parseLong(s.strip());
        LOG.info("entries: seed {}; reproduce with -Dergo.test.seed={}", seed, seed);
        return new SplittableRandom(seed);
    }

    @Test
    void entriesGiveTheSummaryOfTheResults() {
        SplittableRandom r = random();
        for (int round = 0; round < 40; round++) {
            List<AssessmentResult> results = run(r, r.nextInt(120));
            for (Baseline baseline : new Baseline[] {null, BASELINE}) {
                RunSummary.Aggregate byResult = new RunSummary.Aggregate(FOLLOW_UP_DAY, baseline);
                RunSummary.Aggregate byEntry = new RunSummary.Aggregate(FOLLOW_UP_DAY, baseline);
                for (AssessmentResult x : results) {
                    byResult.add(x);
                    byEntry.add(RunSummary.Entry.of(x), () -> x);
                }
                RunSummary expected = byResult.summary();
                RunSummary actual = byEntry.summary();
                assertThat(actual.toJson()).isEqualTo(expected.toJson());
                assertThat(actual.mostInNeed()).isEqualTo(expected.mostInNeed());
                assertThat(actual.factorTypes()).isEqualTo(expected.factorTypes());
                assertThat(actual.worsened()).isEqualTo(expected.worsened());
            }
        }
    }

    @Test
    void withoutABaselineOnlyTheMostInNeedSoFarAreAskedFor() {
        RunSummary.Aggregate a = new RunSummary.Aggregate(FOLLOW_UP_DAY, null);
        AtomicInteger asked = new AtomicInteger();
        int n = 200;
        for (int i = 0; i < n; i++) {
            AssessmentResult x = lifting(String.format("E%04d", i), 10, FOLLOW_UP_DAY); // all alike: later ids rank lower
            a.add(RunSummary.Entry.of(x), () -> {
                asked.incrementAndGet();
                return x;
            });
        }
        assertThat(asked).hasValue(RunSummary.MOST_IN_NEED);
        assertThat(a.summary().employees()).isEqualTo(n);
    }

    @Test
    void theEmployeeJustPastTheListIsNotAskedFor() {
        RunSummary.Aggregate a = new RunSummary.Aggregate(FOLLOW_UP_DAY, null);
        for (int i = 0; i < RunSummary.MOST_IN_NEED; i++) {
            AssessmentResult x = lifting(String.format("E%04d", i), 10, FOLLOW_UP_DAY);
            a.add(x);
        }
        AssessmentResult last = lifting("E9999", 10, FOLLOW_UP_DAY);
        a.add(RunSummary.Entry.of(last), () -> {
            throw new AssertionError("not among the most in need");
        });
        AssessmentResult first = lifting("E0000", 80, FOLLOW_UP_DAY); // HIGH: first place
        AtomicInteger asked = new AtomicInteger();
        a.add(RunSummary.Entry.of(first), () -> {
            asked.incrementAndGet();
            return first;
        });
        assertThat(asked).hasValue(1);
        assertThat(a.summary().mostInNeed().get(0)).isSameAs(first);
    }

    @Test
    void anEntryOfAResultWithoutFactorsHasNoOverallLight() {
        RunSummary.Entry e = RunSummary.Entry.of(none("E0", FOLLOW_UP_DAY));
        assertThat(e.overall()).isNull();
        assertThat(e.factors()).isEmpty();
        RunSummary.Entry scored = RunSummary.Entry.of(lifting("E1", 80, FOLLOW_UP_DAY, " Leeds", null));
        assertThat(scored.overall()).isEqualTo(Risk.HIGH);
        assertThat(scored.site()).isEqualTo(" Leeds"); // as imported; the aggregate strips it
        assertThat(scored.codes()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aSupplierGivingNothingIsABug() {
        RunSummary.Aggregate a = new RunSummary.Aggregate(FOLLOW_UP_DAY, null);
        AssessmentResult x = lifting("E1", 10, FOLLOW_UP_DAY);
        assertThatNullPointerException().isThrownBy(() -> a.add(RunSummary.Entry.of(x), () -> null));
    }
}
