package dev.ergo.xlsx;

import dev.ergo.model.SourceRow;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parsed values of one data row, keyed by column name; blank cells are absent.
 *
 * @param values the values: String, Double, Integer, Boolean, LocalDate or an enum word as String
 * @param origin the sheet and row the values came from
 */
record RowValues(Map<String, Object> values, SourceRow origin) {

    /**
     * Returns the value of a column.
     *
     * @param column the column name
     * @return the value, or null when blank
     */
    @Nullable Object get(String column) {
        return values.get(column);
    }
}
