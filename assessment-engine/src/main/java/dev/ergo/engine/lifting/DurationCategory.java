package dev.ergo.engine.lifting;

import dev.ergo.engine.internal.EngineTexts;
import org.apiguardian.api.API;

/**
 * The RNLE lifting-duration categories (docs/methods.md §5.4; Table 5 column headings ≤ 1 h,
 * > 1 ≤ 2 h, > 2 ≤ 8 h). A boundary value belongs to the shorter category: exactly 1 h is short,
 * exactly 2 h moderate.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum DurationCategory {
    /** At most 1 hour of continuous lifting. */
    SHORT,
    /** More than 1 and at most 2 hours. */
    MODERATE,
    /** More than 2 and at most 8 hours. */
    LONG;

    /** Upper bound of {@link #SHORT}, inclusive, hours. */
    public static final double SHORT_MAX_HOURS = 1.0;
    /** Upper bound of {@link #MODERATE}, inclusive, hours. */
    public static final double MODERATE_MAX_HOURS = 2.0;
    /** Upper bound of {@link #LONG}, inclusive, hours; the RNLE does not apply beyond. */
    public static final double LONG_MAX_HOURS = 8.0;

    /**
     * Returns the category of a daily duration of continuous lifting.
     *
     * @param hours hours per day, 0 to 8
     * @return the category, not null
     * @throws IllegalArgumentException if hours is negative, above 8 or not a number
     */
    public static DurationCategory of(double hours) {
        if (!(hours >= 0 && hours <= LONG_MAX_HOURS)) {
            throw new IllegalArgumentException("duration must be between 0 and 8 hours but was " + hours);
        }
        if (hours <= SHORT_MAX_HOURS) {
            return SHORT;
        }
        return hours <= MODERATE_MAX_HOURS ? MODERATE : LONG;
    }

    /** @return "≤ 1 h", "> 1 to ≤ 2 h" or "> 2 to ≤ 8 h" */
    public String label() {
        return EngineTexts.english().text("lifting.duration." + name());
    }
}
