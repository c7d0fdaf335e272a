package dev.ergo.xlsx;

import dev.ergo.model.EmployeeSurvey;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What one import produced: the surveys, the problems found and the row counts per sheet.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param surveys one survey per imported employee, in the order of the {@code Employees} sheet, not null
 * @param problems the problems in the order found, not null
 * @param sheets the row counts of every sheet that was read, in the order read, not null
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ImportResult(List<EmployeeSurvey> surveys, List<ImportProblem> problems, List<SheetSummary> sheets) {

    /** Copies the lists. */
    public ImportResult {
        surveys = List.copyOf(surveys);
        problems = List.copyOf(problems);
        sheets = List.copyOf(sheets);
    }

    /**
     * Tells whether any problem is an {@link ImportProblem.Severity#ERROR}.
     *
     * @return true if some data was not imported
     */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == ImportProblem.Severity.ERROR);
    }

    /**
     * Returns the rejected rows of all sheets.
     *
     * @return the sum of {@link SheetSummary#rowsRejected()}
     */
    public int rowsRejected() {
        return sheets.stream().mapToInt(SheetSummary::rowsRejected).sum();
    }
}
