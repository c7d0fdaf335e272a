package dev.ergo.engine.posture;

import dev.ergo.engine.Risk;
import dev.ergo.model.posture.Side;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The REBA result of one observed posture with every intermediate score (docs/methods.md §4.2).
 *
 * <p>Traffic light, from the risk level (§4.2.8, {@link RebaLevel}): REBA 1–3 {@link Risk#LOW}, 4–7
 * {@link Risk#MEDIUM}, 8–15 {@link Risk#HIGH}; implemented in {@link RebaLevel#risk()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param side the side scored, or null when not recorded
 * @param trunk trunk score, 1–5
 * @param neck neck score, 1–3
 * @param legs legs score, 1–4
 * @param upperArm upper-arm score, 1–6
 * @param lowerArm lower-arm score, 1–2
 * @param wrist wrist score, 1–3
 * @param tableA the Table A value, 1–9
 * @param load the load/force score including shock, 0–3
 * @param scoreA score A = Table A + load, 1–12
 * @param tableB the Table B value, 1–9
 * @param coupling the coupling score, 0–3
 * @param scoreB score B = Table B + coupling, 1–12
 * @param scoreC the Table C value, 1–12
 * @param activity the activity score, 0–3
 * @param score the REBA score = score C + activity, 1–15
 * @param bodyParts the body-part scores with their angles and explanations, not null
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RebaResult(
        @Nullable Side side,
        int trunk,
        int neck,
        int legs,
        int upperArm,
        int lowerArm,
        int wrist,
        int tableA,
        int load,
        int scoreA,
        int tableB,
        int coupling,
        int scoreB,
        int scoreC,
        int activity,
        int score,
        List<BodyPartScore> bodyParts) {

    /**
     * Creates the result. For the toolkit's own use: results come from the assessor or are read back
     * from a results line, and a minor version may add components, which changes this constructor; so
     * it is not stable API (read the components, do not call it).
     */
    @API(status = API.Status.INTERNAL, since = "0.2")
    public RebaResult {
        bodyParts = List.copyOf(bodyParts);
    }

    /** @return the risk level of the score, not null */
    public RebaLevel level() {
        return RebaLevel.of(score);
    }

    /** @return the action level, 0–4 */
    public int actionLevel() {
        return level().actionLevel();
    }

    /** @return the traffic light (see the class description), not null */
    public Risk risk() {
        return level().risk();
    }
}
