package dev.ergo.engine;

import dev.ergo.engine.internal.EngineTexts;
import dev.ergo.model.text.Languages;
import dev.ergo.model.text.Message;
import dev.ergo.model.text.Texts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One piece of advice for an employee: a code, plain-language text, the numbers behind it, the rule
 * that produced it and the rule's source.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code a stable upper-case code such as {@code FOOTREST}, not null
 * @param priority lower comes first in the report's checklist (desk, lumbar support and footrest first)
 * @param text what to do, in plain language, in the result's language ({@link AssessmentResult#language()}),
 *     not null
 * @param values the numbers behind the advice by name (for example {@code footrestHeightCm}), not null
 * @param rule the rule that produced it, for the assessor, not null
 * @param source the source of the rule (the docs/methods.md section and the primary sources), not null
 * @param message the text as data: the engine's message key and its arguments, from which
 *     {@link #text(Locale)} renders it in another language; null for a recommendation built from a plain
 *     text (read back from JSON, or a host's own); since 0.2
 * @param ruleMessages the rule as data, its parts in order (joined with {@code "; "}), from which
 *     {@link #rule(Texts)} words it in another language; empty when only the English rule is known; since 0.2
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Recommendation(
        String code, int priority, String text, Map<String, Double> values, String rule, String source,
        @Nullable Message message, List<Message> ruleMessages) {

    /** Validates and copies; internal since 0.2 (eight values: use a shorter constructor or the engine's). */
    @API(status = API.Status.INTERNAL, since = "0.2")
    public Recommendation {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(source, "source must not be null");
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        ruleMessages = List.copyOf(ruleMessages);
    }

    /**
     * Creates a recommendation whose rule is only a text.
     *
     * @param code the code, not null
     * @param priority the checklist position, lower first
     * @param text the advice, not null
     * @param values the numbers behind the advice, not null
     * @param rule the rule, not null
     * @param source the source, not null
     * @param message the text as data, or null
     * @since 0.2
     */
    public Recommendation(String code, int priority, String text, Map<String, Double> values, String rule,
            String source, @Nullable Message message) {
        this(code, priority, text, values, rule, source, message, List.of());
    }

    /**
     * Returns the rule in the language of some texts: its parts worded with them and joined with
     * {@code "; "}, or {@link #rule()} when it has none.
     *
     * @param texts the engine's texts, or a report's texts whose parent they are, not null
     * @return the rule, not null
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public String rule(Texts texts) {
        return ruleMessages.isEmpty() ? rule : EngineTexts.rule(ruleMessages, texts);
    }

    /**
     * Creates a recommendation from a plain text, without a message to re-render it in another language.
     *
     * @param code the code, not null
     * @param priority the checklist position, lower first
     * @param text the advice, not null
     * @param values the numbers behind the advice, not null
     * @param rule the rule, not null
     * @param source the source, not null
     */
    public Recommendation(
            String code, int priority, String text, Map<String, Double> values, String rule, String source) {
        this(code, priority, text, values, rule, source, null);
    }

    /**
     * Returns the text in another supported language: the message rendered again, or {@link #text()}
     * when this recommendation has no message.
     *
     * @param language the language; a language without translation reads English, not null
     * @return the text, not null
     * @since 0.2
     */
    public String text(Locale language) {
        if (message == null) {
            return text;
        }
        return EngineTexts.MESSAGES.in(Languages.resolve(language).orElse(Languages.DEFAULT)).text(message);
    }

    /**
     * Returns an ordered map of named numbers for {@link #values()}: names and values alternate.
     * Use it rather than {@code Map.of}, whose iteration order varies between JVM runs.
     *
     * @param namesAndValues name, value, name, value, ...; names are strings, values numbers
     * @return the map in the order given, not null
     * @throws IllegalArgumentException if the arguments do not alternate names and numbers
     */
    public static Map<String, Double> values(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("values needs name/value pairs but got " + namesAndValues.length + " arguments");
        }
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name) || !(namesAndValues[i + 1] instanceof Number n)) {
                throw new IllegalArgumentException("values needs a name and a number at position " + i);
            }
            m.put(name, n.doubleValue());
        }
        return m;
    }

    /**
     * Returns a recommendation without numbers.
     *
     * @param code the code, not null
     * @param priority the checklist position, lower first
     * @param text the advice, not null
     * @param rule the rule, not null
     * @param source the source, not null
     * @return the recommendation, not null
     */
    public static Recommendation of(String code, int priority, String text, String rule, String source) {
        return new Recommendation(code, priority, text, Map.of(), rule, source);
    }
}
