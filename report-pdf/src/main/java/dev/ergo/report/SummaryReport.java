package dev.ergo.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.Chunk;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.RunSummary;
import dev.ergo.engine.FactorResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import dev.ergo.model.text.Texts;
import dev.ergo.report.internal.spi.Draw;
import dev.ergo.report.internal.spi.SectionRenderer;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.awt.Color;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Lays out the organisation summary of a run. */
final class SummaryReport {
    private SummaryReport() {}

    /** How many employees the "most in need of action" table lists. */
    static final int TOP = RunSummary.MOST_IN_NEED;
    /** How many recommendations each listed employee shows, as short actions. */
    static final int TOP_ACTIONS = 3;

    /** One result reduced to what the summary prints. */
    record Row(AssessmentResult result, boolean scored, Risk risk) {
        static Row of(AssessmentResult r) {
            return new Row(r, !r.factors().isEmpty(), r.overallRisk());
        }

        String id() {
            return result.employee().id();
        }
    }

    /** Writes the summary from the run's aggregate: only counts and the employees most in need are needed. */
    static void write(RunSummary run, SummaryInfo info, ReportOptions options, OutputStream out) {
        String org = options.organisation();
        Texts tx = ReportTexts.MESSAGES.in(options.language());
        String title = title(info, tx);
        String runDate = tx.date(info.runDate());
        PageDecorator.PageText pageText = new PageDecorator.PageText(
                title + (org != null ? " · " + org : ""), tx.text("summary.header.continued", "date", runDate),
                info.workbookName().isEmpty() ? tx.text("summary.footer.run", "date", runDate)
                        : tx.text("summary.footer.workbook", "workbook", info.workbookName()));
        PdfSession s = new PdfSession(options, tx, out,
                "summary|" + info.title() + "|" + info.runDate() + "|" + info.workbookName(), title,
                tx.text("summary.subject", "date", runDate), pageText);

        int[] lights = new int[Risk.values().length];
        for (Risk light : Risk.values()) {
            lights[light.ordinal()] = run.overall().get(light);
        }
        int notScored = run.notScored();
        Map<String, int[]> perFactor = new LinkedHashMap<>();
        for (SectionRenderer<?> renderer : SectionRenderers.ALL) {
            if (FactorResult.class.isAssignableFrom(renderer.sectionType())) {
                perFactor.put(renderer.shortTitle(tx), new int[Risk.values().length]);
            }
        }
        run.byFactor().forEach((key, counts) -> {
            Class<?> type = run.factorTypes().get(key);
            String name = type == null ? key : rendererOf(type).map(x -> x.shortTitle(tx)).orElse(key);
            int[] n = perFactor.computeIfAbsent(name, k -> new int[Risk.values().length]);
            for (Risk light : Risk.values()) {
                n[light.ordinal()] += counts.get(light);
            }
        });
        Map<String, String> labels = SectionRenderers.actionLabels(tx);
        Map<String, Integer> purchases = new HashMap<>();
        run.recommendationCodeSets().forEach((codes, employees) -> {
            Set<String> categories = new LinkedHashSet<>();
            for (String code : codes) {
                categories.add(Purchases.category(code, labels, tx));
            }
            for (String c : categories) {
                purchases.merge(c, employees, Integer::sum);
            }
        });

        int total = run.employees();
        header(s, info, title, total);
        trafficLights(s, lights, notScored, total);
        factorCounts(s, perFactor, total);
        mostInNeed(s, run.mostInNeed().stream().map(Row::of).toList(), total);
        buyOrChange(s, purchases, total);
        run.comparison().ifPresent(c -> FollowUpSummary.write(s, run.worsened(), c));
        EmployeeReport.methods(s, SectionRenderers.ALL);
        s.close();
    }

    /** The renderer of a section type, as {@link SectionRenderers#find} finds it for an instance. */
    private static Optional<SectionRenderer<?>> rendererOf(Class<?> type) {
        for (SectionRenderer<?> r : SectionRenderers.ALL) {
            if (r.sectionType() == type) {
                return Optional.of(r);
            }
        }
        for (SectionRenderer<?> r : SectionRenderers.ALL) {
            if (r.sectionType().isAssignableFrom(type)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The title printed: the caller's, except that the CLI's English default is said in the report's
     * language.
     */
    static String title(SummaryInfo info, Texts t) {
        return SummaryInfo.DEFAULT_TITLE.equals(info.title()) ? t.text("summary.title") : info.title();
    }

    private static void header(PdfSession s, SummaryInfo info, String titleText, int reports) {
        Paragraph title = new Paragraph(titleText, s.font(TextStyle.TITLE));
        title.setSpacingAfter(2);
        s.add(title);
        String org = s.options().organisation();
        if (org != null) {
            s.add(s.paragraph(org, TextStyle.SUBHEADING));
        }
        PdfPTable t = s.table(new float[] {1.6f, 2f, 1.6f, 2f});
        t.setSpacingBefore(6);
        Texts tx = s.texts();
        pair(s, t, s.text("summary.runDate"), tx.date(info.runDate()));
        pair(s, t, s.text("summary.workbook"), info.workbookName().isEmpty() ? s.text("summary.workbook.none")
                : info.workbookName());
        pair(s, t, s.text("summary.inWorkbook"), count(tx, info.employeesInWorkbook()));
        pair(s, t, s.text("summary.assessed"), count(tx, reports));
        pair(s, t, s.text("summary.rejected"), count(tx, info.rowsRejected()));
        pair(s, t, s.text("summary.problems"), info.problemCount() > 0
                ? s.text("summary.problems.see", "count", count(tx, info.problemCount())) : count(tx, 0));
        s.add(t);
        if (info.problemCount() > 0 || info.rowsRejected() > 0) {
            s.add(s.paragraph(s.text("summary.problems.note"), TextStyle.SMALL));
        }
    }

    /** A count as the language writes it: 10,050 or 10.050. */
    static String count(Texts t, int n) {
        return t.number(n, 0);
    }

    private static void pair(PdfSession s, PdfPTable t, String label, String value) {
        PdfPCell l = s.cell(label, TextStyle.SMALL_BOLD);
        l.setBackgroundColor(Styles.HEADER_TINT);
        t.addCell(l);
        t.addCell(s.cell(value, TextStyle.BODY));
    }

    private static void trafficLights(PdfSession s, int[] lights, int notScored, int total) {
        s.heading(s.text("summary.lights"));
        List<Object[]> bars = new ArrayList<>();
        PdfPTable t = s.table(new float[] {3f, 1.3f, 1f}, s.text("col.light"), s.text("summary.col.employees"),
                s.text("summary.col.share"));
        t.setSpacingBefore(0);
        t.setSpacingAfter(0);
        for (Risk r : List.of(Risk.HIGH, Risk.MEDIUM, Risk.LOW)) {
            String label = Styles.lightAndColour(s.texts(), r);
            lightRow(s, t, label, Styles.tint(r), lights[r.ordinal()], total);
            bars.add(new Object[] {s.light(r), Styles.colour(r), lights[r.ordinal()]});
        }
        if (notScored > 0) {
            lightRow(s, t, s.text("summary.notScored"), Styles.HEADER_TINT, notScored, total);
            bars.add(new Object[] {s.text("light.notScored"), Styles.GREY, notScored});
        }
        // The table and its bar chart side by side.
        float[] widths = {1.15f, 1f};
        float gap = 12;
        PdfPTable both = new PdfPTable(widths);
        both.setWidthPercentage(100);
        both.setKeepTogether(true);
        both.setSpacingAfter(6);
        PdfPCell left = new PdfPCell(t);
        t.setExtendLastRow(false); // PdfPCell(table) stretches the last row to the cell's height
        left.setBorderWidth(0);
        left.setPadding(0);
        left.setPaddingRight(gap);
        both.addCell(left);
        float chartW = s.contentWidth() * widths[1] / (widths[0] + widths[1]);
        PdfPCell right = new PdfPCell(chart(s, bars, total, chartW), false);
        right.setBorderWidth(0);
        right.setPadding(0);
        right.setVerticalAlignment(Element.ALIGN_TOP);
        both.addCell(right);
        s.add(both);
    }

    private static void lightRow(PdfSession s, PdfPTable t, String label, Color tint, int count, int total) {
        PdfPCell c = s.cell(label, TextStyle.BODY_BOLD);
        c.setBackgroundColor(tint);
        t.addCell(c);
        t.addCell(s.cell(count(s.texts(), count), TextStyle.BODY));
        t.addCell(s.cell(percent(count, total, s.texts()), TextStyle.BODY));
    }

    static String percent(int count, int total, Texts t) {
        return total == 0 ? "–" : t.text("unit.percent", "value", t.number(100.0 * count / total, 0));
    }

    /** A horizontal bar chart: label, bar in the light's colour, count and share. */
    private static Image chart(PdfSession s, List<Object[]> bars, int total, float w) {
        float rowH = 18;
        float h = bars.size() * rowH + rowH;
        PdfTemplate tpl = s.template(w, h);
        BaseFont regular = s.baseFont(TextStyle.Face.REGULAR);
        BaseFont bold = s.baseFont(TextStyle.Face.BOLD);
        float labelW = 62;
        for (Object[] b : bars) {
            labelW = Math.max(labelW, bold.getWidthPoint((String) b[0], 7.5f) + 6);
        }
        float countW = 64;
        float maxBar = w - labelW - countW;
        int max = 0;
        for (Object[] b : bars) {
            max = Math.max(max, (Integer) b[2]);
        }
        Draw.text(tpl, bold, 7.5f, Styles.MUTED, s.text("summary.chart.title"), 0, h - 11, Element.ALIGN_LEFT);
        for (int i = 0; i < bars.size(); i++) {
            Object[] b = bars.get(i);
            int count = (Integer) b[2];
            float y = h - (i + 2) * rowH + 1;
            Draw.text(tpl, bold, 7.5f, Styles.INK, (String) b[0], 0, y + 5, Element.ALIGN_LEFT);
            float len = max == 0 ? 0 : maxBar * count / max;
            if (len > 0) {
                tpl.saveState();
                tpl.setColorFill((Color) b[1]);
                tpl.rectangle(labelW, y + 1, Math.max(len, 1.5f), rowH - 5);
                tpl.fill();
                tpl.restoreState();
            }
            Draw.text(tpl, regular, 7.5f, Styles.INK, count(s.texts(), count) + " (" + percent(count, total, s.texts()) + ")", labelW + len + 4, y + 5,
                    Element.ALIGN_LEFT);
        }
        tpl.saveState();
        tpl.setColorStroke(Styles.RULE);
        tpl.setLineWidth(0.5f);
        tpl.moveTo(labelW, 0);
        tpl.lineTo(labelW, h - rowH);
        tpl.stroke();
        tpl.restoreState();
        try {
            return Image.getInstance(tpl);
        } catch (BadElementException e) {
            throw new ReportException("could not draw the traffic-light chart", e);
        }
    }

    private static void mostInNeed(PdfSession s, List<Row> rows, int total) {
        s.heading(s.text("summary.mostInNeed"));
        if (rows.isEmpty()) {
            s.add(s.paragraph(s.text("summary.mostInNeed.none"), TextStyle.BODY));
            return;
        }
        List<Row> top = rows.subList(0, Math.min(TOP, rows.size()));
        s.add(s.paragraph(s.text(total > TOP ? "summary.mostInNeed.intro.top" : "summary.mostInNeed.intro.all",
                "top", TOP, "count", total), TextStyle.SMALL));
        boolean names = s.options().includeNames();
        PdfPTable t = names
                ? s.table(new float[] {0.5f, 1.2f, 1.6f, 1.35f, 1.2f, 3.0f, 2.75f},
                        "#", s.text("employee.id"), s.text("employee.name"), s.text("employee.department"),
                        s.text("col.light"), s.text("summary.col.factors"), s.text("summary.col.top"))
                : s.table(new float[] {0.5f, 1.45f, 1.8f, 1.2f, 3.6f, 2.85f},
                        "#", s.text("employee.id"), s.text("employee.department"), s.text("col.light"),
                        s.text("summary.col.factors"), s.text("summary.col.top"));
        int n = 0;
        for (Row row : top) {
            n++;
            AssessmentResult r = row.result();
            t.addCell(s.cell(String.valueOf(n), TextStyle.SMALL));
            t.addCell(s.cell(r.employee().id(), TextStyle.SMALL));
            if (names) {
                String name = r.employee().name();
                t.addCell(s.cell(name == null || name.isBlank() ? "–" : name, TextStyle.SMALL));
            }
            String dept = r.employee().department();
            t.addCell(s.cell(dept == null || dept.isBlank() ? "–" : dept, TextStyle.SMALL));
            PdfPCell light;
            if (row.scored()) {
                light = s.cell(new Phrase(s.light(row.risk()), s.font(TextStyle.SMALL_BOLD, Styles.textOn(row.risk()))));
                light.setBackgroundColor(Styles.colour(row.risk()));
            } else {
                light = s.cell(s.text("summary.notScored.short"), TextStyle.SMALL);
            }
            t.addCell(light);
            t.addCell(s.cell(factorFigures(s, r)));
            List<String> actions = topActions(r, s.texts());
            t.addCell(s.cell(actions.isEmpty() ? "–" : String.join("\n", actions), TextStyle.SMALL));
        }
        s.add(t);
    }

    /** The first recommendations of distinct codes, in the checklist's order, each as a few words. */
    static List<String> topActions(AssessmentResult r, Texts t) {
        List<String> out = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (Recommendation rec : r.recommendations()) {
            if (out.size() == TOP_ACTIONS) {
                break;
            }
            if (codes.add(rec.code())) {
                out.add("• " + SectionRenderers.shortAction(rec, t));
            }
        }
        return out;
    }

    /** The factors' key figures grouped by light, HIGH first: "HIGH ROSA 6, HAV 5.2 m/s²; MEDIUM RSI 7". */
    static Phrase factorFigures(PdfSession s, AssessmentResult r) {
        Phrase p = new Phrase(9.4f);
        List<FactorResult> factors = r.factors();
        if (factors.isEmpty()) {
            p.add(s.chunk("–", TextStyle.SMALL));
            return p;
        }
        boolean first = true;
        for (Risk light : List.of(Risk.HIGH, Risk.MEDIUM, Risk.LOW)) {
            List<String> figures = new ArrayList<>();
            for (FactorResult f : factors) {
                if (f.risk() == light) {
                    figures.add(figure(f, s.texts()));
                }
            }
            if (figures.isEmpty()) {
                continue;
            }
            if (!first) {
                p.add(s.chunk("; ", TextStyle.SMALL));
            }
            first = false;
            p.add(new Chunk(s.light(light) + " ", s.font(TextStyle.SMALL_BOLD,
                    light == Risk.MEDIUM ? Styles.AMBER_LINE : Styles.colour(light))));
            p.add(s.chunk(String.join(", ", figures), TextStyle.SMALL));
        }
        return p;
    }

    /** A factor's key figure from its renderer, else its short name, else its key. */
    static String figure(FactorResult f, Texts t) {
        Optional<SectionRenderer<?>> r = SectionRenderers.find(f);
        if (r.isEmpty()) {
            return f.key();
        }
        String figure = SectionRenderers.keyFigure(r.get(), f, t);
        return figure != null ? figure : r.get().shortTitle(t);
    }

    /** Employees per factor and light: a table with a row per factor of the registry. */
    private static void factorCounts(PdfSession s, Map<String, int[]> perFactor, int total) {
        s.heading(s.text("summary.perFactor"));
        if (total == 0) {
            s.add(s.paragraph(s.text("summary.perFactor.none"), TextStyle.BODY));
            return;
        }
        s.add(s.paragraph(s.text("summary.perFactor.intro", "total", total), TextStyle.SMALL));
        PdfPTable t = s.table(new float[] {3.2f, 1.1f, 1.1f, 1.1f, 1.1f}, s.text("summary.col.factor"),
                s.light(Risk.HIGH), s.light(Risk.MEDIUM), s.light(Risk.LOW), s.text("summary.col.assessed"));
        t.setKeepTogether(true);
        for (Map.Entry<String, int[]> e : perFactor.entrySet()) {
            int[] n = e.getValue();
            t.addCell(s.cell(e.getKey(), TextStyle.BODY));
            for (Risk light : List.of(Risk.HIGH, Risk.MEDIUM, Risk.LOW)) {
                int count = n[light.ordinal()];
                PdfPCell c = s.cell(count(s.texts(), count), count > 0 ? TextStyle.BODY_BOLD : TextStyle.BODY);
                c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                if (count > 0) {
                    c.setBackgroundColor(Styles.tint(light));
                }
                t.addCell(c);
            }
            PdfPCell all = s.cell(count(s.texts(), n[0] + n[1] + n[2]), TextStyle.BODY);
            all.setHorizontalAlignment(Element.ALIGN_RIGHT);
            t.addCell(all);
        }
        s.add(t);
    }

    private static void buyOrChange(PdfSession s, Map<String, Integer> purchases, int total) {
        s.heading(s.text("summary.buy"));
        if (purchases.isEmpty()) {
            s.add(s.paragraph(s.text("summary.buy.none"), TextStyle.BODY));
            return;
        }
        s.add(s.paragraph(s.text("summary.buy.intro", "total", total), TextStyle.SMALL));
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(purchases.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey()));
        PdfPTable t = s.table(new float[] {5f, 1.2f}, s.text("summary.col.item"), s.text("summary.col.employees"));
        for (Map.Entry<String, Integer> e : entries) {
            t.addCell(s.cell(e.getKey(), TextStyle.BODY));
            t.addCell(s.cell(count(s.texts(), e.getValue()), TextStyle.BODY_BOLD));
        }
        s.add(t);
    }
}
