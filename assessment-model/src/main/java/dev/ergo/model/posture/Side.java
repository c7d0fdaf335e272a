package dev.ergo.model.posture;

import dev.ergo.model.internal.Words;

import org.apiguardian.api.API;

/**
 * The body side an observation scores (RULA and REBA score one side at a time).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Side {
    /** The left side. */
    LEFT,
    /** The right side. */
    RIGHT;

    /**
     * Parses {@code left} or {@code right}, case-insensitively, ignoring surrounding spaces.
     *
     * @param text the text, not null
     * @return the side, not null
     * @throws IllegalArgumentException if the text is neither word
     */
    public static Side parse(String text) {
        return Words.parse(Side.class, text);
    }

    /** @return the workbook word, {@code left} or {@code right}, not null */
    public String word() {
        return Words.word(this);
    }
}
