package dev.ergo.xlsx;

import dev.ergo.model.validation.Violation;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One thing wrong with, or worth knowing about, an imported workbook.
 *
 * <p>This class is immutable and thread-safe. Messages are plain language and never contain
 * personal data other than employee ids.
 *
 * @param severity how serious it is, not null
 * @param sheet the sheet name as written in the workbook, or {@code ""} for the whole workbook, not null
 * @param row the 1-based Excel row number, or 0 for a problem of a whole sheet or workbook
 * @param column the normalised column header, for example {@code popliteal_height_cm}, or {@code ""}, not null
 * @param cell the A1 cell reference, for example {@code C7}, or {@code ""}, not null
 * @param message what is wrong, in plain language, not null
 * @param employeeId the {@code employee_id} of the row when it has one, else {@code ""}, not null (since 0.2)
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ImportProblem(Severity severity, String sheet, int row, String column, String cell, String message,
        String employeeId) {

    private static final List<String> CSV_HEADER =
            List.of("severity", "sheet", "row", "column", "cell", "message", "employee_id");

    /**
     * How serious a problem is.
     *
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public enum Severity {
        /** Data was not imported: a rejected row, or a sheet that could not be read. */
        ERROR,
        /** Data was imported, but something was ignored (for example an unknown column). */
        WARNING,
        /** For information only (ignored sheets, unit conversions). */
        NOTICE
    }

    /** Checks the components. */
    public ImportProblem {
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(sheet, "sheet must not be null");
        Objects.requireNonNull(column, "column must not be null");
        Objects.requireNonNull(cell, "cell must not be null");
        Objects.requireNonNull(message, "message must not be null");
        Objects.requireNonNull(employeeId, "employeeId must not be null");
        if (row < 0) {
            throw new IllegalArgumentException("row must not be negative but was " + row);
        }
    }

    /**
     * Creates a problem that names no employee, as in version 0.1.
     *
     * @param severity how serious it is, not null
     * @param sheet the sheet name, or {@code ""}, not null
     * @param row the 1-based row, or 0
     * @param column the column header, or {@code ""}, not null
     * @param cell the A1 reference, or {@code ""}, not null
     * @param message what is wrong, not null
     */
    public ImportProblem(Severity severity, String sheet, int row, String column, String cell, String message) {
        this(severity, sheet, row, column, cell, message, "");
    }

    /**
     * Returns this problem naming the employee of its row.
     *
     * @param id the row's {@code employee_id}, not null
     * @return the problem with {@link #employeeId()} set, not null
     * @since 0.2
     */
    public ImportProblem withEmployeeId(String id) {
        return new ImportProblem(severity, sheet, row, column, cell, message, Objects.requireNonNull(id, "id"));
    }

    /**
     * Returns the {@code ERROR} that {@code ergo assess} writes when the assessor refuses an employee's
     * survey: at the violation's row (or the workbook), its property as the column, for example
     * {@code employee E1 not assessed: loadKg must be between 0 and 100}.
     *
     * @param employeeId the employee whose survey was refused, not null
     * @param violation one of the refusal's violations, not null
     * @return the problem, naming the employee, not null
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public static ImportProblem notAssessed(String employeeId, Violation violation) {
        Objects.requireNonNull(employeeId, "employeeId must not be null");
        return new ImportProblem(Severity.ERROR,
                violation.origin() == null ? "" : violation.origin().sheet(),
                violation.origin() == null ? 0 : violation.origin().rowNumber(), violation.property(), "",
                "employee " + employeeId + " not assessed: " + violation.property() + " " + violation.message(),
                employeeId);
    }

    /**
     * Returns the CSV columns that {@link #csvCells()} fills, in order.
     *
     * @return {@code severity, sheet, row, column, cell, message, employee_id}, not null
     */
    public static List<String> csvHeader() {
        return CSV_HEADER;
    }

    /**
     * Returns this problem as CSV cells in the order of {@link #csvHeader()}, unquoted.
     *
     * <p>The row is empty when it is 0.
     *
     * @return the cells, not null
     */
    public List<String> csvCells() {
        return List.of(severity.name(), sheet, row == 0 ? "" : Integer.toString(row), column, cell, message, employeeId);
    }

    /**
     * Returns the problem as one line, for example
     * {@code Workstation!C7 (popliteal_height_cm): must be between 30 and 60 (was 75)}.
     *
     * @return the line, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (!sheet.isEmpty()) {
            if (!cell.isEmpty()) {
                sb.append(quoteSheet(sheet)).append('!').append(cell);
            } else {
                sb.append(sheet);
                if (row > 0) {
                    sb.append(" row ").append(row);
                }
            }
            if (!column.isEmpty()) {
                sb.append(" (").append(column).append(')');
            }
            sb.append(": ");
        }
        return sb.append(message).toString();
    }

    private static String quoteSheet(String sheet) {
        return sheet.matches("[A-Za-z0-9_]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
    }
}
