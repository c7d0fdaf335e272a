package dev.ergo.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link RankKeys} orders ids exactly as one object per employee sorted with {@link String#compareTo} did. */
class RankKeysTests {
    private static final Logger LOG = LoggerFactory.getLogger(RankKeysTests.class);
    private static final long DEFAULT_SEED = 0x5EED_2026_1205L;

    private record Key(int light, int highs, String id, int seq) {
        static final Comparator<Key> NEED = Comparator.comparingInt(Key::light).reversed()
                .thenComparing(Comparator.comparingInt(Key::highs).reversed())
                .thenComparing(Key::id)
                .thenComparingInt(Key::seq);
    }

    private static SplittableRandom random(String property) {
        String s = System.getProperty("ergo.test.seed");
        long seed = s == null || s.isBlank() ? DEFAULT_SEED
                : s.equalsIgnoreCase("random") ? System.nanoTime() : Long.parseLong(s.strip());
        LOG.info("{}: seed {}; reproduce with -Dergo.test.seed={}", property, seed, seed);
        return new SplittableRandom(seed);
    }

    /** Ids from a small alphabet (so that prefixes and duplicates occur) with surrogate pairs and private-use characters. */
    private static String id(SplittableRandom r) {
        String[] parts = {"A", "a", "0", "é", "\uE000", "\uD83D\uDE00", "Ł", " ", "\uFFFF", "\uD800\uDC00"};
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            b.append(parts[r.nextInt(parts.length)]);
        }
        return b.toString();
    }

    @Test
    void byNeedIsTheOrderOfStringCompareTo() {
        SplittableRandom r = random("byNeedIsTheOrderOfStringCompareTo");
        for (int run = 0; run < 100; run++) {
            RankKeys keys = new RankKeys();
            List<Key> expected = new ArrayList<>();
            int n = r.nextInt(200);
            for (int i = 0; i < n; i++) {
                Key k = new Key(r.nextInt(4) - 1, r.nextInt(3), id(r), i);
                keys.add(k.light(), k.highs(), k.id(), null, null);
                expected.add(k);
            }
            expected.sort(Key.NEED);
            assertThat(keys.byNeed()).containsExactlyElementsOf(expected.stream().map(Key::id).toList());
        }
    }

    /** Sizes around the insertion-sort runs (32) and the merge passes, with many equal ranks and ids. */
    @Test
    void byNeedSortsEverySizeAroundTheRunLength() {
        SplittableRandom r = random("byNeedSortsEverySizeAroundTheRunLength");
        int[] sizes = {0, 1, 2, 31, 32, 33, 63, 64, 65, 95, 96, 97, 127, 128, 129, 1000, 5000};
        for (int n : sizes) {
            RankKeys keys = new RankKeys();
            List<Key> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Key k = new Key(r.nextInt(4) - 1, r.nextInt(2), id(r), i);
                keys.add(k.light(), k.highs(), k.id(), null, null);
                expected.add(k);
            }
            expected.sort(Key.NEED);
            assertThat(keys.byNeed()).as("size %d", n).containsExactlyElementsOf(expected.stream().map(Key::id).toList());
        }
    }

    @Test
    void aCopyIsIndependent() {
        RankKeys keys = new RankKeys();
        keys.add(1, 2, "B", "Leeds", "Office");
        keys.add(2, 0, "A", "York", null);
        RankKeys copy = keys.copy();
        copy.add(0, 0, "C", "Leeds", "Office");
        keys.add(-1, 0, "D", null, null);
        assertThat(copy.byNeed()).containsExactly("A", "B", "C");
        assertThat(keys.byNeed()).containsExactly("A", "B", "D");
        assertThat(copy.site(2)).isSameAs(copy.site(0));
        assertThat(copy.department(1)).isNull();
        assertThat(new RankKeys().copy().size()).isZero();
    }

    @Test
    void keysComeBackAsAdded() {
        RankKeys keys = new RankKeys();
        keys.add(2, 0, "B7", "Leeds", "");
        keys.add(-1, 3, "", new String("Leeds"), "Office");
        assertThat(keys.size()).isEqualTo(2);
        assertThat(keys.light(0)).isEqualTo(2);
        assertThat(keys.light(1)).isEqualTo(-1);
        assertThat(keys.highs(1)).isEqualTo(3);
        assertThat(keys.id(0)).isEqualTo("B7");
        assertThat(keys.id(1)).isEmpty();
        assertThat(keys.site(1)).isSameAs(keys.site(0)); // names are shared
        assertThat(keys.department(1)).isEqualTo("Office");
        RankKeys copy = new RankKeys();
        copy.add(0, 0, "A1", "York", "Office");
        copy.addAll(keys);
        assertThat(copy.byNeed()).containsExactly("B7", "A1", "");
        assertThat(copy.site(1)).isEqualTo("Leeds");
    }

    @Test
    void withoutABaselineThereAreNoNames() {
        RankKeys keys = new RankKeys();
        keys.add(0, 0, "A", null, null);
        assertThat(keys.site(0)).isNull();
        assertThat(keys.department(0)).isNull();
    }

    @Test
    void highsUpToTheLimitAreKept() {
        RankKeys keys = new RankKeys();
        keys.add(2, (1 << 24) - 1, "MAX", null, null);
        keys.add(2, 0, "ZERO", null, null);
        assertThat(keys.highs(0)).isEqualTo((1 << 24) - 1);
        assertThat(keys.byNeed()).containsExactly("MAX", "ZERO");
    }

    @Test
    void highsPastTheLimitAreRefused() {
        RankKeys keys = new RankKeys();
        assertThatThrownBy(() -> keys.add(2, 1 << 24, "X", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keys.add(2, -1, "X", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(keys.size()).isZero();
    }

    @Test
    void lightsOutsideNotScoredToHighAreRefused() {
        RankKeys keys = new RankKeys();
        keys.add(-1, 0, "NOT_SCORED", null, null);
        keys.add(2, 0, "HIGH", null, null);
        assertThatThrownBy(() -> keys.add(-2, 0, "X", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keys.add(3, 0, "X", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(keys.byNeed()).containsExactly("HIGH", "NOT_SCORED");
    }

    @Test
    void theOrderIsAnUnmodifiableList() {
        RankKeys keys = new RankKeys();
        keys.add(0, 0, "A", null, null);
        List<String> ids = keys.byNeed();
        assertThat(ids).isEqualTo(List.of("A"));
        assertThatThrownBy(() -> ids.add("B")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new RankKeys().byNeed()).isEmpty();
    }
}
