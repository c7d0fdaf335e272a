package dev.ergo.report.internal.repetitive;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfTemplate;
import dev.ergo.engine.repetitive.HandActivityEdition;
import dev.ergo.engine.repetitive.HandActivityScore;
import dev.ergo.report.internal.spi.Draw;
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.awt.Color;
import java.util.function.DoubleUnaryOperator;

/**
 * The Hand Activity TLV chart of one task and hand: hand activity level (0–10) across, normalized peak
 * force (0–10) up, the edition's action-limit and TLV lines drawn from its line functions over the
 * plotted HAL range, the three zones lightly shaded, and the task as a labelled point.
 */
final class HalNpfChart {
    private HalNpfChart() {}

    static final float LEFT = 30f;
    static final float RIGHT = 8f;
    static final float BOTTOM = 27f;
    static final float TOP = 31f;
    static final int SAMPLES = 50;

    /** The height of a chart of a given width. */
    static float height(float width) {
        return Math.round(width * 0.72f);
    }

    static Image draw(ReportContext ctx, HandActivityScore s, float w) {
        BaseFont regular = ctx.baseFont(TextStyle.Face.REGULAR);
        BaseFont bold = ctx.baseFont(TextStyle.Face.BOLD);
        float h = height(w);
        PdfTemplate tpl = ctx.template(w, h);
        float pw = w - LEFT - RIGHT;
        float ph = h - BOTTOM - TOP;
        HandActivityEdition e = s.edition();
        double lo = e.plottedHalMin();
        double hi = e.plottedHalMax();

        // Outside the edition's plotted range: grey, no lines.
        if (lo > 0) {
            Draw.box(tpl, Styles.HEADER_TINT, x(0, pw), y(0, ph), x(lo, pw) - x(0, pw), ph);
        }
        if (hi < 10) {
            Draw.box(tpl, Styles.HEADER_TINT, x(hi, pw), y(0, ph), x(10, pw) - x(hi, pw), ph);
        }
        // The zones: below the action limit, between the lines, above the TLV.
        zone(tpl, Styles.GREEN_TINT, lo, hi, h0 -> 0, e::actionLimitNpf, pw, ph);
        zone(tpl, Styles.AMBER_TINT, lo, hi, e::actionLimitNpf, e::tlvNpf, pw, ph);
        zone(tpl, Styles.RED_TINT, lo, hi, e::tlvNpf, h0 -> 10, pw, ph);

        // Grid, ticks and axis titles.
        for (int i = 0; i <= 10; i++) {
            Color c = i % 2 == 0 ? Styles.GRID : Styles.GRID_LIGHT;
            Draw.line(tpl, c, 0.35f, 0, x(i, pw), y(0, ph), x(i, pw), y(10, ph));
            Draw.line(tpl, c, 0.35f, 0, x(0, pw), y(i, ph), x(10, pw), y(i, ph));
            if (i % 2 == 0) {
                Draw.text(tpl, regular, 6.5f, Styles.MUTED, String.valueOf(i), x(i, pw), y(0, ph) - 8,
                        Element.ALIGN_CENTER);
                Draw.text(tpl, regular, 6.5f, Styles.MUTED, String.valueOf(i), x(0, pw) - 3, y(i, ph) - 2.3f,
                        Element.ALIGN_RIGHT);
            }
        }
        tpl.saveState();
        tpl.setColorStroke(Styles.INK);
        tpl.setLineWidth(0.6f);
        tpl.rectangle(x(0, pw), y(0, ph), pw, ph);
        tpl.stroke();
        tpl.restoreState();
        Draw.text(tpl, regular, 6.8f, Styles.INK, ctx.text("hat.chart.x"), x(5, pw), 2, Element.ALIGN_CENTER);
        Draw.text(tpl, regular, 6.8f, Styles.INK, ctx.text("hat.chart.y"), 8, y(5, ph), Element.ALIGN_CENTER, 90);

        // The two lines of the edition.
        curve(tpl, Styles.AMBER_LINE, 1.3f, 3f, lo, hi, e::actionLimitNpf, pw, ph);
        curve(tpl, Styles.RED, 1.4f, 0, lo, hi, e::tlvNpf, pw, ph);
        // Line labels where each line is still clear of the axis.
        double tlvHal = Math.max(lo + 0.4, Math.min(hi - 0.6, e.halAtTlv(0.9)));
        double alHal = Math.max(lo + 0.4, Math.min(hi - 0.6, e.halAtActionLimit(0.9)));
        Draw.text(tpl, bold, 6.8f, Styles.RED, "TLV", x(tlvHal, pw) + 2, y(e.tlvNpf(tlvHal), ph) + 3,
                Element.ALIGN_LEFT);
        Draw.text(tpl, bold, 6.8f, Styles.AMBER_LINE, "AL", x(alHal, pw) + 2, y(e.actionLimitNpf(alHal), ph) + 3,
                Element.ALIGN_LEFT);

        // The task's point and its label, kept inside the plot.
        double hal = clamp(s.hal());
        double npf = clamp(s.npf());
        float px = x(hal, pw);
        float py = y(npf, ph);
        tpl.saveState();
        tpl.setColorFill(Styles.colour(s.risk()));
        tpl.setColorStroke(Styles.INK);
        tpl.setLineWidth(0.9f);
        tpl.circle(px, py, 4.2f);
        tpl.fillStroke();
        tpl.restoreState();
        String label = "HAL " + ctx.number(s.hal()) + ", NPF " + ctx.number(s.npf());
        float lw = bold.getWidthPoint(label, 7f);
        boolean right = px + 7 + lw <= x(10, pw) - 2;
        float lx = right ? px + 7 : px - 7;
        float ly = py + 6 + 7 > y(10, ph) ? py - 12 : py + 6;
        tpl.saveState();
        tpl.setColorFill(Color.WHITE);
        tpl.rectangle(right ? lx - 1.5f : lx - lw - 1.5f, ly - 2, lw + 3, 9);
        tpl.fill();
        tpl.restoreState();
        Draw.text(tpl, bold, 7f, Styles.INK, label, lx, ly, right ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);

        // Title: task and hand, and where the point lies.
        String zone = HandActivityRenderer.zoneWords(s.zone(), ctx.texts()) + " · " + ctx.light(s.risk());
        zone = Draw.fit(bold, 7.5f, zone, w * 0.62f);
        float zoneW = bold.getWidthPoint(zone, 7.5f);
        String task = HandActivityRenderer.taskHand(s.task(), s.hand(), ctx.texts());
        Draw.text(tpl, bold, 8.5f, Styles.INK, Draw.fit(bold, 8.5f, task, w - zoneW - 14), 0, h - 10,
                Element.ALIGN_LEFT);
        Draw.box(tpl, Styles.colour(s.risk()), w - zoneW - 6, h - 13, zoneW + 6, 11);
        Draw.text(tpl, bold, 7.5f, Styles.textOn(s.risk()), zone, w - 3, h - 10, Element.ALIGN_RIGHT);
        String edition = ctx.text("hat.chart.edition", "edition", e.label(), "provisional",
                e.provisional() ? "yes" : "no", "outside", lo > 0 || hi < 10 ? "yes" : "no", "lo", ctx.number(lo),
                "hi", ctx.number(hi));
        Draw.text(tpl, regular, 6.5f, Styles.MUTED, Draw.fit(regular, 6.5f, edition, w - 2), 0, h - 21,
                Element.ALIGN_LEFT);
        Image img = ctx.image(tpl, "hand activity chart");
        img.setSpacingAfter(2);
        return img;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(10, v));
    }

    private static float x(double hal, float pw) {
        return LEFT + (float) (hal / 10 * pw);
    }

    private static float y(double npf, float ph) {
        return BOTTOM + (float) (Math.min(10, Math.max(0, npf)) / 10 * ph);
    }

    /** Fills the area between two lines over a HAL range. */
    private static void zone(PdfTemplate tpl, Color colour, double lo, double hi, DoubleUnaryOperator lower,
            DoubleUnaryOperator upper, float pw, float ph) {
        tpl.saveState();
        tpl.setColorFill(colour);
        for (int i = 0; i <= SAMPLES; i++) {
            double hal = lo + (hi - lo) * i / SAMPLES;
            if (i == 0) {
                tpl.moveTo(x(hal, pw), y(upper.applyAsDouble(hal), ph));
            } else {
                tpl.lineTo(x(hal, pw), y(upper.applyAsDouble(hal), ph));
            }
        }
        for (int i = SAMPLES; i >= 0; i--) {
            double hal = lo + (hi - lo) * i / SAMPLES;
            tpl.lineTo(x(hal, pw), y(lower.applyAsDouble(hal), ph));
        }
        tpl.closePath();
        tpl.fill();
        tpl.restoreState();
    }

    /** Draws a line function over a HAL range. */
    private static void curve(PdfTemplate tpl, Color colour, float width, float dash, double lo, double hi,
            DoubleUnaryOperator f, float pw, float ph) {
        tpl.saveState();
        tpl.setColorStroke(colour);
        tpl.setLineWidth(width);
        if (dash > 0) {
            tpl.setLineDash(dash, dash * 0.7f, 0);
        }
        for (int i = 0; i <= SAMPLES; i++) {
            double hal = lo + (hi - lo) * i / SAMPLES;
            if (i == 0) {
                tpl.moveTo(x(hal, pw), y(f.applyAsDouble(hal), ph));
            } else {
                tpl.lineTo(x(hal, pw), y(f.applyAsDouble(hal), ph));
            }
        }
        tpl.stroke();
        tpl.restoreState();
    }
}
