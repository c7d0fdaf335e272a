package dev.ergo.model;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where an imported record came from: the sheet name and the 1-based row number as a spreadsheet
 * program shows it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sheet the sheet name as written in the workbook, not null
 * @param rowNumber the 1-based row number, at least 1
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record SourceRow(String sheet, int rowNumber) {

    /** Validates the components. */
    public SourceRow {
        Objects.requireNonNull(sheet, "sheet must not be null");
        if (rowNumber < 1) {
            throw new IllegalArgumentException("rowNumber must be at least 1 but was " + rowNumber);
        }
    }

    /**
     * Returns a source row.
     *
     * @param sheet the sheet name, not null
     * @param rowNumber the 1-based row number
     * @return the source row, not null
     */
    public static SourceRow of(String sheet, int rowNumber) {
        return new SourceRow(sheet, rowNumber);
    }

    @Override
    public String toString() {
        return sheet + " row " + rowNumber;
    }
}
