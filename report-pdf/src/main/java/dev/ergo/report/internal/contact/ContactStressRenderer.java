package dev.ergo.report.internal.contact;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.contact.ContactCriterion;
import dev.ergo.engine.contact.ContactExposure;
import dev.ergo.engine.contact.ContactFinding;
import dev.ergo.engine.contact.ContactStressResult;
import dev.ergo.engine.contact.ContactZone;
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.SectionRenderer;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Renders the contact-stress result: each finding in plain words with the criterion that fired
 * (Washington caution or hazard zone, or the toolkit's hard-edge rule), its light and its advice.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ContactStressRenderer implements SectionRenderer<ContactStressResult> {

    private static final Map<String, String> LABELS = Map.of(
            "KNEE_PADS", "Knee pads, kneeling mats or knee-free tools to provide",
            "PADDING", "Hard edges and short handles to pad, round or lengthen",
            // the same code and words as the repetitive-motion renderers
            "TOOL_CHANGE", "Tools, grips or work methods to change");

    /** Creates the renderer. */
    public ContactStressRenderer() {}

    @Override
    public Class<ContactStressResult> sectionType() {
        return ContactStressResult.class;
    }

    @Override
    public String title() {
        return "Contact stress (impacts, kneeling, hard edges)";
    }

    @Override
    public String shortTitle() {
        return "Contact stress";
    }

    @Override
    public List<String> methodNotes() {
        return List.of("Contact stress: Washington State caution-zone (WAC 296-62-05105) and hazard-zone"
                + " (WAC 296-62-05174) criteria for hand or knee used as a hammer and for kneeling (rule repealed in"
                + " 2003, used as a checklist; methods §4.1–4.2); hard or sharp edges and tool handles: toolkit rule,"
                + " any time a day (no published numeric criterion). Traffic light: a hazard-zone finding HIGH (red),"
                + " a caution-zone or toolkit-rule finding MEDIUM (amber), none LOW (green).");
    }

    @Override
    public Map<String, String> actionLabels() {
        return LABELS;
    }

    @Override
    public @Nullable String keyFigure(ContactStressResult r) {
        if (r.findings().isEmpty()) {
            return null;
        }
        ContactZone z = r.findings().get(0).criterion().zone();
        return "Contact " + switch (z) {
            case HAZARD -> "hazard zone";
            case CAUTION -> "caution zone";
            case TOOLKIT_RULE -> "hard edge";
        };
    }

    static String verdict(ContactStressResult r) {
        return switch (r.risk()) {
            case HIGH -> "Contact stress: HIGH. A task meets a hazard-zone criterion: change it now.";
            case MEDIUM -> "Contact stress: MEDIUM. A task meets a caution-zone criterion or presses on a hard edge:"
                    + " improve it when practicable.";
            case LOW -> "Contact stress: LOW. None of the " + r.tasksAssessed() + " task"
                    + (r.tasksAssessed() == 1 ? "" : "s") + " assessed meets a criterion.";
        };
    }

    @Override
    public void render(ContactStressResult r, AssessmentResult result, ReportContext ctx) {
        ctx.heading(title());
        ctx.verdict(r.risk(), verdict(r));
        if (r.findings().isEmpty()) {
            ctx.add(ctx.paragraph("No task uses the hand or knee as a hammer, kneels or presses on a hard edge long"
                    + " enough to meet a criterion.", TextStyle.BODY));
            return;
        }
        List<Recommendation> advice = r.recommendations();
        boolean paired = advice.size() == r.findings().size();
        PdfPTable t = paired
                ? ctx.table(new float[] {1.75f, 4.2f, 4.05f}, "Criterion", "What was found", "What to do")
                : ctx.table(new float[] {1.75f, 8.25f}, "Criterion", "What was found");
        for (int i = 0; i < r.findings().size(); i++) {
            ContactFinding f = r.findings().get(i);
            ContactCriterion c = f.criterion();
            Phrase zone = new Phrase(9.5f);
            zone.add(new Chunk(f.risk().name(), ctx.font(TextStyle.SMALL_BOLD, Styles.textOn(f.risk()))));
            zone.add(new Chunk("\n" + c.zone().title() + "\n" + c.zone().reference(),
                    ctx.font(TextStyle.SMALL, Styles.textOn(f.risk()))));
            PdfPCell z = ctx.cell(zone);
            z.setBackgroundColor(Styles.colour(f.risk()));
            t.addCell(z);
            Phrase found = new Phrase(11f);
            found.add(ctx.chunk(plain(f), TextStyle.BODY));
            found.add(new Chunk("\nCriterion: " + c.heading(), ctx.font(TextStyle.SMALL, Styles.MUTED)));
            t.addCell(ctx.cell(found));
            if (paired) {
                t.addCell(ctx.cell(advice.get(i).text(), TextStyle.BODY));
            }
        }
        ctx.add(t);
        if (!paired) {
            ctx.adviceBox("What to do", advice.stream().map(Recommendation::text).toList());
        }
        if (r.findings().stream().anyMatch(f -> f.criterion().exposure() != ContactExposure.HARD_EDGE)) {
            ctx.add(ctx.paragraph("Until the task is changed, job rotation keeps each person's hours below the"
                    + " criterion's limit.", TextStyle.SMALL_ITALIC));
        }
    }

    /** The finding in plain words for the employee, with the numbers that met the criterion. */
    static String plain(ContactFinding f) {
        List<String> parts = f.contributions().stream().map(c -> {
            String part = c.bodyPart() != null && !c.bodyPart().isBlank() ? " (" + c.bodyPart() + ")" : "";
            Double rate = c.ratePerHour();
            return "\"" + c.task() + "\"" + part + ": " + (rate != null ? Styles.number(rate) + " times an hour for " : "")
                    + Styles.number(c.hoursPerDay()) + " h a day";
        }).toList();
        String what = switch (f.criterion().exposure()) {
            case HAND_IMPACT -> "The heel or base of the hand is used as a hammer";
            case KNEE_IMPACT -> "The knee is used as a hammer";
            case KNEELING -> "Kneeling";
            case HARD_EDGE -> "Pressure from a hard or sharp edge or a tool handle";
        };
        String total = f.contributions().size() > 1 ? " (" + Styles.number(f.hoursPerDay()) + " h a day in all)" : "";
        return what + " — " + String.join("; ", parts) + total + ".";
    }
}
