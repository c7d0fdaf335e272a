package dev.ergo.xlsx;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The row counts of one imported sheet.
 *
 * <p>This class is immutable and thread-safe. Rows read are the non-empty data rows below the header;
 * {@code rowsRead == rowsImported + rowsRejected} always holds.
 *
 * @param sheet the sheet name as written in the workbook, not null
 * @param rowsRead the non-empty data rows, at least 0
 * @param rowsImported the rows that became records
 * @param rowsRejected the rows reported as problems instead
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record SheetSummary(String sheet, int rowsRead, int rowsImported, int rowsRejected) {

    /** Checks the counts. */
    public SheetSummary {
        Objects.requireNonNull(sheet, "sheet must not be null");
        if (rowsImported < 0 || rowsRejected < 0 || rowsRead != rowsImported + rowsRejected) {
            throw new IllegalArgumentException("rowsRead must equal rowsImported + rowsRejected but was "
                    + rowsRead + " != " + rowsImported + " + " + rowsRejected);
        }
    }
}
