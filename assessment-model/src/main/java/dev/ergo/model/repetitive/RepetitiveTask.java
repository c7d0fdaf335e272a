package dev.ergo.model.repetitive;

import dev.ergo.model.InRange;
import dev.ergo.model.SourceRow;
import dev.ergo.model.SurveySection;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import dev.ergo.model.internal.Required;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One repetitive hand task for one hand: a row of the {@code Repetitive} sheet.
 *
 * <p>The ACGIH Hand Activity TLV needs a hand activity level, given directly ({@code hal}) or from the
 * exertion frequency and duty cycle (Radwin equation), and a peak force, given as normalized peak
 * force ({@code peak_force_npf}) or as percent of maximum strength ({@code peak_force_pct_mvc}). The
 * Revised Strain Index is computed when its four {@code rsi_*} inputs are present; it uses
 * {@code hours_per_day} too. Each cross-field rule is its own {@link AssertTrue} check, named in the
 * Javadoc of the check with the columns it concerns.
 *
 * <p>This class is immutable and thread-safe. Blank cells are {@code null}.
 *
 * @param task short label of the task, not blank
 * @param hand the hand assessed, not null
 * @param hal hand activity level, 0 to 10
 * @param exertionsPerSecond exertion frequency, exertions per second (0.05 to 3)
 * @param dutyCyclePct duty cycle, percent of the cycle with exertion (1 to 100)
 * @param peakForceNpf normalized peak force, 0 to 10
 * @param peakForcePctMvc peak force as percent of maximum voluntary contraction, 0 to 100 (NPF = %MVC / 10)
 * @param hoursPerDay hours per day of this task (0 to 24), not null
 * @param rsiIntensityPctMvc RSI intensity of exertion, percent of maximum strength (0 to 100)
 * @param rsiEffortsPerMin RSI efforts per minute (0 to 200)
 * @param rsiSecondsPerExertion RSI duration per exertion, seconds (0 to 600)
 * @param rsiWristDeg RSI hand/wrist posture, degrees (−90 to 90; flexion positive, extension negative)
 * @param origin where the row came from, or null for records built in code
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RepetitiveTask(
        @NotBlank String task,
        @NotNull Hand hand,
        @InRange(min = "0", max = "10") @Nullable Double hal,
        @InRange(min = "0.05", max = "3", unit = "exertions/s") @Nullable Double exertionsPerSecond,
        @InRange(min = "1", max = "100", unit = "%") @Nullable Double dutyCyclePct,
        @InRange(min = "0", max = "10") @Nullable Double peakForceNpf,
        @InRange(min = "0", max = "100", unit = "%MVC") @Nullable Double peakForcePctMvc,
        @NotNull @InRange(min = "0", max = "24", unit = "h") Double hoursPerDay,
        @InRange(min = "0", max = "100", unit = "%MVC") @Nullable Double rsiIntensityPctMvc,
        @InRange(min = "0", max = "200", unit = "/min") @Nullable Double rsiEffortsPerMin,
        @InRange(min = "0", max = "600", unit = "s") @Nullable Double rsiSecondsPerExertion,
        @InRange(min = "-90", max = "90", unit = "°") @Nullable Double rsiWristDeg,
        @Nullable SourceRow origin) implements SurveySection {

    /** Seconds in a minute: the RSI's exertion time per minute cannot exceed it (docs/methods.md §7.3, R9). */
    public static final double SECONDS_PER_MINUTE = 60.0;

    /**
     * Checks that a hand activity level can be had: {@code hal}, or {@code exertions_per_second} with
     * {@code duty_cycle_pct}. Property {@code halGiven}; columns {@code hal}, {@code exertions_per_second},
     * {@code duty_cycle_pct}.
     *
     * @return false when all three are blank
     */
    @AssertTrue(message = "{dev.ergo.model.repetitive.RepetitiveTask.halGiven}")
    public boolean isHalGiven() {
        return hal != null || exertionsPerSecond != null || dutyCyclePct != null;
    }

    /**
     * Checks that the exertion frequency and the duty cycle come together. Property
     * {@code exertionFrequencyPaired}; columns {@code exertions_per_second}, {@code duty_cycle_pct}.
     *
     * @return false when exactly one of the two is given
     */
    @AssertTrue(message = "{dev.ergo.model.repetitive.RepetitiveTask.exertionFrequencyPaired}")
    public boolean isExertionFrequencyPaired() {
        return (exertionsPerSecond == null) == (dutyCyclePct == null);
    }

    /**
     * Checks that the hand activity level has one source only. Property {@code halSingleSource};
     * columns {@code hal}, {@code exertions_per_second}, {@code duty_cycle_pct}.
     *
     * @return false when {@code hal} is given together with the frequency or the duty cycle
     */
    @AssertTrue(message = "{dev.ergo.model.repetitive.RepetitiveTask.halSingleSource}")
    public boolean isHalSingleSource() {
        return hal == null || (exertionsPerSecond == null && dutyCyclePct == null);
    }

    /**
     * Checks that a peak force is given. Property {@code peakForceGiven}; columns
     * {@code peak_force_npf}, {@code peak_force_pct_mvc}.
     *
     * @return false when both are blank
     */
    @AssertTrue(message = "{dev.ergo.model.repetitive.RepetitiveTask.peakForceGiven}")
    public boolean isPeakForceGiven() {
        return peakForceNpf != null || peakForcePctMvc != null;
    }

    /**
     * Checks that the peak force has one source only; neither is preferred over the other. Property
     * {@code peakForceSingleSource}; columns {@code peak_force_npf}, {@code peak_force_pct_mvc}.
     *
     * @return false when both are given
     */
    @AssertTrue(message = "{dev.ergo.model.repetitive.RepetitiveTask.peakForceSingleSource}")
    public boolean isPeakForceSingleSource() {
        return peakForceNpf == null || peakForcePctMvc == null;
    }

    /**
     * Checks that the Revised Strain Index inputs are all given or all blank. Property
     * {@code rsiComplete}; columns {@code rsi_intensity_pct_mvc}, {@code rsi_efforts_per_min},
     * {@code rsi_seconds_per_exertion}, {@code rsi_wrist_deg}.
     *
     * @return false when some but not all four are given
     */
    @AssertTrue(message = "{dev.ergo.model.repetitive.RepetitiveTask.rsiComplete}")
    public boolean isRsiComplete() {
        int given = count(rsiIntensityPctMvc) + count(rsiEffortsPerMin) + count(rsiSecondsPerExertion)
                + count(rsiWristDeg);
        return given == 0 || given == 4;
    }

    /**
     * Checks that the exertions fit in a minute: efforts per minute × seconds per exertion ≤ 60
     * (docs/methods.md §7.3, feasibility check of R9). Compared as written in decimal, so 10 × 6 is exactly 60.
     * Property {@code rsiFeasible}; columns {@code rsi_efforts_per_min}, {@code rsi_seconds_per_exertion}.
     *
     * @return false when both are given and their product exceeds 60 seconds
     */
    @AssertTrue(message = "{dev.ergo.model.repetitive.RepetitiveTask.rsiFeasible}")
    public boolean isRsiFeasible() {
        if (rsiEffortsPerMin == null || rsiSecondsPerExertion == null
                || !Double.isFinite(rsiEffortsPerMin) || !Double.isFinite(rsiSecondsPerExertion)) {
            return true; // nothing to compare, or the range check reports it
        }
        BigDecimal seconds = BigDecimal.valueOf(rsiEffortsPerMin).multiply(BigDecimal.valueOf(rsiSecondsPerExertion));
        return seconds.compareTo(BigDecimal.valueOf(SECONDS_PER_MINUTE)) <= 0;
    }

    /**
     * Returns whether the four Revised Strain Index inputs are all present.
     *
     * @return true when the RSI can be computed
     */
    public boolean hasRsiInputs() {
        return rsiIntensityPctMvc != null && rsiEffortsPerMin != null && rsiSecondsPerExertion != null
                && rsiWristDeg != null;
    }

    private static int count(@Nullable Double v) {
        return v == null ? 0 : 1;
    }

    /**
     * Returns a builder for a task and hand.
     *
     * @param task the task label, not null
     * @param hand the hand, not null
     * @return a new builder, not null
     */
    public static Builder builder(String task, Hand hand) {
        return new Builder().task(task).hand(hand);
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RepetitiveTask}; not thread-safe. */
    public static final class Builder {
        private @Nullable String task;
        private @Nullable Hand hand;
        private @Nullable Double hal;
        private @Nullable Double exertionsPerSecond;
        private @Nullable Double dutyCyclePct;
        private @Nullable Double peakForceNpf;
        private @Nullable Double peakForcePctMvc;
        private @Nullable Double hoursPerDay;
        private @Nullable Double rsiIntensityPctMvc;
        private @Nullable Double rsiEffortsPerMin;
        private @Nullable Double rsiSecondsPerExertion;
        private @Nullable Double rsiWristDeg;
        private @Nullable SourceRow origin;

        private Builder() {}

        /** @param v short label of the task @return this builder */
        public Builder task(@Nullable String v) { task = v; return this; }
        /** @param v the hand assessed @return this builder */
        public Builder hand(@Nullable Hand v) { hand = v; return this; }
        /** @param v hand activity level, 0 to 10 @return this builder */
        public Builder hal(@Nullable Number v) { hal = v == null ? null : v.doubleValue(); return this; }
        /** @param v exertions per second (0.05 to 3) @return this builder */
        public Builder exertionsPerSecond(@Nullable Number v) { exertionsPerSecond = v == null ? null : v.doubleValue(); return this; }
        /** @param v duty cycle, percent (1 to 100) @return this builder */
        public Builder dutyCyclePct(@Nullable Number v) { dutyCyclePct = v == null ? null : v.doubleValue(); return this; }
        /** @param v normalized peak force, 0 to 10 @return this builder */
        public Builder peakForceNpf(@Nullable Number v) { peakForceNpf = v == null ? null : v.doubleValue(); return this; }
        /** @param v peak force, percent of maximum voluntary contraction (0 to 100) @return this builder */
        public Builder peakForcePctMvc(@Nullable Number v) { peakForcePctMvc = v == null ? null : v.doubleValue(); return this; }
        /** @param v hours per day of the task (0 to 24) @return this builder */
        public Builder hoursPerDay(@Nullable Number v) { hoursPerDay = v == null ? null : v.doubleValue(); return this; }
        /** @param v RSI intensity, percent of maximum strength (0 to 100) @return this builder */
        public Builder rsiIntensityPctMvc(@Nullable Number v) { rsiIntensityPctMvc = v == null ? null : v.doubleValue(); return this; }
        /** @param v RSI efforts per minute (0 to 200) @return this builder */
        public Builder rsiEffortsPerMin(@Nullable Number v) { rsiEffortsPerMin = v == null ? null : v.doubleValue(); return this; }
        /** @param v RSI seconds per exertion (0 to 600) @return this builder */
        public Builder rsiSecondsPerExertion(@Nullable Number v) { rsiSecondsPerExertion = v == null ? null : v.doubleValue(); return this; }
        /** @param v RSI wrist angle, degrees (flexion positive, extension negative) @return this builder */
        public Builder rsiWristDeg(@Nullable Number v) { rsiWristDeg = v == null ? null : v.doubleValue(); return this; }
        /** @param v where the row came from @return this builder */
        public Builder origin(@Nullable SourceRow v) { origin = v; return this; }

        /** @return the record, not null; ranges are checked by validation, not here @throws IllegalStateException if a required value is not set */
        public RepetitiveTask build() {
            return Required.check(buildIncomplete());
        }

        /**
         * Returns the record even when required values are missing, for checking input such as a form:
         * {@link dev.ergo.model.validation.SurveyValidator} then reports each missing value with its path.
         *
         * @return the record, not null
         * @since 0.2
         */
        public RepetitiveTask buildIncomplete() {
            return new RepetitiveTask(task, hand, hal, exertionsPerSecond, dutyCyclePct, peakForceNpf, peakForcePctMvc,
                    hoursPerDay, rsiIntensityPctMvc, rsiEffortsPerMin, rsiSecondsPerExertion, rsiWristDeg, origin);
        }
    }
}
