package dev.ergo.xlsx;

import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.SourceRow;
import dev.ergo.model.SurveySection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apiguardian.api.API;

/**
 * An import whose surveys stay in a temporary file and are built one at a time, so that memory does not
 * grow with the workforce: what {@link SurveyImporter#readSpooled(java.nio.file.Path)} returns.
 *
 * <p>The problems and row counts are in memory as in {@link ImportResult}. Each {@link #iterator()} reads
 * the surveys again, in the order of the {@code Employees} sheet, equal to those of
 * {@link SurveyImporter#read(java.nio.file.Path)}. {@link #close()} deletes the temporary file; iterating
 * after that throws {@link IllegalStateException}.
 *
 * <p>This class is not thread-safe: iterate from one thread at a time.
 *
 * <pre>{@code
 * try (SpooledImport in = SurveyImporter.create().readSpooled(Path.of("survey.xlsx"))) {
 *     for (EmployeeSurvey s : in) {
 *         // assess s
 *     }
 * }
 * }</pre>
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class SpooledImport implements Iterable<EmployeeSurvey>, AutoCloseable {
    private final RecordLog log;
    private final int employees;
    private final Map<String, List<SourceRow>> rejected;
    private final ImportResult rest;

    SpooledImport(RecordLog log, int employees, Map<String, List<SourceRow>> rejected, ImportResult rest) {
        this.log = log;
        this.employees = employees;
        this.rejected = rejected;
        this.rest = rest;
    }

    /** @return the number of surveys, one per imported employee */
    public int employees() {
        return employees;
    }

    /** @return the problems in the order found, not null */
    public List<ImportProblem> problems() {
        return rest.problems();
    }

    /** @return the row counts of every sheet that was read, in the order read, not null */
    public List<SheetSummary> sheets() {
        return rest.sheets();
    }

    /**
     * Tells whether any problem is an {@link ImportProblem.Severity#ERROR}.
     *
     * @return true if some data was not imported
     */
    public boolean hasErrors() {
        return rest.hasErrors();
    }

    /** @return the sum of {@link SheetSummary#rowsRejected()} */
    public int rowsRejected() {
        return rest.rowsRejected();
    }

    /**
     * Reads the surveys from the temporary file, one at a time.
     *
     * @return a new pass over the surveys in workbook order, not null
     * @throws IllegalStateException if this import is closed
     */
    @Override
    public Iterator<EmployeeSurvey> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < employees;
            }

            @Override
            public EmployeeSurvey next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return survey(next++);
            }
        };
    }

    private EmployeeSurvey survey(int ordinal) {
        List<Object> records = log.records(ordinal);
        Employee employee = (Employee) records.get(0);
        List<SurveySection> sections = new ArrayList<>(records.size() - 1);
        for (int i = 1; i < records.size(); i++) {
            sections.add((SurveySection) records.get(i));
        }
        return new EmployeeSurvey(employee, sections, rejected.getOrDefault(employee.id(), List.of()));
    }

    /**
     * Reads every survey into memory.
     *
     * @return the same import as {@link SurveyImporter#read(java.nio.file.Path)} gives, not null
     * @throws IllegalStateException if this import is closed
     */
    public ImportResult toResult() {
        List<EmployeeSurvey> surveys = new ArrayList<>(employees);
        forEach(surveys::add);
        return new ImportResult(surveys, rest.problems(), rest.sheets());
    }

    /** Deletes the temporary file; calling it again does nothing. */
    @Override
    public void close() {
        log.close();
    }

    /** @return the temporary file, or null when the surveys are in memory (tests) */
    java.nio.file.@org.jspecify.annotations.Nullable Path spoolFile() {
        return log.file();
    }

    @Override
    public String toString() {
        return "SpooledImport[employees=" + employees + ", problems=" + rest.problems().size() + "]";
    }
}
