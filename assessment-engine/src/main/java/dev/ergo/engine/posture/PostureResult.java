package dev.ergo.engine.posture;

import dev.ergo.engine.CsvRow;
import dev.ergo.engine.FactorResult;
import dev.ergo.engine.JsonWriter;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import dev.ergo.model.posture.Side;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The posture factor of one employee: RULA, REBA and OWAS for every observed task posture.
 *
 * <p>Traffic light: the worst task light ({@link PostureTaskResult#risk()}, the worse of RULA and
 * REBA). Mappings from the native results: RULA action level 1 {@link Risk#LOW}, 2
 * {@link Risk#MEDIUM}, 3–4 {@link Risk#HIGH}; REBA 1–3 (negligible, low) LOW, 4–7 (medium) MEDIUM,
 * 8–15 (high, very high) HIGH; OWAS action category 1 LOW, 2 MEDIUM, 3–4 HIGH (shown per OWAS
 * entry, not part of the factor light).
 *
 * <p>JSON: writes the contract keys {@code rula}, {@code reba} and {@code owas} (each a list with one
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
                + " OWAS (Karhu, Kansi & Kuorinka 1977); methods-posture-office §1, §2, §4";
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

    @Override
    public void writeJson(JsonWriter w) {
        w.name("rula").beginArray();
        for (PostureTaskResult t : tasks) {
            RulaResult r = t.rula();
            w.beginObject()
                    .field("task", t.task())
                    .field("score", r.score())
                    .field("actionLevel", r.actionLevel())
                    .field("scoreA", r.scoreA())
                    .field("scoreB", r.scoreB())
                    .field("scoreC", r.scoreC())
                    .field("scoreD", r.scoreD())
                    .field("risk", r.risk().name())
                    .field("side", side(t.side()))
                    .field("tableAVersion", r.tableA().id())
                    .field("upperArm", r.upperArm())
                    .field("lowerArm", r.lowerArm())
                    .field("wrist", r.wrist())
                    .field("wristTwist", r.wristTwist())
                    .field("neck", r.neck())
                    .field("trunk", r.trunk())
                    .field("legs", r.legs())
                    .field("muscleUseA", r.muscleUseA())
                    .field("forceA", r.forceA())
                    .field("muscleUseB", r.muscleUseB())
                    .field("forceB", r.forceB());
            bodyParts(w, r.bodyParts());
            w.endObject();
        }
        w.endArray();

        w.name("reba").beginArray();
        for (PostureTaskResult t : tasks) {
            RebaResult r = t.reba();
            w.beginObject()
                    .field("task", t.task())
                    .field("score", r.score())
                    .field("level", r.level().name())
                    .field("actionLevel", r.actionLevel())
                    .field("scoreA", r.scoreA())
                    .field("scoreB", r.scoreB())
                    .field("scoreC", r.scoreC())
                    .field("risk", r.risk().name())
                    .field("side", side(t.side()))
                    .field("tableA", r.tableA())
                    .field("load", r.load())
                    .field("tableB", r.tableB())
                    .field("coupling", r.coupling())
                    .field("activity", r.activity())
                    .field("trunk", r.trunk())
                    .field("neck", r.neck())
                    .field("legs", r.legs())
                    .field("upperArm", r.upperArm())
                    .field("lowerArm", r.lowerArm())
                    .field("wrist", r.wrist());
            bodyParts(w, r.bodyParts());
            w.endObject();
        }
        w.endArray();

        if (maxOwasActionCategory().isPresent()) {
            w.name("owas").beginArray();
            for (PostureTaskResult t : tasks) {
                OwasResult o = t.owas();
                if (o != null) {
                    w.beginObject()
                            .field("task", t.task())
                            .field("code", o.code())
                            .field("actionCategory", o.actionCategory())
                            .field("risk", o.risk().name())
                            .field("side", side(t.side()))
                            .field("back", o.back())
                            .field("arms", o.arms())
                            .field("legs", o.legs())
                            .field("load", o.load())
                            .endObject();
                }
            }
            w.endArray();
        }

        w.name("posture").beginObject()
                .field("risk", risk().name())
                .field("worstTask", worstTask().task())
                .field("tableAVersion", tableA.id());
        w.name("tasks").beginArray();
        for (PostureTaskResult t : tasks) {
            w.beginObject().field("task", t.task()).field("side", side(t.side())).field("risk", t.risk().name());
            w.name("defaulted").beginArray();
            t.defaulted().forEach(w::value);
            w.endArray().endObject();
        }
        w.endArray().endObject();
    }

    @Override
    public void writeCsv(CsvRow row) {
        PostureTaskResult worstRula = tasks.stream().max(Comparator.comparingInt(t -> t.rula().score())).orElseThrow();
        PostureTaskResult worstReba = tasks.stream().max(Comparator.comparingInt(t -> t.reba().score())).orElseThrow();
        row.put("posture_tasks", tasks.size())
                .put("posture_worst_task", worstTask().task())
                .put("rula_max_score", worstRula.rula().score())
                .put("rula_max_action_level", worstRula.rula().actionLevel())
                .put("reba_max_score", worstReba.reba().score())
                .put("reba_max_level", worstReba.reba().level())
                .put("owas_max_action_category", maxOwasActionCategory().orElse(null))
                .put("posture_risk", risk());
    }

    private static void bodyParts(JsonWriter w, List<BodyPartScore> parts) {
        w.name("bodyParts").beginArray();
        for (BodyPartScore p : parts) {
            w.beginObject()
                    .field("part", p.part().name())
                    .field("angleDeg", p.angleDeg())
                    .field("score", p.score())
                    .field("explanation", p.explanation())
                    .endObject();
        }
        w.endArray();
    }

    private static @Nullable String side(@Nullable Side s) {
        return s == null ? null : s.word();
    }
}
