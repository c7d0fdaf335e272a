package dev.ergo.xlsx;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Thrown when a workbook exceeds one of the limits of {@link ImportOptions}.
 *
 * <p>The message names the limit option and its value, for example
 * {@code "the sheet ROSA has more than 1000 rows (limit maxRowsPerSheet = 1000)"}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class LimitExceededException extends ImportException {
    private static final long serialVersionUID = 1L;
    private final String limit;
    private final long value;

    /**
     * Creates an exception.
     *
     * @param message what exceeded the limit, one plain-language sentence, not null
     * @param limit the name of the option, for example {@code maxRowsPerSheet}, not null
     * @param value the value of the option
     */
    public LimitExceededException(String message, String limit, long value) {
        super(message);
        this.limit = Objects.requireNonNull(limit, "limit must not be null");
        this.value = value;
    }

    /**
     * Returns the name of the limit option that was exceeded.
     *
     * @return the option name, for example {@code maxColumns}, not null
     */
    public String limit() {
        return limit;
    }

    /**
     * Returns the value of the limit option that was exceeded.
     *
     * @return the configured limit
     */
    public long value() {
        return value;
    }
}
