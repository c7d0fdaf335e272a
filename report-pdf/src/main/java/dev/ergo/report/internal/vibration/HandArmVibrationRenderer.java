package dev.ergo.report.internal.vibration;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.vibration.HandArmSourceResult;
import dev.ergo.engine.vibration.HandArmVibrationResult;
import dev.ergo.engine.vibration.VibrationLimits;
import dev.ergo.model.text.Texts;
import dev.ergo.report.internal.spi.FactorRenderer;
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Renders the hand-arm vibration result: per tool the magnitude, time, partial A(8), points and the
 * times to the action and limit values; a bar chart of points per tool against the 100 and 400 point
 * lines; the daily A(8) and its light; the advice.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class HandArmVibrationRenderer extends FactorRenderer<HandArmVibrationResult> {

    private static final List<String> CODES =
            List.of("HAV_ABOVE_LIMIT", "HAV_LIMIT_TIME", "HAV_LOWER_VIBRATION_TOOL", "HAV_REDUCE_TOTAL");

    /** Creates the renderer. */
    public HandArmVibrationRenderer() {
        super(HandArmVibrationResult.class, "hav", CODES);
    }

    @Override
    public List<String> methodNotes(Texts t) {
        return List.of(t.text("hav.method", "eav", Styles.number(t, VibrationLimits.HAV_EAV), "elv",
                Styles.number(t, VibrationLimits.HAV_ELV)));
    }

    @Override
    public @Nullable String keyFigure(HandArmVibrationResult r, Texts t) {
        return "HAV " + t.text("unit.ms2", "value", Styles.fixed(t, r.a8(), 1));
    }

    @Override
    public String verdict(HandArmVibrationResult r, Texts t) {
        return t.text("hav.verdict." + r.risk().name(), "a8", Styles.fixed(t, r.a8(), 2), "points",
                Styles.fixed(t, r.points(), 0), "eav", Styles.number(t, VibrationLimits.HAV_EAV), "elv",
                Styles.number(t, VibrationLimits.HAV_ELV));
    }

    @Override
    public void render(HandArmVibrationResult r, AssessmentResult result, ReportContext ctx) {
        Texts tx = ctx.texts();
        ctx.heading(title(tx));
        ctx.verdict(r.risk(), verdict(r, tx));
        PdfPTable t = ctx.table(new float[] {2.4f, 1.75f, 1.2f, 1.3f, 1f, 1.35f, 1.35f, 1.1f},
                ctx.text("hav.col.tool"), ctx.text("hav.col.ahv"), ctx.text("vib.col.time"), ctx.text("hav.col.partial"),
                ctx.text("vib.col.points"), ctx.text("vib.col.toAction"), ctx.text("vib.col.toLimit"),
                ctx.text("col.light"));
        for (HandArmSourceResult s : r.sources()) {
            t.addCell(ctx.cell(s.source(), TextStyle.SMALL_BOLD));
            t.addCell(right(ctx, ctx.fixed(s.ahv(), 2) + (s.ahvFromAxes() ? " " + ctx.text("hav.fromAxes") : ""), false));
            t.addCell(right(ctx, tx.duration(s.hours()), false));
            t.addCell(right(ctx, ctx.fixed(s.a8(), 2), true));
            t.addCell(right(ctx, ctx.fixed(s.points(), 0), true));
            t.addCell(right(ctx, time(s.hoursToEav(), tx), overrun(s.hours(), s.hoursToEav())));
            t.addCell(right(ctx, time(s.hoursToElv(), tx), overrun(s.hours(), s.hoursToElv())));
            t.addCell(ctx.lightCell(s.risk(), TextStyle.SMALL_BOLD));
        }
        PdfPCell all = ctx.cell(ctx.text("vib.wholeDay"), TextStyle.SMALL_BOLD);
        all.setBackgroundColor(Styles.HEADER_TINT);
        t.addCell(all);
        PdfPCell blank = ctx.cell("", TextStyle.SMALL);
        blank.setColspan(2);
        blank.setBackgroundColor(Styles.HEADER_TINT);
        t.addCell(blank);
        t.addCell(right(ctx, ctx.fixed(r.a8(), 2), true));
        t.addCell(right(ctx, ctx.fixed(r.points(), 0), true));
        PdfPCell blank2 = ctx.cell("", TextStyle.SMALL);
        blank2.setColspan(2);
        blank2.setBackgroundColor(Styles.HEADER_TINT);
        t.addCell(blank2);
        t.addCell(ctx.lightCell(r.risk(), TextStyle.SMALL_BOLD));
        ctx.add(t);
        ctx.add(ctx.paragraph(ctx.text("hav.tableNote"), TextStyle.SMALL));
        ctx.needSpace(PointsBarChart.height(r.sources().size()) + 10);
        ctx.add(PointsBarChart.draw(ctx, r.pointsChart(), ctx.text("vib.wholeDay"), r.risk(), ctx.text("hav.perTool")));
        if (r.sources().size() > PointsBarChart.MAX_BARS) {
            ctx.add(ctx.paragraph(ctx.text("hav.chartNote", "shown", PointsBarChart.MAX_BARS, "all", r.sources().size()),
                    TextStyle.SMALL));
        }
    }

    static String time(@Nullable Double hours, Texts t) {
        return hours == null ? t.text("time.never") : t.duration(hours);
    }

    static boolean overrun(double hours, @Nullable Double limit) {
        return limit != null && hours > 0 && VibrationLimits.reaches(hours, limit);
    }

    static PdfPCell right(ReportContext ctx, String text, boolean bold) {
        PdfPCell c = ctx.cell(text, bold ? TextStyle.SMALL_BOLD : TextStyle.SMALL);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }
}
