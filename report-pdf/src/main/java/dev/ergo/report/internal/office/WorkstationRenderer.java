package dev.ergo.report.internal.office;

import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.office.Dimension;
import dev.ergo.engine.office.WorkstationResult;
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.SectionRenderer;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import dev.ergo.model.Equipment;
import dev.ergo.model.office.Workstation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Renders the workstation set-up: each setting as surveyed ("Now", a dash where not recorded) beside
 * its target, and the body dimensions the targets were computed from, with every estimated dimension
 * labelled as such.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class WorkstationRenderer implements SectionRenderer<WorkstationResult> {

    /** The summary's words for the workstation codes ({@link OfficeWords}, checked against every code). */
    private static final Map<String, String> LABELS = OfficeWords.labels(false);

    /** Creates the renderer. */
    public WorkstationRenderer() {}

    @Override
    public Map<String, String> actionLabels() {
        return LABELS;
    }

    @Override
    public @Nullable String shortAction(Recommendation recommendation) {
        return OfficeWords.shortAction(recommendation);
    }

    @Override
    public Class<WorkstationResult> sectionType() {
        return WorkstationResult.class;
    }

    @Override
    public String title() {
        return "Your workstation set-up";
    }

    @Override
    public List<String> methodNotes() {
        return List.of("Workstation targets: methods-posture-office §5.9 (HFES 100-2007, Helander, OSHA eTool,"
                + " ISO 9241-5, Coleman et al. 1998). Body dimensions that were not measured are estimated from"
                + " stature and sex with the ANSUR II regressions (§6.2) or taken as the ANSUR II median (§6.1);"
                + " the report marks every estimate.");
    }

    @Override
    public void render(WorkstationResult w, AssessmentResult result, ReportContext ctx) {
        ctx.heading(title());
        ctx.add(ctx.paragraph("Heights are measured from the floor unless the table says otherwise.",
                TextStyle.SMALL));

        Workstation in = w.input();
        PdfPTable t = ctx.table(new float[] {2.5f, 1.25f, 1.25f, 4.3f}, "Setting", "Now", "Target",
                "How it is worked out");
        boolean raised = w.footrestHeightCm() > 0;
        target(ctx, t, "Seat height", cm(in.seatHeightCm()), w.recommendedSeatHeightCm(), raised
                ? "raised to suit the desk (with the feet flat on the floor it would be "
                        + Styles.cm(w.targetSeatHeightCm()) + ")"
                : "popliteal height + shoe allowance: thighs level, feet flat");
        Double desk = w.recommendedDeskHeightCm();
        String deskNow = cm(in.deskHeightCm()) + (in.deskHeightCm() != null && in.deskAdjustable() != null
                ? (in.deskAdjustable() ? " (adjustable)" : " (fixed)") : "");
        if (desk != null) {
            target(ctx, t, "Desk height", deskNow, desk, "keyboard home row at seated elbow height ("
                    + Styles.cm(w.seatedElbowHeightCm()) + "), within the desk's range");
        } else {
            target(ctx, t, "Desk height (ideal)", deskNow, w.idealWorkSurfaceHeightCm(),
                    "the desk is fixed or its range is unknown: the height that puts the keyboard's home row at"
                            + " seated elbow height (" + Styles.cm(w.seatedElbowHeightCm()) + ")");
        }
        t.addCell(ctx.cell("Footrest height", TextStyle.BODY));
        t.addCell(now(ctx, in.footrest() == null ? NOT_MEASURED : in.footrest() ? "footrest" : "no footrest"));
        t.addCell(value(ctx, raised ? Styles.cm(w.footrestHeightCm()) : "none needed"));
        t.addCell(ctx.cell(raised ? "seat height − (popliteal height + shoe allowance)"
                : "the feet rest flat at this seat height", TextStyle.BODY));
        target(ctx, t, "Lumbar support, most forward point (above the seat)", equipment(in.lumbarSupport()),
                w.lumbarSupportHeightCm(), "start here, then move it to the small of the back");
        target(ctx, t, "Top edge of the screen", cm(in.monitorTopHeightCm()), w.recommendedMonitorTopHeightCm(),
                "at or just below seated eye height; screen 50–75 cm from the eyes"
                        + (in.monitorDistanceCm() != null ? " (now " + Styles.cm(in.monitorDistanceCm()) + ")" : ""));
        target(ctx, t, "Armrest height (above the seat)", equipment(in.armrests()), w.armrestHeightCm(),
                "elbow rest height: elbows supported, shoulders relaxed");
        target(ctx, t, "Deepest seat that fits", in.seatDepthCm() == null ? NOT_MEASURED
                : "seat depth " + Styles.cm(in.seatDepthCm()), w.maxSeatDepthCm(),
                "buttock–popliteal length − 5 cm, leaving at least 5 cm (two or three fingers) behind the knee");
        ctx.add(t);
        ctx.add(ctx.paragraph("Assumed: shoe allowance " + Styles.cm(w.shoeAllowanceCm())
                + "; keyboard home row " + Styles.cm(w.keyboardHeightCm()) + " above the desk.", TextStyle.SMALL));

        ctx.subheading("Body dimensions used");
        PdfPTable d = ctx.table(new float[] {2.6f, 1.3f, 4.6f}, "Dimension", "Value", "Measured or estimated");
        for (Dimension dim : w.dimensions()) {
            d.addCell(ctx.cell(dim.label(), TextStyle.BODY));
            d.addCell(value(ctx, Styles.cm(dim.valueCm())));
            if (dim.isEstimate()) {
                Phrase p = new Phrase(12);
                p.add(ctx.chunk("estimated", TextStyle.BODY_ITALIC));
                p.add(ctx.chunk(dim.basis().isEmpty() ? "" : ": " + dim.basis(), TextStyle.BODY));
                d.addCell(ctx.cell(p));
            } else {
                d.addCell(ctx.cell("measured", TextStyle.BODY));
            }
        }
        ctx.add(d);
        if (!w.estimatedDimensions().isEmpty()) {
            ctx.add(ctx.paragraph("Estimated dimensions come from people of the same stature and sex; measuring"
                    + " them gives better targets.", TextStyle.SMALL));
        }
    }

    /** Shown in the "Now" column where the survey did not record the setting. */
    static final String NOT_MEASURED = "—";

    private static void target(ReportContext ctx, PdfPTable t, String setting, String now, @Nullable Double cm,
            String how) {
        t.addCell(ctx.cell(setting, TextStyle.BODY));
        t.addCell(now(ctx, now));
        t.addCell(value(ctx, cm == null ? "not known" : Styles.cm(cm)));
        t.addCell(ctx.cell(cm == null ? how + " (needs the missing dimension)" : how, TextStyle.BODY));
    }

    private static String cm(@Nullable Double v) {
        return v == null ? NOT_MEASURED : Styles.cm(v);
    }

    private static String equipment(@Nullable Equipment e) {
        return e == null ? NOT_MEASURED : e.name().toLowerCase(Locale.ROOT);
    }

    private static PdfPCell now(ReportContext ctx, String text) {
        PdfPCell c = ctx.cell(text, TextStyle.BODY);
        c.setBackgroundColor(Styles.HEADER_TINT);
        return c;
    }

    private static PdfPCell value(ReportContext ctx, String text) {
        PdfPCell c = ctx.cell(text, TextStyle.BODY_BOLD);
        c.setNoWrap(false);
        return c;
    }
}
