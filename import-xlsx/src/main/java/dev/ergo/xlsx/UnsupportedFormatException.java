package dev.ergo.xlsx;

import org.apiguardian.api.API;

/**
 * Thrown when the file is not a readable {@code .xlsx} workbook: a legacy {@code .xls}, text or CSV
 * saved under an {@code .xlsx} name, another kind of file, or a damaged or incomplete zip.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class UnsupportedFormatException extends ImportException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what is wrong with the file, one plain-language sentence, not null
     */
    public UnsupportedFormatException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what is wrong with the file, one plain-language sentence, not null
     * @param cause the underlying failure, may be null
     */
    public UnsupportedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
