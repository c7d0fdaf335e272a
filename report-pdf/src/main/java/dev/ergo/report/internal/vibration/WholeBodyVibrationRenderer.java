package dev.ergo.report.internal.vibration;

import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import dev.ergo.engine.vibration.Axis;
import dev.ergo.engine.vibration.VibrationLimits;
import dev.ergo.engine.vibration.WholeBodySourceResult;
import dev.ergo.engine.vibration.WholeBodyVibrationResult;
import dev.ergo.model.text.Texts;
import dev.ergo.report.internal.spi.FactorRenderer;
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Renders the whole-body vibration result: the daily A(8) per axis (k = 1.4 on x and y) with the
 * dominant axis, per vehicle the magnitudes, time, partial A(8), points, times to the action and limit
 * values and the vibration dose value (estimates marked); a bar chart of points per vehicle against
 * the 100 and 529 point lines; the advice.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class WholeBodyVibrationRenderer extends FactorRenderer<WholeBodyVibrationResult> {

    /** The unit of the vibration dose value. */
    static final String VDV_UNIT = "m/s^1.75";

    private static final List<String> CODES = List.of("WBV_ABOVE_LIMIT", "WBV_LIMIT_TIME", "WBV_REDUCE_TOTAL",
            "WBV_SEAT", "WBV_SUSPENSION", "WBV_ROUTE", "WBV_SHOCKS", "WBV_MEASURE_VDV");

    /** Creates the renderer. */
    public WholeBodyVibrationRenderer() {
        super(WholeBodyVibrationResult.class, "wbv", CODES);
    }

    @Override
    public List<String> methodNotes(Texts t) {
        return List.of(t.text("wbv.method", "eav", Styles.number(t, VibrationLimits.WBV_EAV), "elv",
                t.number(VibrationLimits.WBV_ELV, 2), "vdvEav", Styles.number(t, VibrationLimits.VDV_EAV),
                "vdvElv", Styles.number(t, VibrationLimits.VDV_ELV), "unit", VDV_UNIT));
    }

    @Override
    public @Nullable String keyFigure(WholeBodyVibrationResult r, Texts t) {
        return "WBV " + t.text("unit.ms2", "value", Styles.fixed(t, r.a8(), 2));
    }

    @Override
    public String verdict(WholeBodyVibrationResult r, Texts t) {
        Axis axis = r.dominantAxis();
        Double vdv = r.vdv();
        return t.text("wbv.verdict." + r.risk().name(), "a8", Styles.fixed(t, r.a8(), 2), "direction",
                t.text("axis." + axis.name()), "axis", axis.label(), "hasVdv", vdv == null ? "no" : "yes", "vdv",
                vdv == null ? "" : Styles.fixed(t, vdv, 1), "unit", VDV_UNIT);
    }

    @Override
    public void render(WholeBodyVibrationResult r, AssessmentResult result, ReportContext ctx) {
        Texts tx = ctx.texts();
        ctx.heading(title(tx));
        ctx.verdict(r.risk(), verdict(r, tx));

        ctx.subheading(ctx.text("wbv.perAxis"));
        PdfPTable axes = ctx.table(new float[] {1.6f, 2.4f, 1f, 1.6f, 1.3f, 1.3f}, ctx.text("wbv.col.axis"),
                ctx.text("wbv.col.direction"), "k", "A(8) m/s²", ctx.text("vib.col.points"), ctx.text("col.light"));
        axes.setKeepTogether(true);
        for (Axis a : Axis.values()) {
            boolean dominant = a == r.dominantAxis();
            Phrase name = new Phrase(9.5f);
            name.add(ctx.chunk(a.label(), TextStyle.SMALL_BOLD));
            if (dominant) {
                name.add(ctx.chunk(" " + ctx.text("wbv.dominant"), TextStyle.SMALL_BOLD));
            }
            axes.addCell(ctx.cell(name));
            axes.addCell(ctx.cell(ctx.text("axis." + a.name()), TextStyle.SMALL));
            axes.addCell(right(ctx, ctx.number(a.multiplier()), false));
            axes.addCell(right(ctx, ctx.fixed(r.a8(a), 2), dominant));
            axes.addCell(right(ctx, ctx.fixed(r.points(a), 0), dominant));
            axes.addCell(ctx.lightCell(VibrationLimits.classify(r.a8(a), VibrationLimits.WBV_EAV,
                    VibrationLimits.WBV_ELV), TextStyle.SMALL_BOLD));
        }
        ctx.add(axes);
        ctx.add(vdvLine(r, ctx));

        ctx.subheading(ctx.text("wbv.perSource"));
        PdfPTable t = ctx.table(new float[] {2.2f, 1.9f, 1.05f, 1.3f, 0.9f, 1.2f, 1.2f, 1.75f, 1.2f},
                ctx.text("wbv.col.source"), ctx.text("wbv.col.aw"), ctx.text("vib.col.time"), ctx.text("wbv.col.partial"),
                ctx.text("vib.col.points"), ctx.text("vib.col.toAction"), ctx.text("vib.col.toLimit"), "VDV " + VDV_UNIT,
                ctx.text("col.light"));
        for (WholeBodySourceResult s : r.sources()) {
            t.addCell(ctx.cell(s.source(), TextStyle.SMALL_BOLD));
            t.addCell(right(ctx, ctx.fixed(s.awX(), 2) + " / " + ctx.fixed(s.awY(), 2) + " / "
                    + ctx.fixed(s.awZ(), 2), false));
            t.addCell(right(ctx, tx.duration(s.hours()), false));
            t.addCell(right(ctx, ctx.fixed(s.a8(), 2) + " (" + s.dominantAxis().label() + ")", true));
            t.addCell(right(ctx, ctx.fixed(s.points(), 0), true));
            t.addCell(right(ctx, HandArmVibrationRenderer.time(s.hoursToEav(), tx), overrun(s.hours(), s.hoursToEav())));
            t.addCell(right(ctx, HandArmVibrationRenderer.time(s.hoursToElv(), tx), overrun(s.hours(), s.hoursToElv())));
            t.addCell(vdvCell(ctx, s));
            t.addCell(ctx.lightCell(s.risk(), TextStyle.SMALL_BOLD));
        }
        ctx.add(t);
        ctx.add(ctx.paragraph(ctx.text("wbv.tableNote"), TextStyle.SMALL));
        ctx.needSpace(PointsBarChart.height(r.sources().size()) + 10);
        ctx.add(PointsBarChart.draw(ctx, r.pointsChart(), ctx.text("wbv.wholeDayAxis", "axis", r.dominantAxis().label()),
                r.a8Risk(), ctx.text("wbv.perVehicle")));
        if (r.sources().size() > PointsBarChart.MAX_BARS) {
            ctx.add(ctx.paragraph(ctx.text("wbv.chartNote", "shown", PointsBarChart.MAX_BARS, "all", r.sources().size()),
                    TextStyle.SMALL));
        }
    }

    private static boolean overrun(double hours, @Nullable Double limit) {
        return HandArmVibrationRenderer.overrun(hours, limit);
    }

    private static PdfPCell right(ReportContext ctx, String text, boolean bold) {
        return HandArmVibrationRenderer.right(ctx, text, bold);
    }

    private static PdfPTable vdvLine(WholeBodyVibrationResult r, ReportContext ctx) {
        Double vdv = r.vdv();
        Risk vdvRisk = r.vdvRisk();
        PdfPTable line = new PdfPTable(new float[] {6.6f, 1f});
        line.setWidthPercentage(100);
        line.setSpacingAfter(3);
        line.setKeepTogether(true);
        String text = vdv == null
                ? ctx.text("wbv.vdv.estimated", "vdv", ctx.fixed(r.estimatedVdv(), 1), "unit", VDV_UNIT, "eav",
                        ctx.number(VibrationLimits.VDV_EAV), "elv", ctx.number(VibrationLimits.VDV_ELV))
                : ctx.text(r.vdvIncludesEstimates() ? "wbv.vdv.withEstimates" : "wbv.vdv", "vdv", ctx.fixed(vdv, 1),
                        "unit", VDV_UNIT, "eav", ctx.number(VibrationLimits.VDV_EAV), "elv",
                        ctx.number(VibrationLimits.VDV_ELV));
        PdfPCell c = ctx.cell(text, TextStyle.BODY);
        c.setBorderWidth(0);
        c.setPaddingLeft(0);
        c.setColspan(vdvRisk == null ? 2 : 1);
        line.addCell(c);
        if (vdvRisk != null) {
            line.addCell(ctx.lightCell(vdvRisk, TextStyle.SMALL_BOLD));
        }
        return line;
    }

    private static PdfPCell vdvCell(ReportContext ctx, WholeBodySourceResult s) {
        Double vdv = s.vdv();
        Double measured = s.vdvMeasured();
        Double measuredHours = s.vdvMeasuredHours();
        Phrase p = new Phrase(9.5f);
        if (vdv != null) {
            p.add(ctx.chunk(ctx.fixed(vdv, 1), TextStyle.SMALL_BOLD));
            if (measured != null && measuredHours != null) {
                p.add(ctx.chunk(" " + ctx.text("wbv.vdv.measured", "vdv", ctx.fixed(measured, 1), "time",
                        ctx.texts().duration(measuredHours)), TextStyle.SMALL));
            }
        } else {
            p.add(ctx.chunk(ctx.fixed(s.estimatedVdv(), 1) + " ", TextStyle.SMALL));
            p.add(ctx.chunk(ctx.text("wbv.estimated"), TextStyle.SMALL_ITALIC));
        }
        PdfPCell c = ctx.cell(p);
        c.setHorizontalAlignment(com.lowagie.text.Element.ALIGN_RIGHT);
        return c;
    }
}
