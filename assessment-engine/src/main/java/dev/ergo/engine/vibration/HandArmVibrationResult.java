package dev.ergo.engine.vibration;

import dev.ergo.engine.internal.vibration.HandArmVibration;
import dev.ergo.engine.FactorResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The daily hand-arm vibration exposure of one employee over all their tools
 * (docs/methods.md §6.1): A(8) = sqrt(Σ A_i(8)²) and the HSE exposure points, which add
 * across tools.
 *
 * <p>Traffic light, from the daily A(8), implemented once in
 * {@link VibrationLimits#classify(double, double, double)}: below the exposure action value 2.5 m/s²
 * (100 points) {@link Risk#LOW}; from 2.5 up to the exposure limit value 5 m/s² (400 points)
 * {@link Risk#MEDIUM}; at or above 5 m/s² {@link Risk#HIGH}. A value exactly at a limit reaches it
 * ({@link VibrationLimits#reaches(double, double)}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param a8 the daily exposure A(8), m/s²
 * @param points the daily HSE exposure points, the sum over the tools
 * @param sources the tools in workbook order, not null
 * @param recommendations the advice, not null
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record HandArmVibrationResult(
        double a8, double points, List<HandArmSourceResult> sources, List<Recommendation> recommendations)
        implements FactorResult {

    /** Copies the lists. */
    public HandArmVibrationResult {
        sources = List.copyOf(sources);
        recommendations = List.copyOf(recommendations);
    }

    @Override
    public Risk risk() {
        return VibrationLimits.classify(a8, VibrationLimits.HAV_EAV, VibrationLimits.HAV_ELV);
    }

    @Override
    public String method() {
        return HandArmVibration.METHOD;
    }

    @Override
    public String key() {
        return "handArmVibration";
    }

    /**
     * Returns the points per tool with the 100 and 400 point lines, for a bar chart.
     *
     * @return the chart data, not null
     */
    public PointsChart pointsChart() {
        return new PointsChart(VibrationLimits.HAV_EAV_POINTS, VibrationLimits.HAV_ELV_POINTS,
                sources.stream()
                        .map(s -> new PointsChart.Bar(s.source(), s.points(), VibrationLimits.classify(
                                s.points(), VibrationLimits.HAV_EAV_POINTS, VibrationLimits.HAV_ELV_POINTS)))
                        .toList(),
                points);
    }
}
