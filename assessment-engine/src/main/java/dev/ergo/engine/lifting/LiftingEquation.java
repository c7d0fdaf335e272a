package dev.ergo.engine.lifting;

import dev.ergo.model.lifting.LiftingTask;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates lifting tasks with the Revised NIOSH Lifting Equation and combines several tasks into the
 * Composite Lifting Index (docs/methods.md §5.1–§5.7).
 *
 * <p>All methods are pure functions; this class is thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class LiftingEquation {
    private LiftingEquation() {}

    /**
     * Evaluates one task: RWL = LC × HM × VM × DM × AM × FM × CM at the origin and, with significant
     * control, at the destination too (the lower RWL governs, §5.5). FM uses the origin's height at both
     * ends (§5.3); CM uses the height of the end evaluated.
     *
     * @param task the task, valid, not null
     * @param loadConstant the load constant in the system's mass unit (23 kg by default)
     * @param duration the duration category (for an employee's tasks: the longest among them), not null
     * @param units the computation system, not null
     * @return the result, not null
     */
    public static LiftingTaskResult evaluate(LiftingTask task, double loadConstant, DurationCategory duration,
            UnitSystem units) {
        Objects.requireNonNull(task.loadKg(), "loadKg must not be null");
        double vo = task.vOriginCm();
        double vd = task.vDestinationCm();
        double d = Math.abs(vd - vo);
        double fm = Rnle.fm(task.frequencyPerMin(), vo, duration, units);
        EndResult origin = end("origin", task.hOriginCm(), vo, d, zeroIfNull(task.asymmetryOriginDeg()), fm, task,
                loadConstant, units);
        EndResult destination = task.hasSignificantControl()
                ? end("destination", task.effectiveHDestinationCm(), vd, d,
                        zeroIfNull(task.asymmetryDestinationDeg()), fm, task, loadConstant, units)
                : null;
        Double max = task.effectiveLoadMaxKg();
        return new LiftingTaskResult(task.task(), task.loadKg(), max == null ? task.loadKg() : max,
                task.frequencyPerMin(), task.coupling(), origin, destination, duration, loadConstant, task.origin());
    }

    private static EndResult end(String name, @Nullable Double hIn, double v, double d, double a, double fm,
            LiftingTask task, double lc, UnitSystem units) {
        double h = hIn == null ? 0 : hIn;
        double hm = Rnle.hm(h, units);
        double vm = Rnle.vm(v, units);
        double dm = Rnle.dm(d, units);
        double am = Rnle.am(a);
        double cm = Rnle.cm(task.coupling(), v, units);
        double firwl = lc * hm * vm * dm * am * cm;
        return new EndResult(name, h, v, d, a, hm, vm, dm, am, fm, cm, firwl, firwl * fm);
    }

    private static double zeroIfNull(@Nullable Double v) {
        return v == null ? 0.0 : v;
    }

    /**
     * Returns the duration category shared by an employee's tasks: the longest among them (survey workbook,
     * Lifting sheet).
     *
     * @param tasks the tasks, not empty
     * @return the category, not null
     */
    public static DurationCategory sharedDuration(List<LiftingTask> tasks) {
        DurationCategory c = DurationCategory.SHORT;
        for (LiftingTask t : tasks) {
            DurationCategory ti = DurationCategory.of(t.durationHours());
            if (ti.compareTo(c) > 0) {
                c = ti;
            }
        }
        return c;
    }

    /**
     * Orders tasks for the Composite Lifting Index: decreasing STLI (no safe load first), ties broken by
     * the higher frequency (L1 p.57), then by input order.
     *
     * @param tasks the task results, not null
     * @return a new list in CLI order, not null
     */
    public static List<LiftingTaskResult> compositeOrder(List<LiftingTaskResult> tasks) {
        List<LiftingTaskResult> sorted = new ArrayList<>(tasks);
        sorted.sort(Comparator.<LiftingTaskResult>comparingDouble(
                        t -> t.stli() == null ? Double.POSITIVE_INFINITY : t.stli())
                .reversed()
                .thenComparing(Comparator.comparingDouble(LiftingTaskResult::frequencyPerMin).reversed()));
        return sorted;
    }

    /**
     * Computes the Composite Lifting Index, CLI = STLI₁ + Σ FILIₖ × (1/FM₁..ₖ − 1/FM₁..ₖ₋₁), where FM₁..ₖ
     * comes from Table 5 with the summed frequencies of tasks 1..k (docs/methods.md §5.7).
     *
     * <p>Which height selects the FM column for summed frequencies is open (docs/methods.md §9.3 item 5). Convention: the
     * V ≥ 75 cm column only when every task in the combination starts at or above 75 cm, else the
     * V &lt; 75 cm column (the more protective one). The same column gives FM₁ in the sum.
     *
     * @param tasks the task results (at least two), not null
     * @param duration the shared duration category, not null
     * @param units the computation system, not null
     * @return the CLI, or null when a task has no safe load or a combined frequency exceeds the table
     */
    public static @Nullable Double compositeLi(List<LiftingTaskResult> tasks, DurationCategory duration,
            UnitSystem units) {
        if (tasks.size() < 2) {
            throw new IllegalArgumentException("the composite lifting index needs at least 2 tasks but got " + tasks.size());
        }
        List<LiftingTaskResult> ordered = compositeOrder(tasks);
        Double cli = ordered.get(0).stli();
        if (cli == null) {
            return null;
        }
        double sumF = ordered.get(0).frequencyPerMin();
        boolean allHigh = ordered.get(0).origin().v() >= units.couplingSplitHeight();
        for (int k = 1; k < ordered.size(); k++) {
            LiftingTaskResult t = ordered.get(k);
            allHigh &= t.origin().v() >= units.couplingSplitHeight();
            double fmBefore = FrequencyTable.fm(sumF, allHigh, duration); // FM₁..ₖ₋₁, same column as FM₁..ₖ
            sumF += t.frequencyPerMin();
            double fmK = FrequencyTable.fm(sumF, allHigh, duration);
            Double fili = t.fili();
            if (fili == null || fmK <= 0 || fmBefore <= 0) {
                return null;
            }
            cli += fili * (1 / fmK - 1 / fmBefore);
        }
        return cli;
    }
}
