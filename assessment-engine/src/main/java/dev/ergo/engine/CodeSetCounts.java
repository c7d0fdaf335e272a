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
 * the order first met, packed in arrays: each code is numbered once, and each set is a bit set of its code
 * numbers (one long while there are at most 64 codes) in one shared array, found again through an
 * open-addressing hash table: about 24 bytes per set with up to 64 codes, where sorted code numbers took
 * 4 bytes per code (about 75 for a typical set) and a map entry per set about 140. In a large run the
 * sets are nearly as many as the employees. Not thread-safe; read only once handed to a {@link RunSummary}.
 */
final class CodeSetCounts {
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    /** The sets' bit sets, one after the other, each without trailing zero words (so equal sets are equal words). */
    private long[] words = new long[16];
    /** Per set, where its words end in {@link #words}. */
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
        int[] numbered = new int[given.size()];
        int max = -1;
        int n = 0;
        for (String code : given) {
            numbered[n] = number(code);
            max = Math.max(max, numbered[n++]);
        }
        long[] set = new long[(max >> 6) + 1];
        for (int number : numbered) {
            set[number >> 6] |= 1L << number;
        }
        int slot = slot(set);
        if (table[slot] != 0) {
            counts[table[slot] - 1] += employees;
            return;
        }
        int start = size == 0 ? 0 : ends[size - 1];
        if (start + set.length > words.length) {
            words = Arrays.copyOf(words, Math.max(start + set.length, words.length + (words.length >> 1)));
        }
        System.arraycopy(set, 0, words, start, set.length);
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

    /** @return an independent copy */
    CodeSetCounts copy() {
        CodeSetCounts c = new CodeSetCounts();
        c.names.addAll(names);
        c.numbers.putAll(numbers);
        c.words = words.clone();
        c.ends = ends.clone();
        c.counts = counts.clone();
        c.table = table.clone();
        c.size = size;
        return c;
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
    private int slot(long[] set) {
        int mask = table.length - 1;
        int slot = mix(hash(set, 0, set.length)) & mask;
        while (table[slot] != 0 && !sameSet(table[slot] - 1, set)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private boolean sameSet(int index, long[] set) {
        int start = index == 0 ? 0 : ends[index - 1];
        return Arrays.equals(words, start, ends[index], set, 0, set.length);
    }

    private void rehash() {
        table = new int[table.length * 2];
        int mask = table.length - 1;
        for (int i = 0; i < size; i++) {
            int slot = mix(hash(words, i == 0 ? 0 : ends[i - 1], ends[i])) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }
    }

    /** As {@link Arrays#hashCode(long[])} of the range. */
    private static int hash(long[] a, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + Long.hashCode(a[i]);
        }
        return h;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }

    /** @return the codes of the {@code i}-th set, in the order first met, not null */
    RunSummary.CodeSet set(int i) {
        int start = i == 0 ? 0 : ends[i - 1];
        List<String> out = new ArrayList<>();
        for (int k = start; k < ends[i]; k++) {
            for (long w = words[k]; w != 0; w &= w - 1) {
                out.add(names.get((k - start) << 6 | Long.numberOfTrailingZeros(w)));
            }
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
            int max = -1;
            for (Object o : s) {
                Integer number = o instanceof String c ? sets.numbers.get(c) : null;
                if (number == null) {
                    return null;
                }
                max = Math.max(max, number);
            }
            long[] set = new long[(max >> 6) + 1];
            for (Object o : s) {
                int number = sets.numbers.get((String) o);
                set[number >> 6] |= 1L << number;
            }
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
