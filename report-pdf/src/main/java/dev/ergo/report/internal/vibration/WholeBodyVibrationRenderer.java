package dev.ergo.report.internal.vibration;

import static dev.ergo.report.internal.vibration.HandArmVibrationRenderer.overrun;
import static dev.ergo.report.internal.vibration.HandArmVibrationRenderer.right;
import static dev.ergo.report.internal.vibration.HandArmVibrationRenderer.time;

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
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.SectionRenderer;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.util.List;
import java.util.Map;
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
public final class WholeBodyVibrationRenderer implements SectionRenderer<WholeBodyVibrationResult> {

    /** The unit of the vibration dose value. */
    static final String VDV_UNIT = "m/s^1.75";

    private static final Map<String, String> LABELS = Map.of(
            "WBV_ABOVE_LIMIT", "Vehicle time to cut at once (whole-body limit value reached)",
            "WBV_LIMIT_TIME", "Daily time limits to set for vehicles",
            "WBV_REDUCE_TOTAL", "Vehicle time to cut",
            "WBV_SEAT", "Suspension seats to fit or set",
            "WBV_SUSPENSION", "Vehicles with cab or axle suspension to choose",
            "WBV_ROUTE", "Routes and floors to smooth",
            "WBV_SHOCKS", "Rides with jolts to slow down or limit",
            "WBV_MEASURE_VDV", "Vibration dose values to measure");

    /** Creates the renderer. */
    public WholeBodyVibrationRenderer() {}

    @Override
    public Class<WholeBodyVibrationResult> sectionType() {
        return WholeBodyVibrationResult.class;
    }

    @Override
    public String title() {
        return "Whole-body vibration (vehicles and platforms)";
    }

    @Override
    public String shortTitle() {
        return "Whole-body vibration";
    }

    @Override
    public List<String> methodNotes() {
        return List.of("Whole-body vibration: A(8) per axis = k × √(Σ a_w² × T) / √8 h with k = 1.4 on x and y, 1.0"
                + " on z; the daily A(8) and HSE points are those of the dominant axis; VDV combined as (Σ VDV⁴)^¼,"
                + " measured values scaled to the exposure time, estimates 1.4 × k a_w × T^¼ where not measured"
                + " (Directive 2002/44/EC Art. 3; Control of Vibration at Work Regulations 2005; ISO 2631-1;"
                + " methods-lifting-vibration §2.2). Traffic light: the worse of A(8) against "
                + Styles.number(VibrationLimits.WBV_EAV) + " and " + Styles.number(VibrationLimits.WBV_ELV)
                + " m/s² (100 and 529 points) and, when measured, VDV against " + Styles.number(VibrationLimits.VDV_EAV)
                + " and " + Styles.number(VibrationLimits.VDV_ELV) + " " + VDV_UNIT
                + ": below the action value LOW, from it MEDIUM, at or above the limit value HIGH.");
    }

    @Override
    public Map<String, String> actionLabels() {
        return LABELS;
    }

    @Override
    public @Nullable String keyFigure(WholeBodyVibrationResult r) {
        return "WBV " + Styles.fixed(r.a8(), 2) + " m/s²";
    }

    static String verdict(WholeBodyVibrationResult r) {
        Axis axis = r.dominantAxis();
        String day = Styles.fixed(r.a8(), 2) + " m/s² A(8) on the " + axis.direction() + " (" + axis.label()
                + ") axis";
        Double vdv = r.vdv();
        String dose = vdv == null ? "" : " and a vibration dose value of " + Styles.fixed(vdv, 1) + " " + VDV_UNIT;
        return switch (r.risk()) {
            case HIGH -> "Whole-body vibration: HIGH. Your daily exposure, " + day + dose + ", reaches the exposure"
                    + " limit value, which must not be exceeded.";
            case MEDIUM -> "Whole-body vibration: MEDIUM. Your daily exposure, " + day + dose + ", reaches the"
                    + " exposure action value: reduce it as far as practicable.";
            case LOW -> "Whole-body vibration: LOW. Your daily exposure, " + day + dose + ", is below the exposure"
                    + " action value.";
        };
    }

    @Override
    public void render(WholeBodyVibrationResult r, AssessmentResult result, ReportContext ctx) {
        ctx.heading(title());
        ctx.verdict(r.risk(), verdict(r));

        ctx.subheading("Daily exposure per axis");
        PdfPTable axes = ctx.table(new float[] {1.6f, 2.4f, 1f, 1.6f, 1.3f, 1.3f}, "Axis", "Direction", "k",
                "A(8) m/s²", "Points", "Light");
        axes.setKeepTogether(true);
        for (Axis a : Axis.values()) {
            boolean dominant = a == r.dominantAxis();
            Phrase name = new Phrase(9.5f);
            name.add(ctx.chunk(a.label(), TextStyle.SMALL_BOLD));
            if (dominant) {
                name.add(ctx.chunk(" ◀ dominant", TextStyle.SMALL_BOLD));
            }
            axes.addCell(ctx.cell(name));
            axes.addCell(ctx.cell(a.direction(), TextStyle.SMALL));
            axes.addCell(right(ctx, Styles.number(a.multiplier()), false));
            axes.addCell(right(ctx, Styles.fixed(r.a8(a), 2), dominant));
            axes.addCell(right(ctx, Styles.fixed(r.points(a), 0), dominant));
            axes.addCell(ctx.lightCell(VibrationLimits.classify(r.a8(a), VibrationLimits.WBV_EAV,
                    VibrationLimits.WBV_ELV), TextStyle.SMALL_BOLD));
        }
        ctx.add(axes);
        ctx.add(vdvLine(r, ctx));

        ctx.subheading("Per vehicle or platform");
        PdfPTable t = ctx.table(new float[] {2.2f, 1.9f, 1.05f, 1.3f, 0.9f, 1.2f, 1.2f, 1.75f, 1.2f},
                "Source", "a_w x / y / z m/s²", "Time a day", "Partial A(8) m/s² (axis)", "Points",
                "Time to action value", "Time to limit value", "VDV " + VDV_UNIT, "Light");
        for (WholeBodySourceResult s : r.sources()) {
            t.addCell(ctx.cell(s.source(), TextStyle.SMALL_BOLD));
            t.addCell(right(ctx, Styles.fixed(s.awX(), 2) + " / " + Styles.fixed(s.awY(), 2) + " / "
                    + Styles.fixed(s.awZ(), 2), false));
            t.addCell(right(ctx, Styles.hoursMinutes(s.hours()), false));
            t.addCell(right(ctx, Styles.fixed(s.a8(), 2) + " (" + s.dominantAxis().label() + ")", true));
            t.addCell(right(ctx, Styles.fixed(s.points(), 0), true));
            t.addCell(right(ctx, time(s.hoursToEav()), overrun(s.hours(), s.hoursToEav())));
            t.addCell(right(ctx, time(s.hoursToElv()), overrun(s.hours(), s.hoursToElv())));
            t.addCell(vdvCell(ctx, s));
            t.addCell(ctx.lightCell(s.risk(), TextStyle.SMALL_BOLD));
        }
        ctx.add(t);
        ctx.add(ctx.paragraph("Partial A(8) and points on each source's own dominant axis; times to the action and"
                + " limit values for each source used alone, bold where today's time already reaches them. A VDV"
                + " marked \"estimated\" comes from the r.m.s. values (valid for rides without strong jolts).",
                TextStyle.SMALL));
        ctx.needSpace(PointsBarChart.height(r.sources().size()) + 10);
        ctx.add(PointsBarChart.draw(ctx, r.pointsChart(), "Whole day (" + r.dominantAxis().label() + " axis)",
                r.a8Risk(), "vehicle"));
        if (r.sources().size() > PointsBarChart.MAX_BARS) {
            ctx.add(ctx.paragraph("The chart shows the " + PointsBarChart.MAX_BARS + " sources with the most points of "
                    + r.sources().size() + "; the table lists them all.", TextStyle.SMALL));
        }
        ctx.adviceBox("How to bring the exposure down",
                r.recommendations().stream().map(Recommendation::text).toList());
    }

    private static PdfPTable vdvLine(WholeBodyVibrationResult r, ReportContext ctx) {
        Double vdv = r.vdv();
        Risk vdvRisk = r.vdvRisk();
        PdfPTable line = new PdfPTable(new float[] {6.6f, 1f});
        line.setWidthPercentage(100);
        line.setSpacingAfter(3);
        line.setKeepTogether(true);
        String text = vdv == null
                ? "Vibration dose value (VDV): not measured. Estimated from the r.m.s. values: "
                        + Styles.fixed(r.estimatedVdv(), 1) + " " + VDV_UNIT + " (estimate, not used for the light;"
                        + " action value " + Styles.number(VibrationLimits.VDV_EAV) + ", limit "
                        + Styles.number(VibrationLimits.VDV_ELV) + ")."
                : "Vibration dose value (VDV): " + Styles.fixed(vdv, 1) + " " + VDV_UNIT
                        + (r.vdvIncludesEstimates() ? ", including estimates for sources without a measured VDV" : "")
                        + " (action value " + Styles.number(VibrationLimits.VDV_EAV) + ", limit "
                        + Styles.number(VibrationLimits.VDV_ELV) + ").";
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
            p.add(ctx.chunk(Styles.fixed(vdv, 1), TextStyle.SMALL_BOLD));
            if (measured != null && measuredHours != null) {
                p.add(ctx.chunk(" (measured " + Styles.fixed(measured, 1) + " over " + Styles.hoursMinutes(measuredHours)
                        + ")", TextStyle.SMALL));
            }
        } else {
            p.add(ctx.chunk(Styles.fixed(s.estimatedVdv(), 1) + " ", TextStyle.SMALL));
            p.add(ctx.chunk("estimated", TextStyle.SMALL_ITALIC));
        }
        PdfPCell c = ctx.cell(p);
        c.setHorizontalAlignment(com.lowagie.text.Element.ALIGN_RIGHT);
        return c;
    }
}
