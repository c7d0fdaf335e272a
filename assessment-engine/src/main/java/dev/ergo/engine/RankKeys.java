package dev.ergo.engine;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The employees' places in the order of need ({@link RunSummary#prioritised()}), in run order, packed in
 * arrays: the id's characters, and one int each for the end of the id and for light and HIGH count
 * (about 2 bytes per id character plus 8 per employee, where one object per employee took about 100).
 * With a baseline, also the site and department (names shared). Not thread-safe; immutable once
 * handed to a {@link RunSummary}.
 */
final class RankKeys {
    private char[] chars = new char[64];
    private int[] ends = new int[8];
    /** {@code (light + 1) << 24 | highs}: light -1 (not scored) to 2 (HIGH), highs up to 2^24 - 1. */
    private int[] ranks = new int[8];
    private @Nullable String @Nullable [] sites;
    private @Nullable String @Nullable [] departments;
    private @Nullable Map<String, String> names;
    private int size;

    /** @return the number of employees */
    int size() {
        return size;
    }

    /** Adds the next employee; {@code site} and {@code department} only with a baseline (else null). */
    void add(int light, int highs, String id, @Nullable String site, @Nullable String department) {
        if (light < -1 || light > 2 || highs < 0 || highs >= 1 << 24) {
            throw new IllegalArgumentException("light " + light + " or highs " + highs + " out of range");
        }
        int start = size == 0 ? 0 : ends[size - 1];
        if (size == ends.length) {
            int capacity = size + Math.max(8, size >> 1);
            ends = Arrays.copyOf(ends, capacity);
            ranks = Arrays.copyOf(ranks, capacity);
            if (sites != null) {
                sites = Arrays.copyOf(sites, capacity);
                departments = Arrays.copyOf(departments, capacity);
            }
        }
        int end = start + id.length();
        if (end > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(end, chars.length + (chars.length >> 1)));
        }
        id.getChars(0, id.length(), chars, start);
        ends[size] = end;
        ranks[size] = (light + 1) << 24 | highs;
        if (site != null || department != null || sites != null) {
            if (sites == null) {
                sites = new String[ends.length];
                departments = new String[ends.length];
                names = new HashMap<>();
            }
            sites[size] = shared(site);
            departments[size] = shared(department);
        }
        size++;
    }

    private @Nullable String shared(@Nullable String name) {
        return name == null ? null : names.computeIfAbsent(name, n -> n);
    }

    /** @return an independent copy, its arrays trimmed to size */
    RankKeys copy() {
        RankKeys c = new RankKeys();
        int length = size == 0 ? 0 : ends[size - 1];
        c.chars = Arrays.copyOf(chars, Math.max(length, 1));
        c.ends = Arrays.copyOf(ends, Math.max(size, 1));
        c.ranks = Arrays.copyOf(ranks, Math.max(size, 1));
        if (sites != null) {
            c.sites = Arrays.copyOf(sites, Math.max(size, 1));
            c.departments = Arrays.copyOf(departments, Math.max(size, 1));
            c.names = new HashMap<>(names);
        }
        c.size = size;
        return c;
    }

    /** Adds every employee of {@code other} after this one's. */
    void addAll(RankKeys other) {
        for (int i = 0; i < other.size; i++) {
            add(other.light(i), other.highs(i), other.id(i), other.site(i), other.department(i));
        }
    }

    /** @return the light's ordinal of the {@code i}-th employee, -1 when not scored */
    int light(int i) {
        return (ranks[i] >>> 24) - 1;
    }

    /** @return the number of factors at HIGH of the {@code i}-th employee */
    int highs(int i) {
        return ranks[i] & 0xFF_FFFF;
    }

    /** @return the id of the {@code i}-th employee, not null */
    String id(int i) {
        int start = i == 0 ? 0 : ends[i - 1];
        return new String(chars, start, ends[i] - start);
    }

    /** @return the site of the {@code i}-th employee, null without a baseline */
    @Nullable String site(int i) {
        return sites == null ? null : sites[i];
    }

    /** @return the department of the {@code i}-th employee, null without a baseline */
    @Nullable String department(int i) {
        return departments == null ? null : departments[i];
    }

    /**
     * Returns every id, most in need first: worst light (not scored last), then more factors at HIGH,
     * then id (as {@link String#compareTo}), then run order. The list reads these keys, so they must not
     * change afterwards.
     *
     * @return an unmodifiable list, not null
     */
    List<String> byNeed() {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        sort(order);
        return new Ids(this, order);
    }

    /** Sorts indexes by {@link #compareNeed}: a merge sort over ints, no boxing (a total order, so stability is moot). */
    void sort(int[] a) {
        int n = a.length;
        for (int lo = 0; lo < n; lo += RUN) { // insertion sort of short runs
            int hi = Math.min(lo + RUN, n);
            for (int i = lo + 1; i < hi; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= lo && compareNeed(a[j], v) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
        }
        int[] from = a;
        int[] to = new int[n];
        for (int width = RUN; width < n; width <<= 1) {
            for (int lo = 0; lo < n; lo += width << 1) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + (width << 1), n);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    to[k] = i < mid && (j >= hi || compareNeed(from[i], from[j]) <= 0) ? from[i++] : from[j++];
                }
            }
            int[] t = from;
            from = to;
            to = t;
        }
        if (from != a) {
            System.arraycopy(from, 0, a, 0, n);
        }
    }

    private static final int RUN = 32;

    private int compareNeed(int a, int b) {
        int c = Integer.compare(ranks[b], ranks[a]); // light, then highs, both descending
        if (c != 0) {
            return c;
        }
        int aStart = a == 0 ? 0 : ends[a - 1];
        int bStart = b == 0 ? 0 : ends[b - 1];
        c = Arrays.compare(chars, aStart, ends[a], chars, bStart, ends[b]); // as String.compareTo
        return c != 0 ? c : Integer.compare(a, b);
    }

    /** The ids in an order, made into strings as they are read. */
    private static final class Ids extends AbstractList<String> implements RandomAccess {
        private final RankKeys keys;
        private final int[] order;

        Ids(RankKeys keys, int[] order) {
            this.keys = keys;
            this.order = order;
        }

        @Override
        public String get(int index) {
            return keys.id(order[index]);
        }

        @Override
        public int size() {
            return order.length;
        }
    }
}
