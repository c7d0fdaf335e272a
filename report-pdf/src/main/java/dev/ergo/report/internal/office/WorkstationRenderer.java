package dev.ergo.report.internal.office;

import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.office.Dimension;
import dev.ergo.engine.office.WorkstationResult;
import dev.ergo.model.text.Texts;
import dev.ergo.report.internal.spi.FactorRenderer;
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import dev.ergo.model.Equipment;
import dev.ergo.model.office.Workstation;
import java.util.List;
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
public final class WorkstationRenderer extends FactorRenderer<WorkstationResult> {

    /** Creates the renderer. */
    public WorkstationRenderer() {
        super(WorkstationResult.class, "ws", List.of());
    }

    @Override
    public Map<String, String> actionLabels(Texts t) {
        return OfficeWords.labels(false, t);
    }

    @Override
    public @Nullable String shortAction(Recommendation recommendation, Texts t) {
        return OfficeWords.shortAction(recommendation, t);
    }

    /** One setting: its name, the surveyed value, the target (null where a dimension is missing) and how it is worked out. */
    private record Setting(String name, String now, @Nullable String target, String how) {}

    /** The settings of the table, in order. */
    private static List<Setting> settings(WorkstationResult w, ReportContext ctx) {
        Workstation in = w.input();
        List<Setting> out = new java.util.ArrayList<>();
        boolean raised = w.footrestHeightCm() > 0;
        out.add(setting(ctx, ctx.text("ws.seat"), cm(ctx, in.seatHeightCm()), w.recommendedSeatHeightCm(), raised
                ? ctx.text("ws.seat.raised", "cm", ctx.cm(w.targetSeatHeightCm()))
                : ctx.text("ws.seat.how")));
        Double desk = w.recommendedDeskHeightCm();
        String deskNow = cm(ctx, in.deskHeightCm()) + (in.deskHeightCm() != null && in.deskAdjustable() != null
                ? " " + ctx.text(in.deskAdjustable() ? "ws.desk.adjustable" : "ws.desk.fixed") : "");
        if (desk != null) {
            out.add(setting(ctx, ctx.text("ws.desk"), deskNow, desk, ctx.text("ws.desk.how", "cm",
                    ctx.cm(w.seatedElbowHeightCm()))));
        } else {
            out.add(setting(ctx, ctx.text("ws.desk.ideal"), deskNow, w.idealWorkSurfaceHeightCm(),
                    ctx.text("ws.desk.ideal.how", "cm", ctx.cm(w.seatedElbowHeightCm()))));
        }
        out.add(new Setting(ctx.text("ws.footrest"), in.footrest() == null ? NOT_MEASURED
                : ctx.text(in.footrest() ? "ws.footrest.yes" : "ws.footrest.no"),
                raised ? ctx.cm(w.footrestHeightCm()) : ctx.text("ws.footrest.none"),
                ctx.text(raised ? "ws.footrest.how" : "ws.footrest.flat")));
        out.add(setting(ctx, ctx.text("ws.lumbar"), equipment(ctx, in.lumbarSupport()), w.lumbarSupportHeightCm(),
                ctx.text("ws.lumbar.how")));
        out.add(setting(ctx, ctx.text("ws.monitor"), cm(ctx, in.monitorTopHeightCm()), w.recommendedMonitorTopHeightCm(),
                ctx.text("ws.monitor.how") + (in.monitorDistanceCm() != null
                        ? " " + ctx.text("ws.now", "value", ctx.cm(in.monitorDistanceCm())) : "")));
        out.add(setting(ctx, ctx.text("ws.armrest"), equipment(ctx, in.armrests()), w.armrestHeightCm(),
                ctx.text("ws.armrest.how")));
        out.add(setting(ctx, ctx.text("ws.seatDepth"), in.seatDepthCm() == null ? NOT_MEASURED
                : ctx.text("ws.seatDepth.now", "cm", ctx.cm(in.seatDepthCm())), w.maxSeatDepthCm(),
                ctx.text("ws.seatDepth.how")));
        return out;
    }

    private static Setting setting(ReportContext ctx, String name, String now, @Nullable Double cm, String how) {
        return new Setting(name, now, cm == null ? null : ctx.cm(cm),
                cm == null ? how + " " + ctx.text("ws.needsDimension") : how);
    }

    /** The employee's own set-up: each setting now and its target, without the working. */
    @Override
    public void renderForEmployee(WorkstationResult w, AssessmentResult result, ReportContext ctx) {
        ctx.compactHeading(ctx.text("ws.yours"));
        PdfPTable t = ctx.table(new float[] {4.4f, 2.2f, 2.2f}, ctx.text("ws.col.setting"), ctx.text("ws.col.now"),
                ctx.text("ws.col.target"));
        t.setKeepTogether(true);
        for (Setting row : settings(w, ctx)) {
            t.addCell(compact(ctx.cell(row.name(), TextStyle.LIST)));
            t.addCell(compact(now(ctx, row.now())));
            t.addCell(compact(value(ctx, row.target() == null ? ctx.text("ws.notKnown") : row.target())));
        }
        ctx.add(t);
        ctx.add(ctx.paragraph(ctx.text("ws.yours.note"), TextStyle.SMALL));
    }

    private static PdfPCell compact(PdfPCell c) {
        c.setPaddingTop(0.3f);
        c.setPaddingBottom(2.2f);
        return c;
    }

    @Override
    public void render(WorkstationResult w, AssessmentResult result, ReportContext ctx) {
        Texts tx = ctx.texts();
        ctx.heading(title(tx));
        ctx.add(ctx.paragraph(ctx.text("ws.intro"), TextStyle.SMALL));

        PdfPTable t = ctx.table(new float[] {2.5f, 1.25f, 1.25f, 4.3f}, ctx.text("ws.col.setting"),
                ctx.text("ws.col.now"), ctx.text("ws.col.target"), ctx.text("ws.col.how"));
        for (Setting row : settings(w, ctx)) {
            t.addCell(ctx.cell(row.name(), TextStyle.BODY));
            t.addCell(now(ctx, row.now()));
            t.addCell(value(ctx, row.target() == null ? ctx.text("ws.notKnown") : row.target()));
            t.addCell(ctx.cell(row.how(), TextStyle.BODY));
        }
        ctx.add(t);
        ctx.add(ctx.paragraph(ctx.text("ws.assumed", "shoe", ctx.cm(w.shoeAllowanceCm()), "keyboard",
                ctx.cm(w.keyboardHeightCm())), TextStyle.SMALL));

        ctx.subheading(ctx.text("ws.dimensions"));
        PdfPTable d = ctx.table(new float[] {2.6f, 1.3f, 4.6f}, ctx.text("ws.col.dimension"),
                ctx.text("ws.col.value"), ctx.text("ws.col.basis"));
        for (Dimension dim : w.dimensions()) {
            d.addCell(ctx.cell(dim.label(ctx.texts()), TextStyle.BODY));
            d.addCell(value(ctx, ctx.cm(dim.valueCm())));
            if (dim.isEstimate()) {
                Phrase p = new Phrase(12);
                p.add(ctx.chunk(ctx.text("ws.estimated"), TextStyle.BODY_ITALIC));
                String basis = dim.basis(ctx.texts());
                p.add(ctx.chunk(basis.isEmpty() ? "" : ": " + basis, TextStyle.BODY));
                d.addCell(ctx.cell(p));
            } else {
                d.addCell(ctx.cell(ctx.text("ws.measured"), TextStyle.BODY));
            }
        }
        ctx.add(d);
        if (!w.estimatedDimensions().isEmpty()) {
            ctx.add(ctx.paragraph(ctx.text("ws.estimatedNote"), TextStyle.SMALL));
        }
    }

    /** Shown in the "Now" column where the survey did not record the setting. */
    static final String NOT_MEASURED = "—";

    private static String cm(ReportContext ctx, @Nullable Double v) {
        return v == null ? NOT_MEASURED : ctx.cm(v);
    }

    private static String equipment(ReportContext ctx, @Nullable Equipment e) {
        return e == null ? NOT_MEASURED : ctx.text("equipment." + e.name());
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
