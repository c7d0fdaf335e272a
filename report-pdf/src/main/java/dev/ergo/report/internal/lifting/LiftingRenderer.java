package dev.ergo.report.internal.lifting;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import dev.ergo.engine.lifting.EndResult;
import dev.ergo.engine.lifting.LiftingResult;
import dev.ergo.engine.lifting.LiftingTaskResult;
import dev.ergo.engine.lifting.Rnle;
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.SectionRenderer;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Renders the lifting result: per task the inputs, the six multipliers, the RWL and the lifting index
 * at each end scored (the governing end marked), "no safe load" in words; with several tasks the
 * Composite Lifting Index, the order used and FILI/STLI per task; the redesign advice.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class LiftingRenderer implements SectionRenderer<LiftingResult> {

    /** Printed wherever the RWL is 0, instead of an infinite or undefined index. */
    public static final String NO_SAFE_LOAD = "no safe load";

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("LIFT_NO_SAFE_LOAD", "Lifting tasks to redesign before anyone lifts (no safe load)"),
            Map.entry("LIFT_HORIZONTAL", "Lifting tasks to redesign: bring loads closer"),
            Map.entry("LIFT_VERTICAL", "Lifting tasks to redesign: pick up at knuckle height"),
            Map.entry("LIFT_TRAVEL", "Lifting tasks to redesign: shorten the vertical travel"),
            Map.entry("LIFT_TWIST", "Lifting tasks to redesign: no twisting"),
            Map.entry("LIFT_FREQUENCY", "Lifting tasks to redesign: lift less often (share or rotate)"),
            Map.entry("LIFT_COUPLING", "Loads to give handles or hand-holds"),
            Map.entry("LIFT_LOAD", "Loads to lighten, split or lift with an aid"));

    /** Creates the renderer. */
    public LiftingRenderer() {}

    @Override
    public Class<LiftingResult> sectionType() {
        return LiftingResult.class;
    }

    @Override
    public String title() {
        return "Lifting (NIOSH lifting equation)";
    }

    @Override
    public String shortTitle() {
        return "Lifting (NIOSH)";
    }

    @Override
    public List<String> methodNotes() {
        return List.of("Lifting: Revised NIOSH Lifting Equation (Waters et al. 1993; NIOSH Applications Manual 1994,"
                + " rev. 2021), continuous multipliers, FM from " + Rnle.FM_TABLE + "; several tasks: Composite"
                + " Lifting Index with the tasks in order of decreasing single-task LI (methods-lifting §1.1–§1.7)."
                + " An RWL of 0 (H over 63 cm, V or D over 175 cm, A over 135°, F above the table) is reported as"
                + " \"no safe load\". Traffic light: LI ≤ " + Styles.number(LiftingResult.LI_DESIGN_GOAL)
                + " LOW (green), up to " + Styles.number(LiftingResult.LI_HIGH) + " MEDIUM (amber), above "
                + Styles.number(LiftingResult.LI_HIGH) + " or no safe load HIGH (red); the worst of the tasks and"
                + " the CLI.");
    }

    @Override
    public Map<String, String> actionLabels() {
        return LABELS;
    }

    @Override
    public @Nullable String keyFigure(LiftingResult r) {
        if (r.tasks().size() >= 2) {
            Double cli = r.compositeLi();
            return cli == null ? "Lifting: " + NO_SAFE_LOAD : "Lifting CLI " + Styles.fixed(cli, 1);
        }
        Double li = r.tasks().get(0).li();
        return li == null ? "Lifting: " + NO_SAFE_LOAD : "Lifting LI " + Styles.fixed(li, 1);
    }

    /**
     * Returns the one-sentence verdict of a lifting result.
     *
     * @param r the result, not null
     * @return the sentence, not null
     */
    static String verdict(LiftingResult r) {
        List<String> noSafe = r.tasks().stream().filter(LiftingTaskResult::noSafeLoad).map(t -> "\"" + t.task() + "\"")
                .toList();
        return switch (r.risk()) {
            case HIGH -> noSafe.isEmpty()
                    ? "Lifting: HIGH. The loads are more than 3 times the recommended weight limit, which puts nearly"
                            + " all workers at increased risk; redesign the lifts first."
                    : "Lifting: HIGH. No load can be lifted safely in " + String.join(" and ", noSafe)
                            + "; redesign " + (noSafe.size() == 1 ? "that task" : "those tasks") + " first.";
            case MEDIUM -> "Lifting: MEDIUM. The loads exceed the recommended weight limit (lifting index above 1),"
                    + " which puts some workers at increased risk.";
            case LOW -> "Lifting: LOW. Every load is within its recommended weight limit (lifting index 1 or less).";
        };
    }

    @Override
    public void render(LiftingResult r, AssessmentResult result, ReportContext ctx) {
        ctx.heading(title());
        ctx.verdict(r.risk(), verdict(r));
        ctx.add(ctx.paragraph("Load constant: " + r.loadConstant() + ". Duration category"
                + (r.tasks().size() >= 2 ? " of all tasks" : "") + ": " + r.duration().label()
                + " of lifting a day. Distances in cm, angles in degrees, loads and limits in kg; RWL = recommended"
                + " weight limit, LI = lifting index = load ÷ RWL.", TextStyle.SMALL));
        if (r.tasks().size() >= 2) {
            composite(r, ctx);
        }
        for (LiftingTaskResult t : r.tasks()) {
            task(t, r, ctx);
        }
        List<String> advice = r.recommendations().stream().map(Recommendation::text).toList();
        ctx.adviceBox("How to make the lifts safer (the change that raises the limit most first)", advice);
    }

    private static void composite(LiftingResult r, ReportContext ctx) {
        ctx.subheading("All tasks together");
        Double cli = r.compositeLi();
        Risk cliRisk = LiftingResult.riskOf(cli);
        PdfPTable line = new PdfPTable(new float[] {6.6f, 1f});
        line.setWidthPercentage(100);
        line.setSpacingAfter(3);
        line.setKeepTogether(true);
        List<String> noSafe = r.tasks().stream().filter(LiftingTaskResult::noSafeLoad).map(t -> "\"" + t.task() + "\"")
                .toList();
        PdfPCell text = ctx.cell(cli == null
                ? "Composite Lifting Index (CLI): not defined, " + NO_SAFE_LOAD + ". " + (noSafe.isEmpty()
                        ? "The tasks together leave no safe load." : String.join(" and ", noSafe) + " "
                                + (noSafe.size() == 1 ? "has" : "have") + " none, so the tasks together have none either.")
                : "Composite Lifting Index (CLI): " + Styles.fixed(cli, 2), TextStyle.BODY_BOLD);
        text.setBorderWidth(0);
        text.setPaddingLeft(0);
        line.addCell(text);
        line.addCell(ctx.lightCell(cliRisk, TextStyle.SMALL_BOLD));
        ctx.add(line);
        ctx.add(ctx.paragraph("Order used for the CLI (decreasing single-task LI): "
                + String.join(" → ", r.compositeOrder()) + ".", TextStyle.SMALL));
        PdfPTable t = ctx.table(new float[] {3.2f, 1.5f, 1.1f, 1.4f, 1.4f, 1.5f, 1.5f, 1.2f},
                "Task", "Load (max)", "Lifts /min", "RWL", "FIRWL", "STLI", "FILI", "Light");
        for (LiftingTaskResult task : r.tasks()) {
            t.addCell(ctx.cell(task.task(), TextStyle.SMALL_BOLD));
            t.addCell(num(ctx, Styles.number(task.loadKg()) + (task.loadMaxKg() > task.loadKg()
                    ? " (" + Styles.number(task.loadMaxKg()) + ")" : "")));
            t.addCell(num(ctx, Styles.number(task.frequencyPerMin())));
            t.addCell(num(ctx, Styles.fixed(task.rwl(), 1)));
            t.addCell(num(ctx, Styles.fixed(task.firwl(), 1)));
            t.addCell(num(ctx, index(task.stli())));
            t.addCell(num(ctx, index(task.fili())));
            t.addCell(ctx.lightCell(LiftingResult.riskOf(task.li()), TextStyle.SMALL_BOLD));
        }
        ctx.add(t);
    }

    private static void task(LiftingTaskResult t, LiftingResult r, ReportContext ctx) {
        ctx.subheading("Task \"" + t.task() + "\"");
        EndResult o = t.origin();
        EndResult d = t.destination();
        String inputs = "Load L " + Styles.number(t.loadKg()) + " kg"
                + (t.loadMaxKg() > t.loadKg() ? " (max " + Styles.number(t.loadMaxKg()) + " kg)" : "")
                + " · frequency F " + Styles.number(t.frequencyPerMin()) + " lifts/min"
                + " · duration " + r.duration().label()
                + " · coupling " + coupling(t)
                + " · significant control at the destination: " + (d != null ? "yes, both ends scored" : "no");
        ctx.add(ctx.paragraph(inputs, TextStyle.SMALL));

        PdfPTable table = ctx.table(new float[] {2.1f, 0.8f, 0.8f, 0.8f, 0.8f, 0.85f, 0.85f, 0.85f, 0.85f, 0.85f,
                0.85f, 1.15f, 1.4f}, "End", "H", "V", "D", "A", "HM", "VM", "DM", "AM", "FM", "CM", "RWL", "LI");
        table.setKeepTogether(true);
        EndResult governing = t.governing();
        end(ctx, table, t, o, d != null && governing == o);
        if (d != null) {
            end(ctx, table, t, d, governing == d);
        }
        ctx.add(table);

        Double li = t.li();
        Risk risk = LiftingResult.riskOf(li);
        PdfPTable line = new PdfPTable(new float[] {6.6f, 1f});
        line.setWidthPercentage(100);
        line.setSpacingAfter(2);
        line.setKeepTogether(true);
        PdfPCell text = ctx.cell(li == null
                ? "LI: " + NO_SAFE_LOAD + ". The recommended weight limit is 0 kg because " + zeroReason(governing)
                        + "; no load is safe to lift this way."
                : "LI = " + Styles.number(t.loadKg()) + " kg ÷ " + Styles.fixed(t.rwl(), 1) + " kg = "
                        + Styles.fixed(li, 2) + (d != null ? " (" + governing.end() + " governs: its RWL is lower)" : "")
                        + "; FILI " + index(t.fili()) + ".", TextStyle.BODY);
        text.setBorderWidth(0);
        text.setPaddingLeft(0);
        line.addCell(text);
        line.addCell(ctx.lightCell(risk, TextStyle.SMALL_BOLD));
        ctx.add(line);
    }

    private static void end(ReportContext ctx, PdfPTable table, LiftingTaskResult t, EndResult e, boolean governs) {
        TextStyle style = governs ? TextStyle.SMALL_BOLD : TextStyle.SMALL;
        Phrase name = new Phrase(9.5f);
        name.add(ctx.chunk(e.end().equals("origin") ? "Origin" : "Destination", style));
        if (governs) {
            name.add(ctx.chunk(" ◀ governs", TextStyle.SMALL_BOLD));
        }
        table.addCell(ctx.cell(name));
        String[] values = {Styles.number(e.h()), Styles.number(e.v()), Styles.number(e.d()), Styles.number(e.a()),
            Styles.fixed(e.hm(), 2), Styles.fixed(e.vm(), 2), Styles.fixed(e.dm(), 2), Styles.fixed(e.am(), 2),
            Styles.fixed(e.fm(), 2), Styles.fixed(e.cm(), 2)};
        for (String v : values) {
            PdfPCell c = ctx.cell(v, style);
            c.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(c);
        }
        PdfPCell rwl = ctx.cell(Styles.fixed(e.rwl(), 1), TextStyle.SMALL_BOLD);
        rwl.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(rwl);
        Double li = e.rwl() > 0 ? t.loadKg() / e.rwl() : null;
        PdfPCell c = ctx.cell(index(li), TextStyle.SMALL_BOLD);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        c.setBackgroundColor(Styles.tint(LiftingResult.riskOf(li)));
        table.addCell(c);
    }

    private static PdfPCell num(ReportContext ctx, String text) {
        PdfPCell c = ctx.cell(text, TextStyle.SMALL);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    /** An index with two decimals, or "no safe load" when it is undefined. */
    static String index(@Nullable Double li) {
        return li == null ? NO_SAFE_LOAD : Styles.fixed(li, 2);
    }

    /** Why an end's RWL is 0, from the multipliers that are 0. */
    static String zeroReason(EndResult e) {
        List<String> why = new ArrayList<>();
        if (e.hm() == 0) {
            why.add("the hands are " + Styles.number(e.h()) + " cm in front of the body (over 63 cm)");
        }
        if (e.vm() == 0) {
            why.add("the hands are " + Styles.number(e.v()) + " cm high (over 175 cm)");
        }
        if (e.dm() == 0) {
            why.add("the load travels " + Styles.number(e.d()) + " cm vertically (over 175 cm)");
        }
        if (e.am() == 0) {
            why.add("the twist is " + Styles.number(e.a()) + "° (over 135°)");
        }
        if (e.fm() == 0) {
            why.add("the lifts are too frequent for this duration");
        }
        return why.isEmpty() ? "a multiplier is 0" : String.join(" and ", why);
    }

    /** The surveyed coupling class with its lowest multiplier over the ends scored, e.g. "fair (CM 0.95)". */
    static String coupling(LiftingTaskResult t) {
        double cm = t.destination() == null ? t.origin().cm() : Math.min(t.origin().cm(), t.destination().cm());
        return t.coupling().name().toLowerCase(java.util.Locale.ROOT) + " (CM " + Styles.fixed(cm, 2) + ")";
    }
}
