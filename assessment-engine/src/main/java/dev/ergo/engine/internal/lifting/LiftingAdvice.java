package dev.ergo.engine.internal.lifting;

import dev.ergo.engine.lifting.DurationCategory;
import dev.ergo.engine.lifting.EndResult;
import dev.ergo.engine.lifting.LiftingEquation;
import dev.ergo.engine.lifting.LiftingResult;
import dev.ergo.engine.lifting.LiftingTaskResult;
import dev.ergo.engine.lifting.Rnle;
import dev.ergo.engine.lifting.UnitSystem;
import dev.ergo.engine.Recommendation;
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

    public static final String SOURCE = "methods-lifting-vibration-repetitive-contact §1.1–§1.3 (NIOSH Applications Manual, L1)";

    private record Change(String code, String what, UnaryOperator<LiftingTask.Builder> apply) {}

    public static List<Recommendation> advise(LiftingTask task, LiftingTaskResult result, double lc, DurationCategory duration,
            int priorityBase) {
        List<Recommendation> out = new ArrayList<>();
        Double li = result.li();
        if (li != null && li <= LiftingResult.LI_DESIGN_GOAL) {
            return out;
        }
        String label = "Task \"" + task.task() + "\": ";
        EndResult g = result.governing();
        if (result.noSafeLoad()) {
            out.add(new Recommendation("LIFT_NO_SAFE_LOAD", priorityBase, label + "no load can be lifted safely this way ("
                    + zeroReason(g, task) + "). Redesign the task before anyone lifts here.",
                    Recommendation.values("rwlKg", 0.0), "RNLE multiplier of 0: " + zeroReason(g, task), SOURCE));
        }
        List<Change> changes = new ArrayList<>();
        double hNow = g.h();
        if (hNow > 25) {
            changes.add(new Change("LIFT_HORIZONTAL", "bring the load closer to the body: H " + LiftingText.kg(hNow)
                    + " → 25 cm", b -> b.hOriginCm(Math.min(25.0, task.hOriginCm())).hDestinationCm(25.0)));
        }
        double vo = task.vOriginCm();
        if (Math.abs(vo - 75) > 5) {
            changes.add(new Change("LIFT_VERTICAL", "move the pick-up point to about knuckle height: V "
                    + LiftingText.kg(vo) + " → 75 cm", b -> b.vOriginCm(75.0)));
        }
        double d = g.d();
        if (d > 25) {
            double vd = task.vDestinationCm();
            double newVd = vd > vo ? vo + 25 : vo - 25;
            changes.add(new Change("LIFT_TRAVEL", "reduce the vertical travel: D " + LiftingText.kg(d) + " → 25 cm",
                    b -> b.vDestinationCm(Math.max(0, newVd))));
        }
        if (g.a() > 0) {
            changes.add(new Change("LIFT_TWIST", "place the load in front of the body so there is no twisting: A "
                    + LiftingText.kg(g.a()) + "° → 0°", b -> b.asymmetryOriginDeg(0.0).asymmetryDestinationDeg(0.0)));
        }
        if (g.fm() < 1 && task.frequencyPerMin() > Rnle.F_MIN) {
            double f = Math.max(Rnle.F_MIN, task.frequencyPerMin() / 2);
            changes.add(new Change("LIFT_FREQUENCY", "lift half as often (share the work or rotate jobs): F "
                    + LiftingText.kg(task.frequencyPerMin()) + " → " + LiftingText.kg(f) + " per minute",
                    b -> b.frequencyPerMin(f)));
        }
        if (task.coupling() != Coupling.GOOD) {
            changes.add(new Change("LIFT_COUPLING", "give the load good handles or a box with hand-holds (coupling "
                    + task.coupling().name().toLowerCase(java.util.Locale.ROOT) + " → good)",
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
            out.add(new Recommendation(s.change.code, p++, label + s.change.what + " raises the recommended weight"
                    + " limit from " + LiftingText.kg(result.rwl()) + " to " + LiftingText.kg(s.rwl) + " kg.",
                    Recommendation.values("rwlKg", result.rwl(), "improvedRwlKg", s.rwl),
                    "RNLE re-evaluated with one input changed; changes ranked by the RWL gained", SOURCE));
        }
        if (result.rwl() > 0 && task.loadKg() > result.rwl()) {
            out.add(new Recommendation("LIFT_LOAD", p, label + "or reduce the load from " + LiftingText.kg(task.loadKg())
                    + " kg to at most " + LiftingText.kg(result.rwl()) + " kg (split it or use a lifting aid).",
                    Recommendation.values("loadKg", task.loadKg(), "rwlKg", result.rwl()), "LI ≤ 1.0 when L ≤ RWL", SOURCE));
        }
        return out;
    }

    private static String zeroReason(EndResult g, LiftingTask t) {
        List<String> why = new ArrayList<>();
        if (g.hm() == 0) {
            why.add("the hands are " + LiftingText.kg(g.h()) + " cm in front of the body, over 63 cm");
        }
        if (g.vm() == 0) {
            why.add("the hands are " + LiftingText.kg(g.v()) + " cm high, over 175 cm");
        }
        if (g.dm() == 0) {
            why.add("the load travels over 175 cm vertically");
        }
        if (g.am() == 0) {
            why.add("the twist is " + LiftingText.kg(g.a()) + "°, over 135°");
        }
        if (g.fm() == 0) {
            why.add(LiftingText.kg(t.frequencyPerMin()) + " lifts a minute is above what the method allows for this duration");
        }
        return String.join("; ", why);
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
