package dev.ergo.engine.vibration;

import dev.ergo.engine.Risk;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a report needs to draw a bar chart of exposure points per source against the action and
 * limit lines (100 and 400 points for hand-arm, 100 and 529 for whole-body vibration).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param actionPoints the points at the exposure action value (the amber line)
 * @param limitPoints the points at the exposure limit value (the red line)
 * @param bars one bar per source, in workbook order, not null
 * @param totalPoints the daily points of all sources together
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PointsChart(double actionPoints, double limitPoints, List<Bar> bars, double totalPoints) {

    /** Copies the list. */
    public PointsChart {
        bars = List.copyOf(bars);
    }

    /**
     * Returns the largest value the chart's axis must show: the limit line or the longest bar or the
     * total, whichever is greatest.
     *
     * @return the axis maximum, at least {@code limitPoints}
     */
    public double scaleMax() {
        double max = Math.max(limitPoints, totalPoints);
        for (Bar b : bars) {
            max = Math.max(max, b.points());
        }
        return max;
    }

    /**
     * One bar: a source's daily points and the light they give on their own.
     *
     * @param label the source name, not null
     * @param points the source's daily points
     * @param risk the light of these points against the two lines, not null
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public record Bar(String label, double points, Risk risk) {
        /** Validates the components. */
        public Bar {
            Objects.requireNonNull(label, "label must not be null");
            Objects.requireNonNull(risk, "risk must not be null");
        }
    }
}
