package dev.ergo.engine.posture;

import dev.ergo.engine.Risk;
import dev.ergo.model.posture.Side;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The RULA result of one observed posture with every intermediate score (docs/methods.md §4.1).
 *
 * <p>Traffic light, from the action level (§4.1.9): 1 {@link Risk#LOW}, 2 {@link Risk#MEDIUM}, 3 and 4
 * {@link Risk#HIGH}; implemented in {@link #risk()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param side the side scored, or null when not recorded
 * @param tableA the Table A version used, not null
 * @param upperArm upper-arm score, 1–6
 * @param lowerArm lower-arm score, 1–3
 * @param wrist wrist score, 1–4
 * @param wristTwist wrist-twist score, 1–2
 * @param neck neck score, 1–6
 * @param trunk trunk score, 1–6
 * @param legs legs score, 1–2
 * @param muscleUseA muscle-use score of group A (arm and wrist), 0–1
 * @param forceA force/load score of group A, 0–3
 * @param muscleUseB muscle-use score of group B (neck, trunk, legs), 0–1
 * @param forceB force/load score of group B, 0–3
 * @param scoreA posture score A from Table A, 1–9
 * @param scoreB posture score B from Table B, 1–9
 * @param scoreC score C = A + muscle use + force, 1–13 (Table C saturates at 8)
 * @param scoreD score D = B + muscle use + force, 1–13 (Table C saturates at 7)
 * @param score the grand score from Table C, 1–7
 * @param bodyParts the body-part scores with their angles and explanations, not null
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RulaResult(
        @Nullable Side side,
        RulaTableA tableA,
        int upperArm,
        int lowerArm,
        int wrist,
        int wristTwist,
        int neck,
        int trunk,
        int legs,
        int muscleUseA,
        int forceA,
        int muscleUseB,
        int forceB,
        int scoreA,
        int scoreB,
        int scoreC,
        int scoreD,
        int score,
        List<BodyPartScore> bodyParts) {

    /**
     * Creates the result. For the toolkit's own use: results come from the assessor or are read back
     * from a results line, and a minor version may add components, which changes this constructor; so
     * it is not stable API (read the components, do not call it).
     */
    @API(status = API.Status.INTERNAL, since = "0.2")
    public RulaResult {
        Objects.requireNonNull(tableA, "tableA must not be null");
        bodyParts = List.copyOf(bodyParts);
    }

    /**
     * Returns the action level (docs/methods.md §4.1.9): grand score 1–2 → 1, 3–4 → 2, 5–6 → 3, 7 → 4.
     *
     * @return the action level, 1–4
     */
    public int actionLevel() {
        return actionLevel(score);
    }

    static int actionLevel(int grand) {
        if (grand <= 2) {
            return 1;
        }
        if (grand <= 4) {
            return 2;
        }
        return grand <= 6 ? 3 : 4;
    }

    /**
     * Returns the action in the words of docs/methods.md §4.1.9.
     *
     * @return the action, not null
     */
    public String action() {
        return switch (actionLevel()) {
            case 1 -> "acceptable if not maintained or repeated for long periods";
            case 2 -> "further investigation is needed; changes may be required";
            case 3 -> "investigation and changes are required soon";
            default -> "investigation and changes are required immediately";
        };
    }

    /**
     * Returns the traffic light: action level 1 LOW, 2 MEDIUM, 3–4 HIGH.
     *
     * @return the light, not null
     */
    public Risk risk() {
        return switch (actionLevel()) {
            case 1 -> Risk.LOW;
            case 2 -> Risk.MEDIUM;
            default -> Risk.HIGH;
        };
    }
}
