package dev.ergo.engine.internal.vibration;

import dev.ergo.engine.Recommendation;
import dev.ergo.engine.internal.json.CsvColumn;
import dev.ergo.engine.internal.json.JsonObject;
import dev.ergo.engine.internal.json.JsonOut;
import dev.ergo.engine.internal.json.SectionCodec;
import dev.ergo.engine.vibration.HandArmSourceResult;
import dev.ergo.engine.vibration.HandArmVibrationResult;
import dev.ergo.engine.vibration.VibrationLimits;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The {@code handArmVibration} member and the {@code hav_*} columns.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class HandArmVibrationCodec implements SectionCodec<HandArmVibrationResult> {
    /**
     * The advice's source in results.jsonl lines written before sources cited docs/methods.md (ergo 0.1),
     * still read (baselines, re-runs).
     */
    private static final String SOURCE_0_1 = "methods-lifting-vibration §2.1; Directive 2002/44/EC Art. 3 [V1];"
            + " Control of Vibration at Work Regulations 2005 [V2]; HSE ready-reckoner [V3]";

    /** Creates the codec. */
    public HandArmVibrationCodec() {}

    @Override
    public Class<HandArmVibrationResult> type() {
        return HandArmVibrationResult.class;
    }

    @Override
    public String key() {
        return "handArmVibration";
    }

    @Override
    public void write(HandArmVibrationResult r, JsonOut w) {
        w.name(key()).beginObject()
                .field("a8", r.a8())
                .field("points", r.points())
                .field("risk", r.risk().name())
                .field("exposureActionValue", VibrationLimits.HAV_EAV)
                .field("exposureLimitValue", VibrationLimits.HAV_ELV);
        w.name("sources").beginArray();
        for (HandArmSourceResult s : r.sources()) {
            w.beginObject()
                    .field("source", s.source())
                    .field("a8", s.a8())
                    .field("points", s.points())
                    .field("hoursToEav", s.hoursToEav())
                    .field("hoursToElv", s.hoursToElv())
                    .field("ahv", s.ahv())
                    .field("ahvFromAxes", s.ahvFromAxes())
                    .field("hours", s.hours())
                    .field("pointsPerHour", s.pointsPerHour())
                    .field("risk", s.risk().name())
                    .endObject();
        }
        w.endArray().endObject();
    }

    @Override
    public HandArmVibrationResult read(JsonObject line, List<Recommendation> recommendations) {
        JsonObject o = line.object(key());
        List<HandArmSourceResult> sources = o.objects("sources").stream()
                .map(s -> new HandArmSourceResult(s.text("source"), s.number("ahv"), s.bool("ahvFromAxes"),
                        s.number("hours"), s.number("a8"), s.number("pointsPerHour"), s.number("points"),
                        s.optNumber("hoursToEav"), s.optNumber("hoursToElv")))
                .toList();
        return new HandArmVibrationResult(o.number("a8"), o.number("points"), sources, recommendations);
    }

    @Override
    public boolean claims(Recommendation r) {
        return r.source().equals(HandArmVibration.SOURCE) || r.source().equals(SOURCE_0_1);
    }

    @Override
    public List<CsvColumn<HandArmVibrationResult>> csvColumns() {
        return List.of(
                CsvColumn.of("hav_a8", HandArmVibrationResult::a8),
                CsvColumn.of("hav_points", HandArmVibrationResult::points),
                CsvColumn.of("hav_risk", HandArmVibrationResult::risk));
    }

    /** The key figure: A(8), m/s². */
    @Override
    public Number keyFigure(HandArmVibrationResult section) {
        return section.a8();
    }
}
