package dev.ergo.engine.internal.lifting;

import dev.ergo.engine.lifting.DurationCategory;
import dev.ergo.engine.lifting.EndResult;
import dev.ergo.engine.lifting.LiftingEquation;
import dev.ergo.engine.lifting.LiftingResult;
import dev.ergo.engine.lifting.LiftingTaskResult;
import dev.ergo.engine.lifting.Rnle;
import dev.ergo.engine.lifting.UnitSystem;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.internal.EngineTexts;
import dev.ergo.model.text.Message;
import dev.ergo.model.text.Texts;
import dev.ergo.model.lifting.Coupling;
import dev.ergo.model.lifting.LiftingTask;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Redesign advice computed from the multipliers: each change is re-evaluated with the full equation and
 * the changes are ranked by how much they raise the RWL (methods-lifting §1.1–§1.3).
 */
public final class LiftingAdvice {
    private LiftingAdvice() {}

    /** At most this many changes are proposed per task. */
    public static final int MAX_CHANGES_PER_TASK = 3;
    /** Changes that raise the RWL by less than this many kg are not proposed. */
    public static final double MIN_GAIN_KG = 0.1;

    public static final String SOURCE = "docs/methods.md §5.1–§5.3 (NIOSH Applications Manual, L1)";

    /** The target horizontal distance, vertical travel, cm (NIOSH: H and D at 25 cm give multipliers of 1). */
    static final double TARGET_H_CM = 25.0;
    /** The target pick-up height: knuckle height, V = 75 cm (multiplier 1). */
    static final double TARGET_V_CM = 75.0;
    /** Pick-up heights within this many cm of 75 cm are left alone (toolkit convention). */
    static final double V_TOLERANCE_CM = 5.0;
    /** Beyond these the RNLE multipliers are 0: H over 63 cm, V or D over 175 cm, A over 135°. */
    static final double H_MAX_CM = 63.0;
    static final double V_MAX_CM = 175.0;
    static final double A_MAX_DEG = 135.0;

    private record Change(String code, Message what, UnaryOperator<LiftingTask.Builder> apply) {}

    /** The advice for a task, in English. */
    public static List<Recommendation> advise(LiftingTask task, LiftingTaskResult result, double lc, DurationCategory duration,
            int priorityBase) {
        return advise(task, result, lc, duration, priorityBase, EngineTexts.english());
    }

    /**
     * The advice for a task above the design goal: the changes that raise the recommended weight limit
     * most, and a lighter load.
     *
     * @param task the task, not null
     * @param result its evaluation, not null
     * @param lc the load constant, kg
     * @param duration the duration category, not null
     * @param priorityBase the checklist position of the task's first item
     * @param texts the engine's texts in the employee's language, not null
     * @return the recommendations, not null
     */
    public static List<Recommendation> advise(LiftingTask task, LiftingTaskResult result, double lc, DurationCategory duration,
            int priorityBase, Texts texts) {
        List<Recommendation> out = new ArrayList<>();
        Double li = result.li();
        if (li != null && li <= LiftingResult.LI_DESIGN_GOAL) {
            return out;
        }
        EndResult g = result.governing();
        if (result.noSafeLoad()) {
            Message reasons = zeroReason(g, task);
            out.add(EngineTexts.recommendation("LIFT_NO_SAFE_LOAD", priorityBase, texts,
                    Message.of("lift.noSafeLoad", "task", task.task(), "reasons", reasons),
                    Recommendation.values("rwlKg", 0.0),
                    List.of(Message.of("lift.rule.noSafeLoad", "reasons", reasons)), SOURCE));
        }
        List<Change> changes = new ArrayList<>();
        double hNow = g.h();
        if (hNow > TARGET_H_CM) {
            changes.add(new Change("LIFT_HORIZONTAL", Message.of("lift.LIFT_HORIZONTAL", "now", num(hNow), "target",
                    num(TARGET_H_CM)), b -> b.hOriginCm(Math.min(TARGET_H_CM, task.hOriginCm())).hDestinationCm(TARGET_H_CM)));
        }
        double vo = task.vOriginCm();
        if (Math.abs(vo - TARGET_V_CM) > V_TOLERANCE_CM) {
            changes.add(new Change("LIFT_VERTICAL", Message.of("lift.LIFT_VERTICAL", "now", num(vo), "target",
                    num(TARGET_V_CM)), b -> b.vOriginCm(TARGET_V_CM)));
        }
        double d = g.d();
        if (d > TARGET_H_CM) {
            double vd = task.vDestinationCm();
            double newVd = vd > vo ? vo + TARGET_H_CM : vo - TARGET_H_CM;
            changes.add(new Change("LIFT_TRAVEL", Message.of("lift.LIFT_TRAVEL", "now", num(d), "target",
                    num(TARGET_H_CM)), b -> b.vDestinationCm(Math.max(0, newVd))));
        }
        if (g.a() > 0) {
            changes.add(new Change("LIFT_TWIST", Message.of("lift.LIFT_TWIST", "now", num(g.a())),
                    b -> b.asymmetryOriginDeg(0.0).asymmetryDestinationDeg(0.0)));
        }
        if (g.fm() < 1 && task.frequencyPerMin() > Rnle.F_MIN) {
            double f = Math.max(Rnle.F_MIN, task.frequencyPerMin() / 2);
            changes.add(new Change("LIFT_FREQUENCY", Message.of("lift.LIFT_FREQUENCY", "now",
                    num(task.frequencyPerMin()), "target", num(f)), b -> b.frequencyPerMin(f)));
        }
        if (task.coupling() != Coupling.GOOD) {
            changes.add(new Change("LIFT_COUPLING", Message.of("lift.LIFT_COUPLING", "coupling", task.coupling().name()),
                    b -> b.coupling(Coupling.GOOD)));
        }
        record Scored(Change change, double rwl) {}
        List<Scored> scored = new ArrayList<>();
        for (Change c : changes) {
            LiftingTask changed = c.apply.apply(copy(task)).build();
            double rwl = LiftingEquation.evaluate(changed, lc, duration, UnitSystem.METRIC).rwl();
            if (rwl - result.rwl() >= MIN_GAIN_KG) {
                scored.add(new Scored(c, rwl));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::rwl).reversed());
        int p = priorityBase + 1;
        for (Scored s : scored.subList(0, Math.min(MAX_CHANGES_PER_TASK, scored.size()))) {
            out.add(EngineTexts.recommendation(s.change.code, p++, texts,
                    Message.of("lift.change", "task", task.task(), "change", s.change.what, "rwl", num(result.rwl()),
                            "improved", num(s.rwl)),
                    Recommendation.values("rwlKg", result.rwl(), "improvedRwlKg", s.rwl),
                    List.of(Message.of("lift.rule.change")), SOURCE));
        }
        if (result.rwl() > 0 && task.loadKg() > result.rwl()) {
            out.add(EngineTexts.recommendation("LIFT_LOAD", p, texts,
                    Message.of("lift.LIFT_LOAD", "task", task.task(), "load", num(task.loadKg()), "rwl", num(result.rwl())),
                    Recommendation.values("loadKg", task.loadKg(), "rwlKg", result.rwl()), List.of(Message.of("lift.rule.load")), SOURCE));
        }
        return out;
    }

    /** Why a multiplier is 0, the reasons joined by semicolons. */
    private static Message zeroReason(EndResult g, LiftingTask t) {
        List<Message> why = new ArrayList<>();
        if (g.hm() == 0) {
            why.add(Message.of("lift.zero.h", "h", num(g.h()), "max", num(H_MAX_CM)));
        }
        if (g.vm() == 0) {
            why.add(Message.of("lift.zero.v", "v", num(g.v()), "max", num(V_MAX_CM)));
        }
        if (g.dm() == 0) {
            why.add(Message.of("lift.zero.d", "max", num(V_MAX_CM)));
        }
        if (g.am() == 0) {
            why.add(Message.of("lift.zero.a", "a", num(g.a()), "max", num(A_MAX_DEG)));
        }
        if (g.fm() == 0) {
            why.add(Message.of("lift.zero.f", "f", num(t.frequencyPerMin())));
        }
        if (why.isEmpty()) {
            return Message.of("lift.zero.other");
        }
        Message out = why.get(why.size() - 1);
        for (int i = why.size() - 2; i >= 0; i--) {
            out = Message.of("lift.zero.join", "first", why.get(i), "rest", out);
        }
        return out;
    }

    private static Message.Decimal num(double v) {
        return dev.ergo.engine.internal.Numbers.decimal(v);
    }

    private static LiftingTask.Builder copy(LiftingTask t) {
        return LiftingTask.builder().task(t.task()).loadKg(t.loadKg()).loadMaxKg(t.loadMaxKg())
                .hOriginCm(t.hOriginCm()).vOriginCm(t.vOriginCm()).hDestinationCm(t.hDestinationCm())
                .vDestinationCm(t.vDestinationCm()).asymmetryOriginDeg(t.asymmetryOriginDeg())
                .asymmetryDestinationDeg(t.asymmetryDestinationDeg()).frequencyPerMin(t.frequencyPerMin())
                .durationHours(t.durationHours()).coupling(t.coupling()).significantControl(t.significantControl())
                .origin(t.origin());
    }
}
