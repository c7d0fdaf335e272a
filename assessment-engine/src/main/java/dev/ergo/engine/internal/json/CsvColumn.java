package dev.ergo.engine.internal.json;

import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One column of {@code results.csv} that a section fills: its name and how to get its value.
 *
 * @param name the column name, not null
 * @param value the value of a section, or null for an empty cell (see {@link CsvCells#put(String, Object)}), not null
 * @param <T> the section type
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public record CsvColumn<T>(String name, Function<T, ? extends @Nullable Object> value) {

    /** Checks the components. */
    public CsvColumn {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(value, "value must not be null");
    }

    /**
     * Returns a column.
     *
     * @param name the column name, not null
     * @param value the value of a section, not null
     * @param <T> the section type
     * @return the column, not null
     */
    public static <T> CsvColumn<T> of(String name, Function<T, ? extends @Nullable Object> value) {
        return new CsvColumn<>(name, value);
    }
}
