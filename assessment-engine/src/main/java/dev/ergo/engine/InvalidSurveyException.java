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
    private final transient List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param employeeId the employee whose survey is invalid, not null
     * @param violations what is wrong, not empty
     */
    public InvalidSurveyException(String employeeId, List<Violation> violations) {
        super("survey of employee " + employeeId + " is invalid: " + violations);
        this.violations = List.copyOf(violations);
    }

    /**
     * Returns the violations.
     *
     * @return the violations, not empty, not null
     */
    public List<Violation> violations() {
        return violations;
    }
}
