package dev.ergo.engine;

import dev.ergo.engine.internal.AssessmentContext;
import dev.ergo.engine.internal.FactorModule;
import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.text.Languages;
import dev.ergo.model.validation.SurveyValidator;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Assesses employee surveys: validates them, scores every factor present and collects the advice.
 *
 * <p>This class is immutable and thread-safe; one instance serves any number of threads.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.of(AssessmentOptions.DEFAULT);
 * AssessmentResult result = assessor.assess(survey);
 * String jsonLine = result.toJsonLine();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Assessor {
    private final AssessmentOptions options;
    private final SurveyValidator validator;

    private Assessor(AssessmentOptions options) {
        this.options = options;
        Validator v = options.validator();
        this.validator = v != null ? SurveyValidator.of(v) : SurveyValidator.create();
    }

    /**
     * Returns an assessor with the given options.
     *
     * @param options the options, not null
     * @return the assessor, not null
     */
    public static Assessor of(AssessmentOptions options) {
        return new Assessor(Objects.requireNonNull(options, "options must not be null"));
    }

    /** @return an assessor with {@link AssessmentOptions#DEFAULT}, not null */
    public static Assessor create() {
        return of(AssessmentOptions.DEFAULT);
    }

    /** @return the options, not null */
    public AssessmentOptions options() {
        return options;
    }

    /**
     * Returns the CSV columns that {@link #csvRow(AssessmentResult)} fills, in order.
     *
     * @return the header, not null
     */
    public static List<String> csvHeader() {
        return Factors.SERIALIZER.csvHeader();
    }

    /**
     * Flattens a result to one {@code results.csv} row, in the order of {@link #csvHeader()}.
     *
     * @param result the result, not null
     * @return the cells, empty string for absent values, not null
     */
    public static List<String> csvRow(AssessmentResult result) {
        return Factors.SERIALIZER.csvRow(result);
    }

    /**
     * Returns the values of {@link #csvRow(AssessmentResult)} with their types, for typed tables such as
     * {@code results.xlsx}: numbers as {@link Number} (a score as {@link Integer}), lights as {@link Risk},
     * dates as {@link java.time.LocalDate}, other values as {@link String}; null for an empty cell. The
     * text of each value is the CSV cell.
     *
     * @param result the result, not null
     * @return the values in the order of {@link #csvHeader()}, an unmodifiable list, not null
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public static List<@Nullable Object> csvValues(AssessmentResult result) {
        return java.util.Collections.unmodifiableList(Factors.SERIALIZER.csvValues(result));
    }

    /**
     * Returns the validator this assessor checks surveys with (the same the importer uses).
     *
     * @return the validator, not null
     * @since 0.2
     */
    public SurveyValidator validator() {
        return validator;
    }

    /**
     * Checks a survey against the constraints of its records.
     *
     * @param survey the survey, not null
     * @return the violations, empty when valid, not null
     * @deprecated use {@code validator().validate(survey)}, whose violations carry path, code and bounds
     */
    @Deprecated(since = "0.2", forRemoval = true)
    @SuppressWarnings("removal")
    public List<Violation> validate(EmployeeSurvey survey) {
        return validator.validate(survey).stream().map(Violation::from).toList();
    }

    /**
     * Checks a single record (an employee or a section) against its constraints.
     *
     * @param record the record, not null
     * @return the violations, empty when valid, not null
     * @deprecated use {@code validator().validateRecord(record)}
     */
    @Deprecated(since = "0.2", forRemoval = true)
    @SuppressWarnings("removal")
    public List<Violation> validateRecord(Object record) {
        return validator.validateRecord(record).stream().map(Violation::from).toList();
    }

    /**
     * Validates and assesses one survey.
     *
     * @param survey the survey, not null
     * @return the result, not null
     * @throws InvalidSurveyException if a record breaks a constraint
     */
    public AssessmentResult assess(EmployeeSurvey survey) {
        Objects.requireNonNull(survey, "survey must not be null");
        List<dev.ergo.model.validation.Violation> violations = validator.validate(survey);
        if (!violations.isEmpty()) {
            throw InvalidSurveyException.of(survey.employee().id(), violations);
        }
        Locale language = languageOf(survey.employee());
        AssessmentContext context = new AssessmentContext(options, language);
        List<ResultSection> sections = new ArrayList<>();
        for (FactorModule m : Factors.MODULES) {
            sections.addAll(m.assess(survey, context));
        }
        LocalDate date = survey.employee().assessmentDate();
        if (date == null) {
            date = options.today();
        }
        return new AssessmentResult(survey.employee(), date, sections, context.notes(),
                AssessmentResult.reviewDue(date, sections, options.reviewIntervals()), language, survey.rejectedRows());
    }

    /**
     * Returns the language an employee's texts are written in: the employee's own if ergo has a
     * translation for it, else the run's ({@link AssessmentOptions#language()}).
     *
     * @param employee the employee, not null
     * @return a supported language, not null
     * @since 0.2
     */
    public Locale languageOf(Employee employee) {
        Locale own = employee.language();
        return own == null ? options.language() : Languages.resolve(own).orElse(options.language());
    }
}
