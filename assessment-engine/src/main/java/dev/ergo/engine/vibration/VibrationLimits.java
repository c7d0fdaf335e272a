package dev.ergo.engine.vibration;

import dev.ergo.engine.Risk;
import org.apiguardian.api.API;

/**
 * The exposure action and limit values for vibration, the HSE exposure points that stand for them,
 * and the one rule for a value exactly at a limit.
 *
 * <p>Equality rule ({@link #reaches(double, double)}): a value at or above a limit reaches it, so a
 * daily exposure of exactly 2.5 m/s² A(8) (100 points) is at the action value and amber, and exactly
 * 5 m/s² (400 points) is red. To absorb floating-point rounding in square roots and sums, "at" means
 * within {@link #LIMIT_TOLERANCE} (relative) of the limit. The same rule serves A(8), points and VDV.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class VibrationLimits {
    private VibrationLimits() {}

    /** Reference duration of the daily exposure A(8): 8 h (T0 = 28 800 s; docs/methods.md §6.1, V2 Sch. 1). */
    public static final double REFERENCE_HOURS = 8.0;

    /** Hand-arm exposure action value: 2.5 m/s² A(8) (docs/methods.md §6.1; V1 Art. 3, V2 Reg. 4). */
    public static final double HAV_EAV = 2.5;
    /** Hand-arm exposure limit value: 5 m/s² A(8) (docs/methods.md §6.1; V1 Art. 3, V2 Reg. 4). */
    public static final double HAV_ELV = 5.0;
    /** HSE points at the hand-arm action value: 100 (docs/methods.md §6.1; V3, V4). */
    public static final double HAV_EAV_POINTS = 100.0;
    /** HSE points at the hand-arm limit value: 400 (docs/methods.md §6.1; V3, V4). */
    public static final double HAV_ELV_POINTS = 400.0;

    /** Whole-body exposure action value: 0.5 m/s² A(8) (docs/methods.md §6.2; V1 Art. 3, V2 Reg. 4). */
    public static final double WBV_EAV = 0.5;
    /** Whole-body exposure limit value: 1.15 m/s² A(8) (docs/methods.md §6.2; V1 Art. 3, V2 Reg. 4). */
    public static final double WBV_ELV = 1.15;
    /** HSE points at the whole-body action value: 100 (docs/methods.md §6.2; V5 colour key). */
    public static final double WBV_EAV_POINTS = 100.0;
    /** HSE points at the whole-body limit value: 529 = (1.15 / 0.5)² × 100 (docs/methods.md §6.2; V5 colour key). */
    public static final double WBV_ELV_POINTS = 529.0;

    /** Whole-body action value as a vibration dose value: 9.1 m/s^1.75 (docs/methods.md §6.2; V1 Art. 3, secondary). */
    public static final double VDV_EAV = 9.1;
    /** Whole-body limit value as a vibration dose value: 21 m/s^1.75 (docs/methods.md §6.2; V1 Art. 3, secondary). */
    public static final double VDV_ELV = 21.0;

    /**
     * Relative tolerance of the equality rule: a value within one part in 10⁹ below a limit counts as
     * at the limit (toolkit convention, for floating-point rounding only).
     */
    public static final double LIMIT_TOLERANCE = 1e-9;

    /**
     * Returns whether a value reaches a limit: at or above it, within {@link #LIMIT_TOLERANCE}.
     *
     * @param value the value, for example an A(8), points or a VDV
     * @param limit the limit, positive
     * @return true when {@code value >= limit × (1 − LIMIT_TOLERANCE)}
     */
    public static boolean reaches(double value, double limit) {
        return value >= limit * (1 - LIMIT_TOLERANCE);
    }

    /**
     * Returns the traffic light of a value against an action value and a limit value: below the
     * action value {@link Risk#LOW}, from the action value up to the limit value {@link Risk#MEDIUM},
     * at or above the limit value {@link Risk#HIGH} (equality per {@link #reaches(double, double)}).
     *
     * @param value the value
     * @param actionValue the action value
     * @param limitValue the limit value
     * @return the light, not null
     */
    public static Risk classify(double value, double actionValue, double limitValue) {
        if (reaches(value, limitValue)) {
            return Risk.HIGH;
        }
        return reaches(value, actionValue) ? Risk.MEDIUM : Risk.LOW;
    }
}
