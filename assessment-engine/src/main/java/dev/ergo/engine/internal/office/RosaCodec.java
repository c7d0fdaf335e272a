package dev.ergo.engine.internal.office;

import dev.ergo.engine.Recommendation;
import dev.ergo.engine.internal.json.CsvColumn;
import dev.ergo.engine.internal.json.JsonObject;
import dev.ergo.engine.internal.json.JsonOut;
import dev.ergo.engine.internal.json.SectionCodec;
import dev.ergo.engine.office.OfficeAction;
import dev.ergo.engine.office.RosaResult;
import dev.ergo.engine.office.RosaTables;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The {@code rosa} member and the {@code rosa_*} columns.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class RosaCodec implements SectionCodec<RosaResult> {

    /** Creates the codec. */
    public RosaCodec() {}

    @Override
    public Class<RosaResult> type() {
        return RosaResult.class;
    }

    @Override
    public String key() {
        return "rosa";
    }

    @Override
    public void write(RosaResult r, JsonOut w) {
        w.name(key()).beginObject()
                .field("score", r.score())
                .field("chair", r.chair())
                .field("monitorPhone", r.monitorPhone())
                .field("mouseKeyboard", r.mouseKeyboard())
                .field("peripheralsMonitor", r.peripherals())
                .field("risk", r.risk().name())
                .field("actionRequired", r.actionRequired())
                .field("seatHeight", r.seatHeight())
                .field("seatDepth", r.seatDepth())
                .field("armrest", r.armrest())
                .field("backSupport", r.backSupport())
                .field("chairTable", r.chairTable())
                .field("chairDuration", r.chairDuration())
                .field("monitor", r.monitor())
                .field("phone", r.phone())
                .field("mouse", r.mouse())
                .field("keyboard", r.keyboard())
                .field("tables", RosaTables.VERSION)
                .strings("clamped", r.clamped())
                .endObject();
    }

    @Override
    public RosaResult read(JsonObject line, List<Recommendation> recommendations) {
        JsonObject o = line.object(key());
        return new RosaResult(o.integer("score"), o.integer("chair"), o.integer("monitorPhone"),
                o.integer("mouseKeyboard"), o.integer("peripheralsMonitor"), o.integer("seatHeight"),
                o.integer("seatDepth"), o.integer("armrest"), o.integer("backSupport"), o.integer("chairTable"),
                o.integer("chairDuration"), o.integer("monitor"), o.integer("phone"), o.integer("mouse"),
                o.integer("keyboard"), o.texts("clamped"), recommendations);
    }

    /**
     * Claims the ROSA checklist: the {@code ROSA_*} actions and the workstation items merged into it,
     * all of which carry the re-scoring value {@link RosaResult#SCORE_NOW}.
     */
    @Override
    public boolean claims(Recommendation r) {
        return OfficeAction.fromCode(r.code()).map(OfficeAction::isRosa).orElse(false)
                || r.values().containsKey(RosaResult.SCORE_NOW);
    }

    @Override
    public List<CsvColumn<RosaResult>> csvColumns() {
        return List.of(
                CsvColumn.of("rosa_score", RosaResult::score),
                CsvColumn.of("rosa_chair", RosaResult::chair),
                CsvColumn.of("rosa_monitor_phone", RosaResult::monitorPhone),
                CsvColumn.of("rosa_mouse_keyboard", RosaResult::mouseKeyboard),
                CsvColumn.of("rosa_risk", RosaResult::risk));
    }

    /** The key figure: the ROSA final score. */
    @Override
    public Number keyFigure(RosaResult section) {
        return section.score();
    }
}
