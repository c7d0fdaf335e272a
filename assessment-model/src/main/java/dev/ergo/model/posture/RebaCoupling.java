package dev.ergo.model.posture;

import dev.ergo.model.internal.Words;

import org.apiguardian.api.API;

/**
 * The REBA coupling (hand hold) class, four classes added to REBA score B (docs/methods.md §4.2.7); the
 * {@code coupling} column of the Postures sheet. Not the NIOSH lifting equation's three coupling
 * qualities, which are {@link dev.ergo.model.lifting.Coupling}.
 *
 * @since 0.2 (called {@code Coupling} in 0.1)
 */
@API(status = API.Status.STABLE, since = "0.2")
public enum RebaCoupling {
    /** Well-fitting handle and mid-range power grip; the default for a blank cell. */
    GOOD,
    /** Hand hold acceptable but not ideal, or coupling acceptable via another body part. */
    FAIR,
    /** Hand hold not acceptable although possible. */
    POOR,
    /** Awkward, unsafe grip, no handles; coupling unacceptable using other body parts. */
    UNACCEPTABLE;

    /**
     * Parses {@code good}, {@code fair}, {@code poor} or {@code unacceptable}, case-insensitively.
     *
     * @param text the text, not null
     * @return the coupling, not null
     * @throws IllegalArgumentException if the text is none of the four words
     */
    public static RebaCoupling parse(String text) {
        return Words.parse(RebaCoupling.class, text);
    }

    /** @return the workbook word, for example {@code good}, not null */
    public String word() {
        return Words.word(this);
    }
}
