package dev.ergo.xlsx;

import java.util.Arrays;

/**
 * The employee ids an import has claimed, in claim order, each with its Employees row and ordinal, packed
 * in arrays: the ids' characters, one int each for the end of the id, the row and the ordinal, and an
 * open-addressing table of indexes (about 2 bytes per id character plus 20 per id, where a
 * {@code HashMap} entry with its record took about 110). Not thread-safe.
 */
final class EmployeeIds {
    private static final int INITIAL = 8;

    private char[] chars;
    private int[] ends;
    private int[] rows;
    private int[] ordinals;
    /** Index + 1 of the id hashed there (linear probing), 0 when free; at most half full. */
    private int[] slots;
    private int size;

    EmployeeIds() {
        clear();
    }

    /** @return the number of ids */
    int size() {
        return size;
    }

    /** @return the index of {@code id}, or -1 when not claimed */
    int find(String id) {
        int mask = slots.length - 1;
        for (int s = spread(id.hashCode()) & mask; ; s = (s + 1) & mask) {
            int at = slots[s] - 1;
            if (at < 0) {
                return -1;
            }
            if (matches(at, id)) {
                return at;
            }
        }
    }

    /**
     * Claims {@code id} unless it is claimed already.
     *
     * @return whether it was added
     */
    boolean add(String id, int row, int ordinal) {
        if (find(id) >= 0) {
            return false;
        }
        if (size == ends.length) {
            int capacity = size + Math.max(INITIAL, size >> 1);
            ends = Arrays.copyOf(ends, capacity);
            rows = Arrays.copyOf(rows, capacity);
            ordinals = Arrays.copyOf(ordinals, capacity);
        }
        int start = start(size);
        int end = start + id.length();
        if (end > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(end, chars.length + (chars.length >> 1)));
        }
        id.getChars(0, id.length(), chars, start);
        ends[size] = end;
        rows[size] = row;
        ordinals[size] = ordinal;
        size++;
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        } else {
            insert(size - 1, id.hashCode());
        }
        return true;
    }

    /** @return the Employees row of the id at {@code index} */
    int row(int index) {
        return rows[index];
    }

    /** @return the ordinal of the id at {@code index}, -1 when its row was rejected */
    int ordinal(int index) {
        return ordinals[index];
    }

    /** Forgets the ids claimed after the first {@code newSize}. */
    void truncate(int newSize) {
        if (newSize < 0 || newSize > size) {
            throw new IllegalArgumentException("size " + newSize + " outside 0 to " + size);
        }
        if (newSize < size) {
            size = newSize;
            rehash(slots.length);
        }
    }

    /** Forgets every id and releases the arrays. */
    void clear() {
        chars = new char[64];
        ends = new int[INITIAL];
        rows = new int[INITIAL];
        ordinals = new int[INITIAL];
        slots = new int[INITIAL * 2];
        size = 0;
    }

    private int start(int index) {
        return index == 0 ? 0 : ends[index - 1];
    }

    private boolean matches(int index, String id) {
        int start = start(index);
        if (ends[index] - start != id.length()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            if (chars[start + i] != id.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** @return the id's hash as {@link String#hashCode} computes it */
    private int hash(int index) {
        int h = 0;
        for (int i = start(index); i < ends[index]; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }

    /**
     * Mixes every bit of the hash into the low ones (MurmurHash3's finaliser): ids that differ in their
     * last characters ({@code E100001}, {@code E100002}) have nearby {@link String#hashCode}s, which
     * linear probing would pile into long runs.
     */
    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    private void insert(int index, int hash) {
        int mask = slots.length - 1;
        int s = spread(hash) & mask;
        while (slots[s] != 0) {
            s = (s + 1) & mask;
        }
        slots[s] = index + 1;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        for (int i = 0; i < size; i++) {
            insert(i, hash(i));
        }
    }
}
