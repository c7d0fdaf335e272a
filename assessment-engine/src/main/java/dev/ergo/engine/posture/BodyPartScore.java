package dev.ergo.engine.posture;

import dev.ergo.model.text.Message;
import dev.ergo.model.text.Texts;
import java.util.List;
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
 * @param explanation what drives the score in English, for example
 *     {@code "upper arm 50° flexion (45–90° flexion: 3) + abducted (+1)"}, not null
 * @param reasons the same as messages of the engine's bundle, in order (the band and its points, then each
 *     adjustment or note), to word it in any language; empty when only the text is known (a result read
 *     back from {@code results.jsonl}), not null
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record BodyPartScore(BodyPart part, @Nullable Double angleDeg, int score, String explanation,
        List<Message> reasons) {

    /** Checks the components. */
    public BodyPartScore {
        Objects.requireNonNull(part, "part must not be null");
        Objects.requireNonNull(explanation, "explanation must not be null");
        reasons = List.copyOf(reasons);
    }

    /**
     * Creates a score whose explanation is only a text.
     *
     * @param part the body part, not null
     * @param angleDeg the angle scored, or null
     * @param score the score
     * @param explanation what drives the score, not null
     */
    public BodyPartScore(BodyPart part, @Nullable Double angleDeg, int score, String explanation) {
        this(part, angleDeg, score, explanation, List.of());
    }

    /**
     * Returns what drives the score in the language of some texts: the reasons worded with them, or
     * {@link #explanation()} when there are none.
     *
     * @param texts the engine's texts, or a report's texts whose parent they are, not null
     * @return the explanation, not null
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public String explanation(Texts texts) {
        return reasons.isEmpty() ? explanation : explain(reasons, texts);
    }

    static String explain(List<Message> reasons, Texts texts) {
        StringBuilder b = new StringBuilder();
        reasons.forEach(m -> b.append(texts.text(m)));
        return b.toString();
    }
}
