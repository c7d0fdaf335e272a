package dev.ergo.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The short texts an import repeats (departments, sites, task names), each kept once and numbered in
 * the order they were admitted. A text is admitted on its second sighting, so the unique ids and names
 * of a large Employees sheet, read first, do not fill the table before the texts that repeat; the
 * texts seen once are remembered up to a bound and forgotten together when it is reached. Both the
 * table and the texts waiting for a second sighting are bounded. Not thread-safe while admitting; once
 * admitting is over ({@link #stopAdmitting}), {@link #text} only reads.
 */
final class TextTable {
    /** Texts up to this many characters are kept; longer ones are seldom repeated. */
    static final int MAX_TEXT_CHARS = 48;
    /** Distinct texts the table keeps. */
    static final int MAX_TEXTS = 4096;
    /** Texts seen once that are remembered, waiting for a second sighting. */
    static final int MAX_WAITING = 4096;

    private final List<String> texts = new ArrayList<>();
    private Map<String, Integer> ids = new HashMap<>();
    private Set<String> waiting = new HashSet<>();

    /**
     * @return the index of an equal text in the table, which holds it from its second sighting on while
     *     there is room; -1 when it is not (yet) in the table
     */
    int id(String s) {
        if (s.length() > MAX_TEXT_CHARS) {
            return -1;
        }
        Integer id = ids.get(s);
        if (id != null) {
            return id;
        }
        if (texts.size() >= MAX_TEXTS) {
            return -1;
        }
        if (waiting.remove(s)) {
            texts.add(s);
            ids.put(s, texts.size() - 1);
            return texts.size() - 1;
        }
        if (waiting.size() >= MAX_WAITING) {
            waiting.clear();
        }
        waiting.add(s);
        return -1;
    }

    /**
     * @return the text at {@code id}
     * @throws IndexOutOfBoundsException if the table has no such text
     */
    String text(int id) {
        return texts.get(id);
    }

    /** Forgets what only admitting needs; {@link #text} still answers, {@link #id} must not be called. */
    void stopAdmitting() {
        ids = Map.of();
        waiting = Set.of();
    }
}
