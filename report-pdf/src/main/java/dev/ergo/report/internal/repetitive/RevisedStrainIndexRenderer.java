package dev.ergo.report.internal.repetitive;

import static dev.ergo.report.internal.repetitive.HandActivityRenderer.right;

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
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.SectionRenderer;
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
public final class RevisedStrainIndexRenderer implements SectionRenderer<RevisedStrainIndexResult> {

    /** Creates the renderer. */
    public RevisedStrainIndexRenderer() {}

    @Override
    public Class<RevisedStrainIndexResult> sectionType() {
        return RevisedStrainIndexResult.class;
    }

    @Override
    public String title() {
        return "Hand and wrist strain (Revised Strain Index)";
    }

    @Override
    public String shortTitle() {
        return "Revised Strain Index";
    }

    @Override
    public List<String> methodNotes() {
        return List.of("Revised Strain Index (Garg, Moore & Kapellusch 2017): RSI = IM × EM × DM × PM × HM from"
                + " intensity (% of maximum strength), efforts per minute, seconds per exertion, wrist angle and hours"
                + " a day (methods §3.3). Traffic light: RSI ≤ " + Styles.number(RevisedStrainIndex.SAFE_MAX)
                + " LOW (green), up to " + Styles.number(RevisedStrainIndex.HAZARDOUS_ABOVE) + " MEDIUM (amber),"
                + " above " + Styles.number(RevisedStrainIndex.HAZARDOUS_ABOVE) + " HIGH (red); both cut-offs are"
                + " provisional.");
    }

    @Override
    public Map<String, String> actionLabels() {
        return RepetitiveLabels.LABELS;
    }

    @Override
    public @Nullable String keyFigure(RevisedStrainIndexResult r) {
        return r.worst().map(s -> "RSI " + Styles.fixed(s.rsi(), 1)).orElse(null);
    }

    /** The band in plain words. */
    static String bandWords(RsiBand band) {
        return switch (band) {
            case LOW_RISK -> "low risk";
            case INCREASED_RISK -> "increased risk";
            case HAZARDOUS -> "hazardous";
        };
    }

    static String verdict(RevisedStrainIndexResult r) {
        RsiScore w = r.worst().orElse(null);
        if (w == null) {
            return "Hand and wrist strain: no task had the inputs of the Revised Strain Index.";
        }
        String worst = "In " + w.label() + " the index is " + Styles.fixed(w.rsi(), 1);
        return switch (r.risk()) {
            case HIGH -> "Hand and wrist strain: HIGH. " + worst + ", above the hazard threshold of "
                    + Styles.number(RevisedStrainIndex.HAZARDOUS_ABOVE) + ".";
            case MEDIUM -> "Hand and wrist strain: MEDIUM. " + worst + ", above "
                    + Styles.number(RevisedStrainIndex.SAFE_MAX) + ": the risk is increased.";
            case LOW -> "Hand and wrist strain: LOW. Every task scores " + Styles.number(RevisedStrainIndex.SAFE_MAX)
                    + " or less.";
        };
    }

    @Override
    public void render(RevisedStrainIndexResult r, AssessmentResult result, ReportContext ctx) {
        ctx.heading(title());
        ctx.verdict(r.risk(), verdict(r));
        ctx.add(ctx.paragraph("Inputs: I = intensity, % of maximum strength; E = efforts a minute; D = seconds per"
                + " exertion; wrist angle (flex. = flexion, ext. = extension); H = hours a day. Each input gives a"
                + " multiplier; their product is the index.", TextStyle.SMALL));
        PdfPTable t = ctx.table(new float[] {2.3f, 0.75f, 0.75f, 0.65f, 0.95f, 0.6f, 0.75f, 0.75f, 0.75f, 0.75f,
                0.75f, 0.85f, 1.5f}, "Task (hand)", "I %", "E /min", "D s", "Wrist", "H", "IM", "EM", "DM", "PM", "HM",
                "RSI", "Band");
        for (RsiScore s : r.scores()) {
            t.addCell(ctx.cell(s.label(), TextStyle.SMALL_BOLD));
            t.addCell(right(ctx, Styles.number(s.intensity() * 100)));
            t.addCell(right(ctx, Styles.number(s.effortsPerMin())));
            t.addCell(right(ctx, Styles.number(s.secondsPerExertion())));
            t.addCell(right(ctx, wrist(s.wristDeg())));
            t.addCell(right(ctx, Styles.number(s.hoursPerDay())));
            for (double m : new double[] {s.im(), s.em(), s.dm(), s.pm(), s.hm()}) {
                t.addCell(right(ctx, Styles.fixed(m, 2)));
            }
            PdfPCell rsi = ctx.cell(Styles.fixed(s.rsi(), 1), TextStyle.SMALL_BOLD);
            rsi.setHorizontalAlignment(Element.ALIGN_RIGHT);
            rsi.setBackgroundColor(Styles.tint(s.risk()));
            t.addCell(rsi);
            Phrase band = new Phrase(9f);
            band.add(new Chunk(s.risk().name(), ctx.font(TextStyle.SMALL_BOLD, Styles.textOn(s.risk()))));
            band.add(new Chunk(" " + bandWords(s.band()), ctx.font(TextStyle.SMALL, Styles.textOn(s.risk()))));
            PdfPCell b = ctx.cell(band);
            b.setBackgroundColor(Styles.colour(s.risk()));
            t.addCell(b);
        }
        ctx.add(t);
        ctx.adviceBox("How to lower the index", r.recommendations().stream().map(Recommendation::text).toList());
    }

    /** A wrist angle in the toolkit's sign: flexion positive, extension negative. */
    static String wrist(double deg) {
        if (deg == 0) {
            return "0°";
        }
        return Styles.number(Math.abs(deg)) + "° " + (deg > 0 ? "flex." : "ext.");
    }
}
