package dev.ergo.engine.internal.posture;

import dev.ergo.engine.Recommendation;
import dev.ergo.engine.internal.json.CsvColumn;
import dev.ergo.engine.internal.json.JsonObject;
import dev.ergo.engine.internal.json.JsonOut;
import dev.ergo.engine.internal.json.SectionCodec;
import dev.ergo.engine.posture.BodyPart;
import dev.ergo.engine.posture.BodyPartScore;
import dev.ergo.engine.posture.OwasResult;
import dev.ergo.engine.posture.PostureResult;
import dev.ergo.engine.posture.PostureTaskResult;
import dev.ergo.engine.posture.RebaResult;
import dev.ergo.engine.posture.RulaResult;
import dev.ergo.engine.posture.RulaTableA;
import dev.ergo.model.posture.Side;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import dev.ergo.engine.internal.KeyFigures;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The {@code rula}, {@code reba}, {@code owas} and {@code posture} members and the posture columns.
 * Read back, a task has no workbook {@code origin}, and each recommendation belongs to the task its
 * text names ({@link PostureAdvisor#taskPrefix}).
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class PostureCodec implements SectionCodec<PostureResult> {

    /** Creates the codec. */
    public PostureCodec() {}

    @Override
    public Class<PostureResult> type() {
        return PostureResult.class;
    }

    @Override
    public String key() {
        return "posture";
    }

    @Override
    public void write(PostureResult p, JsonOut w) {
        w.name("rula").beginArray();
        for (PostureTaskResult t : p.tasks()) {
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
        for (PostureTaskResult t : p.tasks()) {
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

        if (p.maxOwasActionCategory().isPresent()) {
            w.name("owas").beginArray();
            for (PostureTaskResult t : p.tasks()) {
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
                .field("risk", p.risk().name())
                .field("worstTask", p.worstTask().task())
                .field("tableAVersion", p.tableA().id());
        w.name("tasks").beginArray();
        for (PostureTaskResult t : p.tasks()) {
            w.beginObject()
                    .field("task", t.task())
                    .field("side", side(t.side()))
                    .field("risk", t.risk().name())
                    .strings("defaulted", t.defaulted())
                    .endObject();
        }
        w.endArray().endObject();
    }

    private static void bodyParts(JsonOut w, List<BodyPartScore> parts) {
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

    @Override
    public PostureResult read(JsonObject line, List<Recommendation> recommendations) {
        List<JsonObject> rula = line.objects("rula");
        List<JsonObject> reba = line.objects("reba");
        List<JsonObject> owas = line.optObjects("owas");
        JsonObject posture = line.object("posture");
        List<JsonObject> tasks = posture.objects("tasks");
        if (rula.size() != tasks.size() || reba.size() != tasks.size()) {
            throw new IllegalArgumentException("rula, reba and posture.tasks must have one entry per task but have "
                    + rula.size() + ", " + reba.size() + " and " + tasks.size());
        }
        int nextOwas = 0;
        List<PostureTaskResult> scored = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            JsonObject t = tasks.get(i);
            String task = t.text("task");
            Side side = t.optText("side") == null ? null : t.parsed("side", Side::parse);
            OwasResult o = null;
            // owas lists only the coded tasks, in task order
            if (nextOwas < owas.size() && sameTask(owas.get(nextOwas), task, side)) {
                o = owas(owas.get(nextOwas++));
            }
            scored.add(new PostureTaskResult(task, side, null, rula(rula.get(i), side), reba(reba.get(i), side), o,
                    t.texts("defaulted"), List.of()));
        }
        if (nextOwas < owas.size()) {
            throw new IllegalArgumentException("owas[" + nextOwas + "]: no task of that name and side");
        }
        PostureResult unadvised = new PostureResult(posture.parsed("tableAVersion", RulaTableA::parse), scored);
        return new PostureResult(unadvised.tableA(), withAdvice(unadvised, recommendations));
    }

    /**
     * Gives each recommendation to its task: they come worst task first (as
     * {@link PostureResult#recommendations()} lists them), each starting with its task's prefix.
     */
    private static List<PostureTaskResult> withAdvice(PostureResult p, List<Recommendation> recommendations) {
        List<PostureTaskResult> worstFirst = p.tasksWorstFirst();
        Map<PostureTaskResult, List<Recommendation>> advice = new IdentityHashMap<>();
        worstFirst.forEach(t -> advice.put(t, new ArrayList<>()));
        int at = 0;
        for (Recommendation r : recommendations) {
            for (int j = at; j < worstFirst.size(); j++) {
                PostureTaskResult t = worstFirst.get(j);
                if (PostureAdvisor.taskPrefixes(t.task(), t.side()).stream().anyMatch(r.text()::startsWith)) {
                    at = j;
                    break;
                }
            }
            advice.get(worstFirst.get(at)).add(r);
        }
        return p.tasks().stream()
                .map(t -> new PostureTaskResult(t.task(), t.side(), t.origin(), t.rula(), t.reba(), t.owas(),
                        t.defaulted(), advice.get(t)))
                .toList();
    }

    private static boolean sameTask(JsonObject o, String task, @Nullable Side side) {
        String s = o.optText("side");
        return o.text("task").equals(task) && (s == null ? side == null : s.equalsIgnoreCase(side(side)));
    }

    private static RulaResult rula(JsonObject r, @Nullable Side side) {
        return new RulaResult(side, r.parsed("tableAVersion", RulaTableA::parse), r.integer("upperArm"),
                r.integer("lowerArm"), r.integer("wrist"), r.integer("wristTwist"), r.integer("neck"),
                r.integer("trunk"), r.integer("legs"), r.integer("muscleUseA"), r.integer("forceA"),
                r.integer("muscleUseB"), r.integer("forceB"), r.integer("scoreA"), r.integer("scoreB"),
                r.integer("scoreC"), r.integer("scoreD"), r.integer("score"), bodyParts(r));
    }

    private static RebaResult reba(JsonObject r, @Nullable Side side) {
        return new RebaResult(side, r.integer("trunk"), r.integer("neck"), r.integer("legs"), r.integer("upperArm"),
                r.integer("lowerArm"), r.integer("wrist"), r.integer("tableA"), r.integer("load"), r.integer("scoreA"),
                r.integer("tableB"), r.integer("coupling"), r.integer("scoreB"), r.integer("scoreC"),
                r.integer("activity"), r.integer("score"), bodyParts(r));
    }

    private static OwasResult owas(JsonObject o) {
        return new OwasResult(o.text("code"), o.integer("back"), o.integer("arms"), o.integer("legs"), o.integer("load"),
                o.integer("actionCategory"));
    }

    private static List<BodyPartScore> bodyParts(JsonObject o) {
        return o.objects("bodyParts").stream()
                .map(p -> new BodyPartScore(p.constant("part", BodyPart.values()), p.optNumber("angleDeg"),
                        p.integer("score"), p.text("explanation")))
                .toList();
    }

    @Override
    public boolean claims(Recommendation r) {
        return PostureAdvisor.codes().contains(r.code());
    }

    @Override
    public List<CsvColumn<PostureResult>> csvColumns() {
        return List.of(
                CsvColumn.of("posture_tasks", p -> p.tasks().size()),
                CsvColumn.of("posture_worst_task", p -> p.worstTask().task()),
                CsvColumn.of("rula_max_score", p -> worstRula(p).score()),
                CsvColumn.of("rula_max_action_level", p -> worstRula(p).actionLevel()),
                CsvColumn.of("reba_max_score", p -> worstReba(p).score()),
                CsvColumn.of("reba_max_level", p -> worstReba(p).level()),
                CsvColumn.of("owas_max_action_category", p -> p.maxOwasActionCategory().orElse(null)),
                CsvColumn.of("posture_risk", PostureResult::risk));
    }

    private static RulaResult worstRula(PostureResult p) {
        return p.tasks().stream().map(PostureTaskResult::rula).max(Comparator.comparingInt(RulaResult::score))
                .orElseThrow();
    }

    private static RebaResult worstReba(PostureResult p) {
        return p.tasks().stream().map(PostureTaskResult::reba).max(Comparator.comparingInt(RebaResult::score))
                .orElseThrow();
    }

    /** The key figure: the highest RULA grand score of the tasks. */
    @Override
    public Number keyFigure(PostureResult section) {
        return section.tasks().stream().mapToInt(t -> t.rula().score()).max().orElse(0);
    }

    /** The variant: the RULA Table A version. */
    @Override
    public KeyFigures.Variant variant(PostureResult section) {
        return new KeyFigures.Variant("RULA Table A", section.tableA().id());
    }
}
