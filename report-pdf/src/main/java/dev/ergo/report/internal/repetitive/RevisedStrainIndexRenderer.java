package dev.ergo.report.internal.repetitive;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.repetitive.RevisedStrainIndex;
import dev.ergo.engine.repetitive.RevisedStrainIndexResult;
import dev.ergo.engine.repetitive.RsiBand;
import dev.ergo.engine.repetitive.RsiScore;
import dev.ergo.model.text.Texts;
import dev.ergo.report.internal.spi.FactorRenderer;
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Renders the Revised Strain Index result: per task and hand the inputs, the five multipliers IM, EM,
 * DM, PM and HM, the index and its band; the advice.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RevisedStrainIndexRenderer extends FactorRenderer<RevisedStrainIndexResult> {

    /** Creates the renderer. */
    public RevisedStrainIndexRenderer() {
        super(RevisedStrainIndexResult.class, "rsi", List.of());
    }

    @Override
    public List<String> methodNotes(Texts t) {
        return List.of(t.text("rsi.method", "safe", Styles.number(t, RevisedStrainIndex.SAFE_MAX), "hazard",
                Styles.number(t, RevisedStrainIndex.HAZARDOUS_ABOVE)));
    }

    @Override
    public Map<String, String> actionLabels(Texts t) {
        return RepetitiveLabels.labels(t);
    }

    @Override
    public @Nullable String keyFigure(RevisedStrainIndexResult r, Texts t) {
        return r.worst().map(s -> "RSI " + Styles.fixed(t, s.rsi(), 1)).orElse(null);
    }

    /** The band in plain words. */
    static String bandWords(RsiBand band, Texts t) {
        return t.text("rsi.band." + band.name());
    }

    @Override
    public String verdict(RevisedStrainIndexResult r, Texts t) {
        RsiScore w = r.worst().orElse(null);
        if (w == null) {
            return t.text("rsi.verdict.none");
        }
        return t.text("rsi.verdict." + r.risk().name(), "task", HandActivityRenderer.taskHand(w.task(), w.hand(), t),
                "rsi", Styles.fixed(t, w.rsi(), 1), "safe", Styles.number(t, RevisedStrainIndex.SAFE_MAX), "hazard",
                Styles.number(t, RevisedStrainIndex.HAZARDOUS_ABOVE));
    }

    @Override
    public void render(RevisedStrainIndexResult r, AssessmentResult result, ReportContext ctx) {
        Texts tx = ctx.texts();
        ctx.heading(title(tx));
        ctx.verdict(r.risk(), verdict(r, tx));
        ctx.add(ctx.paragraph(ctx.text("rsi.intro"), TextStyle.SMALL));
        PdfPTable t = ctx.table(new float[] {2.1f, 0.75f, 0.75f, 0.65f, 1.25f, 0.6f, 0.75f, 0.75f, 0.75f, 0.75f,
                0.75f, 0.85f, 1.4f}, ctx.text("repetitive.col.taskHand"), ctx.text("rsi.col.i"), ctx.text("rsi.col.e"),
                ctx.text("rsi.col.d"), ctx.text("rsi.col.wrist"), ctx.text("rsi.col.h"), "IM", "EM", "DM", "PM", "HM",
                "RSI", ctx.text("rsi.col.band"));
        for (RsiScore s : r.scores()) {
            t.addCell(ctx.cell(HandActivityRenderer.taskHand(s.task(), s.hand(), tx), TextStyle.SMALL_BOLD));
            t.addCell(right(ctx, ctx.number(s.intensity() * 100)));
            t.addCell(right(ctx, ctx.number(s.effortsPerMin())));
            t.addCell(right(ctx, ctx.number(s.secondsPerExertion())));
            t.addCell(right(ctx, wrist(s.wristDeg(), tx)));
            t.addCell(right(ctx, ctx.number(s.hoursPerDay())));
            for (double m : new double[] {s.im(), s.em(), s.dm(), s.pm(), s.hm()}) {
                t.addCell(right(ctx, ctx.fixed(m, 2)));
            }
            PdfPCell rsi = ctx.cell(ctx.fixed(s.rsi(), 1), TextStyle.SMALL_BOLD);
            rsi.setHorizontalAlignment(Element.ALIGN_RIGHT);
            rsi.setBackgroundColor(Styles.tint(s.risk()));
            t.addCell(rsi);
            Phrase band = new Phrase(9f);
            band.add(new Chunk(ctx.light(s.risk()), ctx.font(TextStyle.SMALL_BOLD, Styles.textOn(s.risk()))));
            band.add(new Chunk(" " + bandWords(s.band(), tx), ctx.font(TextStyle.SMALL, Styles.textOn(s.risk()))));
            PdfPCell b = ctx.cell(band);
            b.setBackgroundColor(Styles.colour(s.risk()));
            t.addCell(b);
        }
        ctx.add(t);
    }

    /** A wrist angle in the toolkit's sign: flexion positive, extension negative. */
    static String wrist(double deg, Texts t) {
        if (deg == 0) {
            return t.text("unit.deg", "value", Styles.number(t, 0));
        }
        return t.text(deg > 0 ? "rsi.flexion" : "rsi.extension", "value", Styles.number(t, Math.abs(deg)));
    }

    static PdfPCell right(ReportContext ctx, String text) {
        return HandActivityRenderer.right(ctx, text);
    }
}
