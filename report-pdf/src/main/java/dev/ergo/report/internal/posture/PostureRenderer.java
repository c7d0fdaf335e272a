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
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.SectionRenderer;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
public final class PostureRenderer implements SectionRenderer<PostureResult> {

    private static final Map<String, String> LABELS = Map.of(
            "POSTURE_TRUNK", "Work to raise or bring closer (bent or twisted back)",
            "POSTURE_NECK", "Screens or work to raise (bent or twisted neck)",
            "POSTURE_UPPER_ARM", "Work to lower or bring closer (raised arms)",
            "POSTURE_LOWER_ARM", "Work heights to set for the elbows",
            "POSTURE_WRIST", "Tools or work to angle for straight wrists",
            "POSTURE_LEGS", "Work positions to change (squatting, kneeling, unstable footing)",
            "POSTURE_LOAD", "Loads or forces to reduce in awkward postures",
            "POSTURE_ACTIVITY", "Static or repetitive postures to break up");

    /** The order of the body-part table: arm and wrist (RULA group A), then neck, trunk and legs. */
    private static final List<BodyPart> ORDER = List.of(BodyPart.UPPER_ARM, BodyPart.LOWER_ARM, BodyPart.WRIST,
            BodyPart.WRIST_TWIST, BodyPart.NECK, BodyPart.TRUNK, BodyPart.LEGS);

    /** Creates the renderer. */
    public PostureRenderer() {}

    @Override
    public Class<PostureResult> sectionType() {
        return PostureResult.class;
    }

    @Override
    public String title() {
        return "Working postures (RULA, REBA, OWAS)";
    }

    @Override
    public String shortTitle() {
        return "Posture (RULA/REBA)";
    }

    @Override
    public List<String> methodNotes() {
        return List.of("Posture: RULA (McAtamney & Corlett 1993; the Table A version is printed in the section), REBA"
                + " (Hignett & McAtamney 2000) and, where a code is given, OWAS (Karhu, Kansi & Kuorinka 1977);"
                + " methods-posture-office §1, §2, §4. Traffic light per task: the worse of RULA (action level 1 LOW,"
                + " 2 MEDIUM, 3–4 HIGH) and REBA (1–3 LOW, 4–7 MEDIUM, 8–15 HIGH); the factor's light is the worst"
                + " task. OWAS (category 1 LOW, 2 MEDIUM, 3–4 HIGH) is shown but does not set the light. Changes"
                + " advised: each body part, the load or the activity set to neutral one at a time and re-scored.");
    }

    @Override
    public Map<String, String> actionLabels() {
        return LABELS;
    }

    @Override
    public @Nullable String keyFigure(PostureResult r) {
        PostureTaskResult w = r.worstTask();
        return "RULA " + w.rula().score() + "/REBA " + w.reba().score();
    }

    static String verdict(PostureResult r) {
        PostureTaskResult w = r.worstTask();
        String scores = "\"" + w.task() + "\" (RULA " + w.rula().score() + ", REBA " + w.reba().score() + ")";
        return switch (r.risk()) {
            case HIGH -> "Working postures: HIGH. The posture in " + scores + " needs changing soon; the changes"
                    + " below lower the scores most.";
            case MEDIUM -> "Working postures: MEDIUM. The posture in " + scores + " should be looked at; changes"
                    + " may be needed.";
            case LOW -> "Working postures: LOW. The observed postures are acceptable if not held or repeated for"
                    + " long periods.";
        };
    }

    @Override
    public void render(PostureResult r, AssessmentResult result, ReportContext ctx) {
        ctx.heading(title());
        ctx.verdict(r.risk(), verdict(r));
        ctx.add(ctx.paragraph("RULA Table A: " + r.tableA().label() + " (" + r.tableA().id() + "). Angles in degrees"
                + " from upright; a task's light is the worse of its RULA and REBA lights. Tasks worst first.",
                TextStyle.SMALL));
        for (PostureTaskResult t : r.tasksWorstFirst()) {
            task(t, ctx);
        }
    }

    private static void task(PostureTaskResult t, ReportContext ctx) {
        ctx.subheading("Task \"" + t.task() + "\"" + (t.side() != null ? " (" + t.side().word() + " side)" : ""));
        RulaResult rula = t.rula();
        RebaResult reba = t.reba();
        PdfPTable s = ctx.table(new float[] {1.1f, 1f, 6.6f, 1.1f}, "Method", "Score", "What it means", "Light");
        s.setKeepTogether(true);
        score(ctx, s, "RULA", rula.score() + " of 7", "action level " + rula.actionLevel() + ": " + rula.action()
                + " (A " + rula.scoreA() + ", B " + rula.scoreB() + ", C " + rula.scoreC() + ", D " + rula.scoreD()
                + ")", rula.risk());
        score(ctx, s, "REBA", reba.score() + " of 15", words(reba.level().name()) + " risk, action level "
                + reba.actionLevel() + ": action " + reba.level().action() + " (A " + reba.scoreA() + ", B "
                + reba.scoreB() + ", C " + reba.scoreC() + ", activity +" + reba.activity() + ")", reba.risk());
        OwasResult owas = t.owas();
        if (owas != null) {
            score(ctx, s, "OWAS", "code " + owas.code(), "action category " + owas.actionCategory() + ": "
                    + owas.action() + " (back " + owas.back() + ", arms " + owas.arms() + ", legs " + owas.legs()
                    + ", load " + owas.load() + "; shown, not part of the light)", owas.risk());
        }
        ctx.add(s);

        PdfPTable parts = ctx.table(new float[] {1.35f, 0.95f, 0.75f, 0.75f, 6.2f}, "Body part", "Angle", "RULA",
                "REBA", "What drives it");
        for (BodyPart part : ORDER) {
            BodyPartScore ru = find(rula.bodyParts(), part);
            BodyPartScore re = find(reba.bodyParts(), part);
            if (ru == null && re == null) {
                continue;
            }
            parts.addCell(ctx.cell(capitalise(part.label()), TextStyle.SMALL_BOLD));
            parts.addCell(right(ctx, angle(part, ru, re)));
            parts.addCell(right(ctx, ru == null ? "–" : String.valueOf(ru.score())));
            parts.addCell(right(ctx, re == null ? "–" : String.valueOf(re.score())));
            parts.addCell(ctx.cell(drives(ru, re), TextStyle.SMALL));
        }
        ctx.add(parts);

        Map<String, String> defaulted = t.defaultedValues();
        if (!defaulted.isEmpty()) {
            List<String> items = new ArrayList<>();
            defaulted.forEach((k, v) -> items.add(k + " = " + v));
            // The paragraph takes its font from its first chunk: spacing is drawn in it (no base-14 font).
            com.lowagie.text.Paragraph para = new com.lowagie.text.Paragraph(9.75f, new Chunk(
                    "For the assessor — blank in the workbook, scored with the default: ",
                    ctx.font(TextStyle.SMALL_BOLD, Styles.MUTED)));
            para.add(new Chunk(String.join(", ", items) + ".", ctx.font(TextStyle.SMALL, Styles.MUTED)));
            para.setSpacingAfter(3);
            ctx.add(para);
        }
        List<String> advice = t.recommendations().stream().map(Recommendation::text).toList();
        if (advice.isEmpty()) {
            ctx.add(ctx.paragraph("No change is needed for this task.", TextStyle.SMALL));
        }
        ctx.adviceBox("Changes that lower the scores most", advice);
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
    static String angle(BodyPart part, @Nullable BodyPartScore rula, @Nullable BodyPartScore reba) {
        Double a = rula != null ? rula.angleDeg() : null;
        if (a != null) {
            return Styles.number(a) + "°";
        }
        Double b = reba != null ? reba.angleDeg() : null;
        if (b == null) {
            return "–";
        }
        return Styles.number(b) + "°" + (part == BodyPart.LEGS ? " knee" : "");
    }

    /** What drives the scores: one explanation when RULA and REBA agree, else both, named. */
    static String drives(@Nullable BodyPartScore rula, @Nullable BodyPartScore reba) {
        if (rula == null) {
            return "REBA: " + Objects.requireNonNull(reba).explanation();
        }
        if (reba == null) {
            return "RULA: " + rula.explanation();
        }
        if (rula.explanation().equals(reba.explanation())) {
            return rula.explanation();
        }
        return "RULA: " + rula.explanation() + "; REBA: " + reba.explanation();
    }

    private static PdfPCell right(ReportContext ctx, String text) {
        PdfPCell c = ctx.cell(text, TextStyle.SMALL);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
