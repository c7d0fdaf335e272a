package dev.ergo.engine;

import dev.ergo.model.SourceRow;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One failed constraint on a survey record.
 *
 * @param recordType the simple name of the record, for example {@code Workstation}, not null
 * @param property the record component or check, for example {@code poplitealHeightCm}, not null
 * @param message the message without the property, for example {@code must be between 30 and 60}, not null
 * @param invalidValue the rejected value, or null
 * @param origin the imported row, or null for records built in code
 * @since 0.1
 * @deprecated validation lives with the records since 0.2: use
 *     {@link dev.ergo.model.validation.Violation}, which also carries the path, code and bounds
 */
@Deprecated(since = "0.2", forRemoval = true)
@API(status = API.Status.DEPRECATED, since = "0.2")
public record Violation(
        String recordType, String property, String message, @Nullable Object invalidValue, @Nullable SourceRow origin) {

    /**
     * Converts a violation of the model's validator.
     *
     * @param v the violation, not null
     * @return the same in this deprecated form, not null
     */
    public static Violation from(dev.ergo.model.validation.Violation v) {
        return new Violation(v.recordType(), v.property(), v.message(), v.invalidValue(), v.origin());
    }

    @Override
    public String toString() {
        return (origin == null ? recordType : origin.toString()) + ": " + property + " " + message
                + (invalidValue == null ? "" : " (was " + invalidValue + ")");
    }
}
