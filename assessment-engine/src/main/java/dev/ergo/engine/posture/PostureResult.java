package dev.ergo.engine.posture;

import dev.ergo.engine.FactorResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The posture factor of one employee: RULA, REBA and OWAS for every observed task posture.
 *
 * <p>Traffic light: the worst task light ({@link PostureTaskResult#risk()}, the worse of RULA and
 * REBA). Mappings from the native results: RULA action level 1 {@link Risk#LOW}, 2
 * {@link Risk#MEDIUM}, 3–4 {@link Risk#HIGH}; REBA 1–3 (negligible, low) LOW, 4–7 (medium) MEDIUM,
 * 8–15 (high, very high) HIGH; OWAS action category 1 LOW, 2 MEDIUM, 3–4 HIGH (shown per OWAS
 * entry, not part of the factor light).
 *
 * <p>In {@code results.jsonl}: the contract keys {@code rula}, {@code reba} and {@code owas} (each a list with one
 * entry per task; {@code owas} only when a row has a code) and {@code posture} (light, Table A
 * version, defaulted inputs per task).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param tableA the RULA Table A version used for every task, not null
 * @param tasks the task results in workbook order, not empty, not null
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PostureResult(RulaTableA tableA, List<PostureTaskResult> tasks) implements FactorResult {

    /** Checks and copies. */
    public PostureResult {
        Objects.requireNonNull(tableA, "tableA must not be null");
        tasks = List.copyOf(tasks);
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("tasks must not be empty");
        }
    }

    @Override
    public Risk risk() {
        return Risk.worst(tasks.stream().map(PostureTaskResult::risk).toList());
    }

    /**
     * Returns the worst task: highest light, then highest RULA score, then highest REBA score; the
     * first in workbook order among equals.
     *
     * @return the worst task, not null
     */
    public PostureTaskResult worstTask() {
        return tasksWorstFirst().get(0);
    }

    /**
     * Returns the tasks ordered worst first (light, then RULA score, then REBA score), workbook order
     * among equals.
     *
     * @return the tasks, not null
     */
    public List<PostureTaskResult> tasksWorstFirst() {
        List<PostureTaskResult> sorted = new ArrayList<>(tasks);
        sorted.sort(Comparator.comparing(PostureTaskResult::risk)
                .thenComparingInt(t -> t.rula().score())
                .thenComparingInt(t -> t.reba().score())
                .reversed());
        return List.copyOf(sorted);
    }

    /** @return the highest OWAS action category over the coded tasks, or empty when none is coded */
    public Optional<Integer> maxOwasActionCategory() {
        return tasks.stream().map(PostureTaskResult::owas).filter(Objects::nonNull)
                .map(OwasResult::actionCategory).max(Integer::compare);
    }

    @Override
    public String method() {
        return "RULA (McAtamney & Corlett 1993; Table A " + tableA.id() + "), REBA (Hignett & McAtamney 2000),"
                + " OWAS (Karhu, Kansi & Kuorinka 1977); docs/methods.md §4.1, §4.2, §4.3";
    }

    @Override
    public String key() {
        return "posture";
    }

    /**
     * Returns the posture advice: the worst task first, per task the change that lowers its score
     * most first; all with the same priority so this order is kept.
     *
     * @return the recommendations, not null
     */
    @Override
    public List<Recommendation> recommendations() {
        List<Recommendation> out = new ArrayList<>();
        tasksWorstFirst().forEach(t -> out.addAll(t.recommendations()));
        return List.copyOf(out);
    }
}
