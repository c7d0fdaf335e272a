package dev.ergo.engine;

import dev.ergo.engine.internal.Reviews;
import dev.ergo.model.Employee;
import dev.ergo.model.SourceRow;
import dev.ergo.model.text.Languages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The assessment of one employee: every result section, the overall traffic light and the advice.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param employee the employee assessed, not null
 * @param assessmentDate the survey's date, or the run's reference date when the survey has none, not null
 * @param sections the result sections in a stable order, not null
 * @param notes notes for the assessor (defaults applied, estimates used), not null
 * @param reviewDue when the employee should be assessed again ({@link ReviewIntervals}); null when no
 *     factor was assessed, or for a result read from a version 1.0 line, which has none (since 0.2)
 * @param language the language of the texts people read (recommendations, findings): the employee's
 *     language if ergo has a translation for it, else the run's ({@link AssessmentOptions#language()});
 *     codes, values and rules are language-neutral; not null; since 0.2
 * @param notAssessed the employee's factor rows that the import rejected
 *     ({@link dev.ergo.model.EmployeeSurvey#rejectedRows()}): what they record is missing from this result, so a light
 *     may rest on fewer factors than surveyed; empty when none, not null; since 0.2
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record AssessmentResult(
        Employee employee, LocalDate assessmentDate, List<ResultSection> sections, List<String> notes,
        @Nullable LocalDate reviewDue, Locale language, List<SourceRow> notAssessed) {

    /**
     * Code of the item an amber or red factor gets when its method gave no recommendation: "ask your
     * assessor to review …" (toolkit rule).
     *
     * @since 0.2
     */
    public static final String ASSESSOR_REVIEW = "ASSESSOR_REVIEW";

    /**
     * Copies the lists.
     *
     * @throws IllegalArgumentException if a review date is given for a result without any factor, or is
     *     before the assessment date
     * @since 0.2
     */
    public AssessmentResult {
        Objects.requireNonNull(employee, "employee must not be null");
        Objects.requireNonNull(assessmentDate, "assessmentDate must not be null");
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
        Objects.requireNonNull(language, "language must not be null");
        notAssessed = List.copyOf(notAssessed);
        if (reviewDue != null) {
            if (sections.stream().noneMatch(FactorResult.class::isInstance)) {
                throw new IllegalArgumentException("reviewDue must be absent for employee " + employee.id()
                        + ", who has no factor assessed, but was " + reviewDue);
            }
            if (reviewDue.isBefore(assessmentDate)) {
                throw new IllegalArgumentException("reviewDue must not be before assessmentDate " + assessmentDate
                        + " but was " + reviewDue + " (employee " + employee.id() + ")");
            }
        }
    }

    /**
     * Creates a result without rejected rows.
     *
     * @param employee the employee assessed, not null
     * @param assessmentDate the assessment date, not null
     * @param sections the result sections, not null
     * @param notes notes for the assessor, not null
     * @param reviewDue the review date, or null
     * @param language the language of the texts, not null
     * @since 0.2
     */
    public AssessmentResult(Employee employee, LocalDate assessmentDate, List<ResultSection> sections,
            List<String> notes, @Nullable LocalDate reviewDue, Locale language) {
        this(employee, assessmentDate, sections, notes, reviewDue, language, List.of());
    }

    /**
     * Creates a result whose review date follows the default intervals ({@link ReviewIntervals#DEFAULT}):
     * none without a factor.
     *
     * @param employee the employee assessed, not null
     * @param assessmentDate the assessment date, not null
     * @param sections the result sections, not null
     * @param notes notes for the assessor, not null
     */
    public AssessmentResult(Employee employee, LocalDate assessmentDate, List<ResultSection> sections,
            List<String> notes) {
        this(employee, assessmentDate, sections, notes, reviewDue(assessmentDate, sections, ReviewIntervals.DEFAULT),
                Languages.DEFAULT);
    }

    /**
     * Creates a result in English with the given review date.
     *
     * @param employee the employee assessed, not null
     * @param assessmentDate the assessment date, not null
     * @param sections the result sections, not null
     * @param notes notes for the assessor, not null
     * @param reviewDue the review date, or null
     */
    public AssessmentResult(Employee employee, LocalDate assessmentDate, List<ResultSection> sections,
            List<String> notes, @Nullable LocalDate reviewDue) {
        this(employee, assessmentDate, sections, notes, reviewDue, Languages.DEFAULT);
    }

    /**
     * Creates a result whose texts are in a language, with the default review date.
     *
     * @param employee the employee, not null
     * @param assessmentDate the date, not null
     * @param sections the sections, not null
     * @param notes the notes, not null
     * @param language the language of the texts, not null
     */
    public AssessmentResult(Employee employee, LocalDate assessmentDate, List<ResultSection> sections,
            List<String> notes, Locale language) {
        this(employee, assessmentDate, sections, notes, reviewDue(assessmentDate, sections, ReviewIntervals.DEFAULT),
                language);
    }

    /**
     * Returns the review date of an assessment with the given sections: none without a factor, else the
     * date plus the interval of the overall light.
     *
     * @param assessmentDate the assessment date, not null
     * @param sections the result sections, not null
     * @param intervals the intervals, not null
     * @return the review date, or null without a factor
     * @since 0.2
     */
    static @Nullable LocalDate reviewDue(LocalDate assessmentDate, List<ResultSection> sections,
            ReviewIntervals intervals) {
        List<Risk> lights = sections.stream().filter(FactorResult.class::isInstance)
                .map(s -> ((FactorResult) s).risk()).toList();
        return lights.isEmpty() ? null : intervals.dueDate(assessmentDate, Risk.worst(lights));
    }

    /**
     * Returns this result with its review date computed from other intervals.
     *
     * @param intervals the intervals, not null
     * @return the result with the new review date (none without a factor), not null
     * @since 0.2
     */
    public AssessmentResult withReviewIntervals(ReviewIntervals intervals) {
        Objects.requireNonNull(intervals, "intervals must not be null");
        return new AssessmentResult(employee, assessmentDate, sections, notes,
                reviewDue(assessmentDate, sections, intervals), language, notAssessed);
    }

    /**
     * Returns the worst traffic light over all factors present; {@link Risk#LOW} when no factor was
     * assessed (see {@link #factors()}).
     *
     * @return the overall light, not null
     */
    public Risk overallRisk() {
        return Risk.worst(factors().stream().map(FactorResult::risk).toList());
    }

    /**
     * Returns the sections that score a risk factor.
     *
     * @return the factor results, possibly empty, not null
     */
    public List<FactorResult> factors() {
        List<FactorResult> out = new ArrayList<>();
        for (ResultSection s : sections) {
            if (s instanceof FactorResult f) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Returns the first section of a type.
     *
     * @param type the section type, not null
     * @param <T> the type
     * @return the section, or empty
     */
    public <T extends ResultSection> Optional<T> section(Class<T> type) {
        return sections.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /**
     * Returns all advice, sorted by priority (stable within equal priorities): every section's
     * recommendations and, for each factor at {@link Risk#MEDIUM} or above without any, an
     * {@link #ASSESSOR_REVIEW} item naming what drove its light ({@link FactorResult#driver()}).
     *
     * @return the recommendations, not null
     */
    public List<Recommendation> recommendations() {
        List<Recommendation> all = new ArrayList<>();
        for (ResultSection s : sections) {
            all.addAll(s.recommendations());
        }
        all.addAll(Reviews.missing(factors(), language));
        all.sort(Comparator.comparingInt(Recommendation::priority));
        return List.copyOf(all);
    }

    /**
     * Renders this result as one line of {@code results.jsonl}, without the employee's name.
     *
     * @return the JSON text without a line break, not null
     */
    public String toJsonLine() {
        return ResultJson.line(this, false);
    }

    /**
     * Returns the employee id, date, overall light and counts only: names and scores are personal
     * (health) data and stay out of logs that print this result.
     *
     * @return a description without personal data, not null
     */
    @Override
    public String toString() {
        return "AssessmentResult[employee=" + employee.id() + ", date=" + assessmentDate + ", language="
                + language.toLanguageTag() + ", overallRisk="
                + overallRisk() + ", factors=" + factors().size() + ", recommendations=" + recommendations().size()
                + (notAssessed.isEmpty() ? "" : ", notAssessed=" + notAssessed.size()) + "]";
    }
}
