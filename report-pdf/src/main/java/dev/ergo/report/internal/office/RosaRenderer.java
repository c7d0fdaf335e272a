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
import dev.ergo.engine.Risk;
import dev.ergo.engine.office.RosaResult;
import dev.ergo.engine.office.RosaTables;
import dev.ergo.report.ReportException;
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.SectionRenderer;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.awt.Color;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Renders the ROSA result: the final score on a 1–10 scale with the action level marked, the
 * section scores with their item scores, the method and table version, and clamping notes.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RosaRenderer implements SectionRenderer<RosaResult> {

    /** The height of the whole section, about 290 pt: moved to the next page rather than split. */
    private static final float SECTION_HEIGHT = 300f;

    /** Creates the renderer. */
    public RosaRenderer() {}

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
