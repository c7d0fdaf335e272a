package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link EmployeeIds} answers as the {@code HashMap} it replaced, with undo by truncation. Seeded
 * ({@code -Dergo.test.seed=N} or {@code random}), as the project's property tests are.
 */
class EmployeeIdsTests {
    private static final Logger LOG = LoggerFactory.getLogger(EmployeeIdsTests.class);
    private static final long DEFAULT_SEED = 0x5EED_2026_1205L;

    private record Entry(int index, int row, int ordinal) {}

    private static SplittableRandom random(String property) {
        String s = System.getProperty("ergo.test.seed");
        long seed = s == null || s.isBlank() ? DEFAULT_SEED
                : s.equalsIgnoreCase("random") ? System.nanoTime() : Long.parseLong(s.strip());
        LOG.info("{}: seed {}; reproduce with -Dergo.test.seed={}", property, seed, seed);
        return new SplittableRandom(seed);
    }

    /** Ids from a small alphabet (prefixes, duplicates, equal hashes such as "Aa"/"BB", surrogates). */
    private static String id(SplittableRandom r) {
        String[] parts = {"Aa", "BB", "0", "é", "\uD83D\uDE00", "Ł", " ", "\uFFFF", "E-1"};
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            b.append(parts[r.nextInt(parts.length)]);
        }
        return b.toString();
    }

    @Test
    void answersAsAHashMapWithUndo() {
        SplittableRandom r = random("answersAsAHashMapWithUndo");
        for (int run = 0; run < 50; run++) {
            EmployeeIds ids = new EmployeeIds();
            Map<String, Entry> oracle = new HashMap<>();
            List<String> order = new ArrayList<>();
            int steps = r.nextInt(2000);
            for (int step = 0; step < steps; step++) {
                int op = r.nextInt(20);
                if (op == 0 && !order.isEmpty()) { // undo the last few, as a re-read sheet does
                    int keep = order.size() - r.nextInt(Math.min(order.size(), 50) + 1);
                    ids.truncate(keep);
                    while (order.size() > keep) {
                        oracle.remove(order.remove(order.size() - 1));
                    }
                } else {
                    String id = id(r);
                    int row = r.nextInt(1_000_000);
                    int ordinal = r.nextInt(3) == 0 ? -1 : step;
                    boolean added = ids.add(id, row, ordinal);
                    assertThat(added).isEqualTo(!oracle.containsKey(id));
                    if (added) {
                        oracle.put(id, new Entry(order.size(), row, ordinal));
                        order.add(id);
                    }
                }
                assertThat(ids.size()).isEqualTo(oracle.size());
                String probe = id(r);
                Entry e = oracle.get(probe);
                int at = ids.find(probe);
                if (e == null) {
                    assertThat(at).as(probe).isEqualTo(-1);
                } else {
                    assertThat(at).as(probe).isEqualTo(e.index());
                    assertThat(ids.row(at)).isEqualTo(e.row());
                    assertThat(ids.ordinal(at)).isEqualTo(e.ordinal());
                }
            }
            for (Map.Entry<String, Entry> e : oracle.entrySet()) {
                assertThat(ids.find(e.getKey())).isEqualTo(e.getValue().index());
            }
        }
    }

    @Test
    void manyDistinctIdsGrowTheTable() {
        EmployeeIds ids = new EmployeeIds();
        for (int i = 0; i < 100_000; i++) {
            assertThat(ids.add("E" + i, i + 2, i)).isTrue();
        }
        assertThat(ids.size()).isEqualTo(100_000);
        assertThat(ids.find("E99999")).isEqualTo(99_999);
        assertThat(ids.row(ids.find("E0"))).isEqualTo(2);
        assertThat(ids.find("E100000")).isEqualTo(-1);
        assertThat(ids.add("E5", 9, 9)).isFalse();
        assertThat(ids.row(5)).isEqualTo(7); // the first row keeps the id
    }

    @Test
    void theEmptyIdIsAnId() {
        EmployeeIds ids = new EmployeeIds();
        assertThat(ids.find("")).isEqualTo(-1);
        assertThat(ids.add("", 2, -1)).isTrue();
        assertThat(ids.find("")).isZero();
        assertThat(ids.ordinal(0)).isEqualTo(-1);
    }

    @Test
    void truncateBoundaries() {
        EmployeeIds ids = new EmployeeIds();
        ids.add("A", 2, 0);
        ids.add("B", 3, 1);
        ids.truncate(2); // nothing to undo
        assertThat(ids.find("B")).isEqualTo(1);
        ids.truncate(1);
        assertThat(ids.find("B")).isEqualTo(-1);
        assertThat(ids.find("A")).isZero();
        assertThatThrownBy(() -> ids.truncate(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ids.truncate(-1)).isInstanceOf(IllegalArgumentException.class);
        ids.truncate(0);
        assertThat(ids.size()).isZero();
        assertThat(ids.add("B", 4, 0)).isTrue();
        assertThat(ids.row(0)).isEqualTo(4);
    }

    @Test
    void clearForgetsEverything() {
        EmployeeIds ids = new EmployeeIds();
        for (int i = 0; i < 100; i++) {
            ids.add("E" + i, i, i);
        }
        ids.clear();
        assertThat(ids.size()).isZero();
        assertThat(ids.find("E1")).isEqualTo(-1);
        assertThat(ids.add("E1", 5, 0)).isTrue();
        assertThat(ids.find("E1")).isZero();
    }
}
