package dev.ergo.report;

import dev.ergo.model.ErgoException;
import org.apiguardian.api.API;

/**
 * Thrown when a report cannot be rendered or written.
 *
 * <p>The message names the report (employee id or summary title), never the employee's name.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public class ReportException extends ErgoException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, in plain language, not null
     */
    public ReportException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, in plain language, not null
     * @param cause the underlying failure, may be null
     */
    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
