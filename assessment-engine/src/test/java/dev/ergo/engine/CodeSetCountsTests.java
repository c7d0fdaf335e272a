package dev.ergo.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link CodeSetCounts} counts as a map from {@link RunSummary.CodeSet} to count in first-met order did. */
class CodeSetCountsTests {
    private static final Logger LOG = LoggerFactory.getLogger(CodeSetCountsTests.class);
    private static final long DEFAULT_SEED = 0x5EED_2026_1205L;

    private static SplittableRandom random(String property) {
        String s = System.getProperty("ergo.test.seed");
        long seed = s == null || s.isBlank() ? DEFAULT_SEED
                : s.equalsIgnoreCase("random") ? System.nanoTime() : Long.parseLong(s.strip());
        LOG.info("{}: seed {}; reproduce with -Dergo.test.seed={}", property, seed, seed);
        return new SplittableRandom(seed);
    }

    /** 1 to 6 codes (duplicates possible) out of 70, more than fit in one long. */
    private static List<String> codes(SplittableRandom r) {
        List<String> out = new ArrayList<>();
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            out.add("C" + r.nextInt(70));
        }
        return out;
    }

    @Test
    void countsAsAMapOfSetsDoes() {
        SplittableRandom r = random("countsAsAMapOfSetsDoes");
        CodeSetCounts sets = new CodeSetCounts();
        Map<Set<String>, Integer> expected = new LinkedHashMap<>();
        for (int i = 0; i < 5_000; i++) { // thousands of distinct sets: the table grows many times
            List<String> given = codes(r);
            sets.add(given, 1);
            expected.merge(RunSummary.CodeSet.of(given), 1, Integer::sum);
        }
        Map<Set<String>, Integer> view = sets.asMap();
        assertThat(sets.size()).isEqualTo(expected.size());
        assertThat(new ArrayList<>(view.entrySet())).containsExactlyElementsOf(expected.entrySet());
        assertThat(view).isEqualTo(expected);
        assertThat(expected).isEqualTo(view);
        assertThat(view.hashCode()).isEqualTo(expected.hashCode());
        expected.forEach((k, v) -> assertThat(view.get(Set.copyOf(k))).isEqualTo(v));
    }

    @Test
    void aSetNeverAddedHasNoCount() {
        CodeSetCounts sets = new CodeSetCounts();
        sets.add(List.of("A", "B"), 1);
        Map<Set<String>, Integer> view = sets.asMap();
        assertThat(view.get(Set.of("A"))).isNull();
        assertThat(view.get(Set.of("A", "B", "C"))).isNull();
        assertThat(view.get(Set.of())).isNull();
        assertThat(view.get(List.of("A", "B"))).isNull();
        assertThat(view.get(Set.of(1))).isNull();
        assertThat(view.containsKey(Set.of("B", "A"))).isTrue();
    }

    /** Codes numbered 63 and 64 (the 64th and 65th met) sit in the first and the second word of a bit set. */
    @Test
    void codesEitherSideOfTheFirstWordStayApart() {
        CodeSetCounts sets = new CodeSetCounts();
        for (int c = 0; c < 63; c++) {
            sets.add(List.of("C" + c), 1);
        }
        sets.add(List.of("C63"), 1);
        sets.add(List.of("C64"), 2);
        sets.add(List.of("C64", "C63", "C0"), 3);
        sets.add(List.of("C0", "C63"), 4);
        sets.add(List.of("C63", "C64", "C0"), 5);
        Map<Set<String>, Integer> view = sets.asMap();
        assertThat(sets.size()).isEqualTo(67);
        assertThat(view.get(Set.of("C63"))).isEqualTo(1);
        assertThat(view.get(Set.of("C64"))).isEqualTo(2);
        assertThat(view.get(Set.of("C0", "C63", "C64"))).isEqualTo(8);
        assertThat(view.get(Set.of("C0", "C63"))).isEqualTo(4);
        assertThat(view.get(Set.of("C0", "C64"))).isNull();
        assertThat(new ArrayList<>(view.keySet()).subList(63, 66)).containsExactly(Set.of("C63"), Set.of("C64"),
                Set.of("C0", "C63", "C64"));
        assertThat(new ArrayList<>(new ArrayList<>(view.keySet()).get(65))).containsExactly("C0", "C63", "C64");
    }

    @Test
    void duplicateCodesCountOnce() {
        CodeSetCounts sets = new CodeSetCounts();
        sets.add(List.of("B", "A", "B"), 1);
        sets.add(List.of("A", "B"), 2);
        assertThat(sets.asMap()).containsExactly(Map.entry(Set.of("A", "B"), 3));
    }

    @Test
    void addAllKeepsTheOrderAndAddsTheCounts() {
        CodeSetCounts first = new CodeSetCounts();
        first.add(List.of("A"), 1);
        first.add(List.of("B"), 1);
        CodeSetCounts second = new CodeSetCounts();
        second.add(List.of("C"), 4);
        second.add(List.of("A"), 2);
        first.addAll(second);
        assertThat(new ArrayList<>(first.asMap().entrySet())).containsExactly(Map.entry(Set.of("A"), 3),
                Map.entry(Set.of("B"), 1), Map.entry(Set.of("C"), 4));
    }

    /** A copy and its original then count apart, each past several growths of its table. */
    @Test
    void aCopyCountsApartFromItsOriginal() {
        SplittableRandom r = random("aCopyCountsApartFromItsOriginal");
        CodeSetCounts original = new CodeSetCounts();
        Map<Set<String>, Integer> expectOriginal = new LinkedHashMap<>();
        for (int i = 0; i < 300; i++) {
            List<String> given = codes(r);
            original.add(given, 1);
            expectOriginal.merge(RunSummary.CodeSet.of(given), 1, Integer::sum);
        }
        CodeSetCounts copy = original.copy();
        Map<Set<String>, Integer> expectCopy = new LinkedHashMap<>(expectOriginal);
        for (int i = 0; i < 2_000; i++) {
            List<String> given = codes(r);
            (i % 2 == 0 ? original : copy).add(given, 2);
            (i % 2 == 0 ? expectOriginal : expectCopy).merge(RunSummary.CodeSet.of(given), 2, Integer::sum);
        }
        assertThat(new ArrayList<>(original.asMap().entrySet())).containsExactlyElementsOf(expectOriginal.entrySet());
        assertThat(new ArrayList<>(copy.asMap().entrySet())).containsExactlyElementsOf(expectCopy.entrySet());
        assertThat(new CodeSetCounts().copy().asMap()).isEmpty();
    }

    @Test
    void theViewIsUnmodifiable() {
        CodeSetCounts sets = new CodeSetCounts();
        sets.add(List.of("A"), 1);
        Map<Set<String>, Integer> view = sets.asMap();
        assertThatThrownBy(() -> view.put(Set.of("B"), 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> view.entrySet().iterator().next().setValue(2))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(new CodeSetCounts().asMap()).isEmpty();
    }
}
