package dev.ergo.xlsx;

import dev.ergo.model.ErgoException;
import org.apiguardian.api.API;

/**
 * Thrown when a workbook cannot be imported at all.
 *
 * <p>The message is one plain-language sentence meant for the person who filled in the workbook;
 * callers show it as is. Problems in single rows or cells are never thrown but returned in
 * {@link ImportResult#problems()}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public class ImportException extends ErgoException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what went wrong, one plain-language sentence, not null
     */
    public ImportException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what went wrong, one plain-language sentence, not null
     * @param cause the underlying failure, may be null
     */
    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
