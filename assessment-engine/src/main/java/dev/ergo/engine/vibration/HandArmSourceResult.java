package dev.ergo.engine.vibration;

import dev.ergo.engine.Risk;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The hand-arm vibration exposure from one tool (docs/methods.md §6.1): its vibration total
 * value, partial A(8), HSE exposure points and the daily times at which it alone reaches the action
 * and limit values.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source the tool name, not null
 * @param ahv the vibration total value a_hv, m/s², as given or from the three axes
 * @param ahvFromAxes whether a_hv was computed as sqrt(a_x² + a_y² + a_z²)
 * @param hours the daily exposure time, hours
 * @param a8 the partial daily exposure a_hv × sqrt(T / 8 h), m/s²
 * @param pointsPerHour HSE points per hour of use, 2 × a_hv²
 * @param points HSE exposure points of the day, 2 × a_hv² × T
 * @param hoursToEav hours a day at which this tool alone reaches the action value, 8 × (2.5 / a_hv)²;
 *     null when a_hv is 0 (never reached)
 * @param hoursToElv hours a day at which this tool alone reaches the limit value, 8 × (5 / a_hv)²;
 *     null when a_hv is 0 (never reached)
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record HandArmSourceResult(
        String source,
        double ahv,
        boolean ahvFromAxes,
        double hours,
        double a8,
        double pointsPerHour,
        double points,
        @Nullable Double hoursToEav,
        @Nullable Double hoursToElv) {

    /**
     * Creates the result. For the toolkit's own use: results come from the assessor or are read back
     * from a results line, and a minor version may add components, which changes this constructor; so
     * it is not stable API (read the components, do not call it).
     */
    @API(status = API.Status.INTERNAL, since = "0.2")
    public HandArmSourceResult {
        Objects.requireNonNull(source, "source must not be null");
    }

    /**
     * Returns the light of this tool's partial A(8) on its own, with the rule of
     * {@link VibrationLimits#classify(double, double, double)}.
     *
     * @return the light, not null
     */
    public Risk risk() {
        return VibrationLimits.classify(a8, VibrationLimits.HAV_EAV, VibrationLimits.HAV_ELV);
    }
}
