package dev.ergo.engine.repetitive;

import dev.ergo.model.repetitive.RepetitiveTask;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The ACGIH TLV for Hand Activity (docs/methods.md §7.1): the hand activity level from a rating or the Radwin
 * equation, the normalized peak force from a rating or %MVC, and the zone on the HAL–NPF chart.
 *
 * <pre>{@code
 * HandActivityScore s = HandActivityTlv.assess(task, HandActivityEdition.ACGIH_2001);
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class HandActivityTlv {
    private HandActivityTlv() {}

    /** The edition used unless another is asked for (and the one the assessment registry uses). */
    public static final HandActivityEdition DEFAULT_EDITION = HandActivityEdition.ACGIH_2018;

    /**
     * A force within this distance (NPF units) of a line counts as on the line, so that decimal inputs
     * such as NPF 2.8 at HAL 5 (2018 TLV 5.6 − 0.56·5 = 2.8) are not pushed over a line by binary
     * rounding (toolkit convention).
     */
    public static final double ON_LINE_TOLERANCE = 1e-9;

    /** Radwin et al. 2015 (R4): HAL = 6.56 × ln(D) × F^1.31 / (1 + 3.18 × F^1.31). */
    static final double RADWIN_A = 6.56;
    static final double RADWIN_EXPONENT = 1.31;
    static final double RADWIN_B = 3.18;

    /** NPF = %MVC / 10 (docs/methods.md §7.1 NPF table, R1). */
    static final double PCT_MVC_PER_NPF = 10.0;

    /**
     * Assesses a task with the default (2018) edition.
     *
     * @param task the task, valid, not null
     * @return the assessment, not null
     * @throws IllegalArgumentException if the task has no HAL source or no force
     */
    public static HandActivityScore assess(RepetitiveTask task) {
        return assess(task, DEFAULT_EDITION);
    }

    /**
     * Assesses a task with the given edition.
     *
     * @param task the task, valid, not null
     * @param edition the TLV edition, not null
     * @return the assessment, not null
     * @throws IllegalArgumentException if the task has no HAL source or no force
     */
    public static HandActivityScore assess(RepetitiveTask task, HandActivityEdition edition) {
        Objects.requireNonNull(task, "task must not be null");
        Objects.requireNonNull(edition, "edition must not be null");
        double hal;
        HandActivityScore.HalSource halSource;
        if (task.hal() != null) {
            hal = task.hal();
            halSource = HandActivityScore.HalSource.GIVEN;
        } else if (task.exertionsPerSecond() != null && task.dutyCyclePct() != null) {
            hal = radwinHal(task.exertionsPerSecond(), task.dutyCyclePct());
            halSource = HandActivityScore.HalSource.RADWIN;
        } else {
            throw new IllegalArgumentException("task '" + task.task() + "' needs hal, or exertions_per_second and duty_cycle_pct");
        }
        double npf;
        HandActivityScore.ForceSource forceSource;
        if (task.peakForceNpf() != null) {
            npf = task.peakForceNpf();
            forceSource = HandActivityScore.ForceSource.GIVEN;
        } else if (task.peakForcePctMvc() != null) {
            npf = npfFromPercentMvc(task.peakForcePctMvc());
            forceSource = HandActivityScore.ForceSource.PERCENT_MVC;
        } else {
            throw new IllegalArgumentException("task '" + task.task() + "' needs peak_force_npf or peak_force_pct_mvc");
        }
        double al = edition.actionLimitNpf(hal);
        double tlv = edition.tlvNpf(hal);
        boolean radwin = halSource == HandActivityScore.HalSource.RADWIN;
        return new HandActivityScore(task.task(), task.hand(), hal, halSource,
                radwin ? task.exertionsPerSecond() : null, radwin ? task.dutyCyclePct() : null,
                npf, forceSource, edition, al, tlv, zone(npf, al, tlv), task.hoursPerDay());
    }

    /**
     * Returns the hand activity level from exertion frequency and duty cycle (Radwin et al. 2015, R4):
     * {@code HAL = 6.56 × ln(D) × F^1.31 / (1 + 3.18 × F^1.31)}.
     *
     * @param exertionsPerSecond F, exertions per second, above 0 (the workbook allows 0.05 to 3)
     * @param dutyCyclePct D, percent of the cycle with exertion, above 0 and at most 100 (below 1 % the
     *     equation turns negative; the workbook allows 1 to 100)
     * @return the hand activity level
     * @throws IllegalArgumentException if an argument is out of its domain
     */
    public static double radwinHal(double exertionsPerSecond, double dutyCyclePct) {
        if (!(exertionsPerSecond > 0) || Double.isInfinite(exertionsPerSecond)) {
            throw new IllegalArgumentException("exertionsPerSecond must be above 0 but was " + exertionsPerSecond);
        }
        if (!(dutyCyclePct > 0 && dutyCyclePct <= 100)) {
            throw new IllegalArgumentException("dutyCyclePct must be above 0 and at most 100 but was " + dutyCyclePct);
        }
        double f = Math.pow(exertionsPerSecond, RADWIN_EXPONENT);
        return RADWIN_A * Math.log(dutyCyclePct) * (f / (1 + RADWIN_B * f));
    }

    /**
     * Converts a peak force in percent of maximum voluntary contraction to normalized peak force:
     * {@code NPF = %MVC / 10} (docs/methods.md §7.1, R1).
     *
     * @param percentMvc the force, 0 to 100 %MVC
     * @return the NPF, 0 to 10
     */
    public static double npfFromPercentMvc(double percentMvc) {
        return percentMvc / PCT_MVC_PER_NPF;
    }

    /**
     * Places a force against the two lines at its HAL. This is the toolkit's one equality convention for
     * the TLV (the 2001 form's "AL to TLV" is {@code 0.56 ≤ ratio ≤ 0.78}): a force on the action-limit
     * line reaches the action limit ({@link HandActivityZone#ACTION_LIMIT_TO_TLV}); a force on the TLV
     * line does not exceed the TLV (also {@code ACTION_LIMIT_TO_TLV}); only a force above the TLV line is
     * {@link HandActivityZone#ABOVE_TLV}. "On a line" means within {@link #ON_LINE_TOLERANCE}.
     *
     * @param npf the normalized peak force
     * @param actionLimitNpf the action-limit line at the task's HAL
     * @param tlvNpf the TLV line at the task's HAL
     * @return the zone, not null
     */
    public static HandActivityZone zone(double npf, double actionLimitNpf, double tlvNpf) {
        if (npf > tlvNpf + ON_LINE_TOLERANCE) {
            return HandActivityZone.ABOVE_TLV;
        }
        if (npf >= actionLimitNpf - ON_LINE_TOLERANCE) {
            return HandActivityZone.ACTION_LIMIT_TO_TLV;
        }
        return HandActivityZone.BELOW_ACTION_LIMIT;
    }
}
