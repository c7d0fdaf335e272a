package dev.ergo.engine.internal.lifting;

import dev.ergo.engine.Recommendation;
import dev.ergo.engine.internal.json.CsvColumn;
import dev.ergo.engine.internal.json.JsonObject;
import dev.ergo.engine.internal.json.JsonOut;
import dev.ergo.engine.internal.json.SectionCodec;
import dev.ergo.engine.lifting.DurationCategory;
import dev.ergo.engine.lifting.EndResult;
import dev.ergo.engine.lifting.LiftingResult;
import dev.ergo.engine.lifting.LiftingTaskResult;
import dev.ergo.model.lifting.Coupling;
import java.util.List;
import java.util.Locale;
import dev.ergo.engine.internal.KeyFigures;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The {@code lifting} member and the {@code lifting_*} columns. A line holds the multipliers of the
 * governing end only and no inputs H, V, D, A: read back, those are NaN, the other end has only its RWL,
 * and a task has no workbook row.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class LiftingCodec implements SectionCodec<LiftingResult> {
    /**
     * The advice's source in results.jsonl lines written before sources cited docs/methods.md (ergo 0.1),
     * still read (baselines, re-runs).
     */
    private static final String SOURCE_0_1 =
            "methods-lifting-vibration-repetitive-contact §1.1–§1.3 (NIOSH Applications Manual, L1)";
    private static final String ORIGIN = "origin";
    private static final String DESTINATION = "destination";

    /** Creates the codec. */
    public LiftingCodec() {}

    @Override
    public Class<LiftingResult> type() {
        return LiftingResult.class;
    }

    @Override
    public String key() {
        return "lifting";
    }

    @Override
    public void write(LiftingResult r, JsonOut w) {
        w.name(key()).beginObject();
        w.name("tasks").beginArray();
        r.tasks().forEach(t -> task(t, w));
        w.endArray();
        if (r.tasks().size() >= 2) {
            w.field("compositeLi", r.compositeLi()).strings("compositeOrder", r.compositeOrder());
        }
        w.field("risk", r.risk().name())
                .field("durationCategory", r.duration().name())
                .field("loadConstantKg", r.loadConstantKg())
                .field("loadConstant", r.loadConstant())
                .endObject();
    }

    private static void task(LiftingTaskResult t, JsonOut w) {
        EndResult g = t.governing();
        EndResult destination = t.destination();
        w.beginObject()
                .field("task", t.task())
                .field("rwl", t.rwl())
                .field("li", t.li())
                .field("fili", t.fili())
                .field("stli", t.stli())
                .field("firwl", t.firwl())
                .field("strwl", t.strwl())
                .field("hm", g.hm())
                .field("vm", g.vm())
                .field("dm", g.dm())
                .field("am", g.am())
                .field("fm", g.fm())
                .field("cm", g.cm())
                .field("noSafeLoad", t.noSafeLoad())
                .field("governingEnd", g.end().toUpperCase(Locale.ROOT))
                .field("loadKg", t.loadKg())
                .field("loadMaxKg", t.loadMaxKg())
                .field("frequencyPerMin", t.frequencyPerMin())
                .field("coupling", t.coupling().name())
                .field("rwlOrigin", t.origin().rwl())
                .field("rwlDestination", destination == null ? null : destination.rwl())
                .endObject();
    }

    @Override
    public LiftingResult read(JsonObject line, List<Recommendation> recommendations) {
        JsonObject o = line.object(key());
        DurationCategory duration = o.constant("durationCategory", DurationCategory.values());
        double lc = o.number("loadConstantKg");
        List<LiftingTaskResult> tasks = o.objects("tasks").stream().map(t -> task(t, duration, lc)).toList();
        return new LiftingResult(tasks, o.optNumber("compositeLi"), o.optTexts("compositeOrder"), duration, lc,
                o.text("loadConstant"), recommendations);
    }

    private static LiftingTaskResult task(JsonObject t, DurationCategory duration, double lc) {
        String governing = t.parsed("governingEnd", end -> {
            String e = end.toLowerCase(Locale.ROOT); // ORIGIN since 1.1, origin before
            if (!e.equals(ORIGIN) && !e.equals(DESTINATION)) {
                throw new IllegalArgumentException("must be ORIGIN or DESTINATION but was " + end);
            }
            return e;
        });
        EndResult g = new EndResult(governing, Double.NaN, Double.NaN, Double.NaN, Double.NaN, t.number("hm"),
                t.number("vm"), t.number("dm"), t.number("am"), t.number("fm"), t.number("cm"), t.number("firwl"),
                t.number("rwl"));
        Double rwlDestination = t.optNumber("rwlDestination");
        EndResult origin = governing.equals(ORIGIN) ? g : rwlOnly(ORIGIN, t.number("rwlOrigin"));
        EndResult destination = governing.equals(DESTINATION) ? g
                : rwlDestination == null ? null : rwlOnly(DESTINATION, rwlDestination);
        return new LiftingTaskResult(t.text("task"), t.number("loadKg"), t.number("loadMaxKg"),
                t.number("frequencyPerMin"), t.parsed("coupling", Coupling::parse), origin, destination, duration, lc,
                null);
    }

    private static EndResult rwlOnly(String end, double rwl) {
        double x = Double.NaN;
        return new EndResult(end, x, x, x, x, x, x, x, x, x, x, x, rwl);
    }

    @Override
    public boolean claims(Recommendation r) {
        return r.source().equals(LiftingAdvice.SOURCE) || r.source().equals(SOURCE_0_1);
    }

    @Override
    public List<CsvColumn<LiftingResult>> csvColumns() {
        return List.of(
                CsvColumn.of("lifting_tasks", r -> r.tasks().size()),
                CsvColumn.of("lifting_max_li", LiftingCodec::maxLi),
                CsvColumn.of("lifting_composite_li", LiftingResult::compositeLi),
                CsvColumn.of("lifting_no_safe_load", r -> noSafeLoad(r) ? "yes" : "no"),
                CsvColumn.of("lifting_risk", LiftingResult::risk));
    }

    private static boolean noSafeLoad(LiftingResult r) {
        return r.tasks().stream().anyMatch(t -> t.li() == null);
    }

    /** The highest task LI, or null (an empty cell) when a task has no safe load. */
    private static @Nullable Double maxLi(LiftingResult r) {
        if (noSafeLoad(r)) {
            return null;
        }
        double max = 0;
        for (LiftingTaskResult t : r.tasks()) {
            max = Math.max(max, t.li());
        }
        return max;
    }

    /** The key figure: the Composite Lifting Index with two or more tasks, else the task's LI; null when undefined. */
    @Override
    public @Nullable Number keyFigure(LiftingResult section) {
        if (section.tasks().size() >= 2) {
            return section.compositeLi();
        }
        return section.tasks().isEmpty() ? null : section.tasks().get(0).li();
    }

    /** The variant: the load constant. */
    @Override
    public KeyFigures.Variant variant(LiftingResult section) {
        return new KeyFigures.Variant("lifting load constant", section.loadConstant());
    }
}
