package dev.ergo.model.vibration;

import dev.ergo.model.internal.Words;

import org.apiguardian.api.API;

/**
 * Whether a vibration source is held in the hands (hand-arm) or transmitted through a seat or floor
 * (whole-body).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum VibrationType {
    /** Hand-arm vibration from a hand-held or hand-guided tool, or a held workpiece. */
    HAND_ARM,
    /** Whole-body vibration through the seat or the floor, for example a vehicle or a platform. */
    WHOLE_BODY;

    /**
     * Returns the word used in the workbook.
     *
     * @return {@code "hand-arm"} or {@code "whole-body"}, not null
     */
    public String label() {
        return Words.word(this);
    }

    /**
     * Parses {@code hand-arm}, {@code whole-body}, {@code hand_arm} or {@code whole_body},
     * case-insensitively, ignoring surrounding spaces.
     *
     * @param text the text, not null
     * @return the type, not null
     * @throws IllegalArgumentException if the text is none of these words
     */
    public static VibrationType parse(String text) {
        return Words.parse(VibrationType.class, text);
    }
}
