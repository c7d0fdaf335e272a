package dev.ergo.engine;

import dev.ergo.engine.internal.json.CsvCells;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The flattened values of one employee for {@code results.csv}, by column name. Now a thin adapter over
 * the engine's serializer.
 *
 * <p>Not thread-safe.
 *
 * @since 0.1
 * @deprecated result sections no longer write themselves; {@link Assessor#csvRow(AssessmentResult)} gives
 *     the row
 */
@Deprecated(since = "0.2", forRemoval = true)
@API(status = API.Status.DEPRECATED, since = "0.2")
public final class CsvRow {
    private final CsvCells cells;

    /** Creates an empty row. */
    public CsvRow() {
        this(new CsvCells());
    }

    CsvRow(CsvCells cells) {
        this.cells = cells;
    }

    CsvCells cells() {
        return cells;
    }

    /**
     * Sets a column; null and non-finite numbers leave the cell empty.
     *
     * @param column the column name, not null
     * @param value the value, may be null
     * @return this row
     */
    public CsvRow put(String column, @Nullable Object value) {
        cells.put(column, value);
        return this;
    }

    /**
     * Returns a column's value.
     *
     * @param column the column name, not null
     * @return the value, or null when empty
     */
    public @Nullable String get(String column) {
        return cells.get(column);
    }

    /**
     * Returns the values set so far.
     *
     * @return an unmodifiable view, not null
     */
    public Map<String, String> asMap() {
        return cells.asMap();
    }
}
