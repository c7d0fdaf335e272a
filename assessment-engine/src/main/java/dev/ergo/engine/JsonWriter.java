package dev.ergo.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A minimal streaming JSON writer for the results contract: compact output on one line, numbers at
 * full precision, non-finite numbers written as {@code null}.
 *
 * <p>Not thread-safe; use one writer per line.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder(512);
    /** Per open container: whether the next element needs a leading comma. */
    private final Deque<boolean[]> stack = new ArrayDeque<>();
    private boolean afterName;

    /** Creates an empty writer. */
    public JsonWriter() {}

    /** @return this writer after opening an object */
    public JsonWriter beginObject() {
        prefix();
        out.append('{');
        stack.push(new boolean[] {false});
        return this;
    }

    /** @return this writer after closing an object */
    public JsonWriter endObject() {
        stack.pop();
        out.append('}');
        return this;
    }

    /** @return this writer after opening an array */
    public JsonWriter beginArray() {
        prefix();
        out.append('[');
        stack.push(new boolean[] {false});
        return this;
    }

    /** @return this writer after closing an array */
    public JsonWriter endArray() {
        stack.pop();
        out.append(']');
        return this;
    }

    /**
     * Writes a member name; the next call writes its value.
     *
     * @param name the name, not null
     * @return this writer
     */
    public JsonWriter name(String name) {
        prefix();
        string(name);
        out.append(':');
        afterName = true;
        return this;
    }

    /** @param v a string or null @return this writer */
    public JsonWriter value(@Nullable String v) {
        prefix();
        if (v == null) {
            out.append("null");
        } else {
            string(v);
        }
        return this;
    }

    /** @param v a number or null; NaN and infinities become null @return this writer */
    public JsonWriter value(@Nullable Number v) {
        prefix();
        if (v == null) {
            out.append("null");
        } else if (v instanceof Double || v instanceof Float) {
            double d = v.doubleValue();
            if (!Double.isFinite(d)) {
                out.append("null");
            } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                out.append((long) d).append(".0");
            } else {
                out.append(d);
            }
        } else {
            out.append(v);
        }
        return this;
    }

    /** @param v a boolean or null @return this writer */
    public JsonWriter value(@Nullable Boolean v) {
        prefix();
        out.append(v == null ? "null" : v.toString());
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

    private void prefix() {
        if (afterName) {
            afterName = false;
            return;
        }
        boolean[] top = stack.peek();
        if (top != null) {
            if (top[0]) {
                out.append(',');
            }
            top[0] = true;
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
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
