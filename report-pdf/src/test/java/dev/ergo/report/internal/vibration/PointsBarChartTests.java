package dev.ergo.report.internal.vibration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.Risk;
import dev.ergo.engine.vibration.PointsChart;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointsBarChartTests {

    @Test
    void axisEndsOnARoundTickPastTheLimitLine() {
        assertThat(PointsBarChart.niceMax(400 * 1.05)).isEqualTo(450);
        assertThat(PointsBarChart.tickStep(450)).isEqualTo(50);
        assertThat(PointsBarChart.niceMax(529 * 1.05)).isEqualTo(600);
        assertThat(PointsBarChart.tickStep(600)).isEqualTo(100);
        assertThat(PointsBarChart.niceMax(11_700 * 1.05)).isEqualTo(14_000);
        assertThat(PointsBarChart.niceMax(12_285) / PointsBarChart.tickStep(12_285)).isLessThanOrEqualTo(10);
    }

    @Test
    void atMostFifteenBarsTheHighestInWorkbookOrder() {
        List<PointsChart.Bar> bars = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            bars.add(new PointsChart.Bar("t" + i, i % 2 == 0 ? i : 100 - i, Risk.LOW));
        }

        List<PointsChart.Bar> shown = PointsBarChart.shown(bars);

        assertThat(shown).hasSize(PointsBarChart.MAX_BARS);
        assertThat(shown.stream().map(PointsChart.Bar::label)).startsWith("t1", "t3", "t5")
                .doesNotContain("t2", "t4", "t6", "t8", "t10");
        assertThat(PointsBarChart.shown(bars.subList(0, 3))).hasSize(3);
    }
}
