package dev.ergo.model.repetitive;

import dev.ergo.model.internal.Words;

import org.apiguardian.api.API;

/**
 * The hand a repetitive task is assessed for; the Hand Activity TLV evaluates each hand separately.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Hand {
    /** The left hand. */
    LEFT,
    /** The right hand. */
    RIGHT;

    /**
     * Parses {@code left} or {@code right}, case-insensitively, ignoring surrounding spaces.
     *
     * @param text the text, not null
     * @return the hand, not null
     * @throws IllegalArgumentException if the text is neither word
     */
    public static Hand parse(String text) {
        return Words.parse(Hand.class, text);
    }

    /**
     * Returns the workbook and results word for this hand.
     *
     * @return {@code "left"} or {@code "right"}, not null
     */
    public String label() {
        return Words.word(this);
    }
}
