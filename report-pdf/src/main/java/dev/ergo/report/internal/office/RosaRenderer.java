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
import dev.ergo.report.ReportException;
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.SectionRenderer;
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
public final class RosaRenderer implements SectionRenderer<RosaResult> {

    /** The height of the whole section, about 290 pt: moved to the next page rather than split. */
    private static final float SECTION_HEIGHT = 300f;

    /** The summary's words for the ROSA codes ({@link OfficeWords}, checked against every code). */
    private static final Map<String, String> LABELS = OfficeWords.labels(true);

    /** Creates the renderer. */
    public RosaRenderer() {}

    @Override
    public Map<String, String> actionLabels() {
        return LABELS;
    }

    @Override
    public @Nullable String shortAction(Recommendation recommendation) {
        return OfficeWords.shortAction(recommendation);
    }

    @Override
    public @Nullable String checklistNote(RosaResult r, AssessmentResult result) {
        return rescoring(r, result, "below");
    }

    /**
     * "Doing the first 3 items below brings your ROSA score from 6 to 4, below the action level 5." for
     * an amber or red score with ROSA items, else null. {@code where} says where the items are.
     */
    static @Nullable String rescoring(RosaResult r, AssessmentResult result, String where) {
        int level = r.score() >= RosaTables.ACTION_LEVEL ? RosaTables.ACTION_LEVEL : RosaTables.MEDIUM_FROM;
        OptionalInt k = r.itemsToScoreBelow(level);
        if (k.isEmpty()) {
            return null;
        }
        int n = k.getAsInt();
        int after = r.scoreAfter(n);
        boolean first = result.recommendations().subList(0, Math.min(n, result.recommendations().size()))
                .equals(r.recommendations().subList(0, n));
        String items = n == 1 ? "item" : n + " items";
        return "Doing the first " + items + (first ? " " + where : " of the office chair and computer (ROSA)"
                + " items " + where) + " brings your ROSA score from " + r.score() + " to " + after
                + (level == RosaTables.ACTION_LEVEL ? ", below the action level " + RosaTables.ACTION_LEVEL
                        : ", green (LOW)") + ".";
    }

    @Override
    public Class<RosaResult> sectionType() {
        return RosaResult.class;
    }

    @Override
    public String title() {
        return "Office chair and computer (ROSA)";
    }

    @Override
    public String shortTitle() {
        return "Office (ROSA)";
    }

    @Override
    public @Nullable String keyFigure(RosaResult r) {
        return "ROSA " + r.score();
    }

    @Override
    public List<String> methodNotes() {
        return List.of("ROSA, Rapid Office Strain Assessment: Sonne, Villalta & Andrews 2012, tables "
                + RosaTables.VERSION + " (methods-posture-office §3). Traffic light: final score 1–"
                + (RosaTables.MEDIUM_FROM - 1) + " LOW (green), " + RosaTables.MEDIUM_FROM + " MEDIUM (amber), "
                + RosaTables.ACTION_LEVEL + "–10 HIGH (red); " + RosaTables.ACTION_LEVEL
                + " is the action level (Sonne et al. 2012).");
    }

    @Override
    public void render(RosaResult r, AssessmentResult result, ReportContext ctx) {
        ctx.needSpace(SECTION_HEIGHT); // the section is short: keep it on one page
        ctx.heading(title());
        Paragraph score = new Paragraph();
        score.setLeading(13);
        score.add(ctx.chunk("ROSA score: " + r.score() + " of 10", TextStyle.BODY_BOLD));
        score.add(ctx.chunk(r.actionRequired()
                ? " — action required: the score is at or above the action level " + RosaTables.ACTION_LEVEL + "."
                : " — below the action level " + RosaTables.ACTION_LEVEL + ": no action required by ROSA.",
                TextStyle.BODY));
        ctx.add(score);
        ctx.add(scale(r, ctx));

        PdfPTable t = ctx.table(new float[] {2.2f, 1f, 5.2f}, "Part", "Score", "Made up of");
        row(ctx, t, "Chair", r.chair() + " of 10", "seat height " + r.seatHeight() + ", seat depth " + r.seatDepth()
                + ", armrests " + r.armrest() + ", back support " + r.backSupport() + " → chair table "
                + r.chairTable() + "; daily use " + signed(r.chairDuration()), false);
        row(ctx, t, "Monitor and telephone", r.monitorPhone() + " of 9", "monitor " + r.monitor() + ", telephone "
                + r.phone() + " (each including daily use)", false);
        row(ctx, t, "Mouse and keyboard", r.mouseKeyboard() + " of 9", "mouse " + r.mouse() + ", keyboard "
                + r.keyboard() + " (each including daily use)", false);
        row(ctx, t, "Peripherals and monitor", r.peripherals() + " of 9",
                "the larger of monitor and telephone, and mouse and keyboard", false);
        row(ctx, t, "Final ROSA score", r.score() + " of 10", "the larger of chair, and peripherals and monitor",
                true);
        ctx.add(t);

        ctx.add(ctx.paragraph("Method: " + r.method() + ". Action level: final score "
                + RosaTables.ACTION_LEVEL + " or more.", TextStyle.SMALL));
        ctx.add(ctx.paragraph(r.clamped().isEmpty()
                ? "No item score had to be clamped to the range of its table."
                : "Clamped to the range of its table (the item score was outside the table): "
                        + String.join(", ", r.clamped()) + ".", TextStyle.SMALL));
        rescoringTable(r, result, ctx);
    }

    /** The ROSA items of the checklist, each re-scored alone and with the items above it. */
    private static void rescoringTable(RosaResult r, AssessmentResult result, ReportContext ctx) {
        if (r.recommendations().isEmpty()) {
            return;
        }
        ctx.subheading("What lowers your ROSA score");
        String sentence = rescoring(r, result, "of the checklist");
        int last = r.recommendations().size();
        ctx.add(ctx.paragraph((sentence != null ? sentence + " " : "") + "Doing all " + last + " ROSA items brings"
                + " it to " + r.scoreAfter(last) + ". Each score below is worked out again with the ROSA tables,"
                + " with the finding set to its neutral value.", TextStyle.BODY));
        List<Recommendation> checklist = result.recommendations();
        OptionalInt below = r.itemsToScoreBelow(r.score() >= RosaTables.ACTION_LEVEL ? RosaTables.ACTION_LEVEL
                : RosaTables.MEDIUM_FROM);
        PdfPTable t = ctx.table(new float[] {0.75f, 3.3f, 3.7f, 1.05f, 1.2f}, "Item", "Change", "ROSA finding",
                "ROSA if only this", "ROSA with the items above");
        for (int i = 0; i < last; i++) {
            Recommendation rec = r.recommendations().get(i);
            boolean mark = below.isPresent() && i == below.getAsInt() - 1;
            TextStyle style = mark ? TextStyle.BODY_BOLD : TextStyle.BODY;
            int position = checklist.indexOf(rec);
            t.addCell(number(ctx, position < 0 ? "–" : String.valueOf(position + 1), style, mark));
            String words = OfficeWords.shortAction(rec);
            t.addCell(tinted(ctx.cell(words != null ? words : rec.code(), style), mark));
            boolean withNext = i + 1 < last && r.recommendations().get(i + 1).priority() == rec.priority();
            t.addCell(tinted(ctx.cell(findings(rec, withNext), TextStyle.SMALL), mark));
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
    static String findings(Recommendation rec, boolean withNext) {
        List<String> out = new ArrayList<>();
        for (String part : rec.rule().split("; ")) {
            if (part.startsWith("ROSA ")) {
                out.add(part.substring(5));
            }
        }
        return out.isEmpty() ? "done together with the " + (withNext ? "next item" : "item above")
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
        c.setNoWrap(true);
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
            Risk band = band(i);
            boolean mine = i == r.score();
            float x = (i - 1) * boxW;
            tpl.saveState();
            tpl.setColorFill(mine ? Styles.colour(band) : Styles.tint(band));
            tpl.setColorStroke(mine ? Styles.INK : Styles.RULE);
            tpl.setLineWidth(mine ? 1.5f : 0.5f);
            tpl.rectangle(x + 1, y0, boxW - 2, boxH);
            tpl.fillStroke();
            tpl.restoreState();
            text(tpl, mine ? bold : regular, mine ? 10 : 9, mine ? Styles.textOn(band) : Styles.INK,
                    String.valueOf(i), x + boxW / 2, y0 + 6.5f, Element.ALIGN_CENTER);
        }
        // The score's label under its box, kept inside the drawing.
        String mineLabel = "▲ your score " + r.score();
        float labelW = bold.getWidthPoint(mineLabel, 7.5f);
        float cx = (r.score() - 0.5f) * boxW;
        cx = Math.max(labelW / 2 + 1, Math.min(w - labelW / 2 - 1, cx));
        text(tpl, bold, 7.5f, Styles.INK, mineLabel, cx, 5, Element.ALIGN_CENTER);
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
        text(tpl, bold, 7.5f, Styles.INK, "action level " + RosaTables.ACTION_LEVEL + " and above →",
                xa + 4, top, Element.ALIGN_LEFT);
        text(tpl, regular, 7, Styles.MUTED, "1 = lowest strain", 1, top, Element.ALIGN_LEFT);
        text(tpl, regular, 7, Styles.MUTED, "10 = highest strain", w - 1, top, Element.ALIGN_RIGHT);
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

    private static Risk band(int score) {
        if (score >= RosaTables.ACTION_LEVEL) {
            return Risk.HIGH;
        }
        return score >= RosaTables.MEDIUM_FROM ? Risk.MEDIUM : Risk.LOW;
    }

    private static void text(PdfTemplate tpl, BaseFont bf, float size, Color colour, String s, float x, float y,
            int align) {
        tpl.saveState();
        tpl.beginText();
        tpl.setFontAndSize(bf, size);
        tpl.setColorFill(colour);
        tpl.showTextAligned(align, s, x, y, 0);
        tpl.endText();
        tpl.restoreState();
    }

}
