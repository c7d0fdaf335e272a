package dev.ergo.engine.lifting;

import dev.ergo.model.lifting.Coupling;
import org.apiguardian.api.API;

/**
 * The multipliers of the Revised NIOSH Lifting Equation, computed from the formulas (not the coarse
 * tables), with the validity rules of docs/methods.md §5.2.
 *
 * <p>All methods are pure functions; this class is thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Rnle {
    private Rnle() {}

    /** Table version id of the frequency multiplier table (L1 p.15, reconciled transcription L2). */
    public static final String FM_TABLE = "RNLE-1994/2021 Table 5";

    /** Largest asymmetry angle with a non-zero AM, degrees (docs/methods.md §5.2: A > 135° → AM 0). */
    public static final double A_MAX = 135.0;

    /** Smallest frequency the method uses, lifts/min (docs/methods.md §5.2: F &lt; 0.2 → 0.2). */
    public static final double F_MIN = 0.2;

    /**
     * Horizontal multiplier HM = 25/H (10/H); H below 25 cm (10 in) counts as 25 (10); above 63 cm (25 in) HM is 0.
     *
     * @param h horizontal distance, cm or in
     * @param units the computation system, not null
     * @return HM, 0 to 1
     */
    public static double hm(double h, UnitSystem units) {
        if (h > units.hMax) {
            return 0.0;
        }
        return units.hMin / Math.max(h, units.hMin);
    }

    /**
     * Vertical multiplier VM = 1 − 0.003·|V − 75| (1 − 0.0075·|V − 30|); above 175 cm (70 in) VM is 0.
     *
     * @param v vertical height of the hands, cm or in, not negative
     * @param units the computation system, not null
     * @return VM, 0 to 1
     */
    public static double vm(double v, UnitSystem units) {
        if (v > units.vMax) {
            return 0.0;
        }
        return 1.0 - units.vSlope * Math.abs(v - units.vOptimum);
    }

    /**
     * Distance multiplier DM = 0.82 + 4.5/D (0.82 + 1.8/D); D below 25 cm (10 in) counts as 25 (10); above
     * 175 cm (70 in) DM is 0.
     *
     * @param d vertical travel distance, cm or in, not negative
     * @param units the computation system, not null
     * @return DM, 0 to 1
     */
    public static double dm(double d, UnitSystem units) {
        if (d > units.dMax) {
            return 0.0;
        }
        return 0.82 + units.dNumerator / Math.max(d, units.dMin);
    }

    /**
     * Asymmetric multiplier AM = 1 − 0.0032·A; above 135° AM is 0.
     *
     * @param a asymmetry angle, degrees, not negative
     * @return AM, 0 to 1
     */
    public static double am(double a) {
        if (a > A_MAX) {
            return 0.0;
        }
        return 1.0 - 0.0032 * a;
    }

    /**
     * Coupling multiplier CM from Table 7, using the height of the point evaluated (origin or destination).
     *
     * @param coupling the coupling class, not null
     * @param v vertical height of the hands at that point, cm or in
     * @param units the computation system, not null
     * @return CM: 1.00, 0.95 or 0.90
     */
    public static double cm(Coupling coupling, double v, UnitSystem units) {
        return switch (coupling) {
            case GOOD -> 1.00;
            case FAIR -> v < units.couplingSplitHeight() ? 0.95 : 1.00;
            case POOR -> 0.90;
        };
    }

    /**
     * Frequency multiplier FM from Table 5, interpolated linearly between rows for fractional frequencies.
     * F below 0.2 counts as 0.2; above the column's maximum frequency FM is 0 (docs/methods.md §5.2) — no interpolation
     * towards a zero cell (convention §9.3 item 2).
     *
     * @param f lifts per minute, not negative
     * @param vOrigin vertical height at the origin (FM uses the origin's, §5.3), cm or in
     * @param duration the duration category, not null
     * @param units the computation system, not null
     * @return FM, 0 to 1
     */
    public static double fm(double f, double vOrigin, DurationCategory duration, UnitSystem units) {
        return FrequencyTable.fm(f, vOrigin >= units.couplingSplitHeight(), duration);
    }

    /**
     * Returns the largest frequency with a non-zero FM in a column of Table 5.
     *
     * @param high whether the column is V ≥ 75 cm (30 in)
     * @param duration the duration category, not null
     * @return lifts per minute
     */
    public static double maxFrequency(boolean high, DurationCategory duration) {
        return FrequencyTable.maxFrequency(high, duration);
    }
}
