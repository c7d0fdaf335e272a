package dev.ergo.engine.posture;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One body part's score with the angle and what drives it, for the report's body-part table.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param part the body part, not null
 * @param angleDeg the angle scored, degrees (the knee angle for REBA legs), or null when the part has none
 * @param score the body-part score including its adjustments
 * @param explanation what drives the score, for example
 *     {@code "upper arm 50° flexion (45–90° flexion: 3) + abducted (+1)"}, not null
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record BodyPartScore(BodyPart part, @Nullable Double angleDeg, int score, String explanation) {

    /** Checks the components. */
    public BodyPartScore {
        Objects.requireNonNull(part, "part must not be null");
        Objects.requireNonNull(explanation, "explanation must not be null");
    }
}
