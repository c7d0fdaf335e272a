package dev.ergo.engine;

import static dev.ergo.engine.FollowUpFixtures.BASELINE_DAY;
import static dev.ergo.engine.FollowUpFixtures.FOLLOW_UP_DAY;
import static dev.ergo.engine.FollowUpFixtures.lifting;
import static dev.ergo.engine.FollowUpFixtures.none;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RunSummary.Aggregate} survives Java serialization (how Spark moves a partition's aggregate), and
 * aggregates made apart and merged after the trip give the summary of the whole run.
 */
class RunSummaryAggregateSerializationTests {

    /** 40 results: every light, not scored, sites, departments, a duplicate id; more than MOST_IN_NEED. */
    private static List<AssessmentResult> run() {
        List<AssessmentResult> out = new ArrayList<>();
        double[] loads = {10, 30, 80};
        String[] sites = {"Leeds", "York", null};
        for (int i = 0; i < 40; i++) {
            String id = "S" + (i % 37);
            out.add(i % 7 == 6 ? none(id, FOLLOW_UP_DAY)
                    : lifting(id, loads[i % 3], FOLLOW_UP_DAY, sites[i % 3], i % 2 == 0 ? "Office" : null));
        }
        return out;
    }

    private static RunSummary.Aggregate aggregate(List<AssessmentResult> results) {
        RunSummary.Aggregate a = new RunSummary.Aggregate(FOLLOW_UP_DAY, null);
        results.forEach(a::add);
        return a;
    }

    private static RunSummary.Aggregate trip(RunSummary.Aggregate a) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(a);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (RunSummary.Aggregate) in.readObject();
        }
    }

    private static void assertSame(RunSummary actual, RunSummary expected) {
        assertThat(actual.toJson()).isEqualTo(expected.toJson());
        assertThat(actual.mostInNeed()).extracting(AssessmentResult::employee)
                .isEqualTo(expected.mostInNeed().stream().map(AssessmentResult::employee).toList());
        assertThat(actual.mostInNeed()).extracting(r -> ResultJson.line(r, true))
                .isEqualTo(expected.mostInNeed().stream().map(r -> ResultJson.line(r, true)).toList());
        assertThat(actual.recommendationCodeSets()).isEqualTo(expected.recommendationCodeSets());
        assertThat(actual.factorTypes()).isEqualTo(expected.factorTypes());
    }

    @Test
    void aRunComesBackWithItsSummary() throws Exception {
        RunSummary.Aggregate a = aggregate(run());
        assertSame(trip(a).summary(), a.summary());
    }

    @Test
    void anEmptyAggregateComesBackEmpty() throws Exception {
        RunSummary back = trip(new RunSummary.Aggregate(FOLLOW_UP_DAY, null)).summary();
        assertThat(back.employees()).isZero();
        assertThat(back.toJson()).isEqualTo(RunSummary.of(List.of(), FOLLOW_UP_DAY).toJson());
    }

    @Test
    void partsSerializedApartAndMergedEqualTheWholeRun() throws Exception {
        List<AssessmentResult> all = run();
        RunSummary.Aggregate merged = trip(aggregate(all.subList(0, 13)));
        merged.merge(trip(aggregate(all.subList(13, 14)))).merge(trip(aggregate(all.subList(14, 40))));
        assertSame(merged.summary(), RunSummary.of(all, FOLLOW_UP_DAY));
    }

    @Test
    void aFollowUpAggregateIsNotSerialized() {
        Baseline baseline = Baseline.of(List.of(FollowUpFixtures.roundTrip(lifting("S1", 30, BASELINE_DAY))));
        RunSummary.Aggregate a = new RunSummary.Aggregate(FOLLOW_UP_DAY, baseline).add(lifting("S1", 10, FOLLOW_UP_DAY));
        assertThatThrownBy(() -> trip(a)).isInstanceOf(NotSerializableException.class).hasMessageContaining("baseline");
    }
}
