package dev.ergo.engine.posture;

import dev.ergo.engine.Risk;
import org.apiguardian.api.API;

/**
 * The REBA risk level and action level (docs/methods.md §4.2.8), with the traffic light each
 * maps to: negligible and low {@link Risk#LOW}, medium {@link Risk#MEDIUM}, high and very high
 * {@link Risk#HIGH}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum RebaLevel {
    /** REBA 1, action level 0: none necessary. */
    NEGLIGIBLE(0, Risk.LOW, "none necessary"),
    /** REBA 2–3, action level 1: may be necessary. */
    LOW(1, Risk.LOW, "may be necessary"),
    /** REBA 4–7, action level 2: necessary. */
    MEDIUM(2, Risk.MEDIUM, "necessary"),
    /** REBA 8–10, action level 3: necessary soon. */
    HIGH(3, Risk.HIGH, "necessary soon"),
    /** REBA 11–15, action level 4: necessary now. */
    VERY_HIGH(4, Risk.HIGH, "necessary now");

    private final int actionLevel;
    private final Risk risk;
    private final String action;

    RebaLevel(int actionLevel, Risk risk, String action) {
        this.actionLevel = actionLevel;
        this.risk = risk;
        this.action = action;
    }

    /**
     * Returns the level of a REBA score (docs/methods.md §4.2.8): 1 negligible, 2–3 low, 4–7 medium, 8–10 high, 11–15 very high.
     *
     * @param score the REBA score, 1–15
     * @return the level, not null
     */
    public static RebaLevel of(int score) {
        if (score <= 1) {
            return NEGLIGIBLE;
        }
        if (score <= 3) {
            return LOW;
        }
        if (score <= 7) {
            return MEDIUM;
        }
        return score <= 10 ? HIGH : VERY_HIGH;
    }

    /** @return the action level, 0–4 */
    public int actionLevel() {
        return actionLevel;
    }

    /** @return the traffic light, not null */
    public Risk risk() {
        return risk;
    }

    /** @return the action in the words of docs/methods.md §4.2.8, not null */
    public String action() {
        return action;
    }
}
