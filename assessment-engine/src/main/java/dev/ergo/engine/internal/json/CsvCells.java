package dev.ergo.engine.internal.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The cells of one {@code results.csv} row by column name, each value as its text.
 *
 * <p>Not thread-safe.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class CsvCells {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Object> raw = new LinkedHashMap<>();

    /** Creates an empty row. */
    public CsvCells() {}

    /**
     * Sets a cell to {@link String#valueOf(Object)} of a value; null and non-finite numbers leave it empty.
     *
     * @param column the column name, not null
     * @param value the value, may be null
     */
    public void put(String column, @Nullable Object value) {
        if (value == null || value instanceof Double d && !Double.isFinite(d)) {
            values.remove(column);
            raw.remove(column);
        } else {
            values.put(column, String.valueOf(value));
            raw.put(column, value);
        }
    }

    /** @param column the column name @return the text, or null when empty */
    public @Nullable String get(String column) {
        return values.get(column);
    }

    /**
     * Returns the value a cell was set from, for typed output such as {@code results.xlsx}.
     *
     * @param column the column name, not null
     * @return the value (a number, a light, text, ...), or null when empty
     * @since 0.2
     */
    public @Nullable Object value(String column) {
        return raw.get(column);
    }

    /** @return the cells set so far, an unmodifiable view, not null */
    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(values);
    }
}
