package dev.ergo.engine.office;

import dev.ergo.engine.Recommendation;
import dev.ergo.engine.ResultSection;
import dev.ergo.model.office.Workstation;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Individual set-up targets for an office workstation (docs/methods.md §3.2), with the body
 * dimensions they were computed from and the advice that follows.
 *
 * <p>Heights are cm above the floor unless the name says otherwise. This class is immutable and
 * thread-safe.
 *
 * @param dimensions the body dimensions used, measured or estimated, not null
 * @param shoeAllowanceCm the shoe allowance used
 * @param keyboardHeightCm the keyboard home-row height above the desk used
 * @param targetSeatHeightCm S₀ = popliteal height + shoe: the seat height with thighs level and feet flat
 * @param seatedElbowHeightCm E = S₀ + elbow rest height
 * @param idealWorkSurfaceHeightCm E − keyboard height: the desk height that puts the home row at elbow height
 * @param recommendedSeatHeightCm the seat height to use with the current (or recommended) desk
 * @param recommendedDeskHeightCm where to set an adjustable desk, or null for a fixed or unknown desk
 * @param footrestHeightCm the footrest height needed, 0 when none is needed
 * @param lumbarSupportHeightCm the lumbar support apex above the compressed seat
 * @param recommendedMonitorTopHeightCm top of the viewing area at or below seated eye height, or null without eye height
 * @param armrestHeightCm armrest height above the seat (elbow rest height)
 * @param maxSeatDepthCm the deepest seat that leaves 5 cm behind the knee, or null without buttock–popliteal length
 * @param recommendations the advice, in checklist order, not null
 * @param input the workstation as surveyed (current seat, desk and screen settings), not null
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record WorkstationResult(
        List<Dimension> dimensions,
        double shoeAllowanceCm,
        double keyboardHeightCm,
        double targetSeatHeightCm,
        double seatedElbowHeightCm,
        double idealWorkSurfaceHeightCm,
        double recommendedSeatHeightCm,
        @Nullable Double recommendedDeskHeightCm,
        double footrestHeightCm,
        double lumbarSupportHeightCm,
        @Nullable Double recommendedMonitorTopHeightCm,
        double armrestHeightCm,
        @Nullable Double maxSeatDepthCm,
        List<Recommendation> recommendations,
        Workstation input)
        implements ResultSection {

    /**
     * Creates the result. For the toolkit's own use: results come from the assessor or are read back
     * from a results line, and a minor version may add components, which changes this constructor; so
     * it is not stable API (read the components, do not call it).
     */
    @API(status = API.Status.INTERNAL, since = "0.2")
    public WorkstationResult {
        dimensions = List.copyOf(dimensions);
        recommendations = List.copyOf(recommendations);
    }

    /** @return the workbook column names of the estimated dimensions, not null */
    public List<String> estimatedDimensions() {
        return dimensions.stream().filter(Dimension::isEstimate).map(Dimension::name).toList();
    }

    @Override
    public String key() {
        return "workstation";
    }
}
