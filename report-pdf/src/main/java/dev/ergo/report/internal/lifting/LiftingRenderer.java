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
import dev.ergo.model.text.Texts;
import dev.ergo.report.internal.spi.FactorRenderer;
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.util.ArrayList;
import java.util.List;
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
public final class LiftingRenderer extends FactorRenderer<LiftingResult> {

    private static final List<String> CODES = List.of("LIFT_NO_SAFE_LOAD", "LIFT_HORIZONTAL", "LIFT_VERTICAL",
            "LIFT_TRAVEL", "LIFT_TWIST", "LIFT_FREQUENCY", "LIFT_COUPLING", "LIFT_LOAD");

    /** Creates the renderer. */
    public LiftingRenderer() {
        super(LiftingResult.class, "lifting", CODES);
    }

    @Override
    public List<String> methodNotes(Texts t) {
        return List.of(t.text("lifting.method", "fmTable", Rnle.FM_TABLE, "goal",
                Styles.number(t, LiftingResult.LI_DESIGN_GOAL), "high", Styles.number(t, LiftingResult.LI_HIGH)));
    }

    @Override
    public @Nullable String keyFigure(LiftingResult r, Texts t) {
        if (r.tasks().size() >= 2) {
            Double cli = r.compositeLi();
            return cli == null ? t.text("lifting.figure.noSafeLoad") : t.text("lifting.figure.cli", "cli",
                    Styles.fixed(t, cli, 1));
        }
        Double li = r.tasks().get(0).li();
        return li == null ? t.text("lifting.figure.noSafeLoad") : t.text("lifting.figure.li", "li", Styles.fixed(t, li, 1));
    }

    @Override
    public String verdict(LiftingResult r, Texts t) {
        List<String> noSafe = r.tasks().stream().filter(LiftingTaskResult::noSafeLoad)
                .map(task -> t.text("quoted", "text", task.task())).toList();
        if (r.risk() == Risk.HIGH && !noSafe.isEmpty()) {
            return t.text("lifting.verdict.HIGH.noSafeLoad", "tasks", noSafe, "count", noSafe.size());
        }
        return t.text("lifting.verdict." + r.risk().name());
    }

    @Override
    public void render(LiftingResult r, AssessmentResult result, ReportContext ctx) {
        Texts tx = ctx.texts();
        ctx.heading(title(tx));
        ctx.verdict(r.risk(), verdict(r, tx));
        ctx.add(ctx.paragraph(ctx.text("lifting.intro", "constant", r.loadConstant(tx), "several",
                r.tasks().size() >= 2 ? "yes" : "no", "duration", duration(r, tx)), TextStyle.SMALL));
        if (r.tasks().size() >= 2) {
            composite(r, ctx);
        }
        for (LiftingTaskResult t : r.tasks()) {
            task(t, r, ctx);
        }
    }

    private static String duration(LiftingResult r, Texts t) {
        return t.text("lifting.duration." + r.duration().name());
    }

    private static void composite(LiftingResult r, ReportContext ctx) {
        Texts tx = ctx.texts();
        ctx.subheading(ctx.text("lifting.allTasks"));
        Double cli = r.compositeLi();
        Risk cliRisk = LiftingResult.riskOf(cli);
        PdfPTable line = new PdfPTable(new float[] {6.6f, 1f});
        line.setWidthPercentage(100);
        line.setSpacingAfter(3);
        line.setKeepTogether(true);
        List<String> noSafe = r.tasks().stream().filter(LiftingTaskResult::noSafeLoad)
                .map(t -> ctx.text("quoted", "text", t.task())).toList();
        PdfPCell text = ctx.cell(cli == null
                ? (noSafe.isEmpty() ? ctx.text("lifting.cli.none") : ctx.text("lifting.cli.noneBecause", "tasks", noSafe,
                        "count", noSafe.size()))
                : ctx.text("lifting.cli", "cli", ctx.fixed(cli, 2)), TextStyle.BODY_BOLD);
        text.setBorderWidth(0);
        text.setPaddingLeft(0);
        line.addCell(text);
        line.addCell(ctx.lightCell(cliRisk, TextStyle.SMALL_BOLD));
        ctx.add(line);
        ctx.add(ctx.paragraph(ctx.text("lifting.cliOrder", "order", String.join(" → ", r.compositeOrder())),
                TextStyle.SMALL));
        PdfPTable t = ctx.table(new float[] {3.2f, 1.5f, 1.1f, 1.4f, 1.4f, 1.5f, 1.5f, 1.2f},
                ctx.text("lifting.col.task"), ctx.text("lifting.col.load"), ctx.text("lifting.col.lifts"), "RWL",
                "FIRWL", "STLI", "FILI", ctx.text("col.light"));
        for (LiftingTaskResult task : r.tasks()) {
            t.addCell(ctx.cell(task.task(), TextStyle.SMALL_BOLD));
            t.addCell(num(ctx, ctx.number(task.loadKg()) + (task.loadMaxKg() > task.loadKg()
                    ? " (" + ctx.number(task.loadMaxKg()) + ")" : "")));
            t.addCell(num(ctx, ctx.number(task.frequencyPerMin())));
            t.addCell(num(ctx, ctx.fixed(task.rwl(), 1)));
            t.addCell(num(ctx, ctx.fixed(task.firwl(), 1)));
            t.addCell(num(ctx, index(task.stli(), tx)));
            t.addCell(num(ctx, index(task.fili(), tx)));
            t.addCell(ctx.lightCell(LiftingResult.riskOf(task.li()), TextStyle.SMALL_BOLD));
        }
        ctx.add(t);
    }

    private static void task(LiftingTaskResult t, LiftingResult r, ReportContext ctx) {
        Texts tx = ctx.texts();
        ctx.subheading(ctx.text("lifting.task", "task", t.task()));
        EndResult o = t.origin();
        EndResult d = t.destination();
        String load = ctx.text("unit.kg", "value", ctx.number(t.loadKg()));
        String inputs = ctx.text(t.loadMaxKg() > t.loadKg() ? "lifting.inputs.max" : "lifting.inputs", "load", load,
                "max", ctx.text("unit.kg", "value", ctx.number(t.loadMaxKg())), "frequency", ctx.number(t.frequencyPerMin()),
                "duration", duration(r, tx), "coupling", coupling(t, tx), "control", d != null ? "yes" : "no");
        ctx.add(ctx.paragraph(inputs, TextStyle.SMALL));

        PdfPTable table = ctx.table(new float[] {2.1f, 0.8f, 0.8f, 0.8f, 0.8f, 0.85f, 0.85f, 0.85f, 0.85f, 0.85f,
                0.85f, 1.15f, 1.4f}, ctx.text("lifting.col.end"), "H", "V", "D", "A", "HM", "VM", "DM", "AM", "FM", "CM",
                "RWL", "LI");
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
                ? ctx.text("lifting.li.none", "why", zeroReason(governing, tx))
                : ctx.text(d != null ? "lifting.li.governs" : "lifting.li", "load", ctx.number(t.loadKg()), "rwl",
                        ctx.fixed(t.rwl(), 1), "li", ctx.fixed(li, 2), "end", governing.end(), "fili",
                        index(t.fili(), tx)), TextStyle.BODY);
        text.setBorderWidth(0);
        text.setPaddingLeft(0);
        line.addCell(text);
        line.addCell(ctx.lightCell(risk, TextStyle.SMALL_BOLD));
        ctx.add(line);
    }

    private static String endName(EndResult e, Texts t) {
        return t.text(e.end().equals("origin") ? "lifting.origin" : "lifting.destination");
    }

    private static void end(ReportContext ctx, PdfPTable table, LiftingTaskResult t, EndResult e, boolean governs) {
        Texts tx = ctx.texts();
        TextStyle style = governs ? TextStyle.SMALL_BOLD : TextStyle.SMALL;
        Phrase name = new Phrase(9.5f);
        name.add(ctx.chunk(endName(e, tx), style));
        if (governs) {
            name.add(ctx.chunk(" " + ctx.text("lifting.governs"), TextStyle.SMALL_BOLD));
        }
        table.addCell(ctx.cell(name));
        String[] values = {ctx.number(e.h()), ctx.number(e.v()), ctx.number(e.d()), ctx.number(e.a()),
            ctx.fixed(e.hm(), 2), ctx.fixed(e.vm(), 2), ctx.fixed(e.dm(), 2), ctx.fixed(e.am(), 2),
            ctx.fixed(e.fm(), 2), ctx.fixed(e.cm(), 2)};
        for (String v : values) {
            PdfPCell c = ctx.cell(v, style);
            c.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(c);
        }
        PdfPCell rwl = ctx.cell(ctx.fixed(e.rwl(), 1), TextStyle.SMALL_BOLD);
        rwl.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(rwl);
        Double li = e.rwl() > 0 ? t.loadKg() / e.rwl() : null;
        PdfPCell c = ctx.cell(index(li, tx), TextStyle.SMALL_BOLD);
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
    static String index(@Nullable Double li, Texts t) {
        return li == null ? t.text("lifting.noSafeLoad") : Styles.fixed(t, li, 2);
    }

    /** Why an end's RWL is 0, from the multipliers that are 0. */
    static String zeroReason(EndResult e, Texts t) {
        List<String> why = new ArrayList<>();
        if (e.hm() == 0) {
            why.add(t.text("lifting.zero.h", "h", Styles.number(t, e.h())));
        }
        if (e.vm() == 0) {
            why.add(t.text("lifting.zero.v", "v", Styles.number(t, e.v())));
        }
        if (e.dm() == 0) {
            why.add(t.text("lifting.zero.d", "d", Styles.number(t, e.d())));
        }
        if (e.am() == 0) {
            why.add(t.text("lifting.zero.a", "a", Styles.number(t, e.a())));
        }
        if (e.fm() == 0) {
            why.add(t.text("lifting.zero.f"));
        }
        return why.isEmpty() ? t.text("lifting.zero.other") : t.list(why);
    }

    /** The surveyed coupling class with its lowest multiplier over the ends scored, e.g. "fair (CM 0.95)". */
    static String coupling(LiftingTaskResult t, Texts tx) {
        double cm = t.destination() == null ? t.origin().cm() : Math.min(t.origin().cm(), t.destination().cm());
        return tx.text("lifting.coupling", "coupling", tx.text("coupling." + t.coupling().name()), "cm",
                Styles.fixed(tx, cm, 2));
    }
}
