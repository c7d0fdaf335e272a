package dev.ergo.model;

import dev.ergo.model.internal.Words;
import org.apiguardian.api.API;

/**
 * Whether a chair feature (lumbar support, armrests) is absent, fixed or adjustable.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Equipment {
    /** The chair has no such feature. */
    NONE,
    /** Present but not adjustable. */
    FIXED,
    /** Present and adjustable by the user. */
    ADJUSTABLE;

    /**
     * Parses {@code none}, {@code fixed} or {@code adjustable}, case-insensitively.
     *
     * @param text the text, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the text is none of the three words
     */
    public static Equipment parse(String text) {
        return Words.parse(Equipment.class, text);
    }
}
