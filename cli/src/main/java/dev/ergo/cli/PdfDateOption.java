package dev.ergo.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The reports' creation date of {@code assess}: {@code --pdf-date}, else the day of the
 * {@code SOURCE_DATE_EPOCH} environment variable (the reproducible-builds convention), else none (the
 * reports carry the time they were written). With a date the PDF bytes are the same on every run.
 */
final class PdfDateOption {
    private PdfDateOption() {}

    /** The environment variable read when {@code --pdf-date} is not given. */
    static final String ENV = "SOURCE_DATE_EPOCH";

    static final String DESCRIPTION = "Creation date written into the PDF reports, which then come out byte for"
            + " byte the same on every run (default: the day of the " + ENV + " environment variable, seconds"
            + " since 1970-01-01 UTC, when set; else the time of writing).";

    private static final long SECONDS_PER_DAY = 86_400;

    /**
     * Returns the fixed creation date, or null when the reports carry the time they are written.
     *
     * @param option the {@code --pdf-date} value, if given (it wins over the environment)
     * @param env the environment ({@code System::getenv} outside tests)
     * @throws IllegalArgumentException with a message naming the variable when it is not a whole number of
     *     seconds; an empty variable counts as unset
     */
    static @Nullable LocalDate resolve(@Nullable LocalDate option, UnaryOperator<@Nullable String> env) {
        if (option != null) {
            return option;
        }
        String value = env.apply(ENV);
        if (value == null || value.isBlank()) {
            return null;
        }
        String seconds = value.strip();
        if (!seconds.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(ENV + " must be a whole number of seconds since 1970-01-01 UTC"
                    + " (as `date +%s` prints) but was \"" + value + "\"");
        }
        try {
            return LocalDate.ofEpochDay(Long.parseLong(seconds) / SECONDS_PER_DAY);
        } catch (NumberFormatException | DateTimeException e) {
            throw new IllegalArgumentException(ENV + " is too large: " + seconds + " seconds", e);
        }
    }
}
