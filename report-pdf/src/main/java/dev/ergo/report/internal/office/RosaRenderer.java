package dev.ergo.report.internal.office;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import dev.ergo.engine.office.RosaResult;
import dev.ergo.engine.office.RosaTables;
import dev.ergo.model.text.Message;
import dev.ergo.model.text.Texts;
import dev.ergo.report.ReportException;
import dev.ergo.report.internal.spi.Draw;
import dev.ergo.report.internal.spi.FactorRenderer;
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Renders the ROSA result: the final score on a 1–10 scale with the action level marked, the
 * section scores with their item scores, the method and table version, clamping notes, and the
 * re-scoring of the checklist: what each ROSA item does to the score alone and with the items above.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RosaRenderer extends FactorRenderer<RosaResult> {

    /** The height of the whole section, about 290 pt: moved to the next page rather than split. */
    private static final float SECTION_HEIGHT = 300f;

    /** Creates the renderer. */
    public RosaRenderer() {
        super(RosaResult.class, "rosa", List.of());
    }

    @Override
    public Map<String, String> actionLabels(Texts t) {
        return OfficeWords.labels(true, t);
    }

    @Override
    public @Nullable String shortAction(Recommendation recommendation, Texts t) {
        return OfficeWords.shortAction(recommendation, t);
    }

    @Override
    public @Nullable String checklistNote(RosaResult r, AssessmentResult result, Texts t) {
        return rescoring(r, result, "below", t);
    }

    /**
     * "Doing the first 3 items below brings your ROSA score from 6 to 4, below the action level 5." for
     * an amber or red score with ROSA items, else null. {@code where} says where the items are:
     * {@code below} or {@code checklist}.
     */
    static @Nullable String rescoring(RosaResult r, AssessmentResult result, String where, Texts t) {
        int level = r.score() >= RosaTables.ACTION_LEVEL ? RosaTables.ACTION_LEVEL : RosaTables.MEDIUM_FROM;
        OptionalInt k = r.itemsToScoreBelow(level);
        if (k.isEmpty()) {
            return null;
        }
        int n = k.getAsInt();
        int after = r.scoreAfter(n);
        boolean first = result.recommendations().subList(0, Math.min(n, result.recommendations().size()))
                .equals(r.recommendations().subList(0, n));
        return t.text("rosa.rescoring", "n", n, "first", first ? "yes" : "no", "where", where, "score", r.score(),
                "after", after, "target", level == RosaTables.ACTION_LEVEL ? "action" : "green", "level",
                RosaTables.ACTION_LEVEL);
    }

    @Override
    public @Nullable String keyFigure(RosaResult r, Texts t) {
        return "ROSA " + r.score();
    }

    @Override
    public List<String> methodNotes(Texts t) {
        return List.of(t.text("rosa.method", "version", RosaTables.VERSION, "lowMax", RosaTables.MEDIUM_FROM - 1,
                "medium", RosaTables.MEDIUM_FROM, "action", RosaTables.ACTION_LEVEL));
    }

    @Override
    public String verdict(RosaResult r, Texts t) {
        return t.text(r.actionRequired() ? "rosa.verdict.action" : "rosa.verdict.below", "score", r.score(), "level",
                RosaTables.ACTION_LEVEL);
    }

    @Override
    public void render(RosaResult r, AssessmentResult result, ReportContext ctx) {
        ctx.needSpace(SECTION_HEIGHT); // the section is short: keep it on one page
        Texts tx = ctx.texts();
        ctx.heading(title(tx));
        Paragraph score = new Paragraph();
        score.setLeading(13);
        score.add(ctx.chunk(ctx.text("rosa.score", "score", r.score()), TextStyle.BODY_BOLD));
        score.add(ctx.chunk(" — " + ctx.text(r.actionRequired() ? "rosa.score.action" : "rosa.score.below", "level",
                RosaTables.ACTION_LEVEL), TextStyle.BODY));
        ctx.add(score);
        ctx.add(scale(r, ctx));

        PdfPTable t = ctx.table(new float[] {2.2f, 1.2f, 5.0f}, ctx.text("rosa.col.part"), ctx.text("rosa.col.score"),
                ctx.text("rosa.col.madeOf"));
        row(ctx, t, ctx.text("rosa.part.chair"), ctx.text("score.of", "score", r.chair(), "max", 10),
                ctx.text("rosa.chair.detail", "seatHeight", r.seatHeight(), "seatDepth", r.seatDepth(), "armrest",
                        r.armrest(), "back", r.backSupport(), "table", r.chairTable(), "use", signed(r.chairDuration())),
                false);
        row(ctx, t, ctx.text("rosa.part.monitorPhone"), ctx.text("score.of", "score", r.monitorPhone(), "max", 9),
                ctx.text("rosa.monitorPhone.detail", "monitor", r.monitor(), "phone", r.phone()), false);
        row(ctx, t, ctx.text("rosa.part.mouseKeyboard"), ctx.text("score.of", "score", r.mouseKeyboard(), "max", 9),
                ctx.text("rosa.mouseKeyboard.detail", "mouse", r.mouse(), "keyboard", r.keyboard()), false);
        row(ctx, t, ctx.text("rosa.part.peripherals"), ctx.text("score.of", "score", r.peripherals(), "max", 9),
                ctx.text("rosa.peripherals.detail"), false);
        row(ctx, t, ctx.text("rosa.part.final"), ctx.text("score.of", "score", r.score(), "max", 10),
                ctx.text("rosa.final.detail"), true);
        ctx.add(t);

        ctx.add(ctx.paragraph(ctx.text("rosa.methodLine", "method", r.method(), "level", RosaTables.ACTION_LEVEL),
                TextStyle.SMALL));
        ctx.add(ctx.paragraph(r.clamped().isEmpty() ? ctx.text("rosa.clamped.none")
                : ctx.text("rosa.clamped", "items", String.join(", ", r.clamped())), TextStyle.SMALL));
        rescoringTable(r, result, ctx);
    }

    /** The ROSA items of the checklist, each re-scored alone and with the items above it. */
    private static void rescoringTable(RosaResult r, AssessmentResult result, ReportContext ctx) {
        if (r.recommendations().isEmpty()) {
            return;
        }
        Texts tx = ctx.texts();
        ctx.subheading(ctx.text("rosa.lowers"));
        String sentence = rescoring(r, result, "checklist", tx);
        int last = r.recommendations().size();
        ctx.add(ctx.paragraph((sentence != null ? sentence + " " : "") + ctx.text("rosa.all", "n", last, "after",
                r.scoreAfter(last)), TextStyle.BODY));
        List<Recommendation> checklist = result.recommendations();
        OptionalInt below = r.itemsToScoreBelow(r.score() >= RosaTables.ACTION_LEVEL ? RosaTables.ACTION_LEVEL
                : RosaTables.MEDIUM_FROM);
        PdfPTable t = ctx.table(new float[] {0.75f, 3.3f, 3.7f, 1.05f, 1.2f}, ctx.text("rosa.col.item"),
                ctx.text("rosa.col.change"), ctx.text("rosa.col.finding"), ctx.text("rosa.col.alone"),
                ctx.text("rosa.col.withAbove"));
        for (int i = 0; i < last; i++) {
            Recommendation rec = r.recommendations().get(i);
            boolean mark = below.isPresent() && i == below.getAsInt() - 1;
            TextStyle style = mark ? TextStyle.BODY_BOLD : TextStyle.BODY;
            int position = checklist.indexOf(rec);
            t.addCell(number(ctx, position < 0 ? "–" : String.valueOf(position + 1), style, mark));
            String words = OfficeWords.shortAction(rec, tx);
            t.addCell(tinted(ctx.cell(words != null ? words : rec.code(), style), mark));
            boolean withNext = i + 1 < last && r.recommendations().get(i + 1).priority() == rec.priority();
            t.addCell(tinted(ctx.cell(findings(rec, withNext, tx), TextStyle.SMALL), mark));
            Double alone = rec.values().get(RosaResult.SCORE_IF_FIXED);
            t.addCell(number(ctx, alone == null ? "–" : String.valueOf(alone.intValue()), TextStyle.BODY, mark));
            t.addCell(number(ctx, String.valueOf(r.scoreAfter(i + 1)), style, mark));
        }
        ctx.add(t);
    }

    /**
     * The ROSA findings named in the rule, without the "ROSA " prefix; an item done together with another
     * (a raised seat and its footrest) may name none.
     */
    static String findings(Recommendation rec, boolean withNext, Texts t) {
        List<String> out = new ArrayList<>();
        for (Message m : rec.ruleMessages()) {
            if (m.key().equals("rosa.rule")) {
                out.add(t.text(new Message("rosa.rule.short", m.args())));
            }
        }
        if (rec.ruleMessages().isEmpty()) { // read back from results.jsonl: the English rule
            for (String part : rec.rule().split("; ")) {
                if (part.startsWith("ROSA ")) {
                    out.add(part.substring(5));
                }
            }
        }
        return out.isEmpty() ? t.text(withNext ? "rosa.together.next" : "rosa.together.above")
                : String.join("\n", out);
    }

    private static PdfPCell number(ReportContext ctx, String text, TextStyle style, boolean mark) {
        PdfPCell c = ctx.cell(text, style);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        return tinted(c, mark);
    }

    private static PdfPCell tinted(PdfPCell c, boolean mark) {
        if (mark) {
            c.setBackgroundColor(Styles.tint(Risk.LOW));
        }
        return c;
    }

    private static void row(ReportContext ctx, PdfPTable t, String part, String score, String detail, boolean bold) {
        TextStyle s = bold ? TextStyle.BODY_BOLD : TextStyle.BODY;
        t.addCell(ctx.cell(part, s));
        PdfPCell c = ctx.cell(score, s);
        t.addCell(c);
        t.addCell(ctx.cell(detail, TextStyle.BODY));
    }

    private static String signed(int v) {
        return v > 0 ? "+" + v : v < 0 ? "−" + (-v) : "0";
    }

    /** The 1–10 scale: tinted boxes by light, the score's box in full colour, the action level marked. */
    private static Image scale(RosaResult r, ReportContext ctx) {
        float w = ctx.contentWidth();
        float h = 50;
        PdfTemplate tpl = ctx.template(w, h);
        BaseFont regular = ctx.baseFont(TextStyle.Face.REGULAR);
        BaseFont bold = ctx.baseFont(TextStyle.Face.BOLD);
        float boxW = w / 10;
        float y0 = 16;
        float boxH = 20;
        for (int i = 1; i <= 10; i++) {
            Risk band = RosaTables.light(i);
            boolean mine = i == r.score();
            float x = (i - 1) * boxW;
            tpl.saveState();
            tpl.setColorFill(mine ? Styles.colour(band) : Styles.tint(band));
            tpl.setColorStroke(mine ? Styles.INK : Styles.RULE);
            tpl.setLineWidth(mine ? 1.5f : 0.5f);
            tpl.rectangle(x + 1, y0, boxW - 2, boxH);
            tpl.fillStroke();
            tpl.restoreState();
            Draw.text(tpl, mine ? bold : regular, mine ? 10 : 9, mine ? Styles.textOn(band) : Styles.INK,
                    String.valueOf(i), x + boxW / 2, y0 + 6.5f, Element.ALIGN_CENTER);
        }
        // The score's label under its box, kept inside the drawing.
        String mineLabel = "▲ " + ctx.text("rosa.scale.yours", "score", r.score());
        float labelW = bold.getWidthPoint(mineLabel, 7.5f);
        float cx = (r.score() - 0.5f) * boxW;
        cx = Math.max(labelW / 2 + 1, Math.min(w - labelW / 2 - 1, cx));
        Draw.text(tpl, bold, 7.5f, Styles.INK, mineLabel, cx, 5, Element.ALIGN_CENTER);
        // The action level: a bar at the left edge of its box, labelled above the boxes.
        float xa = (RosaTables.ACTION_LEVEL - 1) * boxW;
        tpl.saveState();
        tpl.setColorStroke(Styles.INK);
        tpl.setLineWidth(2f);
        tpl.moveTo(xa, y0 - 3);
        tpl.lineTo(xa, y0 + boxH + 12);
        tpl.stroke();
        tpl.restoreState();
        float top = y0 + boxH + 6;
        // Each label in its own room so that longer languages shorten rather than overlap.
        String highest = Draw.fit(regular, 7, ctx.text("rosa.scale.highest"), w * 0.25f);
        float highestW = regular.getWidthPoint(highest, 7);
        Draw.text(tpl, bold, 7.5f, Styles.INK, Draw.fit(bold, 7.5f,
                ctx.text("rosa.scale.action", "level", RosaTables.ACTION_LEVEL) + " →", w - highestW - xa - 12),
                xa + 4, top, Element.ALIGN_LEFT);
        Draw.text(tpl, regular, 7, Styles.MUTED, Draw.fit(regular, 7, ctx.text("rosa.scale.lowest"), xa - 6), 1, top,
                Element.ALIGN_LEFT);
        Draw.text(tpl, regular, 7, Styles.MUTED, highest, w - 1, top, Element.ALIGN_RIGHT);
        try {
            Image img = Image.getInstance(tpl);
            img.setAlignment(Image.MIDDLE);
            img.setSpacingBefore(2);
            img.setSpacingAfter(4);
            return img;
        } catch (BadElementException e) {
            throw new ReportException("could not draw the ROSA scale", e);
        }
    }

}
