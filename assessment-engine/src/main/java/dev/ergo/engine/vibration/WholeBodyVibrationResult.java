package dev.ergo.engine.vibration;

import dev.ergo.engine.internal.vibration.WholeBodyVibration;
import dev.ergo.engine.FactorResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The daily whole-body vibration exposure of one employee over all their vehicles and platforms
 * (docs/methods.md §6.2): A(8) per axis over all sources, k × sqrt(Σ a_w² T / 8 h), the daily
 * A(8) and points of the dominant axis, and the vibration dose value.
 *
 * <p>{@link #vdv()} combines the sources, (Σ VDV_i⁴)^¼, each scaled to its exposure time; it is
 * present only when at least one source has a measured VDV, and sources without one then enter with
 * their estimated VDV ({@link #vdvIncludesEstimates()}). {@link #estimatedVdv()} is the estimate from
 * the r.m.s. values alone (1.4 × k a_w × T^¼ per axis, combined per axis, highest axis), always given
 * and never used for the light.
 *
 * <p>Traffic light, implemented once in {@link #risk()} with
 * {@link VibrationLimits#classify(double, double, double)}: the worse of the daily A(8) against 0.5 and
 * 1.15 m/s² and, when {@link #vdv()} is present, the VDV against 9.1 and 21 m/s^1.75; below the action
 * value {@link Risk#LOW}, from the action value up to the limit value {@link Risk#MEDIUM}, at or above
 * the limit value {@link Risk#HIGH}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param a8X daily A_x(8), m/s²
 * @param a8Y daily A_y(8), m/s²
 * @param a8Z daily A_z(8), m/s²
 * @param dominantAxis the axis with the greatest daily A(8) (ties: z, then x, then y), not null
 * @param pointsX daily HSE points on x (sum over the sources)
 * @param pointsY daily HSE points on y
 * @param pointsZ daily HSE points on z
 * @param vdv the daily vibration dose value, m/s^1.75, or null when no source has a measured VDV
 * @param vdvIncludesEstimates whether {@code vdv} includes estimated values for sources without a measured VDV
 * @param estimatedVdv the daily estimated VDV from the r.m.s. values alone, m/s^1.75
 * @param sources the sources in workbook order, not null
 * @param recommendations the advice, not null
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record WholeBodyVibrationResult(
        double a8X,
        double a8Y,
        double a8Z,
        Axis dominantAxis,
        double pointsX,
        double pointsY,
        double pointsZ,
        @Nullable Double vdv,
        boolean vdvIncludesEstimates,
        double estimatedVdv,
        List<WholeBodySourceResult> sources,
        List<Recommendation> recommendations)
        implements FactorResult {

    /**
     * Creates the result. For the toolkit's own use: results come from the assessor or are read back
     * from a results line, and a minor version may add components, which changes this constructor; so
     * it is not stable API (read the components, do not call it).
     */
    @API(status = API.Status.INTERNAL, since = "0.2")
    public WholeBodyVibrationResult {
        Objects.requireNonNull(dominantAxis, "dominantAxis must not be null");
        sources = List.copyOf(sources);
        recommendations = List.copyOf(recommendations);
    }

    /** @return the daily A(8): that of the dominant axis, m/s² */
    public double a8() {
        return a8(dominantAxis);
    }

    /** @return the daily HSE points: those of the dominant axis */
    public double points() {
        return points(dominantAxis);
    }

    /**
     * Returns the daily A(8) of one axis.
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
     * Returns the daily HSE points of one axis.
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

    /** @return the light of the daily A(8) alone, not null */
    public Risk a8Risk() {
        return VibrationLimits.classify(a8(), VibrationLimits.WBV_EAV, VibrationLimits.WBV_ELV);
    }

    /** @return the light of the daily VDV alone, or null when {@link #vdv()} is null */
    public @Nullable Risk vdvRisk() {
        return vdv == null ? null : VibrationLimits.classify(vdv, VibrationLimits.VDV_EAV, VibrationLimits.VDV_ELV);
    }

    @Override
    public Risk risk() {
        Risk v = vdvRisk();
        return v == null ? a8Risk() : a8Risk().worse(v);
    }

    @Override
    public String method() {
        return WholeBodyVibration.METHOD;
    }

    @Override
    public String key() {
        return "wholeBodyVibration";
    }

    /**
     * Returns the points per source (each on its own dominant axis) with the 100 and 529 point lines,
     * for a bar chart; the total is the daily points of the dominant axis.
     *
     * @return the chart data, not null
     */
    public PointsChart pointsChart() {
        return new PointsChart(VibrationLimits.WBV_EAV_POINTS, VibrationLimits.WBV_ELV_POINTS,
                sources.stream()
                        .map(s -> new PointsChart.Bar(s.source(), s.points(), VibrationLimits.classify(
                                s.points(), VibrationLimits.WBV_EAV_POINTS, VibrationLimits.WBV_ELV_POINTS)))
                        .toList(),
                points());
    }
}
