package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The import's hand-off to the main thread: order kept, failures thrown where they happened, a clean stop. */
class SurveyFeedTests {
    private static final long SEED = Long.getLong("ergo.test.seed", 20261205L);

    @Test
    void everyItemComesInOrderThenTheEnd() throws InterruptedException {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int round = 0; round < 20; round++) {
            int n = random.nextInt(0, 2_000);
            int capacity = random.nextInt(1, 40);
            List<Integer> taken = new ArrayList<>();
            try (SurveyFeed<Integer> feed = new SurveyFeed<>(IntStream.range(0, n).iterator(), capacity)) {
                for (Integer i = feed.take(); i != null; i = feed.take()) {
                    taken.add(i);
                }
                assertThat(feed.take()).as("after the end").isNull();
            }
            assertThat(taken).as("seed %d, n %d, capacity %d", SEED, n, capacity)
                    .isEqualTo(IntStream.range(0, n).boxed().toList());
        }
    }

    @Test
    void aFailureMidWayIsThrownAsItIsWhereItsItemWouldHaveCome() throws InterruptedException {
        UncheckedIOException thrown = new UncheckedIOException(new java.io.IOException("spool unreadable"));
        try (SurveyFeed<Integer> feed = new SurveyFeed<>(failingAt(5, thrown), 2)) {
            for (int i = 0; i < 5; i++) {
                assertThat(feed.take()).isEqualTo(i);
            }
            assertThatThrownBy(feed::take).isSameAs(thrown);
            assertThat(feed.take()).isNull();
        }
    }

    @Test
    void anErrorIsThrownAsItIs() throws InterruptedException {
        AssertionError thrown = new AssertionError("a bug");
        try (SurveyFeed<Integer> feed = new SurveyFeed<>(failingAt(0, thrown), 2)) {
            assertThatThrownBy(feed::take).isSameAs(thrown);
        }
    }

    @Test
    void closingStopsTheFeedBeforeTheEnd() throws InterruptedException {
        AtomicInteger built = new AtomicInteger();
        Iterator<Integer> endless = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                return built.getAndIncrement();
            }
        };
        SurveyFeed<Integer> feed = new SurveyFeed<>(endless, 4);
        assertThat(feed.take()).isZero();
        assertThat(feed.take()).isEqualTo(1);

        feed.close();

        int after = built.get();
        Thread.sleep(50);
        assertThat(built).as("nothing built after close").hasValue(after);
    }

    /** Items 0, 1, ... and then the given failure at item {@code at}. */
    private static Iterator<Integer> failingAt(int at, Throwable failure) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (next == at) {
                    if (failure instanceof RuntimeException re) {
                        throw re;
                    }
                    throw (Error) failure;
                }
                return next++;
            }
        };
    }
}
