package dev.ergo.model.validation;

import dev.ergo.model.SourceRow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One failed constraint on a survey record.
 *
 * <p>This class is immutable and thread-safe. {@link #toString()} carries no cell text or name, only
 * the record, property, message and rejected value.
 *
 * @param recordType the simple name of the record, for example {@code Workstation}, not null
 * @param property the record component or check, for example {@code poplitealHeightCm}, not null
 * @param path where in the survey the record sits and which property failed, for example
 *     {@code liftingTasks[1].loadKg} (index among the survey's sections of that type, from 0) or
 *     {@code employee.id}; equal to {@code property} for a record validated on its own, not null
 * @param code the constraint's stable code: the simple name of its annotation, for example
 *     {@code InRange}, {@code NotNull}, {@code AssertTrue}, not null
 * @param attributes the constraint's parameters a form needs, for example {@code min}, {@code max}
 *     and {@code unit} of a range, sorted by name, not null
 * @param message the message without the property, for example {@code must be between 30 and 60}, not null
 * @param invalidValue the rejected value, or null
 * @param origin the imported row, or null for records built in code
 * @since 0.2
 */
@API(status = API.Status.STABLE, since = "0.2")
public record Violation(
        String recordType,
        String property,
        String path,
        String code,
        Map<String, Object> attributes,
        String message,
        @Nullable Object invalidValue,
        @Nullable SourceRow origin) {

    /** Validates and copies the components. */
    public Violation {
        Objects.requireNonNull(recordType, "recordType must not be null");
        Objects.requireNonNull(property, "property must not be null");
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(message, "message must not be null");
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /**
     * Returns this violation placed at a path inside a survey.
     *
     * @param prefix the record's place, for example {@code liftingTasks[1]}, not null
     * @return the violation with {@code path = prefix + "." + property}, not null
     */
    Violation at(String prefix) {
        return new Violation(recordType, property, prefix + "." + property, code, attributes, message,
                invalidValue, origin);
    }

    @Override
    public String toString() {
        return (origin == null ? recordType : origin.toString()) + ": " + property + " " + message
                + (invalidValue == null ? "" : " (was " + invalidValue + ")");
    }
}
