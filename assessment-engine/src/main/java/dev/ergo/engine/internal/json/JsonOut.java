package dev.ergo.engine.internal.json;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Writes JSON of the results contract through a Jackson generator: compact, numbers at full precision
 * in the contract's form ({@link #number(double)}), non-finite numbers as {@code null}, strings escaped by
 * {@link ContractEscapes}.
 *
 * <p>Not thread-safe; one per line.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class JsonOut {
    private final @Nullable StringWriter text;
    private final JsonGenerator json;

    /** Creates a writer into a string. */
    public JsonOut() {
        this(new StringWriter(1024));
    }

    /**
     * Creates a writer into {@code out}, which it buffers (up to a few thousand characters) and never
     * closes; call {@link #flush()} at the end. Failures of {@code out} surface as
     * {@link UncheckedIOException}.
     *
     * @param out where the text goes, not null
     */
    public JsonOut(Writer out) {
        this.text = out instanceof StringWriter s ? s : null;
        try {
            json = Jackson.FACTORY.createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes what is buffered to the target. */
    public void flush() {
        io(json::flush);
    }

    /**
     * Formats a finite number as the contract writes it: integral values below 10^15 as {@code 12.0},
     * all others as {@link Double#toString(double)}.
     *
     * @param d the value, finite
     * @return the JSON number, not null
     */
    public static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (long) d + ".0" : Double.toString(d);
    }

    /** @return this writer after opening an object */
    public JsonOut beginObject() {
        return io(() -> json.writeStartObject());
    }

    /** @return this writer after closing an object */
    public JsonOut endObject() {
        return io(() -> json.writeEndObject());
    }

    /** @return this writer after opening an array */
    public JsonOut beginArray() {
        return io(() -> json.writeStartArray());
    }

    /** @return this writer after closing an array */
    public JsonOut endArray() {
        return io(() -> json.writeEndArray());
    }

    /** @param name a member name; the next call writes its value @return this writer */
    public JsonOut name(String name) {
        return io(() -> json.writeFieldName(name));
    }

    /** @param v a string or null @return this writer */
    public JsonOut value(@Nullable String v) {
        return io(() -> {
            if (v == null) {
                json.writeNull();
            } else {
                json.writeString(v);
            }
        });
    }

    /** @param v a number or null; NaN and infinities become null @return this writer */
    public JsonOut value(@Nullable Number v) {
        return io(() -> {
            if (v == null) {
                json.writeNull();
            } else if (v instanceof Double || v instanceof Float) {
                double d = v.doubleValue();
                if (Double.isFinite(d)) {
                    json.writeNumber(number(d));
                } else {
                    json.writeNull();
                }
            } else {
                json.writeNumber(v.toString());
            }
        });
    }

    /** @param v a boolean or null @return this writer */
    public JsonOut value(@Nullable Boolean v) {
        return io(() -> {
            if (v == null) {
                json.writeNull();
            } else {
                json.writeBoolean(v);
            }
        });
    }

    /** @param name member name @param v value @return this writer */
    public JsonOut field(String name, @Nullable String v) {
        return name(name).value(v);
    }

    /** @param name member name @param v value @return this writer */
    public JsonOut field(String name, @Nullable Number v) {
        return name(name).value(v);
    }

    /** @param name member name @param v value @return this writer */
    public JsonOut field(String name, @Nullable Boolean v) {
        return name(name).value(v);
    }

    /** @param name member name @param values the strings of the array @return this writer */
    public JsonOut strings(String name, List<String> values) {
        name(name).beginArray();
        values.forEach(this::value);
        return endArray();
    }

    /**
     * Returns the text written so far.
     *
     * @return the JSON text, not null
     */
    @Override
    public String toString() {
        io(json::flush);
        return text == null ? "" : text.toString();
    }

    private interface Write {
        void run() throws IOException;
    }

    private JsonOut io(Write w) {
        try {
            w.run();
        } catch (JsonGenerationException e) {
            // a generator error means the calls were out of order
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the target failed
        }
        return this;
    }
}
