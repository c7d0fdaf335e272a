package dev.ergo.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import dev.ergo.engine.FollowUp;
import dev.ergo.engine.LightCounts;
import dev.ergo.engine.Risk;
import dev.ergo.engine.RunSummary;
import dev.ergo.model.text.Texts;
import dev.ergo.report.internal.spi.Draw;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The summary's before/after page of a follow-up run: the counts of employees better, worse and the same,
 * the share at HIGH before and after, paired stacked bars of the lights per site and department, and the
 * ids of the employees who got worse, were not re-assessed or are new.
 */
final class FollowUpSummary {
    private FollowUpSummary() {}

    /** How many ids a list prints; results.xlsx has them all. */
    static final int MAX_IDS = 120;
    /** Entries (before/after pairs) per chart image, so that one image never outgrows a page. */
    static final int PER_CHART = 16;

    static void write(PdfSession s, List<String> worsened, RunSummary.Comparison c) {
        Texts tx = s.texts();
        s.newPage();
        s.heading(s.text("summary.followUp.heading", "date", tx.date(c.baselineDate())));
        s.add(s.paragraph(s.text("summary.followUp.intro"), TextStyle.SMALL));
        figures(s, c);

        List<Entry> all = List.of(new Entry(s.text("summary.followUp.chart.all"), c.overall()));
        chart(s, "", all);
        if (named(c.bySite())) {
            chart(s, s.text("summary.followUp.chart.sites"), entries(s, c.bySite()));
        }
        if (named(c.byDepartment())) {
            chart(s, s.text("summary.followUp.chart.departments"), entries(s, c.byDepartment()));
        }
        s.add(s.paragraph(s.text("summary.followUp.legend"), TextStyle.SMALL));

        ids(s, s.text("summary.followUp.ids.worsened", "count", SummaryReport.count(tx, worsened.size())),
                worsened, Styles.RED);
        ids(s, s.text("summary.followUp.ids.notReassessed", "count", SummaryReport.count(tx, c.notReassessed().size())),
                c.notReassessed(), Styles.INK);
        ids(s, s.text("summary.followUp.ids.newEmployees", "count", SummaryReport.count(tx, c.newEmployees().size())),
                c.newEmployees(), Styles.INK);
    }

    /** Whether a breakdown says more than "all employees": a named entry exists. */
    private static boolean named(Map<String, RunSummary.BeforeAfter> map) {
        return map.keySet().stream().anyMatch(k -> !k.isEmpty());
    }

    record Entry(String name, RunSummary.BeforeAfter counts) {}

    private static List<Entry> entries(PdfSession s, Map<String, RunSummary.BeforeAfter> map) {
        List<Entry> out = new ArrayList<>();
        map.forEach((k, v) -> out.add(new Entry(k.isEmpty() ? s.text("summary.followUp.chart.none") : k, v)));
        return out;
    }

    /** Better, worse, same, not re-assessed, new, and the share at HIGH before and after. */
    private static void figures(PdfSession s, RunSummary.Comparison c) {
        Texts tx = s.texts();
        PdfPTable t = s.table(new float[] {1.6f, 1.2f, 1.6f, 2.8f});
        t.setKeepTogether(true);
        pair(s, t, s.text("summary.followUp.improved"), SummaryReport.count(tx, c.improved()), Styles.GREEN_TINT);
        pair(s, t, s.text("summary.followUp.worsened"), SummaryReport.count(tx, c.worsened()), Styles.RED_TINT);
        pair(s, t, s.text("summary.followUp.unchanged"), SummaryReport.count(tx, c.unchanged()), null);
        pair(s, t, s.text("summary.followUp.notReassessed"), SummaryReport.count(tx, c.notReassessed().size()), null);
        pair(s, t, s.text("summary.followUp.newEmployees"), SummaryReport.count(tx, c.newEmployees().size()), null);
        LightCounts before = c.overall().before();
        LightCounts after = c.overall().after();
        pair(s, t, s.text("summary.followUp.highShare"), s.text("summary.followUp.highShare.value",
                "before", SummaryReport.percent(before.high(), before.total(), tx),
                "after", SummaryReport.percent(after.high(), after.total(), tx)), null);
        s.add(t);
    }

    private static void pair(PdfSession s, PdfPTable t, String label, String value, @Nullable Color tint) {
        PdfPCell l = s.cell(label, TextStyle.SMALL_BOLD);
        l.setBackgroundColor(tint != null ? tint : Styles.HEADER_TINT);
        t.addCell(l);
        t.addCell(s.cell(value, TextStyle.BODY_BOLD));
    }

    /** Paired horizontal stacked bars: per entry the share at each light before, then after. */
    private static void chart(PdfSession s, String title, List<Entry> entries) {
        for (int from = 0; from < entries.size(); from += PER_CHART) {
            List<Entry> part = entries.subList(from, Math.min(entries.size(), from + PER_CHART));
            s.add(bars(s, from == 0 ? title : "", part));
        }
    }

    private static Image bars(PdfSession s, String title, List<Entry> entries) {
        Texts tx = s.texts();
        BaseFont regular = s.baseFont(TextStyle.Face.REGULAR);
        BaseFont bold = s.baseFont(TextStyle.Face.BOLD);
        float size = 7.5f;
        float w = s.contentWidth();
        float barH = 10;
        float pairGap = 1.5f;
        float entryGap = 6;
        float titleH = title.isEmpty() ? 2 : 13;
        float entryH = 2 * barH + pairGap + entryGap;
        float h = titleH + entries.size() * entryH;
        float nameW = w * 0.28f;
        String beforeWord = s.text("summary.followUp.before");
        String afterWord = s.text("summary.followUp.after");
        float wordW = Math.max(regular.getWidthPoint(beforeWord, size), regular.getWidthPoint(afterWord, size)) + 6;
        float countW = 40;
        float x0 = nameW + wordW;
        float barW = w - x0 - countW;
        PdfTemplate tpl = s.template(w, h);
        if (!title.isEmpty()) {
            Draw.text(tpl, bold, 8.5f, Styles.INK, title, 0, h - 10, Element.ALIGN_LEFT);
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            float top = h - titleH - i * entryH;
            float yBefore = top - barH;
            float yAfter = yBefore - pairGap - barH;
            Draw.text(tpl, bold, size, Styles.INK, Draw.fit(bold, size, e.name(), nameW - 6), 0, yAfter + barH - 2,
                    Element.ALIGN_LEFT);
            bar(tpl, regular, bold, size, tx, beforeWord, e.counts().before(), nameW, x0, yBefore, barW, barH, true);
            bar(tpl, regular, bold, size, tx, afterWord, e.counts().after(), nameW, x0, yAfter, barW, barH, false);
            Draw.line(tpl, Styles.GRID_LIGHT, 0.4f, 0, 0, yAfter - entryGap / 2, w, yAfter - entryGap / 2);
        }
        Draw.line(tpl, Styles.RULE, 0.5f, 0, x0, 0, x0, h - titleH);
        Image img = s.image(tpl, "before and after chart");
        img.setSpacingBefore(2);
        img.setSpacingAfter(4);
        return img;
    }

    /** One stacked bar: red, amber, green shares of the employees with a light, counts inside, n at the end. */
    private static void bar(PdfTemplate tpl, BaseFont regular, BaseFont bold, float size, Texts tx, String word,
            LightCounts counts, float wordX, float x0, float y, float barW, float barH, boolean before) {
        Draw.text(tpl, regular, size, Styles.MUTED, word, wordX, y + 2.5f, Element.ALIGN_LEFT);
        int total = counts.total();
        float x = x0;
        if (total > 0) {
            for (Risk r : List.of(Risk.HIGH, Risk.MEDIUM, Risk.LOW)) {
                int n = counts.get(r);
                if (n == 0) {
                    continue;
                }
                float len = barW * n / total;
                // before: the light's tint outlined in its colour; after: the full colour
                Draw.box(tpl, before ? Styles.tint(r) : Styles.colour(r), x, y, len, barH);
                if (before) {
                    tpl.saveState();
                    tpl.setColorStroke(Styles.colour(r));
                    tpl.setLineWidth(0.8f);
                    tpl.rectangle(x + 0.4f, y + 0.4f, len - 0.8f, barH - 0.8f);
                    tpl.stroke();
                    tpl.restoreState();
                }
                String label = SummaryReport.count(tx, n);
                if (bold.getWidthPoint(label, size) + 4 <= len) {
                    Draw.text(tpl, bold, size, before ? Styles.INK : Styles.textOn(r), label, x + len / 2, y + 2.5f,
                            Element.ALIGN_CENTER);
                }
                x += len;
            }
        } else {
            Draw.line(tpl, Styles.GRID, 0.6f, 2, x0, y + barH / 2, x0 + barW, y + barH / 2);
        }
        Draw.text(tpl, regular, size, Styles.INK, "n = " + SummaryReport.count(tx, total), x0 + barW + 4, y + 2.5f,
                Element.ALIGN_LEFT);
    }

    private static void ids(PdfSession s, String label, List<String> ids, Color colour) {
        Paragraph p = new Paragraph();
        p.setLeading(TextStyle.SMALL.size() * 1.35f);
        p.setSpacingBefore(2);
        p.setSpacingAfter(2);
        p.add(new Chunk(label + " ", s.font(TextStyle.SMALL_BOLD, colour)));
        String text;
        if (ids.isEmpty()) {
            text = s.text("summary.followUp.ids.none");
        } else if (ids.size() <= MAX_IDS) {
            text = String.join(", ", ids);
        } else {
            text = String.join(", ", ids.subList(0, MAX_IDS)) + " " + s.text("summary.followUp.ids.more",
                    "count", SummaryReport.count(s.texts(), ids.size() - MAX_IDS));
        }
        p.add(s.chunk(text, TextStyle.SMALL));
        s.add(p);
    }
}
