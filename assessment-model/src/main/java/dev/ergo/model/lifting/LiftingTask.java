package dev.ergo.model.lifting;

import dev.ergo.model.InRange;
import dev.ergo.model.SourceRow;
import dev.ergo.model.SurveySection;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import dev.ergo.model.internal.Required;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One lifting task of an employee: a row of the {@code Lifting} sheet, the inputs of the Revised
 * NIOSH Lifting Equation (docs/methods.md §5).
 *
 * <p>This class is immutable and thread-safe. Blank cells are {@code null}.
 *
 * @param task a short label of the task, required
 * @param loadKg average load in kg including the container (0 to 100), required
 * @param loadMaxKg maximum load in kg (0 to 100, at least loadKg); defaults to loadKg
 * @param hOriginCm horizontal distance of the hands at the origin, cm (0 to 100), required
 * @param vOriginCm vertical height of the hands at the origin, cm (0 to 200), required
 * @param hDestinationCm horizontal distance at the destination, cm; defaults to the origin's
 * @param vDestinationCm vertical height at the destination, cm (0 to 200), required: the travel distance D = |V destination − V origin| needs it
 * @param asymmetryOriginDeg asymmetry angle at the origin, degrees (0 to 180; default 0)
 * @param asymmetryDestinationDeg asymmetry angle at the destination, degrees (0 to 180; default 0)
 * @param frequencyPerMin lifts per minute (0 to 20; below 0.2 counts as 0.2), required
 * @param durationHours hours per day of continuous lifting (0 to 8), required
 * @param coupling hand-to-object coupling, required
 * @param significantControl whether the load needs significant control at the destination (null = no)
 * @param origin where the row came from, or null for records built in code
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record LiftingTask(
        @NotBlank String task,
        @NotNull @InRange(min = "0", max = "100", unit = "kg") Double loadKg,
        @InRange(min = "0", max = "100", unit = "kg") @Nullable Double loadMaxKg,
        @NotNull @InRange(min = "0", max = "100", unit = "cm") Double hOriginCm,
        @NotNull @InRange(min = "0", max = "200", unit = "cm") Double vOriginCm,
        @InRange(min = "0", max = "100", unit = "cm") @Nullable Double hDestinationCm,
        @NotNull @InRange(min = "0", max = "200", unit = "cm") Double vDestinationCm,
        @InRange(min = "0", max = "180", unit = "°") @Nullable Double asymmetryOriginDeg,
        @InRange(min = "0", max = "180", unit = "°") @Nullable Double asymmetryDestinationDeg,
        @NotNull @InRange(min = "0", max = "20", unit = "lifts/min") Double frequencyPerMin,
        @NotNull @InRange(min = "0", max = "8", unit = "h") Double durationHours,
        @NotNull Coupling coupling,
        @Nullable Boolean significantControl,
        @Nullable SourceRow origin) implements SurveySection {

    /**
     * Checks that the maximum load is not below the average load.
     *
     * @return true unless both are given and the maximum is lower
     */
    @AssertTrue(message = "{dev.ergo.model.lifting.LiftingTask.maxLoadNotBelowLoad}")
    public boolean isMaxLoadNotBelowLoad() {
        return loadKg == null || loadMaxKg == null || loadMaxKg >= loadKg;
    }

    /** @return the maximum load, defaulting to the average load; null only when the load is missing */
    public @Nullable Double effectiveLoadMaxKg() {
        return loadMaxKg != null ? loadMaxKg : loadKg;
    }

    /** @return the destination's horizontal distance, defaulting to the origin's */
    public @Nullable Double effectiveHDestinationCm() {
        return hDestinationCm != null ? hDestinationCm : hOriginCm;
    }

    /** @return whether significant control at the destination was recorded as yes */
    public boolean hasSignificantControl() {
        return Boolean.TRUE.equals(significantControl);
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LiftingTask}; not thread-safe. */
    public static final class Builder {
        private @Nullable String task;
        private @Nullable Double loadKg;
        private @Nullable Double loadMaxKg;
        private @Nullable Double hOriginCm;
        private @Nullable Double vOriginCm;
        private @Nullable Double hDestinationCm;
        private @Nullable Double vDestinationCm;
        private @Nullable Double asymmetryOriginDeg;
        private @Nullable Double asymmetryDestinationDeg;
        private @Nullable Double frequencyPerMin;
        private @Nullable Double durationHours;
        private @Nullable Coupling coupling;
        private @Nullable Boolean significantControl;
        private @Nullable SourceRow origin;

        private Builder() {}

        /** @param v a short label of the task, required @return this builder */
        public Builder task(@Nullable String v) { task = v; return this; }
        /** @param v average load in kg including the container (0 to 100), required @return this builder */
        public Builder loadKg(@Nullable Number v) { loadKg = v == null ? null : v.doubleValue(); return this; }
        /** @param v maximum load in kg (0 to 100, at least loadKg); defaults to loadKg @return this builder */
        public Builder loadMaxKg(@Nullable Number v) { loadMaxKg = v == null ? null : v.doubleValue(); return this; }
        /** @param v horizontal distance of the hands at the origin, cm (0 to 100), required @return this builder */
        public Builder hOriginCm(@Nullable Number v) { hOriginCm = v == null ? null : v.doubleValue(); return this; }
        /** @param v vertical height of the hands at the origin, cm (0 to 200), required @return this builder */
        public Builder vOriginCm(@Nullable Number v) { vOriginCm = v == null ? null : v.doubleValue(); return this; }
        /** @param v horizontal distance at the destination, cm; defaults to the origin's @return this builder */
        public Builder hDestinationCm(@Nullable Number v) { hDestinationCm = v == null ? null : v.doubleValue(); return this; }
        /** @param v vertical height at the destination, cm (0 to 200), required: the travel distance D = |V destination − V origin| needs it @return this builder */
        public Builder vDestinationCm(@Nullable Number v) { vDestinationCm = v == null ? null : v.doubleValue(); return this; }
        /** @param v asymmetry angle at the origin, degrees (0 to 180; default 0) @return this builder */
        public Builder asymmetryOriginDeg(@Nullable Number v) { asymmetryOriginDeg = v == null ? null : v.doubleValue(); return this; }
        /** @param v asymmetry angle at the destination, degrees (0 to 180; default 0) @return this builder */
        public Builder asymmetryDestinationDeg(@Nullable Number v) { asymmetryDestinationDeg = v == null ? null : v.doubleValue(); return this; }
        /** @param v lifts per minute (0 to 20; below 0.2 counts as 0.2), required @return this builder */
        public Builder frequencyPerMin(@Nullable Number v) { frequencyPerMin = v == null ? null : v.doubleValue(); return this; }
        /** @param v hours per day of continuous lifting (0 to 8), required @return this builder */
        public Builder durationHours(@Nullable Number v) { durationHours = v == null ? null : v.doubleValue(); return this; }
        /** @param v hand-to-object coupling, required @return this builder */
        public Builder coupling(@Nullable Coupling v) { coupling = v; return this; }
        /** @param v whether the load needs significant control at the destination (null = no) @return this builder */
        public Builder significantControl(@Nullable Boolean v) { significantControl = v; return this; }
        /** @param v where the row came from @return this builder */
        public Builder origin(@Nullable SourceRow v) { origin = v; return this; }

        /** @return the record, not null; ranges are checked by validation, not here @throws IllegalStateException if a required value is not set */
        public LiftingTask build() {
            return Required.check(buildIncomplete());
        }

        /**
         * Returns the record even when required values are missing, for checking input such as a form:
         * {@link dev.ergo.model.validation.SurveyValidator} then reports each missing value with its path.
         *
         * @return the record, not null
         * @since 0.2
         */
        public LiftingTask buildIncomplete() {
            return new LiftingTask(task, loadKg, loadMaxKg, hOriginCm, vOriginCm, hDestinationCm, vDestinationCm, asymmetryOriginDeg, asymmetryDestinationDeg, frequencyPerMin, durationHours, coupling, significantControl, origin);
        }
    }
}
