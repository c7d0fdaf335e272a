package dev.ergo.engine.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object read with Jackson's streaming parser, with typed getters whose errors name the member's
 * path, for example {@code rula[0].score: expected an integer but was "3"}. Members keep their order.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class JsonObject {
    private final String path;
    private final Map<String, @Nullable Object> members;

    private JsonObject(String path, Map<String, @Nullable Object> members) {
        this.path = path;
        this.members = Collections.unmodifiableMap(members);
    }

    /**
     * Parses one JSON object; nothing but white space may follow it.
     *
     * @param text the JSON text, not null
     * @return the object, not null
     * @throws IllegalArgumentException if the text is not one JSON object (duplicate names included)
     */
    public static JsonObject parse(String text) {
        try (JsonParser p = Jackson.FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            JsonObject o = object(p, "");
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("text after the JSON object at column "
                        + p.currentTokenLocation().getColumnNr());
            }
            return o;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage() + " (column "
                    + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()) + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a string does no I/O
        }
    }

    private static JsonObject object(JsonParser p, String path) throws IOException {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            m.put(name, value(p, path.isEmpty() ? name : path + "." + name));
        }
        return new JsonObject(path, m);
    }

    private static @Nullable Object value(JsonParser p, String path) throws IOException {
        JsonToken t = p.currentToken();
        return switch (t) {
            case START_OBJECT -> object(p, path);
            case START_ARRAY -> {
                List<@Nullable Object> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, path + "[" + items.size() + "]"));
                }
                yield Collections.unmodifiableList(items);
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IllegalArgumentException(path + ": unexpected " + t);
        };
    }

    /** @param key a member name @return whether the member is present, even as null */
    public boolean has(String key) {
        return members.containsKey(key);
    }

    /** @return the member names in order, not null */
    public List<String> keys() {
        return List.copyOf(members.keySet());
    }

    /** @param key a member name @return the string, not null @throws IllegalArgumentException if absent or not a string */
    public String text(String key) {
        return required(key, String.class, "a string");
    }

    /** @param key a member name @return the string, or null when absent or null */
    public @Nullable String optText(String key) {
        return optional(key, String.class, "a string");
    }

    /** @param key a member name @return the integer @throws IllegalArgumentException if absent or not an int */
    public int integer(String key) {
        Object v = members.get(key);
        if ((v instanceof Integer || v instanceof Long) && ((Number) v).longValue() == ((Number) v).intValue()) {
            return ((Number) v).intValue();
        }
        throw wrong(key, "an integer");
    }

    /**
     * Returns a number; null, the contract's form of a non-finite number, is NaN.
     *
     * @param key a member name
     * @return the number, NaN for null
     * @throws IllegalArgumentException if absent or neither a number nor null
     */
    public double number(String key) {
        Double d = optNumber(key);
        if (d == null && !has(key)) {
            throw wrong(key, "a number");
        }
        return d == null ? Double.NaN : d;
    }

    /** @param key a member name @return the number, or null when absent or null */
    public @Nullable Double optNumber(String key) {
        Number n = optional(key, Number.class, "a number");
        return n == null ? null : n.doubleValue();
    }

    /** @param key a member name @return the boolean @throws IllegalArgumentException if absent or not a boolean */
    public boolean bool(String key) {
        return required(key, Boolean.class, "true or false");
    }

    /** @param key a member name @return the object @throws IllegalArgumentException if absent or not an object */
    public JsonObject object(String key) {
        return required(key, JsonObject.class, "an object");
    }

    /** @param key a member name @return the objects of the array @throws IllegalArgumentException if absent or not an array of objects */
    public List<JsonObject> objects(String key) {
        return items(key, JsonObject.class, "an array of objects");
    }

    /** @param key a member name @return the objects of the array, empty when absent @throws IllegalArgumentException if not an array of objects */
    public List<JsonObject> optObjects(String key) {
        return members.get(key) == null ? List.of() : objects(key);
    }

    /** @param key a member name @return the strings of the array @throws IllegalArgumentException if absent or not an array of strings */
    public List<String> texts(String key) {
        return items(key, String.class, "an array of strings");
    }

    /** @param key a member name @return the strings of the array, empty when absent @throws IllegalArgumentException if not an array of strings */
    public List<String> optTexts(String key) {
        return members.get(key) == null ? List.of() : texts(key);
    }

    /**
     * Returns the members as numbers, in order, null as NaN (see {@link #number(String)}).
     *
     * @return name to number, not null
     * @throws IllegalArgumentException if a member is neither a number nor null
     */
    public Map<String, Double> numbers() {
        Map<String, Double> out = new LinkedHashMap<>();
        members.keySet().forEach(k -> out.put(k, number(k)));
        return out;
    }

    /**
     * Returns a string member converted, for example to an enum constant or a date.
     *
     * @param key a member name
     * @param convert the conversion; an {@link IllegalArgumentException} or
     *     {@link java.time.DateTimeException} it throws is reported with the member's path
     * @param <T> the type
     * @return the value, not null
     */
    public <T> T parsed(String key, Function<String, T> convert) {
        String s = text(key);
        try {
            return convert.apply(s);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new IllegalArgumentException(at(key) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns the constant whose word (as the contract writes it) is the member's string, compared
     * without regard to case: the one place where a reader accepts both spellings of an enumeration value
     * (results format 1.1 casing rule; lines written before it may differ in case).
     *
     * @param key a member name
     * @param constants the constants, for example {@code Axis.values()}
     * @param word the word of a constant, for example {@code Axis::label}
     * @param <E> the enum
     * @return the constant, not null
     */
    public <E extends Enum<E>> E word(String key, E[] constants, Function<E, String> word) {
        return constant(key, constants, word, word);
    }

    /**
     * Returns the constant whose name is the member's string, case ignored.
     *
     * @param key a member name
     * @param constants the constants, for example {@code Risk.values()}
     * @param <E> the enum
     * @return the constant, not null
     */
    public <E extends Enum<E>> E constant(String key, E[] constants) {
        return word(key, constants, Enum::name);
    }

    /**
     * Returns the constant whose name, or whose former word (as version 1.0 lines wrote it), is the
     * member's string, case ignored.
     *
     * @param key a member name
     * @param constants the constants
     * @param formerWord the word earlier versions wrote, for example {@code ForceSource::label}
     * @param <E> the enum
     * @return the constant, not null
     */
    public <E extends Enum<E>> E constant(String key, E[] constants, Function<E, String> formerWord) {
        return constant(key, constants, Enum::name, formerWord);
    }

    private <E extends Enum<E>> E constant(String key, E[] constants, Function<E, String> word,
            Function<E, String> formerWord) {
        String s = text(key);
        for (E e : constants) {
            if (word.apply(e).equalsIgnoreCase(s) || formerWord.apply(e).equalsIgnoreCase(s)) {
                return e;
            }
        }
        throw new IllegalArgumentException(at(key) + ": unknown value \""
                + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"");
    }

    private <T> T required(String key, Class<T> type, String what) {
        Object v = members.get(key);
        if (type.isInstance(v)) {
            return type.cast(v);
        }
        throw wrong(key, what);
    }

    private <T> @Nullable T optional(String key, Class<T> type, String what) {
        Object v = members.get(key);
        return v == null ? null : required(key, type, what);
    }

    private <T> List<T> items(String key, Class<T> type, String what) {
        if (members.get(key) instanceof List<?> list && list.stream().allMatch(type::isInstance)) {
            return list.stream().map(type::cast).toList();
        }
        throw wrong(key, what);
    }

    private IllegalArgumentException wrong(String key, String what) {
        Object v = members.get(key);
        return new IllegalArgumentException(at(key) + ": expected " + what + " but "
                + (!members.containsKey(key) ? "it is missing" : "was " + describe(v)));
    }

    private static String describe(@Nullable Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String) {
            return "a string"; // its text may be personal data
        }
        if (v instanceof JsonObject) {
            return "an object";
        }
        return v instanceof List ? "an array" : String.valueOf(v);
    }

    private String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
