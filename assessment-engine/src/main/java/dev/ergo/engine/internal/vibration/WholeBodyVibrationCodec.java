package dev.ergo.engine.internal.vibration;

import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import dev.ergo.engine.internal.json.CsvColumn;
import dev.ergo.engine.internal.json.JsonObject;
import dev.ergo.engine.internal.json.JsonOut;
import dev.ergo.engine.internal.json.SectionCodec;
import dev.ergo.engine.vibration.Axis;
import dev.ergo.engine.vibration.VibrationLimits;
import dev.ergo.engine.vibration.WholeBodySourceResult;
import dev.ergo.engine.vibration.WholeBodyVibrationResult;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The {@code wholeBodyVibration} member and the {@code wbv_*} columns.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class WholeBodyVibrationCodec implements SectionCodec<WholeBodyVibrationResult> {
    private static final Set<String> SOURCES = Set.of(WholeBodyVibration.SOURCE, WholeBodyVibration.SOURCE_VDV,
            WholeBodyVibration.SOURCE_CONTROL,
            // the sources in results.jsonl lines written before sources cited docs/methods.md (ergo 0.1), still
            // read (baselines, re-runs)
            "methods-lifting-vibration §2.2; Directive 2002/44/EC Art. 3 [V1];"
                    + " Control of Vibration at Work Regulations 2005 Sch. 2 [V2]; HSE WBV calculator [V5]",
            "methods-lifting-vibration §2.2 (ISO 2631-1:1997 VDV, UNCONFIRMED) [V6]; Directive 2002/44/EC Art. 3 [V1]",
            "toolkit advice (control measures are not specified in methods-lifting-vibration §2.2); limits §2.2 [V1, V2]");

    /** Creates the codec. */
    public WholeBodyVibrationCodec() {}

    @Override
    public Class<WholeBodyVibrationResult> type() {
        return WholeBodyVibrationResult.class;
    }

    @Override
    public String key() {
        return "wholeBodyVibration";
    }

    @Override
    public void write(WholeBodyVibrationResult r, JsonOut w) {
        Risk v = r.vdvRisk();
        w.name(key()).beginObject()
                .field("a8", r.a8())
                .field("dominantAxis", r.dominantAxis().label())
                .field("points", r.points())
                .field("vdv", r.vdv())
                .field("risk", r.risk().name())
                .field("a8Risk", r.a8Risk().name())
                .field("vdvRisk", v == null ? null : v.name())
                .field("a8X", r.a8X())
                .field("a8Y", r.a8Y())
                .field("a8Z", r.a8Z())
                .field("pointsX", r.pointsX())
                .field("pointsY", r.pointsY())
                .field("pointsZ", r.pointsZ())
                .field("vdvIncludesEstimates", r.vdvIncludesEstimates())
                .field("estimatedVdv", r.estimatedVdv())
                .field("exposureActionValue", VibrationLimits.WBV_EAV)
                .field("exposureLimitValue", VibrationLimits.WBV_ELV);
        w.name("sources").beginArray();
        for (WholeBodySourceResult s : r.sources()) {
            w.beginObject()
                    .field("source", s.source())
                    .field("a8", s.a8())
                    .field("dominantAxis", s.dominantAxis().label())
                    .field("points", s.points())
                    .field("hoursToEav", s.hoursToEav())
                    .field("hoursToElv", s.hoursToElv())
                    .field("vdv", s.vdv())
                    .field("risk", s.risk().name())
                    .field("hours", s.hours())
                    .field("awX", s.awX())
                    .field("awY", s.awY())
                    .field("awZ", s.awZ())
                    .field("a8X", s.a8X())
                    .field("a8Y", s.a8Y())
                    .field("a8Z", s.a8Z())
                    .field("pointsX", s.pointsX())
                    .field("pointsY", s.pointsY())
                    .field("pointsZ", s.pointsZ())
                    .field("vdvMeasured", s.vdvMeasured())
                    .field("vdvMeasuredHours", s.vdvMeasuredHours())
                    .field("hoursToVdvEav", s.hoursToVdvEav())
                    .field("hoursToVdvElv", s.hoursToVdvElv())
                    .field("estimatedVdv", s.estimatedVdv())
                    .endObject();
        }
        w.endArray().endObject();
    }

    @Override
    public WholeBodyVibrationResult read(JsonObject line, List<Recommendation> recommendations) {
        JsonObject o = line.object(key());
        List<WholeBodySourceResult> sources = o.objects("sources").stream()
                .map(s -> new WholeBodySourceResult(s.text("source"), s.number("hours"), s.number("awX"),
                        s.number("awY"), s.number("awZ"), s.number("a8X"), s.number("a8Y"), s.number("a8Z"),
                        axis(s), s.number("pointsX"), s.number("pointsY"), s.number("pointsZ"),
                        s.optNumber("hoursToEav"), s.optNumber("hoursToElv"), s.optNumber("vdvMeasured"),
                        s.optNumber("vdvMeasuredHours"), s.optNumber("vdv"), s.optNumber("hoursToVdvEav"),
                        s.optNumber("hoursToVdvElv"), s.number("estimatedVdv")))
                .toList();
        return new WholeBodyVibrationResult(o.number("a8X"), o.number("a8Y"), o.number("a8Z"), axis(o),
                o.number("pointsX"), o.number("pointsY"), o.number("pointsZ"), o.optNumber("vdv"),
                o.bool("vdvIncludesEstimates"), o.number("estimatedVdv"), sources, recommendations);
    }

    private static Axis axis(JsonObject o) {
        return o.word("dominantAxis", Axis.values(), Axis::label);
    }

    @Override
    public boolean claims(Recommendation r) {
        return SOURCES.contains(r.source());
    }

    @Override
    public List<CsvColumn<WholeBodyVibrationResult>> csvColumns() {
        return List.of(
                CsvColumn.of("wbv_a8", WholeBodyVibrationResult::a8),
                CsvColumn.of("wbv_dominant_axis", r -> r.dominantAxis().label()),
                CsvColumn.of("wbv_points", WholeBodyVibrationResult::points),
                CsvColumn.of("wbv_vdv", WholeBodyVibrationResult::vdv),
                CsvColumn.of("wbv_risk", WholeBodyVibrationResult::risk));
    }

    /** The key figure: A(8) of the dominant axis, m/s². */
    @Override
    public Number keyFigure(WholeBodyVibrationResult section) {
        return section.a8();
    }
}
