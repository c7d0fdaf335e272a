package dev.ergo.model.posture;

import dev.ergo.model.internal.Words;

import org.apiguardian.api.API;

/**
 * How a load or force is applied: the categories of the RULA force/load score and the REBA shock
 * adjustment (docs/methods.md §4.1.4, §4.2.7).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum LoadMode {
    /** Now and then; the default for a blank cell. */
    INTERMITTENT,
    /** Held (static load). */
    STATIC,
    /** Repeated loads or forces. */
    REPEATED,
    /** Shock, or forces with a rapid build-up or jolting. */
    SHOCK;

    /**
     * Parses {@code intermittent}, {@code static}, {@code repeated} or {@code shock}, case-insensitively.
     *
     * @param text the text, not null
     * @return the mode, not null
     * @throws IllegalArgumentException if the text is none of the four words
     */
    public static LoadMode parse(String text) {
        return Words.parse(LoadMode.class, text);
    }

    /** @return the workbook word, for example {@code intermittent}, not null */
    public String word() {
        return Words.word(this);
    }
}
