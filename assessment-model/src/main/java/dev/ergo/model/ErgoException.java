package dev.ergo.model;

import org.apiguardian.api.API;

/**
 * Root of every unchecked exception thrown by the ergo toolkit.
 *
 * <p>Data problems in survey rows are returned as values, not thrown; this exception and its
 * subclasses signal failures of a whole operation (unreadable file, invalid record built in code).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public class ErgoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, in plain language, not null
     */
    public ErgoException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, in plain language, not null
     * @param cause the underlying failure, may be null
     */
    public ErgoException(String message, Throwable cause) {
        super(message, cause);
    }
}
