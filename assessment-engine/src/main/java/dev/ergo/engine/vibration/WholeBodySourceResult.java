package dev.ergo.engine.vibration;

import dev.ergo.engine.Risk;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The whole-body vibration exposure from one vehicle or platform (docs/methods.md §6.2):
 * partial A(8) and HSE points per axis with k = 1.4 on x and y and 1.0 on z, its own dominant axis,
 * the times at which it alone reaches the action and limit values, and its vibration dose value.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source the vehicle or platform name, not null
 * @param hours the daily exposure time, hours
 * @param awX the frequency-weighted r.m.s. acceleration a_wx, m/s², as given
 * @param awY a_wy, m/s², as given
 * @param awZ a_wz, m/s², as given
 * @param a8X partial A_x(8) = 1.4 × a_wx × sqrt(T / 8 h), m/s²
 * @param a8Y partial A_y(8) = 1.4 × a_wy × sqrt(T / 8 h), m/s²
 * @param a8Z partial A_z(8) = a_wz × sqrt(T / 8 h), m/s²
 * @param dominantAxis the axis with the greatest k × a_w (ties: z, then x, then y), not null
 * @param pointsX HSE points on x, 50 × (1.4 a_wx)² × T
 * @param pointsY HSE points on y, 50 × (1.4 a_wy)² × T
 * @param pointsZ HSE points on z, 50 × a_wz² × T
 * @param hoursToEav hours a day at which this source alone reaches the action value,
 *     8 × (0.5 / (k a_w))² on its dominant axis; null when all axes are 0
 * @param hoursToElv the same for the limit value, 8 × (1.15 / (k a_w))²; null when all axes are 0
 * @param vdvMeasured the measured vibration dose value as given (axis multiplier included), or null
 * @param vdvMeasuredHours the time it was measured over, hours, or null
 * @param vdv the measured VDV scaled to the exposure time, VDV_meas × (T / T_meas)^¼, or null when not
 *     measured
 * @param hoursToVdvEav hours a day at which the measured VDV alone reaches 9.1 m/s^1.75,
 *     T_meas × (9.1 / VDV_meas)⁴; null when not measured or 0
 * @param hoursToVdvElv the same for 21 m/s^1.75; null when not measured or 0
 * @param estimatedVdv the estimated VDV of the dominant axis, 1.4 × k a_w × (T in s)^¼ (ISO 2631-1
 *     estimation, valid for crest factors up to 6; UNCONFIRMED), m/s^1.75
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record WholeBodySourceResult(
        String source,
        double hours,
        double awX,
        double awY,
        double awZ,
        double a8X,
        double a8Y,
        double a8Z,
        Axis dominantAxis,
        double pointsX,
        double pointsY,
        double pointsZ,
        @Nullable Double hoursToEav,
        @Nullable Double hoursToElv,
        @Nullable Double vdvMeasured,
        @Nullable Double vdvMeasuredHours,
        @Nullable Double vdv,
        @Nullable Double hoursToVdvEav,
        @Nullable Double hoursToVdvElv,
        double estimatedVdv) {

    /**
     * Creates the result. For the toolkit's own use: results come from the assessor or are read back
     * from a results line, and a minor version may add components, which changes this constructor; so
     * it is not stable API (read the components, do not call it).
     */
    @API(status = API.Status.INTERNAL, since = "0.2")
    public WholeBodySourceResult {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(dominantAxis, "dominantAxis must not be null");
    }

    /** @return the partial A(8) of the dominant axis, m/s² */
    public double a8() {
        return a8(dominantAxis);
    }

    /** @return the HSE points of the dominant axis */
    public double points() {
        return points(dominantAxis);
    }

    /**
     * Returns the partial A(8) of one axis.
     *
     * @param axis the axis, not null
     * @return A(8), m/s²
     */
    public double a8(Axis axis) {
        return switch (axis) {
            case X -> a8X;
            case Y -> a8Y;
            case Z -> a8Z;
        };
    }

    /**
     * Returns the HSE points of one axis.
     *
     * @param axis the axis, not null
     * @return the points
     */
    public double points(Axis axis) {
        return switch (axis) {
            case X -> pointsX;
            case Y -> pointsY;
            case Z -> pointsZ;
        };
    }

    /**
     * Returns the light of this source on its own: its dominant-axis A(8), and its VDV when measured,
     * the worse of the two.
     *
     * @return the light, not null
     */
    public Risk risk() {
        Risk r = VibrationLimits.classify(a8(), VibrationLimits.WBV_EAV, VibrationLimits.WBV_ELV);
        return vdv == null ? r : r.worse(VibrationLimits.classify(vdv, VibrationLimits.VDV_EAV, VibrationLimits.VDV_ELV));
    }
}
