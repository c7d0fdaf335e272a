package dev.ergo.report;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What the organisation summary says about the run that produced the results: title, date,
 * workbook and import counts.
 *
 * <p>This class is immutable and thread-safe. A title equal to {@link #DEFAULT_TITLE} is printed in
 * the report's language ({@link ReportOptions#language()}); any other title is printed as given.
 *
 * @param title the report title, not blank, not null
 * @param runDate the date of the run, not null
 * @param workbookName the file name of the imported workbook, not null (may be empty)
 * @param employeesInWorkbook the employee rows found in the workbook, not negative
 * @param rowsRejected the rows rejected by the import, not negative
 * @param problemCount the problems written to {@code problems.csv}, not negative
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record SummaryInfo(
        String title,
        LocalDate runDate,
        String workbookName,
        int employeesInWorkbook,
        int rowsRejected,
        int problemCount) {

    /**
     * The title the command line gives a summary; the report prints it in its own language.
     *
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public static final String DEFAULT_TITLE = "Ergonomics assessment summary";

    /**
     * Validates the values.
     *
     * @param title the report title, not blank, not null
     * @param runDate the date of the run, not null
     * @param workbookName the file name of the imported workbook, not null (may be empty)
     * @param employeesInWorkbook the employee rows found in the workbook, not negative
     * @param rowsRejected the rows rejected by the import, not negative
     * @param problemCount the problems written to {@code problems.csv}, not negative
     * @throws NullPointerException if a reference is null
     * @throws IllegalArgumentException if the title is blank or a count is negative
     */
    public SummaryInfo {
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(runDate, "runDate must not be null");
        Objects.requireNonNull(workbookName, "workbookName must not be null");
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank but was '" + title + "'");
        }
        requireNotNegative("employeesInWorkbook", employeesInWorkbook);
        requireNotNegative("rowsRejected", rowsRejected);
        requireNotNegative("problemCount", problemCount);
    }

    private static void requireNotNegative(String field, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative but was " + value);
        }
    }
}
