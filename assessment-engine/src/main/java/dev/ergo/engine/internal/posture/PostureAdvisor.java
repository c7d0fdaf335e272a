package dev.ergo.engine.internal.posture;

import dev.ergo.engine.posture.PostureConventions;
import dev.ergo.engine.internal.posture.PostureTables;
import dev.ergo.engine.posture.Reba;
import dev.ergo.engine.posture.RebaResult;
import dev.ergo.engine.posture.Rula;
import dev.ergo.engine.posture.RulaResult;
import dev.ergo.engine.posture.RulaTableA;
import static dev.ergo.engine.posture.PostureConventions.beyond;
import static dev.ergo.engine.internal.posture.PostureDefaults.flag;

import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import dev.ergo.engine.internal.EngineTexts;
import dev.ergo.model.posture.RebaCoupling;
import dev.ergo.model.text.Languages;
import dev.ergo.model.text.Message;
import dev.ergo.model.text.Texts;
import dev.ergo.model.posture.LoadMode;
import dev.ergo.model.posture.PostureObservation;
import dev.ergo.model.posture.Side;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Finds the two or three changes that lower a task's score most: the posture is re-scored with one
 * body part (or the load, or the activity) corrected to neutral at a time, and the changes are ranked
 * by the combined drop of RULA and REBA, each as a fraction of its scale.
 */
public final class PostureAdvisor {
    private PostureAdvisor() {}

    /**
     * Priority of every posture recommendation (after the office advice); within it the posture
     * section lists the worst task first and, per task, the best change first.
     */
    public static final int PRIORITY = 100;
    /** RULA grand score scale, 1–7, for ranking (§1.8). */
    public static final double RULA_SPAN = 6.0;
    /** REBA score scale, 1–15, for ranking (§2.8). */
    public static final double REBA_SPAN = 14.0;
    /** Elbow angle used as "corrected": the middle of the 60–100° band (§1.2, §2.3). */
    public static final double NEUTRAL_ELBOW_DEG = 80.0;


    /** One candidate change: its code (the corrected posture is {@code posture.target.<code>}) and the advice for the current posture. */
    private record Change(String code, String source, UnaryOperator<PostureObservation.Builder> fix,
            Function<PostureObservation, List<Message>> advice) {}

    private static final List<Change> CHANGES = List.of(
            new Change("POSTURE_TRUNK",
                    "docs/methods.md §4.1.3, §4.2.2 (RULA, REBA trunk)",
                    b -> b.trunkDeg(0.0).trunkTwisted(false).trunkSideBent(false), PostureAdvisor::trunk),
            new Change("POSTURE_NECK",
                    "docs/methods.md §4.1.3, §4.2.2 (RULA, REBA neck)",
                    b -> b.neckDeg(0.0).neckTwisted(false).neckSideBent(false), PostureAdvisor::neck),
            new Change("POSTURE_UPPER_ARM",
                    "docs/methods.md §4.1.2, §4.2.3 (RULA, REBA upper arm)",
                    b -> b.upperArmDeg(0.0).shoulderRaised(false).upperArmAbducted(false), PostureAdvisor::upperArm),
            new Change("POSTURE_LOWER_ARM",
                    "docs/methods.md §4.1.2, §4.2.3 (RULA, REBA lower arm)",
                    b -> b.lowerArmDeg(NEUTRAL_ELBOW_DEG).armAcrossMidline(false), PostureAdvisor::lowerArm),
            new Change("POSTURE_WRIST",
                    "docs/methods.md §4.1.2, §4.2.3 (RULA, REBA wrist)",
                    b -> b.wristDeg(0.0).wristDeviated(false).wristTwisted(false), PostureAdvisor::wrist),
            new Change("POSTURE_LEGS",
                    "docs/methods.md §4.1.3, §4.2.2 (RULA, REBA legs)",
                    b -> b.legsSupported(true).legsBilateral(true).kneeDeg(0.0), PostureAdvisor::legs),
            new Change("POSTURE_LOAD",
                    "docs/methods.md §4.1.4, §4.2.7 (RULA force/load, REBA load and coupling)",
                    b -> b.loadKg(0.0).loadMode(LoadMode.INTERMITTENT).coupling(RebaCoupling.GOOD), PostureAdvisor::load),
            new Change("POSTURE_ACTIVITY",
                    "docs/methods.md §4.1.4, §4.2.7 (RULA muscle use, REBA activity)",
                    b -> b.staticPosture(false).repeatedAction(false).rapidPostureChange(false),
                    PostureAdvisor::activity));

    /** The recommendation codes, in the order used to break ties. */
    public static List<String> codes() {
        return CHANGES.stream().map(Change::code).toList();
    }

    /**
     * Returns how every recommendation for a task begins in English, for example {@code Task "Lifting" (left side): }.
     *
     * @param task the task label
     * @param side the side scored, or null
     * @return the prefix, not null
     */
    public static String taskPrefix(String task, @Nullable Side side) {
        return EngineTexts.english().text(prefix(task, side)) + " ";
    }

    /**
     * Returns the task prefix in every supported language, for reading back a line in any of them.
     *
     * @param task the task label
     * @param side the side scored, or null
     * @return the prefixes, English first, not null
     */
    public static List<String> taskPrefixes(String task, @Nullable Side side) {
        return Languages.supported().stream().map(l -> EngineTexts.MESSAGES.in(l).text(prefix(task, side))).toList();
    }

    private static Message prefix(String task, @Nullable Side side) {
        return Message.of("posture.taskPrefix", "task", task, "side", side == null ? "none" : side.name());
    }

    /** The advice for a task, in English. */
    public static List<Recommendation> recommend(PostureObservation o, RulaResult rula, RebaResult reba, RulaTableA tableA,
            Risk taskRisk) {
        return recommend(o, rula, reba, tableA, taskRisk, EngineTexts.english());
    }

    /**
     * The advice for a task above LOW: the changes that lower RULA and REBA most, one at a time.
     *
     * @param o the observation, not null
     * @param rula its RULA result, not null
     * @param reba its REBA result, not null
     * @param tableA the RULA Table A version, not null
     * @param taskRisk the task's light, not null
     * @param texts the engine's texts in the employee's language, not null
     * @return the recommendations, not null
     */
    public static List<Recommendation> recommend(PostureObservation o, RulaResult rula, RebaResult reba, RulaTableA tableA,
            Risk taskRisk, Texts texts) {
        if (taskRisk == Risk.LOW) {
            return List.of();
        }
        record Scored(Change change, int rulaAfter, int rebaAfter, double gain) {}
        List<Scored> scored = new ArrayList<>();
        for (Change c : CHANGES) {
            PostureObservation fixed = c.fix().apply(o.toBuilder()).build();
            int r = Rula.score(fixed, tableA).score();
            int b = Reba.score(fixed).score();
            int dr = rula.score() - r;
            int db = reba.score() - b;
            if (dr >= 0 && db >= 0 && dr + db > 0) {
                scored.add(new Scored(c, r, b, dr / RULA_SPAN + db / REBA_SPAN));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::gain).reversed()); // stable: ties keep CHANGES order
        List<Recommendation> out = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(PostureConventions.MAX_RECOMMENDATIONS_PER_TASK, scored.size()))) {
            boolean rulaChanged = s.rulaAfter() != rula.score();
            boolean rebaChanged = s.rebaAfter() != reba.score();
            Message effect = Message.of("posture.effect", "which", rulaChanged && rebaChanged ? "both"
                    : rulaChanged ? "rula" : "reba", "rulaBefore", rula.score(), "rulaAfter", s.rulaAfter(),
                    "rebaBefore", reba.score(), "rebaAfter", s.rebaAfter());
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("rulaBefore", (double) rula.score());
            values.put("rulaAfter", (double) s.rulaAfter());
            values.put("rebaBefore", (double) reba.score());
            values.put("rebaAfter", (double) s.rebaAfter());
            List<Message> bits = s.change().advice().apply(o);
            Message advice = bits.isEmpty() ? Message.of("posture.aim." + s.change().code()) : join(bits);
            Message text = Message.of("posture.recommendation", "prefix", prefix(o.task(), o.side()), "advice",
                    Message.capitalized(advice), "effect", effect);
            out.add(EngineTexts.recommendation(s.change().code(), PRIORITY, texts, text, values,
                    List.of(Message.of("posture.rule.rescored", "target", Message.of("posture.target." + s.change().code())),
                            Message.of("posture.rule.ranking")), s.change().source()));
        }
        return List.copyOf(out);
    }

    /** The parts of an advice, joined by semicolons. */
    private static Message join(List<Message> bits) {
        Message out = bits.get(bits.size() - 1);
        for (int i = bits.size() - 2; i >= 0; i--) {
            out = Message.of("posture.join", "first", bits.get(i), "rest", out);
        }
        return out;
    }

    private static Message.Decimal num(double v) {
        return Message.plain(v, 2);
    }

    // ---- advice for the current posture; each names what is wrong now ----

    private static List<Message> trunk(PostureObservation o) {
        double t = o.trunkDeg();
        List<Message> bits = new ArrayList<>();
        if (t > 0) {
            bits.add(Message.of("posture.trunk.forward", "deg", num(t)));
        } else if (t < 0) {
            bits.add(Message.of("posture.trunk.back", "deg", num(-t)));
        }
        addTwist(bits, flag(o.trunkTwisted()), flag(o.trunkSideBent()), "posture.trunk.twist");
        return bits;
    }

    private static List<Message> neck(PostureObservation o) {
        double n = o.neckDeg();
        List<Message> bits = new ArrayList<>();
        if (n > 0) {
            bits.add(Message.of("posture.neck.forward", "deg", num(n)));
        } else if (n < 0) {
            bits.add(Message.of("posture.neck.back", "deg", num(-n)));
        }
        addTwist(bits, flag(o.neckTwisted()), flag(o.neckSideBent()), "posture.neck.twist");
        return bits;
    }

    private static List<Message> upperArm(PostureObservation o) {
        double ua = o.upperArmDeg();
        double neutral = PostureConventions.UPPER_ARM_NEUTRAL_DEG;
        List<Message> bits = new ArrayList<>();
        if (beyond(ua, neutral)) {
            bits.add(Message.of("posture.upperArm.raised", "deg", num(ua)));
        } else if (beyond(-ua, neutral)) {
            bits.add(Message.of("posture.upperArm.back", "deg", num(-ua)));
        }
        if (flag(o.shoulderRaised())) {
            bits.add(Message.of("posture.upperArm.shoulder"));
        }
        if (flag(o.upperArmAbducted())) {
            bits.add(Message.of("posture.upperArm.abducted"));
        }
        return bits.isEmpty() ? List.of(Message.of("posture.upperArm.close")) : bits;
    }

    private static List<Message> lowerArm(PostureObservation o) {
        double la = o.lowerArmDeg();
        Object[] band = {"min", num(PostureTables.LOWER_ARM_NEUTRAL_MIN_DEG), "max",
                num(PostureTables.LOWER_ARM_NEUTRAL_MAX_DEG), "deg", num(la)};
        List<Message> bits = new ArrayList<>();
        if (beyond(PostureTables.LOWER_ARM_NEUTRAL_MIN_DEG - la, 0)) {
            bits.add(Message.of("posture.lowerArm.closer", band));
        } else if (beyond(la, PostureTables.LOWER_ARM_NEUTRAL_MAX_DEG)) {
            bits.add(Message.of("posture.lowerArm.away", band));
        }
        if (flag(o.armAcrossMidline())) {
            bits.add(Message.of("posture.lowerArm.midline"));
        }
        return bits;
    }

    private static List<Message> wrist(PostureObservation o) {
        double w = o.wristDeg();
        List<Message> bits = new ArrayList<>();
        bits.add(Message.of("posture.wrist.straight", "now", w == 0 ? "no" : "yes", "deg", num(Math.abs(w)),
                "direction", w > 0 ? "flexion" : "extension"));
        if (flag(o.wristDeviated())) {
            bits.add(Message.of("posture.wrist.deviated"));
        }
        if (flag(o.wristTwisted())) {
            bits.add(Message.of("posture.wrist.twisted"));
        }
        return bits;
    }

    private static List<Message> legs(PostureObservation o) {
        boolean seated = flag(o.seated());
        List<Message> bits = new ArrayList<>();
        if (!PostureDefaults.legsSupported(o)) {
            bits.add(Message.of(seated ? "posture.legs.seated" : "posture.legs.standing"));
        }
        if (!PostureDefaults.legsBilateral(o)) {
            bits.add(Message.of("posture.legs.bilateral"));
        }
        double knee = PostureDefaults.kneeDeg(o);
        if (!seated && beyond(knee, PostureTables.REBA_KNEE_LOW_DEG)) {
            bits.add(Message.of("posture.legs.knees", "deg", num(knee)));
        }
        return bits;
    }

    private static List<Message> load(PostureObservation o) {
        double kg = PostureDefaults.loadKg(o);
        LoadMode mode = PostureDefaults.loadMode(o);
        RebaCoupling coupling = PostureDefaults.coupling(o);
        List<Message> bits = new ArrayList<>();
        if (kg > 0 || mode == LoadMode.SHOCK) {
            bits.add(Message.of("posture.load.reduce", "kg", num(kg), "mode", mode.name()));
        }
        if (mode == LoadMode.SHOCK) {
            bits.add(Message.of("posture.load.shock"));
        }
        if (coupling != RebaCoupling.GOOD) {
            bits.add(Message.of("posture.load.coupling", "coupling", coupling.name()));
        }
        return bits;
    }

    private static List<Message> activity(PostureObservation o) {
        List<Message> bits = new ArrayList<>();
        if (flag(o.staticPosture())) {
            bits.add(Message.of("posture.activity.static"));
        }
        if (flag(o.repeatedAction())) {
            bits.add(Message.of("posture.activity.repeated"));
        }
        if (flag(o.rapidPostureChange())) {
            bits.add(Message.of("posture.activity.rapid"));
        }
        return bits;
    }

    private static void addTwist(List<Message> bits, boolean twisted, boolean sideBent, String key) {
        if (twisted || sideBent) {
            bits.add(Message.of(key, "how", twisted && sideBent ? "both" : twisted ? "twisted" : "sideBent"));
        }
    }
}
