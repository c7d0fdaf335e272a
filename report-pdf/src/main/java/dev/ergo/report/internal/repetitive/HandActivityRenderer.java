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
import dev.ergo.model.repetitive.Hand;
import dev.ergo.model.text.Texts;
import dev.ergo.report.internal.spi.FactorRenderer;
import dev.ergo.report.internal.spi.ReportContext;
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
public final class HandActivityRenderer extends FactorRenderer<HandActivityResult> {

    /** Space between two charts on a row, points. */
    static final float GAP = 14f;

    /** Creates the renderer. */
    public HandActivityRenderer() {
        super(HandActivityResult.class, "hat", List.of());
    }

    @Override
    public Map<String, String> actionLabels(Texts t) {
        return RepetitiveLabels.labels(t);
    }

    @Override
    public @Nullable String keyFigure(HandActivityResult r, Texts t) {
        return r.worst().map(s -> t.text("hat.figure." + s.zone().name())).orElse(null);
    }

    /** A task and hand: "Crimping (right)". */
    static String taskHand(String task, Hand hand, Texts t) {
        return t.text("repetitive.taskHand", "task", task, "hand", t.text("hand." + hand.name()));
    }

    /** The zone in plain words. */
    static String zoneWords(HandActivityZone zone, Texts t) {
        return t.text("hat.zone." + zone.name());
    }

    @Override
    public String verdict(HandActivityResult r, Texts t) {
        HandActivityScore w = r.worst().orElse(null);
        if (w == null) {
            return t.text("hat.verdict.none");
        }
        return t.text("hat.verdict." + r.risk().name(), "task", taskHand(w.task(), w.hand(), t));
    }

    @Override
    public void render(HandActivityResult r, AssessmentResult result, ReportContext ctx) {
        Texts tx = ctx.texts();
        ctx.heading(title(tx));
        ctx.verdict(r.risk(), verdict(r, tx));
        HandActivityEdition e = r.edition();
        ctx.add(ctx.paragraph(ctx.text("hat.intro", "edition", e.description(ctx.texts())), TextStyle.SMALL));
        charts(r.scores(), ctx);

        PdfPTable t = ctx.table(new float[] {2.3f, 1.6f, 1.6f, 1f, 1f, 1.5f, 1.1f, 1.15f, 0.8f},
                ctx.text("repetitive.col.taskHand"), "HAL", "NPF", ctx.text("hat.col.al"), ctx.text("hat.col.tlv"),
                ctx.text("hat.col.zone"), ctx.text("col.light"), ctx.text("hat.col.edition"), ctx.text("hat.col.hours"));
        for (HandActivityScore s : r.scores()) {
            t.addCell(ctx.cell(taskHand(s.task(), s.hand(), tx), TextStyle.SMALL_BOLD));
            t.addCell(ctx.cell(hal(s, tx), TextStyle.SMALL));
            t.addCell(ctx.cell(npf(s, tx), TextStyle.SMALL));
            t.addCell(right(ctx, ctx.fixed(s.actionLimitNpf(), 1)));
            t.addCell(right(ctx, ctx.fixed(s.tlvNpf(), 1)));
            t.addCell(ctx.cell(zoneWords(s.zone(), tx), TextStyle.SMALL));
            t.addCell(ctx.lightCell(s.risk(), TextStyle.SMALL_BOLD));
            t.addCell(ctx.cell(s.edition().label() + (s.edition().provisional() ? " " + ctx.text("hat.prov") : ""),
                    TextStyle.SMALL));
            t.addCell(right(ctx, ctx.number(s.hoursPerDay())));
        }
        ctx.add(t);
        List<String> notes = new ArrayList<>();
        for (HandActivityScore s : r.scores()) {
            String label = taskHand(s.task(), s.hand(), tx);
            if (!s.withinScope()) {
                notes.add(ctx.text(s.edition().scopeMaxHours() < 24 ? "hat.scope.range" : "hat.scope.min", "task", label,
                        "hours", ctx.number(s.hoursPerDay()), "edition", s.edition().label(), "min",
                        ctx.number(s.edition().scopeMinHours()), "max", ctx.number(s.edition().scopeMaxHours())));
            }
            if (!s.insidePlottedRange()) {
                notes.add(ctx.text("hat.outsideLines", "task", label, "hal", ctx.number(s.hal()), "edition",
                        s.edition().label(), "min", ctx.number(s.edition().plottedHalMin()), "max",
                        ctx.number(s.edition().plottedHalMax())));
            }
        }
        for (String n : notes) {
            ctx.add(ctx.paragraph(n, TextStyle.SMALL_ITALIC));
        }
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

    static String hal(HandActivityScore s, Texts t) {
        Double f = s.exertionsPerSecond();
        Double dc = s.dutyCyclePct();
        String v = Styles.fixed(t, s.hal(), 1);
        if (s.halSource() == HandActivityScore.HalSource.GIVEN) {
            return t.text("hat.given", "value", v);
        }
        return f != null && dc != null
                ? t.text("hat.radwin.inputs", "value", v, "rate", Styles.number(t, f), "duty", Styles.number(t, dc))
                : t.text("hat.radwin", "value", v);
    }

    static String npf(HandActivityScore s, Texts t) {
        String v = Styles.fixed(t, s.npf(), 1);
        return s.forceSource() == HandActivityScore.ForceSource.GIVEN ? t.text("hat.given", "value", v)
                : t.text("hat.fromMvc", "value", v, "mvc", Styles.number(t, s.npf() * 10));
    }

    static PdfPCell right(ReportContext ctx, String text) {
        PdfPCell c = ctx.cell(text, TextStyle.SMALL);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }
}
