package dev.ergo.engine.posture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.model.text.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The English explanations kept by {@link BodyParts} are the same text as wording the reasons afresh. */
class BodyPartWordingCacheTests {

    private static List<Message> elbowAt(double deg) {
        return List.of(Message.of("posture.why.elbow", "deg", Message.plain(deg, 2)));
    }

    @Test
    void aRepeatedScoreGetsTheSameExplanation() {
        BodyPartScore first = BodyParts.of(BodyPart.LOWER_ARM, 75.0, 1, elbowAt(75));
        BodyPartScore again = BodyParts.of(BodyPart.LOWER_ARM, 75.0, 1, elbowAt(75));
        assertThat(first.explanation()).isEqualTo("elbow 75° flexion").isEqualTo(again.explanation());
        assertThat(again.reasons()).isEqualTo(elbowAt(75));
    }

    @Test
    void explanationsStayRightPastTheCacheLimit() {
        int n = BodyParts.ENGLISH_WORDING_LIMIT + 50;
        for (int i = 0; i < n; i++) {
            double deg = i / 100.0;
            BodyPartScore s = BodyParts.of(BodyPart.LOWER_ARM, deg, 1, elbowAt(deg));
            assertThat(s.explanation()).isEqualTo(BodyPartScore.explain(elbowAt(deg), dev.ergo.engine.internal.EngineTexts.english()));
        }
        assertThat(BodyParts.of(BodyPart.LOWER_ARM, 0.5, 1, elbowAt(0.5)).explanation()).isEqualTo("elbow 0.5° flexion");
    }
}
