package dev.ergo.report.internal.repetitive;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.repetitive.HandActivityEdition;
import dev.ergo.engine.repetitive.HandActivityResult;
import dev.ergo.engine.repetitive.HandActivityScore;
import dev.ergo.engine.repetitive.HandActivityZone;
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.SectionRenderer;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Renders the ACGIH Hand Activity TLV result: a HAL–NPF chart per task and hand, two to a row, with the
 * edition's action-limit and TLV lines; a table of HAL and NPF with their sources, the action limit and
 * TLV at that HAL, zone, light and edition; scope notes; the advice.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class HandActivityRenderer implements SectionRenderer<HandActivityResult> {

    /** Space between two charts on a row, points. */
    static final float GAP = 14f;

    /** Creates the renderer. */
    public HandActivityRenderer() {}

    @Override
    public Class<HandActivityResult> sectionType() {
        return HandActivityResult.class;
    }

    @Override
    public String title() {
        return "Repetitive hand work (ACGIH Hand Activity TLV)";
    }

    @Override
    public String shortTitle() {
        return "Hand activity (TLV)";
    }

    @Override
    public List<String> methodNotes() {
        return List.of("Hand activity: ACGIH TLV for Hand Activity, 2018 lines (TLV NPF = 5.6 − 0.56·HAL, action limit"
                + " NPF = 3.6 − 0.56·HAL; provisional, methods §3.1) or, as an option, the 2001 lines (TLV ratio"
                + " NPF/(10 − HAL) 0.78, action limit 0.56); HAL rated or from exertion frequency and duty cycle"
                + " (Radwin et al. 2015); NPF given or %MVC ÷ 10. Traffic light: below the action limit LOW (green),"
                + " action limit to TLV MEDIUM (amber), above the TLV HIGH (red); the worst task and hand.");
    }

    @Override
    public Map<String, String> actionLabels() {
        return RepetitiveLabels.LABELS;
    }

    @Override
    public @Nullable String keyFigure(HandActivityResult r) {
        return r.worst().map(s -> "Hand activity " + switch (s.zone()) {
            case ABOVE_TLV -> "above TLV";
            case ACTION_LIMIT_TO_TLV -> "AL–TLV";
            case BELOW_ACTION_LIMIT -> "below AL";
        }).orElse(null);
    }

    /** The zone in plain words. */
    static String zoneWords(HandActivityZone zone) {
        return switch (zone) {
            case BELOW_ACTION_LIMIT -> "below the action limit";
            case ACTION_LIMIT_TO_TLV -> "action limit to TLV";
            case ABOVE_TLV -> "above the TLV";
        };
    }

    static String verdict(HandActivityResult r) {
        HandActivityScore w = r.worst().orElse(null);
        if (w == null) {
            return "Repetitive hand work: no task was scored.";
        }
        return switch (r.risk()) {
            case HIGH -> "Repetitive hand work: HIGH. In " + w.label() + " the hand force is above the limit (TLV)"
                    + " for its pace: reduce the force or slow the pace.";
            case MEDIUM -> "Repetitive hand work: MEDIUM. In " + w.label() + " force and pace reach the action"
                    + " limit: improve it when practicable.";
            case LOW -> "Repetitive hand work: LOW. Every task is below the action limit for its force and pace.";
        };
    }

    @Override
    public void render(HandActivityResult r, AssessmentResult result, ReportContext ctx) {
        ctx.heading(title());
        ctx.verdict(r.risk(), verdict(r));
        HandActivityEdition e = r.edition();
        ctx.add(ctx.paragraph("Each chart shows one task and hand: pace (hand activity level, HAL) across, peak"
                + " hand force (normalized peak force, NPF, 10 = the hand's full strength) up. Green: below the action"
                + " limit (AL); amber: between the action limit and the TLV; red: above the TLV. Edition: "
                + e.description() + ".", TextStyle.SMALL));
        charts(r.scores(), ctx);

        PdfPTable t = ctx.table(new float[] {2.3f, 1.7f, 1.7f, 1f, 1f, 1.5f, 1.15f, 0.9f, 0.85f},
                "Task (hand)", "HAL", "NPF", "AL at this HAL", "TLV at this HAL", "Zone", "Light", "Edition", "h/day");
        for (HandActivityScore s : r.scores()) {
            t.addCell(ctx.cell(s.label(), TextStyle.SMALL_BOLD));
            t.addCell(ctx.cell(hal(s), TextStyle.SMALL));
            t.addCell(ctx.cell(npf(s), TextStyle.SMALL));
            t.addCell(right(ctx, Styles.fixed(s.actionLimitNpf(), 1)));
            t.addCell(right(ctx, Styles.fixed(s.tlvNpf(), 1)));
            t.addCell(ctx.cell(zoneWords(s.zone()), TextStyle.SMALL));
            t.addCell(ctx.lightCell(s.risk(), TextStyle.SMALL_BOLD));
            t.addCell(ctx.cell(s.edition().label() + (s.edition().provisional() ? " (prov.)" : ""), TextStyle.SMALL));
            t.addCell(right(ctx, Styles.number(s.hoursPerDay())));
        }
        ctx.add(t);
        List<String> notes = new ArrayList<>();
        for (HandActivityScore s : r.scores()) {
            if (!s.withinScope()) {
                notes.add(s.label() + " takes " + Styles.number(s.hoursPerDay()) + " h a day, outside the "
                        + s.edition().label() + " TLV's scope of " + Styles.number(s.edition().scopeMinHours())
                        + (s.edition().scopeMaxHours() < 24 ? " to " + Styles.number(s.edition().scopeMaxHours())
                                : " or more") + " h a day: its light is indicative only.");
            }
            if (!s.insidePlottedRange()) {
                notes.add(s.label() + ": HAL " + Styles.number(s.hal()) + " lies outside the HAL range where the "
                        + s.edition().label() + " lines are drawn (" + Styles.number(s.edition().plottedHalMin()) + "–"
                        + Styles.number(s.edition().plottedHalMax()) + "); its AL and TLV extend the lines.");
            }
        }
        for (String n : notes) {
            ctx.add(ctx.paragraph(n, TextStyle.SMALL_ITALIC));
        }
        ctx.adviceBox("How to lower the strain on the hands",
                r.recommendations().stream().map(Recommendation::text).toList());
    }

    /** The charts, two to a row; a row moves to the next page whole. */
    static void charts(List<HandActivityScore> scores, ReportContext ctx) {
        float w = (ctx.contentWidth() - GAP) / 2;
        PdfPTable grid = new PdfPTable(new float[] {w, GAP, w});
        grid.setWidthPercentage(100);
        grid.setSpacingBefore(4);
        grid.setSpacingAfter(4);
        grid.setSplitRows(false);
        for (int i = 0; i < scores.size(); i += 2) {
            grid.addCell(chartCell(ctx, scores.get(i), w));
            grid.addCell(empty());
            grid.addCell(i + 1 < scores.size() ? chartCell(ctx, scores.get(i + 1), w) : empty());
        }
        ctx.add(grid);
    }

    private static PdfPCell chartCell(ReportContext ctx, HandActivityScore s, float w) {
        PdfPCell c = new PdfPCell(HalNpfChart.draw(ctx, s, w), false);
        c.setBorderWidth(0);
        c.setPadding(0);
        c.setPaddingBottom(8);
        return c;
    }

    private static PdfPCell empty() {
        PdfPCell c = new PdfPCell();
        c.setBorderWidth(0);
        return c;
    }

    static String hal(HandActivityScore s) {
        Double f = s.exertionsPerSecond();
        Double dc = s.dutyCyclePct();
        return Styles.fixed(s.hal(), 1) + (s.halSource() == HandActivityScore.HalSource.GIVEN ? " (given)"
                : " (Radwin" + (f != null && dc != null ? ": " + Styles.number(f) + "/s, " + Styles.number(dc) + " %"
                        : "") + ")");
    }

    static String npf(HandActivityScore s) {
        return Styles.fixed(s.npf(), 1) + (s.forceSource() == HandActivityScore.ForceSource.GIVEN ? " (given)"
                : " (from " + Styles.number(s.npf() * 10) + " % MVC)");
    }

    static PdfPCell right(ReportContext ctx, String text) {
        PdfPCell c = ctx.cell(text, TextStyle.SMALL);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }
}
