package dev.ergo.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.FactorResult;
import dev.ergo.engine.FollowUp;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import dev.ergo.engine.internal.KeyFigures;
import dev.ergo.model.text.Texts;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The employee report's "Since your last assessment": the overall light before and after with a one-line
 * verdict, each factor's light and key figure in both rounds, then what was done, what is still open and
 * what is new.
 */
final class FollowUpPart {
    private FollowUpPart() {}

    static void write(PdfSession s, AssessmentResult result, FollowUp f) {
        Texts tx = s.texts();
        Paragraph h = new Paragraph(s.text("followUp.heading", "date", tx.date(f.baselineDate())),
                s.font(TextStyle.SUBHEADING));
        h.setSpacingBefore(4);
        h.setSpacingAfter(3);
        s.needSpace(90);
        s.add(h);
        overall(s, result, f);
        factors(s, result, f);
        codes(s, result, f);
    }

    /** The verdict first (an employee who improved reads that first), then the two lights. */
    private static void overall(PdfSession s, AssessmentResult result, FollowUp f) {
        Texts tx = s.texts();
        Risk before = f.overallRiskBefore();
        Risk after = result.overallRisk();
        PdfPTable t = new PdfPTable(new float[] {6.2f, 1f, 0.32f, 1f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(0);
        t.setSpacingAfter(3);
        t.setKeepTogether(true);
        boolean scoredNow = !result.factors().isEmpty();
        boolean scoredBefore = f.factors().values().stream().anyMatch(c -> c.riskBefore() != null);
        String key = !scoredNow ? "followUp.verdict.notScoredNow"
                : !scoredBefore ? "followUp.verdict.notScoredBefore" : "followUp.verdict." + f.change().name();
        PdfPCell verdict = s.cell(s.text(key, "before", Styles.lightAndColour(tx, before), "after",
                Styles.lightAndColour(tx, after)), TextStyle.BODY_BOLD);
        FollowUp.Change change = scoredNow && scoredBefore ? f.change() : FollowUp.Change.UNCHANGED;
        verdict.setBackgroundColor(change == FollowUp.Change.IMPROVED ? Styles.GREEN_TINT
                : change == FollowUp.Change.WORSENED ? Styles.RED_TINT : Styles.HEADER_TINT);
        verdict.setBorderWidth(0);
        verdict.setVerticalAlignment(Element.ALIGN_MIDDLE);
        t.addCell(verdict);
        t.addCell(scoredBefore ? light(s, before, null, TextStyle.SMALL_BOLD) : notScored(s));
        PdfPCell arrow = s.cell("→", TextStyle.BODY_BOLD);
        arrow.setBorderWidth(0);
        arrow.setHorizontalAlignment(Element.ALIGN_CENTER);
        arrow.setVerticalAlignment(Element.ALIGN_MIDDLE);
        t.addCell(arrow);
        t.addCell(scoredNow ? light(s, after, null, TextStyle.SMALL_BOLD) : notScored(s));
        s.add(t);
    }

    private static PdfPCell notScored(PdfSession s) {
        PdfPCell c = s.cell(new Phrase(TextStyle.SMALL_BOLD.size() * 1.25f, s.text("light.notScored"),
                s.font(TextStyle.SMALL_BOLD, Color.WHITE)));
        c.setBackgroundColor(Styles.GREY);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setBorderColor(Color.WHITE);
        return c;
    }

    private static void factors(PdfSession s, AssessmentResult result, FollowUp f) {
        if (f.factors().isEmpty()) {
            return;
        }
        Texts tx = s.texts();
        PdfPTable t = s.table(new float[] {3.3f, 1.55f, 1.55f, 2.8f}, s.text("followUp.col.factor"),
                s.text("followUp.col.before"), s.text("followUp.col.after"), s.text("followUp.col.change"));
        t.setSpacingBefore(0);
        t.setSpacingAfter(3);
        for (Map.Entry<String, FollowUp.FactorChange> e : f.factors().entrySet()) {
            String key = e.getKey();
            FollowUp.FactorChange c = e.getValue();
            t.addCell(s.cell(factorName(key, tx), TextStyle.SMALL));
            t.addCell(light(s, c.riskBefore(), figure(key, c.before(), tx), TextStyle.SMALL_BOLD));
            t.addCell(light(s, c.riskAfter(), figure(key, c.after(), tx), TextStyle.SMALL_BOLD));
            String methodChange = methodChange(result, key, f);
            t.addCell(s.cell(change(c, methodChange, tx), TextStyle.SMALL));
        }
        s.add(t);
    }

    /** What changed for one factor in words. */
    static String change(FollowUp.FactorChange c, @Nullable String methodChange, Texts tx) {
        if (c.riskBefore() == null) {
            return tx.text("followUp.change.added");
        }
        if (c.riskAfter() == null) {
            return tx.text("followUp.change.dropped");
        }
        if (methodChange != null) {
            return tx.text("followUp.change.methodChanged", "what", methodChange);
        }
        int d = c.riskAfter().compareTo(c.riskBefore());
        return tx.text(d < 0 ? "followUp.change.better" : d > 0 ? "followUp.change.worse" : "followUp.change.same");
    }

    /** The method variant that changed for a factor ("RULA Table A"), or null. */
    static @Nullable String methodChange(AssessmentResult result, String key, FollowUp f) {
        for (FactorResult fr : result.factors()) {
            if (!fr.key().equals(key)) {
                continue;
            }
            KeyFigures.Variant v = KeyFigures.variant(fr);
            if (v == null) {
                return null;
            }
            for (String m : f.methodChanges()) {
                if (m.startsWith(v.name() + ":")) {
                    return v.name();
                }
            }
            return null;
        }
        return null;
    }

    static String factorName(String key, Texts tx) {
        return tx.has("followUp.factor." + key) ? tx.text("followUp.factor." + key) : EmployeeReport.words(key);
    }

    /** A key figure as the language writes it; vibration with its unit, the lifting index with two decimals. */
    static @Nullable String figure(String key, @Nullable Number n, Texts tx) {
        if (n == null) {
            return null;
        }
        if (n instanceof Integer || n instanceof Long) {
            return tx.number(n.longValue(), 0);
        }
        double d = n.doubleValue();
        return switch (key) {
            case "lifting" -> Styles.fixed(tx, d, 2);
            case "handArmVibration", "wholeBodyVibration" -> tx.text("unit.ms2", "value", Styles.number(tx, d));
            default -> Styles.number(tx, d);
        };
    }

    /** A light's coloured cell with the key figure under the word; a dash on white when absent. */
    private static PdfPCell light(PdfSession s, @Nullable Risk risk, @Nullable String figure, TextStyle style) {
        if (risk == null) {
            PdfPCell c = s.cell(s.text("followUp.notAssessed"), TextStyle.SMALL);
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            return c;
        }
        Color ink = Styles.textOn(risk);
        Phrase p = new Phrase(style.size() * 1.25f);
        p.add(new Chunk(s.light(risk), s.font(style, ink)));
        if (figure != null) {
            p.add(new Chunk(" · " + figure, s.font(TextStyle.SMALL, ink)));
        }
        PdfPCell c = s.cell(p);
        c.setBackgroundColor(Styles.colour(risk));
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setBorderColor(Color.WHITE);
        c.setBorderWidth(1f);
        return c;
    }

    /** Done since then, still to do, new: each a line of short actions. */
    private static void codes(PdfSession s, AssessmentResult result, FollowUp f) {
        Texts tx = s.texts();
        line(s, tx.text("followUp.resolved"), words(f.resolved(), result, tx), Styles.GREEN);
        line(s, tx.text("followUp.stillOpen"), shortened(words(f.stillOpen(), result, tx), tx), Styles.INK);
        line(s, tx.text("followUp.new"), shortened(words(f.newCodes(), result, tx), tx), Styles.INK);
    }

    /** How many open or new actions are named; the checklist below has them all. */
    static final int NAMED = 4;

    /** The first {@link #NAMED} items and how many more, so that the part stays short. */
    static List<String> shortened(List<String> items, Texts tx) {
        if (items.size() <= NAMED + 1) {
            return items;
        }
        List<String> out = new ArrayList<>(items.subList(0, NAMED));
        out.add(tx.text("followUp.more", "count", SummaryReport.count(tx, items.size() - NAMED)));
        return out;
    }

    private static void line(PdfSession s, String label, List<String> items, Color colour) {
        if (items.isEmpty()) {
            return;
        }
        Paragraph p = new Paragraph();
        p.setLeading(TextStyle.SMALL.size() * 1.3f);
        p.setSpacingAfter(1.5f);
        p.add(new Chunk(label + " ", s.font(TextStyle.SMALL_BOLD, colour)));
        p.add(s.chunk(String.join("; ", items) + ".", TextStyle.SMALL));
        s.add(p);
    }

    /** Recommendation codes in a few words each, once per distinct wording. */
    static List<String> words(List<String> codes, AssessmentResult result, Texts tx) {
        Set<String> out = new LinkedHashSet<>();
        for (String code : codes) {
            out.add(codeWords(code, result, tx));
        }
        return new ArrayList<>(out);
    }

    /**
     * A code's words: the short action of the current recommendation with the code, else the renderers'
     * label of the code, else the bundle's {@code followUp.code.CODE}, else the code in lower case.
     */
    static String codeWords(String code, @Nullable AssessmentResult result, Texts tx) {
        if (result != null) {
            for (Recommendation r : result.recommendations()) {
                if (r.code().equals(code)) {
                    return SectionRenderers.shortAction(r, tx);
                }
            }
        }
        String label = SectionRenderers.actionLabels(tx).get(code);
        if (label != null) {
            return label;
        }
        if (tx.has("followUp.code." + code)) {
            return tx.text("followUp.code." + code);
        }
        return Purchases.category(code, Map.of(), tx);
    }
}
