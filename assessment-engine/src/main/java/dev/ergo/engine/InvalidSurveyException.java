package dev.ergo.engine;

import dev.ergo.model.ErgoException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Thrown when a survey built in code breaks a constraint; carries every violation found.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class InvalidSurveyException extends ErgoException {
    private static final long serialVersionUID = 1L;
    private final transient List<dev.ergo.model.validation.Violation> problems;

    /**
     * Creates the exception.
     *
     * @param employeeId the employee whose survey is invalid, not null
     * @param problems what is wrong, not empty
     * @since 0.2
     */
    public static InvalidSurveyException of(String employeeId, List<dev.ergo.model.validation.Violation> problems) {
        return new InvalidSurveyException(employeeId, problems, 0);
    }

    /**
     * Creates the exception.
     *
     * @param employeeId the employee whose survey is invalid, not null
     * @param violations what is wrong, not empty
     * @deprecated use {@link #of(String, List)}
     */
    @Deprecated(since = "0.2", forRemoval = true)
    public InvalidSurveyException(String employeeId, List<Violation> violations) {
        this(employeeId, violations.stream().map(v -> new dev.ergo.model.validation.Violation(v.recordType(),
                v.property(), v.property(), "", java.util.Map.of(), v.message(), v.invalidValue(), v.origin())).toList(), 0);
    }

    private InvalidSurveyException(String employeeId, List<dev.ergo.model.validation.Violation> problems, int unused) {
        super("survey of employee " + employeeId + " is invalid: " + problems);
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns every failed constraint, each with its path in the survey, code and bounds.
     *
     * @return the violations, not empty, not null
     * @since 0.2
     */
    public List<dev.ergo.model.validation.Violation> problems() {
        return problems;
    }

    /**
     * Returns the violations.
     *
     * @return the violations, not empty, not null
     * @deprecated use {@link #problems()}, which also gives each violation's path, code and bounds
     */
    @Deprecated(since = "0.2", forRemoval = true)
    public List<Violation> violations() {
        return problems.stream().map(Violation::from).toList();
    }
}
