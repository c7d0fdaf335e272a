package dev.ergo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Everything the survey says about one employee: the employee row, the rows of the optional
 * sheets that belong to them, and the rows of theirs that the import rejected.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param employee the employee, not null
 * @param sections the section rows in workbook order, not null
 * @param rejectedRows the employee's factor rows that the import rejected (an error in a cell), in
 *     workbook order: what they record is missing from the survey; empty for a survey built in code,
 *     not null (since 0.2)
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record EmployeeSurvey(@NotNull @Valid Employee employee, @NotNull List<@Valid SurveySection> sections,
        @NotNull List<SourceRow> rejectedRows) {

    /**
     * Copies the lists.
     *
     * @param employee the employee, not null
     * @param sections the section rows in workbook order, none null
     * @param rejectedRows the employee's rows the import rejected, not null
     * @since 0.2
     */
    public EmployeeSurvey {
        Objects.requireNonNull(employee, "employee must not be null");
        Objects.requireNonNull(sections, "sections must not be null");
        Objects.requireNonNull(rejectedRows, "rejectedRows must not be null");
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i) == null) {
                throw new NullPointerException("section " + i + " of employee " + employee.id() + " is null");
            }
        }
        sections = List.copyOf(sections);
        rejectedRows = List.copyOf(rejectedRows);
    }

    /**
     * Creates a survey without rejected rows.
     *
     * @param employee the employee, not null
     * @param sections the section rows in workbook order, none null
     */
    public EmployeeSurvey(Employee employee, List<SurveySection> sections) {
        this(employee, sections, List.of());
    }

    /**
     * Returns a survey of the employee and the given sections.
     *
     * @param employee the employee, not null
     * @param sections the sections, none null
     * @return the survey, not null
     */
    public static EmployeeSurvey of(Employee employee, SurveySection... sections) {
        Objects.requireNonNull(sections, "sections must not be null");
        return new EmployeeSurvey(employee, java.util.Arrays.asList(sections));
    }

    /**
     * Returns the employee id and the number of sections only: survey answers are health data.
     *
     * @return a description without personal data, not null
     */
    @Override
    public String toString() {
        return "EmployeeSurvey[employee=" + employee.id() + ", sections=" + sections.size()
                + (rejectedRows.isEmpty() ? "" : ", rejectedRows=" + rejectedRows.size()) + "]";
    }

    /**
     * Returns the sections of one type, in workbook order.
     *
     * @param type the section type, not null
     * @param <T> the section type
     * @return the matching sections, possibly empty, not null
     */
    public <T extends SurveySection> List<T> sections(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (SurveySection s : sections) {
            if (type.isInstance(s)) {
                out.add(type.cast(s));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns the first section of one type, for sheets with at most one row per employee.
     *
     * @param type the section type, not null
     * @param <T> the section type
     * @return the section, or empty
     */
    public <T extends SurveySection> Optional<T> section(Class<T> type) {
        return sections.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /**
     * Returns a copy with one more section.
     *
     * @param section the section to add, not null
     * @return a new survey, not null
     */
    public EmployeeSurvey withSection(SurveySection section) {
        List<SurveySection> copy = new ArrayList<>(sections);
        copy.add(Objects.requireNonNull(section, "section must not be null"));
        return new EmployeeSurvey(employee, copy, rejectedRows);
    }

    /**
     * Returns a copy that records which of the employee's rows the import rejected.
     *
     * @param rows the rejected rows, not null
     * @return a new survey, not null
     * @since 0.2
     */
    public EmployeeSurvey withRejectedRows(List<SourceRow> rows) {
        return new EmployeeSurvey(employee, sections, rows);
    }
}
