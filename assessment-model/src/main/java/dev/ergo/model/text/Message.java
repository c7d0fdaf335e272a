package dev.ergo.model.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A sentence as data: a message key and its named arguments, rendered in any language with
 * {@code Texts.text(Message)} of the family that holds the key (the engine's texts for a
 * recommendation: {@code Recommendation.text(Locale)}).
 *
 * <p>Arguments are strings (names people typed, such as a task), numbers (formatted by the message's
 * own pattern, for plurals), {@link Decimal} numbers (written with {@link Texts#number(double, int)}),
 * other messages (rendered in the same language), enumerations (by name), dates and lists of any of
 * these.
 *
 * <p>This class is immutable and thread-safe if its arguments are.
 *
 * @param key the message key, not null
 * @param args the arguments by name, in the order given, not null; no null values
 * @since 0.2
 */
@API(status = API.Status.STABLE, since = "0.2")
public record Message(String key, Map<String, Object> args) {

    /** Checks the key and copies the arguments. */
    public Message {
        Objects.requireNonNull(key, "key must not be null");
        Map<String, Object> copy = new LinkedHashMap<>();
        args.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "argument name"),
                Objects.requireNonNull(value, () -> key + ": argument " + name + " must not be null")));
        args = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns a message with arguments given as name, value, name, value, ...
     *
     * @param key the key, not null
     * @param namesAndValues alternating names (strings) and values (not null)
     * @return the message, not null
     * @throws IllegalArgumentException if the arguments do not alternate names and values
     */
    public static Message of(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException(key + ": arguments must be name/value pairs, got " + namesAndValues.length);
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new IllegalArgumentException(key + ": argument " + i + " must be a name");
            }
            args.put(name, namesAndValues[i + 1]);
        }
        return new Message(key, args);
    }

    /**
     * Returns a copy with one more argument.
     *
     * @param name the argument's name, not null
     * @param value the value, not null
     * @return the new message, not null
     */
    public Message with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(args);
        more.put(name, value);
        return new Message(key, more);
    }

    /**
     * Returns a number argument written with {@link Texts#number(double, int)}: the language's decimal
     * mark, at most {@code maxDecimals} places, trailing zeros dropped.
     *
     * @param value the number, finite
     * @param maxDecimals the most decimals shown, 0 or more
     * @return the argument, not null
     */
    public static Decimal decimal(double value, int maxDecimals) {
        return new Decimal(value, maxDecimals, true);
    }

    /**
     * Returns a number argument written without grouping separators ({@code 1234.5}, {@code 1234,5}),
     * for figures such as scores and exposure points.
     *
     * @param value the number, finite
     * @param maxDecimals the most decimals shown, 0 or more
     * @return the argument, not null
     */
    public static Decimal plain(double value, int maxDecimals) {
        return new Decimal(value, maxDecimals, false);
    }

    /**
     * Returns a daily time argument written with {@link Texts#duration(double)}: {@code 1 h 23 min}.
     *
     * @param hours the time, hours, at least 0, infinity allowed
     * @return the argument, not null
     * @since 0.2
     */
    public static Duration duration(double hours) {
        return new Duration(hours, false);
    }

    /**
     * Returns a time-limit argument written with {@link Texts#durationBelow(double)}: the longest
     * whole-minute time strictly below the limit.
     *
     * @param limitHours the limit, hours, at least 0, infinity allowed
     * @return the argument, not null
     * @since 0.2
     */
    public static Duration durationBelow(double limitHours) {
        return new Duration(limitHours, true);
    }

    /**
     * Returns an argument that joins messages or texts as a list ("A, B and C").
     *
     * @param items the items, not null
     * @return the argument, not null
     */
    public static List<Object> list(List<?> items) {
        return List.copyOf(items);
    }

    /**
     * Returns an argument that renders a message with its first letter in upper case, for a phrase that
     * starts a sentence.
     *
     * @param message the message, not null
     * @return the argument, not null
     */
    public static Capitalized capitalized(Message message) {
        return new Capitalized(message);
    }

    /**
     * A message argument rendered with its first letter in upper case.
     *
     * @param message the message, not null
     * @since 0.2
     */
    public record Capitalized(Message message) {
        /** Checks the message. */
        public Capitalized {
            Objects.requireNonNull(message, "message must not be null");
        }
    }

    /**
     * A number argument written with {@link Texts#number(double, int)}.
     *
     * @param value the number, finite
     * @param maxDecimals the most decimals shown, 0 or more
     * @param grouping whether thousands are grouped ({@code 1,234})
     * @since 0.2
     */
    public record Decimal(double value, int maxDecimals, boolean grouping) {
        /** Checks the arguments. */
        public Decimal {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("value must be finite but was " + value);
            }
            if (maxDecimals < 0) {
                throw new IllegalArgumentException("maxDecimals must be 0 or more but was " + maxDecimals);
            }
        }
    }

    /**
     * A daily time argument written with {@link Texts#duration(double)} or, if {@code below},
     * {@link Texts#durationBelow(double)}.
     *
     * @param hours the time or limit, hours, at least 0, infinity allowed
     * @param below whether the longest whole-minute time strictly below {@code hours} is meant
     * @since 0.2
     */
    public record Duration(double hours, boolean below) {
        /** Checks the hours. */
        public Duration {
            if (Double.isNaN(hours) || hours < 0) {
                throw new IllegalArgumentException("hours must be at least 0 but was " + hours);
            }
        }
    }
}
