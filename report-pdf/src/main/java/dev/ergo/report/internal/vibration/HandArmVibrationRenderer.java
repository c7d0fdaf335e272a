package dev.ergo.report.internal.vibration;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.vibration.HandArmSourceResult;
import dev.ergo.engine.vibration.HandArmVibrationResult;
import dev.ergo.engine.vibration.VibrationLimits;
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.SectionRenderer;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.util.List;
import java.util.Map;
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
public final class HandArmVibrationRenderer implements SectionRenderer<HandArmVibrationResult> {

    private static final Map<String, String> LABELS = Map.of(
            "HAV_ABOVE_LIMIT", "Vibrating-tool time to cut at once (hand-arm limit value reached)",
            "HAV_LIMIT_TIME", "Daily time limits to set for vibrating tools",
            "HAV_LOWER_VIBRATION_TOOL", "Lower-vibration tools to buy",
            "HAV_REDUCE_TOTAL", "Vibrating-tool time to cut, or tools to replace");

    /** Creates the renderer. */
    public HandArmVibrationRenderer() {}

    @Override
    public Class<HandArmVibrationResult> sectionType() {
        return HandArmVibrationResult.class;
    }

    @Override
    public String title() {
        return "Hand-arm vibration (vibrating tools)";
    }

    @Override
    public String shortTitle() {
        return "Hand-arm vibration";
    }

    @Override
    public List<String> methodNotes() {
        return List.of("Hand-arm vibration: partial A(8) = a_hv × √(T / 8 h) per tool, daily A(8) = √Σ A_i(8)²; HSE"
                + " exposure points 2 × a_hv² × T (T in hours), added over tools; a_hv as given or √(a_x² + a_y² + a_z²)"
                + " (Directive 2002/44/EC Art. 3; Control of Vibration at Work Regulations 2005; HSE ready-reckoner;"
                + " methods-lifting-vibration §2.1). Traffic light: below the action value "
                + Styles.number(VibrationLimits.HAV_EAV) + " m/s² (100 points) LOW (green), from it MEDIUM (amber),"
                + " at or above the limit value " + Styles.number(VibrationLimits.HAV_ELV)
                + " m/s² (400 points) HIGH (red).");
    }

    @Override
    public Map<String, String> actionLabels() {
        return LABELS;
    }

    @Override
    public @Nullable String keyFigure(HandArmVibrationResult r) {
        return "HAV " + Styles.fixed(r.a8(), 1) + " m/s²";
    }

    static String verdict(HandArmVibrationResult r) {
        String day = Styles.fixed(r.a8(), 2) + " m/s² A(8) (" + Styles.fixed(r.points(), 0) + " points)";
        return switch (r.risk()) {
            case HIGH -> "Hand-arm vibration: HIGH. Your daily exposure, " + day + ", is at or above the exposure"
                    + " limit value of 5 m/s² (400 points), which must not be exceeded.";
            case MEDIUM -> "Hand-arm vibration: MEDIUM. Your daily exposure, " + day + ", is at or above the"
                    + " exposure action value of 2.5 m/s² (100 points): reduce it as far as practicable.";
            case LOW -> "Hand-arm vibration: LOW. Your daily exposure, " + day + ", is below the exposure action"
                    + " value of 2.5 m/s² (100 points).";
        };
    }

    @Override
    public void render(HandArmVibrationResult r, AssessmentResult result, ReportContext ctx) {
        ctx.heading(title());
        ctx.verdict(r.risk(), verdict(r));
        PdfPTable t = ctx.table(new float[] {2.4f, 1.75f, 1.2f, 1.3f, 1f, 1.35f, 1.35f, 1.1f},
                "Tool", "a_hv m/s²", "Time a day", "Partial A(8) m/s²", "Points", "Time to action value",
                "Time to limit value", "Light");
        for (HandArmSourceResult s : r.sources()) {
            t.addCell(ctx.cell(s.source(), TextStyle.SMALL_BOLD));
            t.addCell(right(ctx, Styles.fixed(s.ahv(), 2) + (s.ahvFromAxes() ? " (from axes)" : ""), false));
            t.addCell(right(ctx, Styles.hoursMinutes(s.hours()), false));
            t.addCell(right(ctx, Styles.fixed(s.a8(), 2), true));
            t.addCell(right(ctx, Styles.fixed(s.points(), 0), true));
            t.addCell(right(ctx, time(s.hoursToEav()), overrun(s.hours(), s.hoursToEav())));
            t.addCell(right(ctx, time(s.hoursToElv()), overrun(s.hours(), s.hoursToElv())));
            t.addCell(ctx.lightCell(s.risk(), TextStyle.SMALL_BOLD));
        }
        PdfPCell all = ctx.cell("Whole day", TextStyle.SMALL_BOLD);
        all.setBackgroundColor(Styles.HEADER_TINT);
        t.addCell(all);
        PdfPCell blank = ctx.cell("", TextStyle.SMALL);
        blank.setColspan(2);
        blank.setBackgroundColor(Styles.HEADER_TINT);
        t.addCell(blank);
        t.addCell(right(ctx, Styles.fixed(r.a8(), 2), true));
        t.addCell(right(ctx, Styles.fixed(r.points(), 0), true));
        PdfPCell blank2 = ctx.cell("", TextStyle.SMALL);
        blank2.setColspan(2);
        blank2.setBackgroundColor(Styles.HEADER_TINT);
        t.addCell(blank2);
        t.addCell(ctx.lightCell(r.risk(), TextStyle.SMALL_BOLD));
        ctx.add(t);
        ctx.add(ctx.paragraph("Times to the action and limit values are for each tool used alone; bold where"
                + " today's time already reaches them. Daily A(8) = √(sum of the partial A(8)²).", TextStyle.SMALL));
        ctx.needSpace(PointsBarChart.height(r.sources().size()) + 10);
        ctx.add(PointsBarChart.draw(ctx, r.pointsChart(), "Whole day", r.risk(), "tool"));
        if (r.sources().size() > PointsBarChart.MAX_BARS) {
            ctx.add(ctx.paragraph("The chart shows the " + PointsBarChart.MAX_BARS + " tools with the most points of "
                    + r.sources().size() + "; the table lists them all.", TextStyle.SMALL));
        }
        ctx.adviceBox("How to bring the exposure down",
                r.recommendations().stream().map(Recommendation::text).toList());
    }

    static String time(@Nullable Double hours) {
        return hours == null ? "never" : Styles.hoursMinutes(hours);
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
