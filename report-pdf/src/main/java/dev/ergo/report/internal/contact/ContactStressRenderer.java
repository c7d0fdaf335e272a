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
import dev.ergo.model.text.Texts;
import dev.ergo.report.internal.spi.FactorRenderer;
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Renders the contact-stress result: each finding in plain words with the criterion that fired
 * (Washington caution or hazard zone, or the toolkit's hard-edge rule), its light and its advice.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ContactStressRenderer extends FactorRenderer<ContactStressResult> {

    /** The codes of this section's advice; TOOL_CHANGE has the same words as the repetitive-motion renderers. */
    private static final List<String> CODES = List.of("KNEE_PADS", "PADDING", "TOOL_CHANGE");

    /** Creates the renderer. */
    public ContactStressRenderer() {
        super(ContactStressResult.class, "contact", CODES);
    }

    @Override
    public @Nullable String keyFigure(ContactStressResult r, Texts t) {
        if (r.findings().isEmpty()) {
            return null;
        }
        ContactZone z = r.findings().get(0).criterion().zone();
        return t.text("contact.figure." + z.name());
    }

    @Override
    public String verdict(ContactStressResult r, Texts t) {
        return t.text("contact.verdict." + r.risk().name(), "tasks", r.tasksAssessed());
    }

    @Override
    public void render(ContactStressResult r, AssessmentResult result, ReportContext ctx) {
        Texts tx = ctx.texts();
        ctx.heading(title(tx));
        ctx.verdict(r.risk(), verdict(r, tx));
        if (r.findings().isEmpty()) {
            ctx.add(ctx.paragraph(ctx.text("contact.none"), TextStyle.BODY));
            return;
        }
        PdfPTable t = ctx.table(new float[] {1.75f, 8.25f}, ctx.text("contact.col.criterion"),
                ctx.text("contact.col.found"));
        for (int i = 0; i < r.findings().size(); i++) {
            ContactFinding f = r.findings().get(i);
            ContactCriterion c = f.criterion();
            Phrase zone = new Phrase(9.5f);
            zone.add(new Chunk(ctx.light(f.risk()), ctx.font(TextStyle.SMALL_BOLD, Styles.textOn(f.risk()))));
            zone.add(new Chunk("\n" + c.zone().title(tx) + "\n" + c.zone().reference(tx),
                    ctx.font(TextStyle.SMALL, Styles.textOn(f.risk()))));
            PdfPCell z = ctx.cell(zone);
            z.setBackgroundColor(Styles.colour(f.risk()));
            t.addCell(z);
            Phrase found = new Phrase(11f);
            found.add(ctx.chunk(plain(f, tx), TextStyle.BODY));
            found.add(new Chunk("\n" + ctx.text("contact.criterion", "heading", c.heading(tx)),
                    ctx.font(TextStyle.SMALL, Styles.MUTED)));
            t.addCell(ctx.cell(found));
        }
        ctx.add(t);
        if (r.findings().stream().anyMatch(f -> f.criterion().exposure() != ContactExposure.HARD_EDGE)) {
            ctx.add(ctx.paragraph(ctx.text("contact.rotation"), TextStyle.SMALL_ITALIC));
        }
    }

    /** The finding in plain words for the employee, with the numbers that met the criterion. */
    static String plain(ContactFinding f, Texts t) {
        List<String> parts = f.contributions().stream().map(c -> {
            String part = c.bodyPart() != null && !c.bodyPart().isBlank() ? " (" + c.bodyPart() + ")" : "";
            Double rate = c.ratePerHour();
            return t.text(rate != null ? "contact.part.rate" : "contact.part", "task", c.task(), "bodyPart", part,
                    "rate", rate == null ? "" : Styles.number(t, rate), "hours", Styles.number(t, c.hoursPerDay()));
        }).toList();
        String what = t.text("contact.exposure." + f.criterion().exposure().name());
        return f.contributions().size() > 1
                ? t.text("contact.finding.total", "what", what, "parts", String.join("; ", parts), "hours",
                        Styles.number(t, f.hoursPerDay()))
                : t.text("contact.finding", "what", what, "parts", String.join("; ", parts));
    }
}
