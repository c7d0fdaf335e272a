package dev.ergo.engine.internal.office;

import dev.ergo.engine.Recommendation;
import dev.ergo.engine.internal.json.CsvColumn;
import dev.ergo.engine.internal.json.JsonObject;
import dev.ergo.engine.internal.json.JsonOut;
import dev.ergo.engine.internal.json.SectionCodec;
import dev.ergo.engine.office.Dimension;
import dev.ergo.engine.office.WorkstationResult;
import dev.ergo.model.office.Workstation;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The {@code workstation} member and the recommended-setting columns. A line does not hold the surveyed
 * workstation nor how an estimate was made: read back, {@code input} is an empty workstation and each
 * dimension's {@code basis} is empty.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class WorkstationCodec implements SectionCodec<WorkstationResult> {
    /**
     * How the advice's source starts in results.jsonl lines written before sources cited docs/methods.md
     * (ergo 0.1), still read (baselines, re-runs).
     */
    private static final String SOURCE_PREFIX_0_1 = "methods-posture-office §5.9 ";

    /** Creates the codec. */
    public WorkstationCodec() {}

    @Override
    public Class<WorkstationResult> type() {
        return WorkstationResult.class;
    }

    @Override
    public String key() {
        return "workstation";
    }

    @Override
    public void write(WorkstationResult r, JsonOut w) {
        w.name(key()).beginObject()
                .field("recommendedSeatHeightCm", r.recommendedSeatHeightCm())
                .field("recommendedDeskHeightCm", r.recommendedDeskHeightCm())
                .field("footrestHeightCm", r.footrestHeightCm())
                .field("lumbarSupportHeightCm", r.lumbarSupportHeightCm())
                .field("recommendedMonitorTopHeightCm", r.recommendedMonitorTopHeightCm())
                .field("targetSeatHeightCm", r.targetSeatHeightCm())
                .field("seatedElbowHeightCm", r.seatedElbowHeightCm())
                .field("idealWorkSurfaceHeightCm", r.idealWorkSurfaceHeightCm())
                .field("armrestHeightCm", r.armrestHeightCm())
                .field("maxSeatDepthCm", r.maxSeatDepthCm())
                .field("shoeAllowanceCm", r.shoeAllowanceCm())
                .field("keyboardHeightCm", r.keyboardHeightCm())
                .strings("estimatedDimensions", r.estimatedDimensions());
        w.name("dimensions").beginArray();
        for (Dimension d : r.dimensions()) {
            w.beginObject()
                    .field("name", d.name())
                    .field("valueCm", d.valueCm())
                    .field("provenance", d.provenance().name())
                    .endObject();
        }
        w.endArray().endObject();
    }

    @Override
    public WorkstationResult read(JsonObject line, List<Recommendation> recommendations) {
        JsonObject o = line.object(key());
        List<Dimension> dimensions = o.objects("dimensions").stream()
                .map(d -> new Dimension(d.text("name"), Anthropometry.label(d.text("name")), d.number("valueCm"),
                        d.constant("provenance", Dimension.Provenance.values()), ""))
                .toList();
        return new WorkstationResult(dimensions, o.number("shoeAllowanceCm"), o.number("keyboardHeightCm"),
                o.number("targetSeatHeightCm"), o.number("seatedElbowHeightCm"), o.number("idealWorkSurfaceHeightCm"),
                o.number("recommendedSeatHeightCm"), o.optNumber("recommendedDeskHeightCm"),
                o.number("footrestHeightCm"), o.number("lumbarSupportHeightCm"),
                o.optNumber("recommendedMonitorTopHeightCm"), o.number("armrestHeightCm"), o.optNumber("maxSeatDepthCm"),
                recommendations, Workstation.builder().build());
    }

    @Override
    public boolean claims(Recommendation r) {
        return r.source().startsWith(WorkstationAdvisor.SOURCE_PREFIX) || r.source().startsWith(SOURCE_PREFIX_0_1);
    }

    @Override
    public List<CsvColumn<WorkstationResult>> csvColumns() {
        return List.of(
                CsvColumn.of("recommended_seat_height_cm", WorkstationResult::recommendedSeatHeightCm),
                CsvColumn.of("recommended_desk_height_cm", WorkstationResult::recommendedDeskHeightCm),
                CsvColumn.of("footrest_height_cm", WorkstationResult::footrestHeightCm),
                CsvColumn.of("lumbar_support_height_cm", WorkstationResult::lumbarSupportHeightCm),
                CsvColumn.of("recommended_monitor_top_height_cm", WorkstationResult::recommendedMonitorTopHeightCm),
                CsvColumn.of("estimated_dimensions", r -> String.join(" ", r.estimatedDimensions())));
    }
}
