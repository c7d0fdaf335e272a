package dev.ergo.model.lifting;

import dev.ergo.model.internal.Words;

import org.apiguardian.api.API;

/**
 * Hand-to-object coupling quality of the NIOSH lifting equation (Table 6; when in doubt, the more
 * stressful class); the {@code coupling} column of the Lifting sheet. REBA's four hand-hold classes are
 * {@link dev.ergo.model.posture.RebaCoupling}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Coupling {
    /** Optimal handles or a comfortable wrap-around grip. */
    GOOD,
    /** Less than optimal handles, or fingers flexed about 90° under the object. */
    FAIR,
    /** Bulky, irregular or sagging objects, or no usable grip. */
    POOR;

    /**
     * Parses {@code good}, {@code fair} or {@code poor}, case-insensitively.
     *
     * @param text the text, not null
     * @return the coupling, not null
     * @throws IllegalArgumentException if the text is none of the three words
     */
    public static Coupling parse(String text) {
        return Words.parse(Coupling.class, text);
    }
}
