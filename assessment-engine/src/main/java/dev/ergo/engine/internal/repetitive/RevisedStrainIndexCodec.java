package dev.ergo.engine.internal.repetitive;

import dev.ergo.engine.Recommendation;
import dev.ergo.engine.internal.json.CsvColumn;
import dev.ergo.engine.internal.json.JsonObject;
import dev.ergo.engine.internal.json.JsonOut;
import dev.ergo.engine.internal.json.SectionCodec;
import dev.ergo.engine.repetitive.RevisedStrainIndexResult;
import dev.ergo.engine.repetitive.RsiScore;
import dev.ergo.model.repetitive.Hand;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.apiguardian.api.API;

/**
 * The {@code revisedStrainIndex} and {@code revisedStrainIndexRisk} members and the {@code rsi_*} columns.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class RevisedStrainIndexCodec implements SectionCodec<RevisedStrainIndexResult> {
    /**
     * The advice's source in results.jsonl lines written before sources cited docs/methods.md (ergo 0.1),
     * still read (baselines, re-runs).
     */
    private static final String SRC_RSI_0_1 =
            "methods-lifting-vibration-repetitive-contact §3.3; Garg, Moore & Kapellusch 2017 (R8, R9)";

    /** Creates the codec. */
    public RevisedStrainIndexCodec() {}

    @Override
    public Class<RevisedStrainIndexResult> type() {
        return RevisedStrainIndexResult.class;
    }

    @Override
    public String key() {
        return "revisedStrainIndex";
    }

    @Override
    public void write(RevisedStrainIndexResult r, JsonOut w) {
        w.name(key()).beginArray();
        for (RsiScore s : r.scores()) {
            w.beginObject()
                    .field("task", s.task())
                    .field("hand", s.hand().label())
                    .field("rsi", s.rsi())
                    .field("im", s.im())
                    .field("em", s.em())
                    .field("dm", s.dm())
                    .field("pm", s.pm())
                    .field("hm", s.hm())
                    .field("band", s.band().name())
                    .field("risk", s.risk().name())
                    .field("intensity", s.intensity())
                    .field("effortsPerMin", s.effortsPerMin())
                    .field("secondsPerExertion", s.secondsPerExertion())
                    .field("wristDeg", s.wristDeg())
                    .field("hoursPerDay", s.hoursPerDay())
                    .endObject();
        }
        w.endArray();
        w.field("revisedStrainIndexRisk", r.risk().name());
    }

    @Override
    public RevisedStrainIndexResult read(JsonObject line, List<Recommendation> recommendations) {
        List<RsiScore> scores = line.objects(key()).stream()
                .map(s -> new RsiScore(s.text("task"), s.parsed("hand", Hand::parse), s.number("intensity"),
                        s.number("effortsPerMin"), s.number("secondsPerExertion"), s.number("wristDeg"),
                        s.number("hoursPerDay"), s.number("im"), s.number("em"), s.number("dm"), s.number("pm"),
                        s.number("hm")))
                .toList();
        return new RevisedStrainIndexResult(scores, recommendations);
    }

    @Override
    public boolean claims(Recommendation r) {
        return r.source().equals(RepetitiveAdvisor.SRC_RSI) || r.source().equals(SRC_RSI_0_1);
    }

    @Override
    public List<CsvColumn<RevisedStrainIndexResult>> csvColumns() {
        return List.of(
                CsvColumn.of("rsi_risk", RevisedStrainIndexResult::risk),
                CsvColumn.of("rsi_max", r -> r.worst().map(RsiScore::rsi).orElse(null)),
                CsvColumn.of("rsi_worst", r -> r.worst().map(RsiScore::label).orElse(null)));
    }

    /** The key figure: the highest RSI. */
    @Override
    public @Nullable Number keyFigure(RevisedStrainIndexResult section) {
        java.util.OptionalDouble max = section.scores().stream().mapToDouble(RsiScore::rsi).max();
        return max.isPresent() ? max.getAsDouble() : null;
    }
}
