package dev.ergo.engine.internal;

import dev.ergo.engine.Recommendation;
import dev.ergo.model.text.Languages;
import dev.ergo.model.text.Message;
import java.util.List;
import java.util.Map;
import dev.ergo.model.text.Messages;
import dev.ergo.model.text.Texts;
import org.apiguardian.api.API;

/**
 * The engine's message bundles ({@code dev/ergo/engine/messages*.properties}): recommendation and
 * finding texts and the words for lights and factors, in every supported language.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class EngineTexts {
    private EngineTexts() {}

    /** The NIOSH load constant, kg (L1 p.7). */
    public static final double NIOSH_LOAD_CONSTANT_KG = 23.0;

    /** The NIOSH load constant's description as a message: "NIOSH load constant 23 kg". */
    public static final Message NIOSH_LOAD_CONSTANT =
            Message.of("lift.loadConstant.niosh", "kg", Message.plain(NIOSH_LOAD_CONSTANT_KG, 1));

    /** The engine's messages; a report's own bundles load with this as their parent. */
    public static final Messages MESSAGES =
            Messages.load("/dev/ergo/engine/messages", EngineTexts.class::getResourceAsStream);

    /**
     * Returns the engine's texts in English, for advice computed outside an assessment.
     *
     * @return the texts, not null
     */
    public static Texts english() {
        return MESSAGES.in(Languages.DEFAULT);
    }

    /**
     * Returns a recommendation whose text and rule are messages of this bundle: the text in the result's
     * language, the rule ({@link Recommendation#rule()}, for {@code results.jsonl}) in English.
     *
     * @param code the code, not null
     * @param priority the checklist position, lower first
     * @param texts the engine's texts in the result's language, not null
     * @param message the key and arguments of the text, not null
     * @param values the numbers behind the advice, not null
     * @param rule the parts of the rule, joined with "; ", not empty
     * @param source the source, not null
     * @return the recommendation, not null
     */
    public static Recommendation recommendation(String code, int priority, Texts texts, Message message,
            Map<String, Double> values, List<Message> rule, String source) {
        return new Recommendation(code, priority, texts.text(message), values, rule(rule, english()), source,
                message, rule);
    }

    /**
     * Words a rule: each part with the texts, joined with {@code "; "} (the one wording of
     * {@link Recommendation#rule(Texts)}).
     *
     * @param parts the parts, not null
     * @param texts the texts, not null
     * @return the rule, not null
     */
    public static String rule(List<Message> parts, Texts texts) {
        StringBuilder out = new StringBuilder();
        for (Message part : parts) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(texts.text(part));
        }
        return out.toString();
    }

    /**
     * Returns a rule part that is only an English text (a rule not yet worded in the bundles).
     *
     * @param text the text, not null
     * @return the part, not null
     */
    public static Message plain(String text) {
        return Message.of("rule.plain", "text", text);
    }
}
