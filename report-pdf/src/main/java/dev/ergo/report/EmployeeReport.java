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
import dev.ergo.engine.ResultSection;
import dev.ergo.engine.Risk;
import dev.ergo.engine.office.RosaResult;
import dev.ergo.model.Employee;
import dev.ergo.model.SourceRow;
import dev.ergo.model.text.Texts;
import dev.ergo.report.internal.spi.SectionRenderer;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Lays out the report of one employee. */
final class EmployeeReport {
    private EmployeeReport() {}

    static void write(AssessmentResult result, ReportOptions options, OutputStream out) {
        write(result, null, options, out);
    }

    static void write(AssessmentResult result, @Nullable FollowUp followUp, ReportOptions options, OutputStream out) {
        Employee e = result.employee();
        String org = options.organisation();
        Texts t = ReportTexts.MESSAGES.in(ReportTexts.language(result, options));
        String title = t.text("employee.title");
        PageDecorator.PageText pageText = new PageDecorator.PageText(
                title + (org != null ? " · " + org : ""), t.text("employee.header.continued", "id", e.id()),
                t.text("employee.footer", "id", e.id()));
        PdfSession s = new PdfSession(options, t, out, "employee|" + e.id(), t.text("employee.docTitle", "id", e.id()),
                t.text("employee.subject", "id", e.id()), pageText);
        // Part 1, for the employee: the light, the checklist, their own set-up and short reasons.
        header(s, result);
        overall(s, result);
        if (followUp != null) {
            FollowUpPart.write(s, result, followUp);
        }
        checklist(s, result);
        for (ResultSection section : result.sections()) {
            SectionRenderers.find(section).ifPresent(r -> SectionRenderers.renderForEmployee(r, section, result, s));
        }
        reasons(s, result);
        // Part 2, for the assessor: the tables, multipliers, defaults used and methods.
        appendix(s, result);
        Set<SectionRenderer<?>> used = new LinkedHashSet<>();
        List<ResultSection> notShown = new ArrayList<>();
        for (ResultSection section : result.sections()) {
            Optional<SectionRenderer<?>> r = SectionRenderers.find(section);
            if (r.isPresent()) {
                SectionRenderers.render(r.get(), section, result, s);
                used.add(r.get());
            } else {
                notShown.add(section);
            }
        }
        if (!notShown.isEmpty()) {
            s.subheading(s.text("employee.notShown.heading"));
            List<String> keys = notShown.stream().map(ResultSection::key).distinct().toList();
            s.add(s.paragraph(s.text("employee.notShown", "keys", String.join(", ", keys)), TextStyle.BODY));
        }
        assessorNotes(s, result);
        methods(s, used.isEmpty() ? SectionRenderers.ALL : List.copyOf(used));
        s.close();
    }

    /** The heading of the assessor's part, on a page of its own start when there are sections to detail. */
    static void appendix(PdfSession s, AssessmentResult result) {
        if (!result.sections().isEmpty()) {
            s.newPage();
        }
        s.heading(s.text("appendix.heading"));
        s.add(s.paragraph(s.text("appendix.intro"), TextStyle.SMALL));
    }

    /** "What the assessment found": each scored factor's light with its one-sentence reason. */
    private static void reasons(PdfSession s, AssessmentResult result) {
        List<String[]> rows = new ArrayList<>();
        List<Risk> risks = new ArrayList<>();
        for (FactorResult f : result.factors()) {
            Optional<SectionRenderer<?>> r = SectionRenderers.find(f);
            String sentence = r.isPresent() ? SectionRenderers.verdict(r.get(), f, s.texts()) : null;
            if (sentence != null) {
                rows.add(new String[] {sentence});
                risks.add(f.risk());
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        s.compactHeading(s.text("reasons.heading"));
        PdfPTable t = new PdfPTable(new float[] {0.85f, 7.55f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(2);
        t.setSpacingAfter(5);
        for (int i = 0; i < rows.size(); i++) {
            Risk risk = risks.get(i);
            PdfPCell badge = s.lightCell(risk, TextStyle.SMALL_BOLD);
            badge.setBorderColor(java.awt.Color.WHITE);
            badge.setBorderWidth(1.5f);
            t.addCell(badge);
            Phrase p = new Phrase(10f);
            p.add(s.chunk(rows.get(i)[0], TextStyle.LIST));
            PdfPCell text = s.cell(p);
            text.setBackgroundColor(Styles.tint(risk));
            text.setBorderColor(java.awt.Color.WHITE);
            text.setBorderWidth(1.5f);
            text.setPaddingTop(1.2f);
            text.setPaddingBottom(1.5f);
            t.addCell(text);
        }
        s.add(t);
    }

    private static void header(PdfSession s, AssessmentResult result) {
        Employee e = result.employee();
        Paragraph title = new Paragraph(s.text("employee.title"), s.font(TextStyle.TITLE));
        title.setSpacingAfter(2);
        s.add(title);
        String org = s.options().organisation();
        if (org != null) {
            s.add(s.paragraph(org, TextStyle.SUBHEADING));
        }
        List<String[]> pairs = new ArrayList<>();
        String name = e.name();
        if (s.options().includeNames() && name != null && !name.isBlank()) {
            pairs.add(new String[] {s.text("employee.name"), name});
        }
        pairs.add(new String[] {s.text("employee.id"), e.id()});
        pairs.add(new String[] {s.text("employee.department"), orNotRecorded(s, e.department())});
        pairs.add(new String[] {s.text("employee.jobTitle"), orNotRecorded(s, e.jobTitle())});
        if (e.site() != null && !e.site().isBlank()) {
            pairs.add(new String[] {s.text("employee.site"), e.site()});
        }
        pairs.add(new String[] {s.text("employee.assessmentDate"), s.texts().date(result.assessmentDate())});
        pairs.add(new String[] {s.text("employee.assessor"), orNotRecorded(s, e.assessor())});
        // the date the report was generated is in every page's footer
        if (pairs.size() % 2 == 1) {
            pairs.add(new String[] {"", ""});
        }
        PdfPTable t = s.table(new float[] {1.25f, 2.35f, 1.25f, 2.35f});
        t.setSpacingBefore(6);
        for (String[] p : pairs) {
            PdfPCell label = s.cell(p[0], TextStyle.SMALL_BOLD);
            label.setBackgroundColor(Styles.HEADER_TINT);
            t.addCell(label);
            t.addCell(s.cell(p[1], TextStyle.BODY));
        }
        s.add(t);
    }

    private static String orNotRecorded(PdfSession s, @Nullable String v) {
        return v == null || v.isBlank() ? s.text("employee.notRecorded") : v;
    }

    private static void overall(PdfSession s, AssessmentResult result) {
        List<FactorResult> factors = result.factors();
        PdfPTable t = new PdfPTable(new float[] {1f, 4.2f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(6);
        t.setSpacingAfter(4);
        t.setKeepTogether(true);
        Phrase text = new Phrase(13);
        PdfPCell badge;
        if (factors.isEmpty()) {
            badge = badge(s, s.text("light.notScored"), Styles.GREY, java.awt.Color.WHITE);
            text.add(s.chunk(s.text("overall.noLight") + " ", TextStyle.BODY_BOLD));
            // with no section but a note (for example a rejected survey row), the notes say why
            String why = !result.sections().isEmpty() ? "overall.notScored"
                    : result.notes().isEmpty() && result.notAssessed().isEmpty() ? "overall.noFactors"
                    : "overall.noFactorsSeeNotes";
            text.add(s.chunk(s.text(why), TextStyle.BODY));
        } else {
            Risk risk = result.overallRisk();
            Texts tx = s.texts();
            badge = badge(s, s.light(risk), Styles.colour(risk), Styles.textOn(risk));
            text.add(s.chunk(s.text("overall.light", "light", Styles.lightAndColour(tx, risk)) + " ", TextStyle.BODY_BOLD));
            text.add(s.chunk(meaning(risk, !result.recommendations().isEmpty(), tx), TextStyle.BODY));
            for (FactorResult f : factors) { // those with a reason are listed under "What the assessment found"
                Optional<SectionRenderer<?>> renderer = SectionRenderers.find(f);
                if (renderer.isPresent() && SectionRenderers.verdict(renderer.get(), f, tx) != null) {
                    continue;
                }
                String title = renderer.map(r -> r.title(tx)).orElse(f.key());
                text.add(new Chunk("\n", s.font(TextStyle.SMALL)));
                text.add(s.chunk(s.text("overall.factor", "factor", title, "light", Styles.lightAndColour(tx, f.risk())),
                        TextStyle.SMALL));
            }
        }
        t.addCell(badge);
        PdfPCell c = s.cell(text);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPaddingLeft(8);
        c.setBorderWidth(0);
        t.addCell(c);
        s.add(t);
    }

    static String meaning(Risk risk, boolean hasAdvice, Texts t) {
        return t.text("overall.meaning." + risk.name() + (hasAdvice ? ".advice" : ""));
    }

    private static PdfPCell badge(PdfSession s, String word, java.awt.Color background, java.awt.Color ink) {
        PdfPCell b = new PdfPCell(new Phrase(word, s.font(TextStyle.HEADING, ink)));
        b.setBackgroundColor(background);
        b.setHorizontalAlignment(Element.ALIGN_CENTER);
        b.setVerticalAlignment(Element.ALIGN_MIDDLE);
        b.setMinimumHeight(30);
        b.setBorderWidth(0);
        b.setPadding(6);
        b.setUseAscender(true);
        return b;
    }

    private static void checklist(PdfSession s, AssessmentResult result) {
        List<Recommendation> recs = result.recommendations();
        s.compactHeading(s.text("checklist.heading"));
        if (recs.isEmpty()) {
            s.add(s.paragraph(s.text("checklist.nothing"), TextStyle.BODY));
            return;
        }
        s.add(s.paragraph(s.text("checklist.intro"), TextStyle.SMALL));
        for (ResultSection section : result.sections()) {
            Optional<SectionRenderer<?>> r = SectionRenderers.find(section);
            String note = r.isPresent() ? SectionRenderers.checklistNote(r.get(), section, result, s.texts()) : null;
            if (note != null) {
                s.add(s.paragraph(note, TextStyle.LIST_BOLD));
            }
        }
        // no header row: the heading and the intro say what the boxes are for
        PdfPTable t = s.table(new float[] {0.5f, 9.5f});
        for (Recommendation r : recs) {
            PdfPCell box = s.cell(new Phrase(""));
            box.setCellEvent(TickBox.INSTANCE);
            t.addCell(box);
            Phrase p = new Phrase(10f);
            p.add(s.chunk(r.text(s.texts().locale()), TextStyle.LIST));
            PdfPCell c = s.cell(p);
            c.setPaddingTop(1.1f); // capitals clear the rule above; same row height as before
            c.setPaddingBottom(1.4f);
            c.setPaddingLeft(3);
            c.setPaddingRight(3);
            t.addCell(c);
        }
        s.add(t);
    }

    /**
     * "footrest height 4.5 cm · ideal work surface height 72 cm" from the values map, in the order of
     * the names: equal results give equal reports, also where the engine filled a map whose iteration
     * order changes from one JVM to the next ({@code Map.of}). A value with words in the bundles
     * ({@code value.NAME}) uses them; others are written from the name.
     */
    static String keyNumbers(Map<String, Double> values, Texts t) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Double> v : new java.util.TreeMap<>(values).entrySet()) {
            String key = v.getKey();
            if (RESCORING.contains(key)) {
                continue; // the text says it, and the ROSA section's table lists it
            }
            String unit = "";
            for (String[] u : UNITS) {
                if (key.endsWith(u[0]) && key.length() > u[0].length()) {
                    key = key.substring(0, key.length() - u[0].length());
                    unit = u[1];
                    break;
                }
            }
            String number = Styles.number(t, v.getValue());
            String value = unit.isEmpty() ? number : t.text(unit, "value", number);
            String name = t.has("value." + key) ? t.text("value." + key) : words(key);
            parts.add(t.text("checklist.keyNumber", "name", name, "value", value));
        }
        return String.join(" · ", parts);
    }

    /** ROSA re-scoring values: in the advice's text and the ROSA section, not repeated as key numbers. */
    private static final Set<String> RESCORING =
            Set.of(RosaResult.SCORE_NOW, RosaResult.SCORE_IF_FIXED, RosaResult.SCORE_WITH_ITEMS_ABOVE);

    private static final String[][] UNITS = {
        {"Cm", "unit.cm"}, {"Mm", "unit.mm"}, {"Deg", "unit.deg"}, {"Kg", "unit.kg"}, {"Hours", "unit.hours"},
        {"Percent", "unit.percent"}, {"Ms2", "unit.ms2"}
    };

    /** camelCase to lower-case words: "idealWorkSurfaceHeight" → "ideal work surface height". */
    static String words(String camel) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                b.append(' ');
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static void assessorNotes(PdfSession s, AssessmentResult result) {
        s.heading(s.text("notes.heading"));
        List<String> notes = new ArrayList<>();
        for (SourceRow row : result.notAssessed()) { // first: a light may rest on fewer factors than surveyed
            notes.add(s.text("notes.notAssessed", "row", Integer.toString(row.rowNumber()), "sheet", row.sheet()));
        }
        Set<String> shown = new HashSet<>(); // beside a section's details already (the posture defaults)
        for (ResultSection section : result.sections()) {
            SectionRenderers.find(section).ifPresent(r -> SectionRenderers.notesShown(r, section)
                    .forEach(m -> shown.add(s.texts().text(m))));
        }
        boolean shownAbove = false;
        for (String note : result.notes()) {
            if (shown.contains(note)) {
                shownAbove = true;
            } else {
                notes.add(note);
            }
        }
        if (notes.isEmpty()) {
            s.add(s.paragraph(s.text(shownAbove ? "notes.noneOther" : "notes.none"), TextStyle.SMALL));
        }
        for (String note : notes) {
            Paragraph p = s.paragraph("• " + note, TextStyle.SMALL);
            p.setIndentationLeft(8);
            p.setFirstLineIndent(-6);
            p.setSpacingAfter(1);
            s.add(p);
        }
        List<Recommendation> recs = result.recommendations();
        if (!recs.isEmpty()) {
            s.subheading(s.text("notes.why"));
            PdfPTable t = s.table(new float[] {2.2f, 4.2f, 3.6f}, s.text("notes.col.code"), s.text("notes.col.rule"),
                    s.text("notes.col.source"));
            for (Recommendation r : recs) {
                t.addCell(s.cell(r.code(), TextStyle.SMALL_BOLD));
                Phrase rule = new Phrase(9.4f);
                rule.add(s.chunk(r.rule(s.texts()), TextStyle.SMALL));
                String numbers = keyNumbers(r.values(), s.texts());
                if (!numbers.isEmpty()) {
                    rule.add(new Chunk("\n" + s.text("checklist.keyNumbers", "numbers", numbers),
                            s.font(TextStyle.SMALL, Styles.MUTED)));
                }
                t.addCell(s.cell(rule));
                t.addCell(s.cell(r.source(), TextStyle.SMALL));
            }
            s.add(t);
        }
    }

    /** The methods footnote: one block kept on one page. */
    static void methods(PdfSession s, List<SectionRenderer<?>> renderers) {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(10);
        box.setKeepTogether(true);
        PdfPCell c = new PdfPCell();
        c.setBorderWidth(0);
        c.setBorderWidthTop(0.5f);
        c.setBorderColor(Styles.RULE);
        c.setPadding(0);
        c.setPaddingTop(4);
        c.addElement(s.paragraph(s.text("methods.heading"), TextStyle.SMALL_BOLD));
        for (SectionRenderer<?> r : renderers) {
            for (String line : r.methodNotes(s.texts())) {
                c.addElement(s.paragraph(line, TextStyle.SMALL));
            }
        }
        c.addElement(s.paragraph(s.text("methods.lights"), TextStyle.SMALL));
        c.addElement(s.paragraph(s.text("methods.disclaimer"), TextStyle.SMALL_BOLD));
        box.addCell(c);
        s.add(box);
    }
}
