package dev.ergo.xlsx;

import org.apiguardian.api.API;

/**
 * Thrown when the workbook is password-protected (an encrypted OOXML package).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class EncryptedWorkbookException extends ImportException {
    private static final long serialVersionUID = 1L;

    /** The message every instance carries. */
    static final String MESSAGE =
            "the workbook is password-protected; remove the password in your spreadsheet program and save it again";

    /** Creates the exception with its standard message. */
    public EncryptedWorkbookException() {
        super(MESSAGE);
    }
}
