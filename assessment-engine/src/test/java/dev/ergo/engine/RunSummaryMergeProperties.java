package dev.ergo.engine;

import static dev.ergo.engine.FollowUpFixtures.BASELINE_DAY;
import static dev.ergo.engine.FollowUpFixtures.FOLLOW_UP_DAY;
import static dev.ergo.engine.FollowUpFixtures.lifting;
import static dev.ergo.engine.FollowUpFixtures.none;
import static dev.ergo.engine.FollowUpFixtures.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link RunSummary#merge} is associative and agrees with summarising the whole run at once. */
class RunSummaryMergeProperties {

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

    @Provide
    Arbitrary<List<AssessmentResult>> runs() {
        return Arbitraries.of(POOL).list().ofMaxSize(60);
    }

    @Property(tries = 200)
    void mergeIsAssociative(@ForAll("runs") List<AssessmentResult> a, @ForAll("runs") List<AssessmentResult> b,
            @ForAll("runs") List<AssessmentResult> c, @ForAll boolean followUp) {
        RunSummary x = of(a, followUp);
        RunSummary y = of(b, followUp);
        RunSummary z = of(c, followUp);
        assertSame(x.merge(y).merge(z), x.merge(y.merge(z)));
    }

    @Property(tries = 200)
    void mergedPartsEqualTheWholeRun(@ForAll("runs") List<AssessmentResult> a, @ForAll("runs") List<AssessmentResult> b,
            @ForAll boolean followUp) {
        List<AssessmentResult> all = new ArrayList<>(a);
        all.addAll(b);
        assertSame(of(a, followUp).merge(of(b, followUp)), of(all, followUp));
    }

    @Property(tries = 100)
    void mostInNeedIsTheHeadOfThePrioritisedList(@ForAll("runs") List<AssessmentResult> a) {
        RunSummary s = of(a, false);
        List<String> ids = s.mostInNeed().stream().map(r -> r.employee().id()).toList();
        assertThat(ids).hasSize(Math.min(RunSummary.MOST_IN_NEED, a.size()));
        assertThat(ids).isEqualTo(s.prioritised().subList(0, ids.size()));
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
