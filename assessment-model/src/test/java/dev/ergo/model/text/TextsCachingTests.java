package dev.ergo.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Texts keep compiled messages and number formats: the cached ones must write what a fresh one
 * writes, on any thread. The concurrent case list comes from a seeded {@link SplittableRandom}
 * (override with {@code -Dergo.test.seed=N} or {@code random}; the seed is in every failure).
 */
class TextsCachingTests {
    private static final String BASE = "/dev/ergo/model/text/fixture/test";
    private static final long DEFAULT_SEED = 0x5EED_2026_1204L;
    private static final int CASES = 4000;
    private static final Locale[] LOCALES = {Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("pl")};

    private static Messages fresh() {
        return Messages.load(BASE, TextsCachingTests.class::getResourceAsStream);
    }

    @ParameterizedTest(name = "{0} with at most {1} decimals in {2}, grouping {3}: {4}")
    @CsvSource(delimiter = '|', value = {
        "1234.5|1|en|true|1,234.5", "1234.5|1|en|false|1234.5", "1234.56|2|en|true|1,234.56",
        "1234.56|0|en|true|1,235", "1234.5|1|de|true|1.234,5", "1234.5|1|de|false|1234,5", "-0.04|1|de|true|0"})
    void everyCallWritesWhatTheFirstWrote(double value, int decimals, String tag, boolean grouping, String expected) {
        Texts texts = fresh().in(Locale.forLanguageTag(tag));
        for (int i = 0; i < 5; i++) { // ICU compiles a number formatter after its third use
            assertThat(texts.number(value, decimals, grouping)).as("call %d", i + 1).isEqualTo(expected);
        }
    }

    @Test
    void groupingAndDecimalsAreCachedApart() {
        Texts en = fresh().in(Locale.ENGLISH);
        assertThat(en.number(98765.4321, 3, true)).isEqualTo("98,765.432");
        assertThat(en.number(98765.4321, 3, false)).isEqualTo("98765.432");
        assertThat(en.number(98765.4321, 2, true)).isEqualTo("98,765.43");
        assertThat(en.number(98765.4321, 3, true)).isEqualTo("98,765.432");
    }

    @Test
    void aMessageFormatsTheSameEachTime() {
        Texts pl = fresh().in(Locale.forLanguageTag("pl"));
        for (int i = 0; i < 3; i++) {
            assertThat(pl.text("tasks", "count", 5)).isEqualTo("5 zadań");
            assertThat(pl.text("tasks", "count", 2)).isEqualTo("2 zadania");
            assertThat(pl.text("height", "cm", 52.5)).isEqualTo("Ustaw siedzisko na 52,5 cm.");
        }
    }

    @Test
    void fourThreadsWriteWhatOneThreadWrites() throws Exception {
        long seed = seed();
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Function<Messages, String>> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            Locale locale = LOCALES[rnd.nextInt(LOCALES.length)];
            double value = Math.round(rnd.nextDouble(-5000, 5000) * 1000) / 1000.0;
            int decimals = rnd.nextInt(4);
            boolean grouping = rnd.nextBoolean();
            int count = rnd.nextInt(30);
            cases.add(switch (rnd.nextInt(3)) {
                case 0 -> m -> m.in(locale).number(value, decimals, grouping);
                case 1 -> m -> m.in(locale).text("tasks", "count", count);
                default -> m -> m.in(locale).text("height", "cm", value);
            });
        }
        Messages oneThread = fresh();
        List<String> expected = cases.stream().map(c -> c.apply(oneThread)).toList();
        Messages shared = fresh();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Function<Messages, String> c : cases) {
                futures.add(pool.submit(() -> c.apply(shared)));
            }
            for (int i = 0; i < cases.size(); i++) {
                assertThat(futures.get(i).get()).as("seed %d case %d", seed, i).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static long seed() {
        String s = System.getProperty("ergo.test.seed");
        if (s == null || s.isBlank()) {
            return DEFAULT_SEED;
        }
        return s.equalsIgnoreCase("random") ? System.nanoTime() : Long.parseLong(s.strip());
    }
}
