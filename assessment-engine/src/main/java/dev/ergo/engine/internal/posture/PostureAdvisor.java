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
import dev.ergo.model.posture.Coupling;
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

    private static final String RANKING = "one change at a time, ranked by the combined drop of RULA (of 6) and"
            + " REBA (of 14); at most 3 per task above LOW";

    /** One candidate change: its code, the corrected posture and the advice for the current posture. */
    private record Change(String code, String target, String source, UnaryOperator<PostureObservation.Builder> fix,
            Function<PostureObservation, String> advice) {}

    private static final List<Change> CHANGES = List.of(
            new Change("POSTURE_TRUNK", "the trunk upright (0°), not twisted or bent sideways",
                    "methods-posture-office §1.3, §2.2 (RULA, REBA trunk)",
                    b -> b.trunkDeg(0.0).trunkTwisted(false).trunkSideBent(false), PostureAdvisor::trunk),
            new Change("POSTURE_NECK", "the neck upright (0°), not twisted or bent sideways",
                    "methods-posture-office §1.3, §2.2 (RULA, REBA neck)",
                    b -> b.neckDeg(0.0).neckTwisted(false).neckSideBent(false), PostureAdvisor::neck),
            new Change("POSTURE_UPPER_ARM", "the upper arm hanging (0°), shoulder relaxed, not abducted",
                    "methods-posture-office §1.2, §2.3 (RULA, REBA upper arm)",
                    b -> b.upperArmDeg(0.0).shoulderRaised(false).upperArmAbducted(false), PostureAdvisor::upperArm),
            new Change("POSTURE_LOWER_ARM", "the elbow at 80° in front of the body",
                    "methods-posture-office §1.2, §2.3 (RULA, REBA lower arm)",
                    b -> b.lowerArmDeg(NEUTRAL_ELBOW_DEG).armAcrossMidline(false), PostureAdvisor::lowerArm),
            new Change("POSTURE_WRIST", "the wrist straight (0°), not deviated or twisted",
                    "methods-posture-office §1.2, §2.3 (RULA, REBA wrist)",
                    b -> b.wristDeg(0.0).wristDeviated(false).wristTwisted(false), PostureAdvisor::wrist),
            new Change("POSTURE_LEGS", "legs and feet supported, weight on both legs, knees straight",
                    "methods-posture-office §1.3, §2.2 (RULA, REBA legs)",
                    b -> b.legsSupported(true).legsBilateral(true).kneeDeg(0.0), PostureAdvisor::legs),
            new Change("POSTURE_LOAD", "no load or force (0 kg, intermittent) and good coupling",
                    "methods-posture-office §1.4, §2.7 (RULA force/load, REBA load and coupling)",
                    b -> b.loadKg(0.0).loadMode(LoadMode.INTERMITTENT).coupling(Coupling.GOOD), PostureAdvisor::load),
            new Change("POSTURE_ACTIVITY", "no static holding, repetition or rapid posture changes",
                    "methods-posture-office §1.4, §2.7 (RULA muscle use, REBA activity)",
                    b -> b.staticPosture(false).repeatedAction(false).rapidPostureChange(false),
                    PostureAdvisor::activity));

    /** The recommendation codes, in the order used to break ties. */
    public static List<String> codes() {
        return CHANGES.stream().map(Change::code).toList();
    }

    /**
     * Returns how every recommendation for a task begins, for example {@code Task "Lifting" (left side): }.
     *
     * @param task the task label
     * @param side the side scored, or null
     * @return the prefix, not null
     */
    public static String taskPrefix(String task, @Nullable Side side) {
        return "Task \"" + task + "\"" + (side == null ? "" : " (" + side.word() + " side)") + ": ";
    }

    public static List<Recommendation> recommend(PostureObservation o, RulaResult rula, RebaResult reba, RulaTableA tableA,
            Risk taskRisk) {
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
            List<String> effect = new ArrayList<>();
            if (s.rulaAfter() != rula.score()) {
                effect.add("RULA " + rula.score() + " → " + s.rulaAfter());
            }
            if (s.rebaAfter() != reba.score()) {
                effect.add("REBA " + reba.score() + " → " + s.rebaAfter());
            }
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("rulaBefore", (double) rula.score());
            values.put("rulaAfter", (double) s.rulaAfter());
            values.put("rebaBefore", (double) reba.score());
            values.put("rebaAfter", (double) s.rebaAfter());
            String advice = s.change().advice().apply(o);
            if (advice.isBlank()) {
                advice = "aim for " + s.change().target();
            }
            String text = taskPrefix(o.task(), o.side()) + Fmt.capitalize(advice) + ". This lowers "
                    + String.join(" and ", effect) + ".";
            out.add(new Recommendation(s.change().code(), PRIORITY, text, values,
                    "re-scored with " + s.change().target() + "; " + RANKING, s.change().source()));
        }
        return List.copyOf(out);
    }

    // ---- advice for the current posture; each names what is wrong now ----

    private static String trunk(PostureObservation o) {
        double t = o.trunkDeg();
        List<String> bits = new ArrayList<>();
        if (t > 0) {
            bits.add("raise the work or bring it closer so you can keep your back upright (now bent forward "
                    + Fmt.num(t) + "°)");
        } else if (t < 0) {
            bits.add("bring the work in front of you so you need not lean back (now " + Fmt.num(-t) + "° back)");
        }
        addTwist(bits, flag(o.trunkTwisted()), flag(o.trunkSideBent()), "face the work squarely instead of ");
        return String.join("; ", bits);
    }

    private static String neck(PostureObservation o) {
        double n = o.neckDeg();
        List<String> bits = new ArrayList<>();
        if (n > 0) {
            bits.add("raise the screen or the work so you can keep your head upright (now bent forward "
                    + Fmt.num(n) + "°)");
        } else if (n < 0) {
            bits.add("lower the screen or the work so you need not tilt your head back (now " + Fmt.num(-n)
                    + "° back)");
        }
        addTwist(bits, flag(o.neckTwisted()), flag(o.neckSideBent()), "place the work straight ahead instead of ");
        return String.join("; ", bits);
    }

    private static String upperArm(PostureObservation o) {
        double ua = o.upperArmDeg();
        double neutral = PostureConventions.UPPER_ARM_NEUTRAL_DEG;
        List<String> bits = new ArrayList<>();
        if (beyond(ua, neutral)) {
            bits.add("bring the work closer and lower so your upper arms can hang close to the body (now raised "
                    + Fmt.num(ua) + "° forward)");
        } else if (beyond(-ua, neutral)) {
            bits.add("bring the work in front of you so your arms need not reach back (now " + Fmt.num(-ua)
                    + "° behind the body)");
        }
        if (flag(o.shoulderRaised())) {
            bits.add("lower the work surface or armrests so your shoulders can relax");
        }
        if (flag(o.upperArmAbducted())) {
            bits.add("keep your elbows close to your sides");
        }
        return bits.isEmpty() ? "keep your upper arms close to the body" : String.join("; ", bits);
    }

    private static String lowerArm(PostureObservation o) {
        double la = o.lowerArmDeg();
        String band = Fmt.num(PostureTables.LOWER_ARM_NEUTRAL_MIN_DEG) + "–"
                + Fmt.num(PostureTables.LOWER_ARM_NEUTRAL_MAX_DEG) + "°";
        List<String> bits = new ArrayList<>();
        if (beyond(PostureTables.LOWER_ARM_NEUTRAL_MIN_DEG - la, 0)) {
            bits.add("bring the work closer so your elbows are bent " + band + " (now " + Fmt.num(la) + "°)");
        } else if (beyond(la, PostureTables.LOWER_ARM_NEUTRAL_MAX_DEG)) {
            bits.add("lower the work or move it a little away so your elbows are bent " + band + " (now "
                    + Fmt.num(la) + "°)");
        }
        if (flag(o.armAcrossMidline())) {
            bits.add("work in front of your body instead of across it or out to the side");
        }
        return String.join("; ", bits);
    }

    private static String wrist(PostureObservation o) {
        double w = o.wristDeg();
        List<String> bits = new ArrayList<>();
        String now = w == 0 ? "" : " (now " + Fmt.flexion(w) + ")";
        bits.add("keep your wrist straight and in line with the forearm" + now);
        if (flag(o.wristDeviated())) {
            bits.add("avoid bending it sideways");
        }
        if (flag(o.wristTwisted())) {
            bits.add("avoid turning the forearm to the end of its range");
        }
        return String.join("; ", bits);
    }

    private static String legs(PostureObservation o) {
        boolean seated = flag(o.seated());
        List<String> bits = new ArrayList<>();
        if (!PostureDefaults.legsSupported(o)) {
            bits.add(seated ? "support both feet flat on the floor or on a footrest"
                    : "stand with your weight even on both feet, with room to shift position");
        }
        if (!PostureDefaults.legsBilateral(o)) {
            bits.add("keep your weight on both legs on a stable base");
        }
        double knee = PostureDefaults.kneeDeg(o);
        if (!seated && beyond(knee, PostureTables.REBA_KNEE_LOW_DEG)) {
            bits.add("raise the work or use a seat so you need not squat or kneel (knees now bent " + Fmt.num(knee)
                    + "°)");
        }
        return String.join("; ", bits);
    }

    private static String load(PostureObservation o) {
        double kg = PostureDefaults.loadKg(o);
        LoadMode mode = PostureDefaults.loadMode(o);
        Coupling coupling = PostureDefaults.coupling(o);
        List<String> bits = new ArrayList<>();
        if (kg > 0 || mode == LoadMode.SHOCK) {
            bits.add("reduce the load or force (now " + Fmt.num(kg) + " kg, " + mode.word()
                    + ") with a lifting aid, lighter loads or a tool support");
        }
        if (mode == LoadMode.SHOCK) {
            bits.add("avoid jolts and sudden forces");
        }
        if (coupling != Coupling.GOOD) {
            bits.add("give the load good handles or grips (coupling now " + coupling.word() + ")");
        }
        return String.join("; ", bits);
    }

    private static String activity(PostureObservation o) {
        List<String> bits = new ArrayList<>();
        if (flag(o.staticPosture())) {
            bits.add("change posture at least every minute or so (short pauses, alternating tasks)");
        }
        if (flag(o.repeatedAction())) {
            bits.add("cut down small movements repeated 4 or more times a minute (tools, task rotation)");
        }
        if (flag(o.rapidPostureChange())) {
            bits.add("avoid rapid large changes of posture and unstable footing");
        }
        return String.join("; ", bits);
    }

    private static void addTwist(List<String> bits, boolean twisted, boolean sideBent, String prefix) {
        if (twisted || sideBent) {
            bits.add(prefix + (twisted && sideBent ? "twisting or bending sideways"
                    : twisted ? "twisting" : "bending sideways"));
        }
    }
}
