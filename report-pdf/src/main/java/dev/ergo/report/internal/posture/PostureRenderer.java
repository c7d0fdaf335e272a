package dev.ergo.report.internal.posture;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import dev.ergo.engine.posture.BodyPart;
import dev.ergo.engine.posture.BodyPartScore;
import dev.ergo.engine.posture.OwasResult;
import dev.ergo.engine.posture.PostureResult;
import dev.ergo.engine.posture.PostureTaskResult;
import dev.ergo.engine.posture.RebaResult;
import dev.ergo.engine.posture.RulaResult;
import dev.ergo.model.text.Message;
import dev.ergo.model.text.Texts;
import dev.ergo.report.internal.spi.FactorRenderer;
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Renders the posture result: per observed task the RULA and REBA scores with their action levels in
 * words, the OWAS category when coded, every body part with its angle, scores and what drives them,
 * the inputs that took defaults, and the changes that lower the score most.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PostureRenderer extends FactorRenderer<PostureResult> {

    private static final List<String> CODES = List.of("POSTURE_TRUNK", "POSTURE_NECK", "POSTURE_UPPER_ARM",
            "POSTURE_LOWER_ARM", "POSTURE_WRIST", "POSTURE_LEGS", "POSTURE_LOAD", "POSTURE_ACTIVITY");

    /** The order of the body-part table: arm and wrist (RULA group A), then neck, trunk and legs. */
    private static final List<BodyPart> ORDER = List.of(BodyPart.UPPER_ARM, BodyPart.LOWER_ARM, BodyPart.WRIST,
            BodyPart.WRIST_TWIST, BodyPart.NECK, BodyPart.TRUNK, BodyPart.LEGS);

    /** Creates the renderer. */
    public PostureRenderer() {
        super(PostureResult.class, "posture", CODES);
    }

    @Override
    public @Nullable String keyFigure(PostureResult r, Texts t) {
        PostureTaskResult w = r.worstTask();
        return "RULA " + w.rula().score() + "/REBA " + w.reba().score();
    }

    @Override
    public String verdict(PostureResult r, Texts t) {
        PostureTaskResult w = r.worstTask();
        return t.text("posture.verdict." + r.risk().name(), "task", w.task(), "rula", w.rula().score(), "reba",
                w.reba().score());
    }

    @Override
    public void render(PostureResult r, AssessmentResult result, ReportContext ctx) {
        Texts tx = ctx.texts();
        ctx.heading(title(tx));
        ctx.verdict(r.risk(), verdict(r, tx));
        ctx.add(ctx.paragraph(ctx.text("posture.intro", "label", r.tableA().label(), "id", r.tableA().id()),
                TextStyle.SMALL));
        for (PostureTaskResult t : r.tasksWorstFirst()) {
            task(t, result, ctx);
        }
    }

    /**
     * Each task's defaults are listed under its tables with its row, so not again among the notes. A
     * result read back from {@code results.jsonl} keeps no row: its note, which names one, stays.
     */
    @Override
    public List<Message> notesShown(PostureResult r) {
        return r.tasks().stream().flatMap(t -> t.defaultsNote().stream()).toList();
    }

    private static void task(PostureTaskResult t, AssessmentResult result, ReportContext ctx) {
        Texts tx = ctx.texts();
        ctx.subheading(t.side() != null
                ? ctx.text("posture.task.side", "task", t.task(), "side", ctx.text("side." + t.side().name()))
                : ctx.text("posture.task", "task", t.task()));
        RulaResult rula = t.rula();
        RebaResult reba = t.reba();
        PdfPTable s = ctx.table(new float[] {1.1f, 1.1f, 6.5f, 1.1f}, ctx.text("posture.col.method"),
                ctx.text("posture.col.score"), ctx.text("posture.col.meaning"), ctx.text("col.light"));
        s.setKeepTogether(true);
        score(ctx, s, "RULA", ctx.text("score.of", "score", rula.score(), "max", 7), ctx.text("posture.rula.meaning",
                "level", rula.actionLevel(), "action", ctx.text("posture.rula.action." + Math.min(rula.actionLevel(), 4)),
                "a", rula.scoreA(), "b", rula.scoreB(), "c", rula.scoreC(), "d", rula.scoreD()), rula.risk());
        score(ctx, s, "REBA", ctx.text("score.of", "score", reba.score(), "max", 15), ctx.text("posture.reba.meaning",
                "risk", ctx.text("posture.reba.risk." + reba.level().name()), "level", reba.actionLevel(),
                "action", ctx.text("posture.reba.action." + reba.level().name()), "a", reba.scoreA(), "b",
                reba.scoreB(), "c", reba.scoreC(), "activity", reba.activity()), reba.risk());
        OwasResult owas = t.owas();
        if (owas != null) {
            score(ctx, s, "OWAS", ctx.text("posture.owas.code", "code", owas.code()), ctx.text("posture.owas.meaning",
                    "category", owas.actionCategory(), "action",
                    ctx.text("posture.owas.action." + Math.min(owas.actionCategory(), 4)), "back", owas.back(),
                    "arms", owas.arms(), "legs", owas.legs(), "load", owas.load()), owas.risk());
        }
        ctx.add(s);

        PdfPTable parts = ctx.table(new float[] {1.85f, 0.9f, 0.7f, 0.7f, 5.85f}, ctx.text("posture.col.part"),
                ctx.text("posture.col.angle"), "RULA", "REBA", ctx.text("posture.col.drives"));
        for (BodyPart part : ORDER) {
            BodyPartScore ru = find(rula.bodyParts(), part);
            BodyPartScore re = find(reba.bodyParts(), part);
            if (ru == null && re == null) {
                continue;
            }
            parts.addCell(ctx.cell(ctx.text("bodyPart." + part.name()), TextStyle.SMALL_BOLD));
            parts.addCell(right(ctx, angle(part, ru, re, tx)));
            parts.addCell(right(ctx, ru == null ? "–" : String.valueOf(ru.score())));
            parts.addCell(right(ctx, re == null ? "–" : String.valueOf(re.score())));
            parts.addCell(ctx.cell(drives(ru, re, tx), TextStyle.SMALL));
        }
        ctx.add(parts);

        Map<String, String> defaulted = t.defaultedValues();
        if (!defaulted.isEmpty()) {
            List<String> items = new ArrayList<>();
            defaulted.forEach((k, v) -> items.add(k + " = " + v));
            // The paragraph takes its font from its first chunk: spacing is drawn in it (no base-14 font).
            // with the row, as the assessment's note has it (see notesShown)
            String lead = t.origin() == null ? ctx.text("posture.defaulted")
                    : ctx.text("posture.defaulted.row", "row", Integer.toString(t.origin().rowNumber()), "sheet",
                            t.origin().sheet());
            com.lowagie.text.Paragraph para = new com.lowagie.text.Paragraph(9.75f, new Chunk(
                    lead + " ", ctx.font(TextStyle.SMALL_BOLD, Styles.MUTED)));
            para.add(new Chunk(String.join(", ", items) + ".", ctx.font(TextStyle.SMALL, Styles.MUTED)));
            para.setSpacingAfter(3);
            ctx.add(para);
        }
        if (t.recommendations().isEmpty()) {
            ctx.add(ctx.paragraph(ctx.text("posture.noChange"), TextStyle.SMALL));
        } else {
            List<Integer> items = t.recommendations().stream().map(rec -> result.recommendations().indexOf(rec) + 1)
                    .filter(i -> i > 0).distinct().sorted().toList();
            if (!items.isEmpty()) {
                ctx.add(ctx.paragraph(ctx.text("posture.changes", "count", items.size(), "items", items),
                        TextStyle.SMALL));
            }
        }
    }

    private static void score(ReportContext ctx, PdfPTable t, String method, String score, String meaning, Risk risk) {
        t.addCell(ctx.cell(method, TextStyle.BODY_BOLD));
        PdfPCell c = ctx.cell(score, TextStyle.BODY_BOLD);
        c.setBackgroundColor(Styles.tint(risk));
        t.addCell(c);
        t.addCell(ctx.cell(meaning, TextStyle.SMALL));
        t.addCell(ctx.lightCell(risk, TextStyle.SMALL_BOLD));
    }

    private static @Nullable BodyPartScore find(List<BodyPartScore> scores, BodyPart part) {
        return scores.stream().filter(s -> s.part() == part).findFirst().orElse(null);
    }

    /** The angle scored; REBA legs score the knee angle, which is named. */
    static String angle(BodyPart part, @Nullable BodyPartScore rula, @Nullable BodyPartScore reba, Texts t) {
        Double a = rula != null ? rula.angleDeg() : null;
        if (a != null) {
            return t.text("unit.deg", "value", Styles.number(t, a));
        }
        Double b = reba != null ? reba.angleDeg() : null;
        if (b == null) {
            return "–";
        }
        return t.text(part == BodyPart.LEGS ? "posture.kneeAngle" : "unit.deg", "value", Styles.number(t, b));
    }

    /** What drives the scores, in the report's language: one explanation when RULA and REBA agree, else both, named. */
    static String drives(@Nullable BodyPartScore rula, @Nullable BodyPartScore reba, Texts t) {
        if (rula == null) {
            return "REBA: " + Objects.requireNonNull(reba).explanation(t);
        }
        if (reba == null) {
            return "RULA: " + rula.explanation(t);
        }
        String ru = rula.explanation(t);
        String re = reba.explanation(t);
        if (ru.equals(re)) {
            return ru;
        }
        return "RULA: " + ru + "; REBA: " + re;
    }

    private static PdfPCell right(ReportContext ctx, String text) {
        PdfPCell c = ctx.cell(text, TextStyle.SMALL);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }
}
