package dev.ergo.report.internal.vibration;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfTemplate;
import dev.ergo.engine.Risk;
import dev.ergo.engine.vibration.PointsChart;
import dev.ergo.report.internal.spi.Draw;
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart of exposure points per source, drawn with vector graphics: one bar per
 * source coloured by its own light with its points printed beside it, a last bar for the whole day,
 * and the action and limit lines labelled above the plot.
 */
final class PointsBarChart {
    private PointsBarChart() {}

    static final float ROW = 17f;
    static final float BAR = 11f;
    static final float TOP = 24f;
    static final float BOTTOM = 24f;
    static final float VALUE_ROOM = 62f;
    /** At most this many sources get a bar (those with the most points), so the chart fits a page. */
    static final int MAX_BARS = 15;

    /**
     * Draws the chart.
     *
     * @param chart the data, not null
     * @param totalLabel the label of the whole-day bar
     * @param totalRisk the light of the whole day
     * @param perSource the axis title, "points per tool" or "points per vehicle"
     */
    static Image draw(ReportContext ctx, PointsChart chart, String totalLabel, Risk totalRisk, String perSource) {
        BaseFont regular = ctx.baseFont(TextStyle.Face.REGULAR);
        BaseFont bold = ctx.baseFont(TextStyle.Face.BOLD);
        float w = ctx.contentWidth();
        List<PointsChart.Bar> bars = shown(chart.bars());
        bars.add(new PointsChart.Bar(totalLabel, chart.totalPoints(), totalRisk));
        float h = TOP + bars.size() * ROW + BOTTOM;
        PdfTemplate tpl = ctx.template(w, h);

        float labelW = 0;
        for (PointsChart.Bar b : bars) {
            labelW = Math.max(labelW, bold.getWidthPoint(b.label(), 7.5f));
        }
        labelW = Math.min(labelW + 8, w * 0.28f);
        float x0 = labelW;
        float plotW = w - x0 - VALUE_ROOM;
        double max = niceMax(chart.scaleMax() * 1.05);
        float yBottom = BOTTOM;
        float yTop = h - TOP;

        // Grid and axis ticks.
        double step = tickStep(max);
        for (double v = 0; v <= max + 1e-9; v += step) {
            float x = x0 + (float) (v / max * plotW);
            Draw.line(tpl, Styles.GRID, 0.4f, 0, x, yBottom, x, yTop);
            Draw.text(tpl, regular, 6.5f, Styles.MUTED, ctx.number(v), x, yBottom - 9, Element.ALIGN_CENTER);
        }
        Draw.text(tpl, regular, 6.5f, Styles.MUTED, ctx.text("vib.chart.axis"), x0 + plotW / 2, 2, Element.ALIGN_CENTER);

        // Bars, top down; the whole-day bar last, set off by a rule.
        float[] ends = new float[bars.size()];
        for (int i = 0; i < bars.size(); i++) {
            PointsChart.Bar b = bars.get(i);
            float yRow = yTop - (i + 1) * ROW;
            if (i == bars.size() - 1) {
                Draw.line(tpl, Styles.RULE, 0.5f, 0, 0, yRow + ROW - 1, x0 + plotW, yRow + ROW - 1);
            }
            ends[i] = (float) (Math.max(0, b.points()) / max * plotW);
            Draw.box(tpl, Styles.colour(b.risk()), x0, yRow + (ROW - BAR) / 2, Math.max(ends[i], 1f), BAR);
        }
        Draw.line(tpl, Styles.INK, 0.6f, 0, x0, yBottom, x0, yTop);

        // The action and limit lines over the bars, labelled above the plot.
        float xa = x0 + (float) (chart.actionPoints() / max * plotW);
        float xl = x0 + (float) (chart.limitPoints() / max * plotW);
        Draw.line(tpl, Styles.AMBER_LINE, 1.4f, 3, xa, yBottom, xa, yTop + 4);
        Draw.line(tpl, Styles.RED, 1.4f, 0, xl, yBottom, xl, yTop + 4);
        String action = ctx.text("vib.chart.action", "points", ctx.number(chart.actionPoints()));
        String limit = ctx.text("vib.chart.limit", "points", ctx.number(chart.limitPoints()));
        float half = (bold.getWidthPoint(action, 7) + bold.getWidthPoint(limit, 7)) / 2;
        boolean apart = xl - xa >= half + 6; // close lines (a long scale): labels to either side
        Draw.text(tpl, bold, 7, Styles.AMBER_LINE, action, apart ? xa : xa - 2, yTop + 7,
                apart ? Element.ALIGN_CENTER : Element.ALIGN_RIGHT);
        Draw.text(tpl, bold, 7, Styles.RED, limit, apart ? xl : xl + 2, yTop + 7,
                apart ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
        Draw.text(tpl, regular, 6.5f, Styles.MUTED, perSource, 0, 2, Element.ALIGN_LEFT);

        // Labels last, on white, so that no line runs through them.
        for (int i = 0; i < bars.size(); i++) {
            PointsChart.Bar b = bars.get(i);
            boolean total = i == bars.size() - 1;
            float yRow = yTop - (i + 1) * ROW;
            Draw.text(tpl, total ? bold : regular, 7.5f, Styles.INK, Draw.fit(bold, 7.5f, b.label(), labelW - 6),
                    x0 - 4, yRow + 5, Element.ALIGN_RIGHT);
            String value = ctx.fixed(b.points(), 0) + " · " + ctx.light(b.risk());
            Draw.box(tpl, Color.WHITE, x0 + ends[i] + 1.5f, yRow + 3, bold.getWidthPoint(value, 7.5f) + 3, 9);
            Draw.text(tpl, bold, 7.5f, Styles.INK, value, x0 + ends[i] + 3, yRow + 5, Element.ALIGN_LEFT);
        }

        Image img = ctx.image(tpl, "vibration points chart");
        img.setSpacingBefore(4);
        img.setSpacingAfter(4);
        return img;
    }

    /** The sources that get a bar: all, or the {@link #MAX_BARS} with the most points, in workbook order. */
    static List<PointsChart.Bar> shown(List<PointsChart.Bar> all) {
        if (all.size() <= MAX_BARS) {
            return new ArrayList<>(all);
        }
        List<PointsChart.Bar> top = new ArrayList<>(all);
        top.sort(java.util.Comparator.comparingDouble(PointsChart.Bar::points).reversed());
        java.util.Set<PointsChart.Bar> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        keep.addAll(top.subList(0, MAX_BARS));
        List<PointsChart.Bar> out = new ArrayList<>();
        for (PointsChart.Bar b : all) {
            if (keep.contains(b)) {
                out.add(b);
            }
        }
        return out;
    }

    /** The height of the chart of a number of sources. */
    static float height(int sources) {
        return TOP + BOTTOM + (Math.min(sources, MAX_BARS) + 1) * ROW;
    }

    /** A round axis maximum at or above the value: a whole number of tick steps. */
    static double niceMax(double v) {
        double step = tickStep(v);
        return Math.ceil(v / step - 1e-9) * step;
    }

    /** A round tick step giving at most ten ticks: 1, 2, 2.5 or 5 times a power of ten. */
    static double tickStep(double max) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(max, 1e-9))));
        for (double m : new double[] {0.1, 0.2, 0.25, 0.5, 1}) {
            if (max / (m * p) <= 10 + 1e-9) {
                return m * p;
            }
        }
        return p;
    }
}
