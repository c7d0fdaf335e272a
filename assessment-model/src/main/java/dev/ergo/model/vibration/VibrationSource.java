package dev.ergo.model.vibration;

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
 * One vibration source of one employee: a row of the {@code Vibration} sheet (a tool for hand-arm
 * vibration, a vehicle or platform for whole-body vibration) with its magnitude and daily exposure
 * time.
 *
 * <p>A hand-arm row gives either the vibration total value {@code a_hv} or the three frequency-weighted
 * axis values {@code a_x, a_y, a_z} (from which a_hv is their root sum of squares); where both hands
 * are exposed, give the greater value. A whole-body row gives the three axis values a_wx, a_wy, a_wz
 * at the seat or floor (without the 1.4 axis multipliers) and, optionally, a measured vibration dose
 * value with the time it was measured over (docs/methods.md §6.1, §6.2).
 *
 * <p>This class is immutable and thread-safe. Blank cells are {@code null}.
 *
 * @param source the tool or vehicle name, required
 * @param type hand-arm or whole-body, required
 * @param aHv hand-arm vibration total value, m/s² (0 to 100); or give the three axes instead
 * @param aX frequency-weighted r.m.s. acceleration along x, m/s² (0 to 100)
 * @param aY frequency-weighted r.m.s. acceleration along y, m/s² (0 to 100)
 * @param aZ frequency-weighted r.m.s. acceleration along z, m/s² (0 to 100)
 * @param hoursPerDay daily exposure time, hours (0 to 24), required
 * @param vdv whole-body only: the measured vibration dose value of the dominant axis with its axis
 *     multiplier included, m/s^1.75 (0 to 100)
 * @param vdvMeasuredHours the time over which {@code vdv} was measured, hours (0 to 24; more than 0 when
 *     vdv is given)
 * @param origin where the row came from, or null for records built in code
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record VibrationSource(
        @NotBlank String source,
        @NotNull VibrationType type,
        @InRange(min = "0", max = "100", unit = "m/s²") @Nullable Double aHv,
        @InRange(min = "0", max = "100", unit = "m/s²") @Nullable Double aX,
        @InRange(min = "0", max = "100", unit = "m/s²") @Nullable Double aY,
        @InRange(min = "0", max = "100", unit = "m/s²") @Nullable Double aZ,
        @NotNull @InRange(min = "0", max = "24", unit = "h") Double hoursPerDay,
        @InRange(min = "0", max = "100", unit = "m/s^1.75") @Nullable Double vdv,
        @InRange(min = "0", max = "24", unit = "h") @Nullable Double vdvMeasuredHours,
        @Nullable SourceRow origin) implements SurveySection {

    /**
     * Returns a hand-arm source given by its vibration total value.
     *
     * @param source the tool name, not null
     * @param aHv the vibration total value, m/s²
     * @param hoursPerDay the daily exposure time, hours
     * @return the source, not null
     */
    public static VibrationSource ofHandArm(String source, double aHv, double hoursPerDay) {
        return builder().source(source).type(VibrationType.HAND_ARM).aHv(aHv).hoursPerDay(hoursPerDay).build();
    }

    /**
     * Returns a hand-arm source given by its three axis values.
     *
     * @param source the tool name, not null
     * @param aX the x-axis value, m/s²
     * @param aY the y-axis value, m/s²
     * @param aZ the z-axis value, m/s²
     * @param hoursPerDay the daily exposure time, hours
     * @return the source, not null
     */
    public static VibrationSource ofHandArmAxes(String source, double aX, double aY, double aZ, double hoursPerDay) {
        return builder().source(source).type(VibrationType.HAND_ARM).aX(aX).aY(aY).aZ(aZ)
                .hoursPerDay(hoursPerDay).build();
    }

    /**
     * Returns a whole-body source given by its three axis values (without the axis multipliers).
     *
     * @param source the vehicle or platform name, not null
     * @param aX the x-axis (fore-and-aft) value a_wx, m/s²
     * @param aY the y-axis (side-to-side) value a_wy, m/s²
     * @param aZ the z-axis (vertical) value a_wz, m/s²
     * @param hoursPerDay the daily exposure time, hours
     * @return the source, not null
     */
    public static VibrationSource ofWholeBody(String source, double aX, double aY, double aZ, double hoursPerDay) {
        return builder().source(source).type(VibrationType.WHOLE_BODY).aX(aX).aY(aY).aZ(aZ)
                .hoursPerDay(hoursPerDay).build();
    }

    /**
     * Returns a copy with a measured vibration dose value.
     *
     * @param vdv the measured VDV, m/s^1.75
     * @param measuredHours the time it was measured over, hours
     * @return a new source, not null
     */
    public VibrationSource withVdv(double vdv, double measuredHours) {
        return toBuilder().vdv(vdv).vdvMeasuredHours(measuredHours).build();
    }

    /**
     * Returns whether all three axis values are given.
     *
     * @return true when a_x, a_y and a_z are all present
     */
    public boolean hasAllAxes() {
        return aX != null && aY != null && aZ != null;
    }

    private boolean hasAnyAxis() {
        return aX != null || aY != null || aZ != null;
    }

    /**
     * Checks that the total value and the axis values are not both given (columns a_hv, a_x, a_y, a_z).
     *
     * @return false when a_hv and any of a_x, a_y, a_z are given
     */
    @AssertTrue(message = "{dev.ergo.model.vibration.VibrationSource.eitherTotalOrAxes}")
    public boolean isEitherTotalOrAxes() {
        return aHv == null || !hasAnyAxis();
    }

    /**
     * Checks that a hand-arm row has a magnitude (columns a_hv, a_x, a_y, a_z).
     *
     * @return false for a hand-arm row with neither a_hv nor all three axes
     */
    @AssertTrue(message = "{dev.ergo.model.vibration.VibrationSource.handArmMagnitudeGiven}")
    public boolean isHandArmMagnitudeGiven() {
        return type != VibrationType.HAND_ARM || aHv != null || hasAllAxes();
    }

    /**
     * Checks that a whole-body row has all three axis values (columns a_x, a_y, a_z).
     *
     * @return false for a whole-body row without all three axes
     */
    @AssertTrue(message = "{dev.ergo.model.vibration.VibrationSource.wholeBodyAxesGiven}")
    public boolean isWholeBodyAxesGiven() {
        return type != VibrationType.WHOLE_BODY || hasAllAxes();
    }

    /**
     * Checks that the dose value is only given for whole-body rows (columns vdv, vdv_measured_hours).
     *
     * @return false for a hand-arm row with vdv or vdv_measured_hours
     */
    @AssertTrue(message = "{dev.ergo.model.vibration.VibrationSource.vdvOnWholeBodyOnly}")
    public boolean isVdvOnWholeBodyOnly() {
        return type != VibrationType.HAND_ARM || (vdv == null && vdvMeasuredHours == null);
    }

    /**
     * Checks that a dose value comes with the time it was measured over (column vdv_measured_hours).
     *
     * @return false when vdv is given and vdv_measured_hours is blank or 0
     */
    @AssertTrue(message = "{dev.ergo.model.vibration.VibrationSource.vdvMeasuredHoursGiven}")
    public boolean isVdvMeasuredHoursGiven() {
        return vdv == null || (vdvMeasuredHours != null && vdvMeasuredHours > 0);
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this record's values.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().source(source).type(type).aHv(aHv).aX(aX).aY(aY).aZ(aZ).hoursPerDay(hoursPerDay)
                .vdv(vdv).vdvMeasuredHours(vdvMeasuredHours).origin(origin);
    }

    /** Builds a {@link VibrationSource}; not thread-safe. */
    public static final class Builder {
        private @Nullable String source;
        private @Nullable VibrationType type;
        private @Nullable Double aHv;
        private @Nullable Double aX;
        private @Nullable Double aY;
        private @Nullable Double aZ;
        private @Nullable Double hoursPerDay;
        private @Nullable Double vdv;
        private @Nullable Double vdvMeasuredHours;
        private @Nullable SourceRow origin;

        private Builder() {}

        /** @param v the tool or vehicle name, required @return this builder */
        public Builder source(@Nullable String v) { source = v; return this; }
        /** @param v hand-arm or whole-body, required @return this builder */
        public Builder type(@Nullable VibrationType v) { type = v; return this; }
        /** @param v vibration total value, m/s² (0 to 100) @return this builder */
        public Builder aHv(@Nullable Number v) { aHv = v == null ? null : v.doubleValue(); return this; }
        /** @param v x-axis value, m/s² (0 to 100) @return this builder */
        public Builder aX(@Nullable Number v) { aX = v == null ? null : v.doubleValue(); return this; }
        /** @param v y-axis value, m/s² (0 to 100) @return this builder */
        public Builder aY(@Nullable Number v) { aY = v == null ? null : v.doubleValue(); return this; }
        /** @param v z-axis value, m/s² (0 to 100) @return this builder */
        public Builder aZ(@Nullable Number v) { aZ = v == null ? null : v.doubleValue(); return this; }
        /** @param v daily exposure time, hours (0 to 24), required @return this builder */
        public Builder hoursPerDay(@Nullable Number v) { hoursPerDay = v == null ? null : v.doubleValue(); return this; }
        /** @param v measured vibration dose value, m/s^1.75 (0 to 100), whole-body only @return this builder */
        public Builder vdv(@Nullable Number v) { vdv = v == null ? null : v.doubleValue(); return this; }
        /** @param v hours over which vdv was measured (0 to 24) @return this builder */
        public Builder vdvMeasuredHours(@Nullable Number v) { vdvMeasuredHours = v == null ? null : v.doubleValue(); return this; }
        /** @param v where the row came from @return this builder */
        public Builder origin(@Nullable SourceRow v) { origin = v; return this; }

        /** @return the record, not null; ranges are checked by validation, not here @throws IllegalStateException if a required value is not set */
        public VibrationSource build() {
            return Required.check(buildIncomplete());
        }

        /**
         * Returns the record even when required values are missing, for checking input such as a form:
         * {@link dev.ergo.model.validation.SurveyValidator} then reports each missing value with its path.
         *
         * @return the record, not null
         * @since 0.2
         */
        public VibrationSource buildIncomplete() {
            return new VibrationSource(source, type, aHv, aX, aY, aZ, hoursPerDay, vdv, vdvMeasuredHours, origin);
        }
    }
}
