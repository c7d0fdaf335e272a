package dev.ergo.engine;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The employees per distinct set of recommendation codes ({@link RunSummary#recommendationCodeSets()}), in
 * the order first met, packed in arrays: each code is numbered once, and each set is its sorted code
 * numbers in one shared array, found again through an open-addressing hash table (about 12 bytes per set
 * plus 4 per code, where a map entry per set took about 140). Not thread-safe; read only once handed to
 * a {@link RunSummary}.
 */
final class CodeSetCounts {
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    /** The sets' code numbers, one after the other. */
    private int[] codes = new int[64];
    /** Per set, where its numbers end in {@link #codes}. */
    private int[] ends = new int[16];
    private int[] counts = new int[16];
    /** Set index + 1 per slot, 0 for free; the length is a power of two, at most half full. */
    private int[] table = new int[32];
    private int size;

    /** @return the number of distinct sets */
    int size() {
        return size;
    }

    /** Adds {@code employees} to the count of the set of {@code given} codes (duplicates count once). */
    void add(Collection<String> given, int employees) {
        int[] set = given.stream().mapToInt(this::number).sorted().distinct().toArray();
        int slot = slot(set);
        if (table[slot] != 0) {
            counts[table[slot] - 1] += employees;
            return;
        }
        int start = size == 0 ? 0 : ends[size - 1];
        if (start + set.length > codes.length) {
            codes = Arrays.copyOf(codes, Math.max(start + set.length, codes.length + (codes.length >> 1)));
        }
        System.arraycopy(set, 0, codes, start, set.length);
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size + (size >> 1));
            counts = Arrays.copyOf(counts, size + (size >> 1));
        }
        ends[size] = start + set.length;
        counts[size] = employees;
        size++;
        table[slot] = size;
        if (size * 2 > table.length) {
            rehash();
        }
    }

    /** Adds every set of {@code other} with its count, in its order. */
    void addAll(CodeSetCounts other) {
        for (int i = 0; i < other.size; i++) {
            add(other.set(i), other.counts[i]);
        }
    }

    private int number(String code) {
        return numbers.computeIfAbsent(code, c -> {
            names.add(c);
            return names.size() - 1;
        });
    }

    /** The slot of {@code set}: where it is, or the free slot where it goes. */
    private int slot(int[] set) {
        int mask = table.length - 1;
        int slot = mix(Arrays.hashCode(set)) & mask;
        while (table[slot] != 0 && !sameSet(table[slot] - 1, set)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private boolean sameSet(int index, int[] set) {
        int start = index == 0 ? 0 : ends[index - 1];
        return Arrays.equals(codes, start, ends[index], set, 0, set.length);
    }

    private void rehash() {
        table = new int[table.length * 2];
        int mask = table.length - 1;
        for (int i = 0; i < size; i++) {
            int start = i == 0 ? 0 : ends[i - 1];
            int slot = mix(Arrays.hashCode(Arrays.copyOfRange(codes, start, ends[i]))) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }

    /** @return the codes of the {@code i}-th set, not null */
    RunSummary.CodeSet set(int i) {
        int start = i == 0 ? 0 : ends[i - 1];
        List<String> out = new ArrayList<>(ends[i] - start);
        for (int k = start; k < ends[i]; k++) {
            out.add(names.get(codes[k]));
        }
        return RunSummary.CodeSet.of(out);
    }

    /** @return the count of the {@code i}-th set */
    int count(int i) {
        return counts[i];
    }

    /** @return an unmodifiable map over these counts, sets made as they are read; they must not change afterwards */
    Map<Set<String>, Integer> asMap() {
        return new View(this);
    }

    /** The counts as a map in the order first met. */
    private static final class View extends AbstractMap<Set<String>, Integer> {
        private final CodeSetCounts sets;

        View(CodeSetCounts sets) {
            this.sets = sets;
        }

        @Override
        public @Nullable Integer get(@Nullable Object key) {
            if (!(key instanceof Set<?> s)) {
                return null;
            }
            int[] set = new int[s.size()];
            int n = 0;
            for (Object o : s) {
                Integer number = o instanceof String c ? sets.numbers.get(c) : null;
                if (number == null) {
                    return null;
                }
                set[n++] = number;
            }
            Arrays.sort(set);
            int index = sets.table[sets.slot(set)] - 1;
            return index < 0 ? null : sets.counts[index];
        }

        @Override
        public boolean containsKey(@Nullable Object key) {
            return get(key) != null;
        }

        @Override
        public int size() {
            return sets.size;
        }

        @Override
        public Set<Entry<Set<String>, Integer>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<Set<String>, Integer>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < sets.size;
                        }

                        @Override
                        public Entry<Set<String>, Integer> next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new SimpleImmutableEntry<>(sets.set(i), sets.counts[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return sets.size;
                }
            };
        }
    }
}
