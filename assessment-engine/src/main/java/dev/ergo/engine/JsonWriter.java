package dev.ergo.engine;

import dev.ergo.engine.internal.json.JsonOut;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A streaming JSON writer for the results contract: compact output on one line, numbers at full
 * precision, non-finite numbers written as {@code null}. Now a thin adapter over the engine's Jackson
 * serializer.
 *
 * <p>Not thread-safe; use one writer per line.
 *
 * @since 0.1
 * @deprecated result sections no longer write themselves; {@link ResultJson} writes and reads
 *     {@code results.jsonl} lines
 */
@Deprecated(since = "0.2", forRemoval = true)
@API(status = API.Status.DEPRECATED, since = "0.2")
public final class JsonWriter {
    private final JsonOut out;

    /** Creates an empty writer. */
    public JsonWriter() {
        this(new JsonOut());
    }

    JsonWriter(JsonOut out) {
        this.out = out;
    }

    JsonOut out() {
        return out;
    }

    /** @return this writer after opening an object */
    public JsonWriter beginObject() {
        out.beginObject();
        return this;
    }

    /** @return this writer after closing an object */
    public JsonWriter endObject() {
        out.endObject();
        return this;
    }

    /** @return this writer after opening an array */
    public JsonWriter beginArray() {
        out.beginArray();
        return this;
    }

    /** @return this writer after closing an array */
    public JsonWriter endArray() {
        out.endArray();
        return this;
    }

    /**
     * Writes a member name; the next call writes its value.
     *
     * @param name the name, not null
     * @return this writer
     */
    public JsonWriter name(String name) {
        out.name(name);
        return this;
    }

    /** @param v a string or null @return this writer */
    public JsonWriter value(@Nullable String v) {
        out.value(v);
        return this;
    }

    /** @param v a number or null; NaN and infinities become null @return this writer */
    public JsonWriter value(@Nullable Number v) {
        out.value(v);
        return this;
    }

    /** @param v a boolean or null @return this writer */
    public JsonWriter value(@Nullable Boolean v) {
        out.value(v);
        return this;
    }

    /** @param name member name @param v value @return this writer */
    public JsonWriter field(String name, @Nullable String v) {
        return name(name).value(v);
    }

    /** @param name member name @param v value @return this writer */
    public JsonWriter field(String name, @Nullable Number v) {
        return name(name).value(v);
    }

    /** @param name member name @param v value @return this writer */
    public JsonWriter field(String name, @Nullable Boolean v) {
        return name(name).value(v);
    }

    /**
     * Returns the text written so far.
     *
     * @return the JSON text, not null
     */
    @Override
    public String toString() {
        return out.toString();
    }
}
