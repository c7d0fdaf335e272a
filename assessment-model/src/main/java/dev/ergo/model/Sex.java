package dev.ergo.model;

import dev.ergo.model.internal.Words;
import org.apiguardian.api.API;

/**
 * Sex as recorded on the survey, used only to pick anthropometric defaults.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Sex {
    /** Female. */
    F,
    /** Male. */
    M,
    /** Not stated or neither; anthropometric defaults use the mean of both sexes. */
    X;

    /**
     * Parses {@code F}, {@code M} or {@code X}, case-insensitively, ignoring surrounding spaces.
     *
     * @param text the text, not null
     * @return the sex, not null
     * @throws IllegalArgumentException if the text is not one of the three letters
     */
    public static Sex parse(String text) {
        return Words.parse(Sex.class, text);
    }
}
