package dev.ergo.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The flattened values of one employee for {@code results.csv}, by column name.
 *
 * <p>Not thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class CsvRow {
    private final Map<String, String> values = new LinkedHashMap<>();

    /** Creates an empty row. */
    public CsvRow() {}

    /**
     * Sets a column; null leaves the cell empty.
     *
     * @param column the column name, not null
     * @param value the value, may be null
     * @return this row
     */
    public CsvRow put(String column, @Nullable Object value) {
        if (value == null) {
            values.remove(column);
        } else if (value instanceof Double d && !Double.isFinite(d)) {
            values.remove(column);
        } else {
            values.put(column, String.valueOf(value));
        }
        return this;
    }

    /**
     * Returns a column's value.
     *
     * @param column the column name, not null
     * @return the value, or null when empty
     */
    public @Nullable String get(String column) {
        return values.get(column);
    }

    /**
     * Returns the values set so far.
     *
     * @return an unmodifiable view, not null
     */
    public Map<String, String> asMap() {
        return java.util.Collections.unmodifiableMap(values);
    }
}
