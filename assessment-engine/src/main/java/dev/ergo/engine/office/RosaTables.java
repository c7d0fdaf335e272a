package dev.ergo.engine.office;

import dev.ergo.engine.Risk;
import org.apiguardian.api.API;

/**
 * The ROSA lookup tables and thresholds, exactly as in docs/methods.md §3.1.3–§3.1.8.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RosaTables {
    private RosaTables() {}

    /** Table version id written into every result and report. */
    public static final String VERSION = "ROSA-2012/S10a";

    /**
     * Action level: a final score of 5 or more needs action (Sonne et al. 2012 [S7], "a ROSA final
     * score of 5 … action level"; the training guide's "> 5" [S8] is not used; §3.1.8, §9.1 item 1).
     */
    public static final int ACTION_LEVEL = 5;

    /** Toolkit convention: final scores from 4 up to the action level are amber (README, traffic lights). */
    public static final int MEDIUM_FROM = 4;

    /**
     * Returns the traffic light of a ROSA final score: HIGH from {@link #ACTION_LEVEL}, MEDIUM from
     * {@link #MEDIUM_FROM}, else LOW; the one place the bands are decided (the result and the report's
     * scale both ask here).
     *
     * @param score the final score, 1 to 10
     * @return the light, not null
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public static Risk light(int score) {
        if (score >= ACTION_LEVEL) {
            return Risk.HIGH;
        }
        return score >= MEDIUM_FROM ? Risk.MEDIUM : Risk.LOW;
    }

    /** §3.3 Chair table: rows seat height + depth 2–8, columns armrests + back support 2–9. */
    static final int[][] CHAIR = {
        {2, 2, 3, 4, 5, 6, 7, 8},
        {2, 2, 3, 4, 5, 6, 7, 8},
        {3, 3, 3, 4, 5, 6, 7, 8},
        {4, 4, 4, 4, 5, 6, 7, 8},
        {5, 5, 5, 5, 6, 7, 8, 9},
        {6, 6, 6, 7, 7, 8, 8, 9},
        {7, 7, 7, 8, 8, 9, 9, 9},
    };

    /** §3.4 Monitor and telephone table: rows telephone 0–6, columns monitor 0–7. */
    static final int[][] MONITOR_PHONE = {
        {1, 1, 1, 2, 3, 4, 5, 6},
        {1, 1, 2, 2, 3, 4, 5, 6},
        {1, 2, 2, 3, 3, 4, 6, 7},
        {2, 2, 3, 3, 4, 5, 6, 8},
        {3, 3, 4, 4, 5, 6, 7, 8},
        {4, 4, 5, 5, 6, 7, 8, 9},
        {5, 5, 6, 7, 8, 8, 9, 9},
    };

    /** §3.5 Mouse and keyboard table: rows mouse 0–7, columns keyboard 0–7. */
    static final int[][] MOUSE_KEYBOARD = {
        {1, 1, 1, 2, 3, 4, 5, 6},
        {1, 1, 2, 3, 4, 5, 6, 7},
        {1, 2, 2, 3, 4, 5, 6, 7},
        {2, 3, 3, 3, 5, 6, 7, 8},
        {3, 4, 4, 5, 5, 6, 7, 8},
        {4, 5, 5, 6, 6, 7, 8, 9},
        {5, 6, 6, 7, 7, 8, 8, 9},
        {6, 7, 7, 8, 8, 9, 9, 9},
    };

    /** §3.6 Peripherals and monitor table: rows Section B 1–9, columns Section C 1–9 (equals the maximum). */
    static final int[][] PERIPHERALS = {
        {1, 2, 3, 4, 5, 6, 7, 8, 9},
        {2, 2, 3, 4, 5, 6, 7, 8, 9},
        {3, 3, 3, 4, 5, 6, 7, 8, 9},
        {4, 4, 4, 4, 5, 6, 7, 8, 9},
        {5, 5, 5, 5, 5, 6, 7, 8, 9},
        {6, 6, 6, 6, 6, 6, 7, 8, 9},
        {7, 7, 7, 7, 7, 7, 7, 8, 9},
        {8, 8, 8, 8, 8, 8, 8, 8, 9},
        {9, 9, 9, 9, 9, 9, 9, 9, 9},
    };

    /** §3.7 Final table: rows chair 1–10, columns peripherals 1–10 (equals the maximum). */
    static final int[][] FINAL = {
        {1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
        {2, 2, 3, 4, 5, 6, 7, 8, 9, 10},
        {3, 3, 3, 4, 5, 6, 7, 8, 9, 10},
        {4, 4, 4, 4, 5, 6, 7, 8, 9, 10},
        {5, 5, 5, 5, 5, 6, 7, 8, 9, 10},
        {6, 6, 6, 6, 6, 6, 7, 8, 9, 10},
        {7, 7, 7, 7, 7, 7, 7, 8, 9, 10},
        {8, 8, 8, 8, 8, 8, 8, 8, 9, 10},
        {9, 9, 9, 9, 9, 9, 9, 9, 9, 10},
        {10, 10, 10, 10, 10, 10, 10, 10, 10, 10},
    };

    /** Duration below this many hours a day scores −1 (docs/methods.md §3.1.3). */
    public static final double SHORT_HOURS = 1.0;

    /** Duration above this many hours a day scores +1; 1 to 4 h inclusive scores 0 (docs/methods.md §3.1.3). */
    public static final double LONG_HOURS = 4.0;

    /**
     * Returns the ROSA duration adjustment: below 1 h −1, 1 h to 4 h inclusive 0, above 4 h +1.
     *
     * @param hoursPerDay hours per day, 0 to 24
     * @return −1, 0 or +1
     */
    public static int duration(double hoursPerDay) {
        if (hoursPerDay < SHORT_HOURS) {
            return -1;
        }
        return hoursPerDay > LONG_HOURS ? 1 : 0;
    }
}
