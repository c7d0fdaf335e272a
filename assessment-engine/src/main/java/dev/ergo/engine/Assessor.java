package dev.ergo.engine;

import dev.ergo.engine.spi.AssessmentContext;
import dev.ergo.engine.spi.FactorModule;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.SurveySection;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

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
    private final Validator validator;

    private Assessor(AssessmentOptions options) {
        this.options = options;
        Validator v = options.validator();
        this.validator = v != null ? v : Validators.library();
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
        List<String> h = new ArrayList<>(List.of("employee_id", "assessment_date", "overall_risk"));
        h.addAll(Factors.csvColumns());
        h.add("recommendation_codes");
        return List.copyOf(h);
    }

    /**
     * Flattens a result to one {@code results.csv} row, in the order of {@link #csvHeader()}.
     *
     * @param result the result, not null
     * @return the cells, empty string for absent values, not null
     */
    public static List<String> csvRow(AssessmentResult result) {
        CsvRow row = new CsvRow();
        row.put("employee_id", result.employee().id());
        row.put("assessment_date", result.assessmentDate());
        row.put("overall_risk", result.overallRisk());
        for (ResultSection s : result.sections()) {
            s.writeCsv(row);
        }
        row.put("recommendation_codes", String.join(" ",
                result.recommendations().stream().map(Recommendation::code).distinct().toList()));
        List<String> out = new ArrayList<>();
        for (String column : csvHeader()) {
            String v = row.get(column);
            out.add(v == null ? "" : v);
        }
        return out;
    }

    /**
     * Checks a survey against the constraints of its records.
     *
     * @param survey the survey, not null
     * @return the violations, empty when valid, not null
     */
    public List<Violation> validate(EmployeeSurvey survey) {
        List<Violation> out = new ArrayList<>();
        collect(survey.employee(), survey.employee().origin(), out);
        for (SurveySection s : survey.sections()) {
            collect(s, s.origin(), out);
        }
        out.sort(Comparator.comparing(Violation::recordType).thenComparing(Violation::property));
        return out;
    }

    /**
     * Checks a single record (an employee or a section) against its constraints.
     *
     * @param record the record, not null
     * @return the violations, empty when valid, not null
     */
    public List<Violation> validateRecord(Object record) {
        List<Violation> out = new ArrayList<>();
        collect(record, record instanceof SurveySection s ? s.origin() : record instanceof dev.ergo.model.Employee e ? e.origin() : null, out);
        return out;
    }

    private void collect(Object record, dev.ergo.model.@org.jspecify.annotations.Nullable SourceRow origin, List<Violation> out) {
        for (ConstraintViolation<Object> v : validator.validate(record)) {
            out.add(new Violation(record.getClass().getSimpleName(), v.getPropertyPath().toString(), v.getMessage(),
                    v.getInvalidValue() instanceof Boolean ? null : v.getInvalidValue(), origin));
        }
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
        List<Violation> violations = validate(survey);
        if (!violations.isEmpty()) {
            throw new InvalidSurveyException(survey.employee().id(), violations);
        }
        AssessmentContext context = new AssessmentContext(options);
        List<ResultSection> sections = new ArrayList<>();
        for (FactorModule m : Factors.MODULES) {
            sections.addAll(m.assess(survey, context));
        }
        LocalDate date = survey.employee().assessmentDate();
        if (date == null) {
            date = options.referenceDate() != null ? options.referenceDate() : LocalDate.now();
        }
        return new AssessmentResult(survey.employee(), date, sections, context.notes());
    }
}
