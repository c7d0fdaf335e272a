package dev.ergo.engine.internal.repetitive;

import dev.ergo.engine.Recommendation;
import dev.ergo.engine.internal.json.CsvColumn;
import dev.ergo.engine.internal.json.JsonObject;
import dev.ergo.engine.internal.json.JsonOut;
import dev.ergo.engine.internal.json.SectionCodec;
import dev.ergo.engine.repetitive.HandActivityEdition;
import dev.ergo.engine.repetitive.HandActivityResult;
import dev.ergo.engine.repetitive.HandActivityScore;
import dev.ergo.engine.repetitive.HandActivityZone;
import dev.ergo.engine.repetitive.RepetitiveSettings;
import dev.ergo.model.repetitive.Hand;
import java.util.List;
import java.util.function.Function;
import dev.ergo.engine.internal.KeyFigures;
import org.jspecify.annotations.Nullable;
import org.apiguardian.api.API;

/**
 * The {@code handActivity} and {@code handActivityRisk} members and the {@code hand_activity_*} columns.
 * Read back, the result's edition is that of its first score (the default edition for an empty list).
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class HandActivityCodec implements SectionCodec<HandActivityResult> {
    /**
     * How the advice's source starts in results.jsonl lines written before sources cited docs/methods.md
     * (ergo 0.1), still read (baselines, re-runs).
     */
    private static final String SRC_TLV_0_1 = "methods-lifting-vibration-repetitive-contact §3.1; ACGIH Hand Activity TLV";

    /** Creates the codec. */
    public HandActivityCodec() {}

    @Override
    public Class<HandActivityResult> type() {
        return HandActivityResult.class;
    }

    @Override
    public String key() {
        return "handActivity";
    }

    @Override
    public void write(HandActivityResult r, JsonOut w) {
        w.name(key()).beginArray();
        for (HandActivityScore s : r.scores()) {
            w.beginObject()
                    .field("task", s.task())
                    .field("hand", s.hand().label())
                    .field("hal", s.hal())
                    .field("halSource", s.halSource().name())
                    .field("exertionsPerSecond", s.exertionsPerSecond())
                    .field("dutyCyclePct", s.dutyCyclePct())
                    .field("npf", s.npf())
                    .field("npfSource", s.forceSource().name())
                    .field("tlvEdition", s.edition().label())
                    .field("provisionalLines", s.edition().provisional())
                    .field("actionLimitNpf", s.actionLimitNpf())
                    .field("tlvNpf", s.tlvNpf())
                    .field("npfAboveTlv", s.npfAboveTlv());
            if (s.edition() == HandActivityEdition.ACGIH_2001) {
                w.field("ratio", s.ratio());
            }
            w.field("zone", s.zone().name())
                    .field("risk", s.risk().name())
                    .field("hoursPerDay", s.hoursPerDay())
                    .field("withinScope", s.withinScope())
                    .field("insidePlottedRange", s.insidePlottedRange())
                    .endObject();
        }
        w.endArray();
        w.field("handActivityRisk", r.risk().name());
    }

    @Override
    public HandActivityResult read(JsonObject line, List<Recommendation> recommendations) {
        List<HandActivityScore> scores = line.objects(key()).stream()
                .map(s -> new HandActivityScore(s.text("task"), s.parsed("hand", Hand::parse), s.number("hal"),
                        s.constant("halSource", HandActivityScore.HalSource.values(), HandActivityScore.HalSource::label),
                        s.optNumber("exertionsPerSecond"), s.optNumber("dutyCyclePct"), s.number("npf"),
                        s.constant("npfSource", HandActivityScore.ForceSource.values(),
                                HandActivityScore.ForceSource::label),
                        s.parsed("tlvEdition", HandActivityEdition::parse), s.number("actionLimitNpf"),
                        s.number("tlvNpf"), s.constant("zone", HandActivityZone.values()), s.number("hoursPerDay")))
                .toList();
        HandActivityEdition edition = scores.isEmpty()
                ? RepetitiveSettings.HAND_ACTIVITY_EDITION.defaultValue()
                : scores.get(0).edition();
        return new HandActivityResult(edition, scores, recommendations);
    }

    @Override
    public boolean claims(Recommendation r) {
        return r.source().startsWith(RepetitiveAdvisor.SRC_TLV) || r.source().startsWith(SRC_TLV_0_1);
    }

    @Override
    public List<CsvColumn<HandActivityResult>> csvColumns() {
        return List.of(
                CsvColumn.of("hand_activity_risk", HandActivityResult::risk),
                CsvColumn.of("hand_activity_tlv_edition", r -> r.edition().label()),
                CsvColumn.of("hand_activity_tasks", r -> r.scores().size()),
                worst("hand_activity_worst", HandActivityScore::label),
                worst("hand_activity_worst_hal", HandActivityScore::hal),
                worst("hand_activity_worst_npf", HandActivityScore::npf),
                worst("hand_activity_worst_tlv_npf", HandActivityScore::tlvNpf));
    }

    private static CsvColumn<HandActivityResult> worst(String name, Function<HandActivityScore, Object> value) {
        return CsvColumn.of(name, r -> r.worst().map(value).orElse(null));
    }

    /** The key figure: the worst task's NPF minus the TLV's NPF at its HAL (positive above the TLV). */
    @Override
    public @Nullable Number keyFigure(HandActivityResult section) {
        return section.worst().map(s -> (Number) s.npfAboveTlv()).orElse(null);
    }

    /** The variant: the TLV edition. */
    @Override
    public KeyFigures.Variant variant(HandActivityResult section) {
        return new KeyFigures.Variant("ACGIH hand activity TLV edition", section.edition().label());
    }
}
