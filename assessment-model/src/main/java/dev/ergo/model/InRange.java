package dev.ergo.model;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import dev.ergo.model.internal.InRangeValidator;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The plausible range of a number, both ends inclusive; {@code null} is valid (not recorded).
 *
 * <p>The bounds are decimal strings so that messages print them as written ("30", not "30.0"). The
 * same annotation drives the range validation of the workbook template.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
@Documented
@Constraint(validatedBy = InRangeValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface InRange {
    /** Smallest plausible value, inclusive, as a decimal string. @return the bound */
    String min();

    /** Largest plausible value, inclusive, as a decimal string. @return the bound */
    String max();

    /** Unit shown after the bounds in messages, for example {@code "cm"}; empty for none. @return the unit */
    String unit() default "";

    /**
     * The message template; the default is translated (ContributorValidationMessages, en, de, fr, es,
     * pl) and says the unit when there is one: "must be between 30 and 60 cm".
     *
     * @return the message template
     */
    String message() default DEFAULT_MESSAGE;

    /** The default message key; with a {@link #unit()} the validator uses {@link #UNIT_MESSAGE}. */
    String DEFAULT_MESSAGE = "{dev.ergo.model.InRange.message}";

    /** The message key for a range with a unit. */
    String UNIT_MESSAGE = "{dev.ergo.model.InRange.message.unit}";

    /** The message key for a range in degrees, written without a space: "between -90° and 200°". */
    String DEGREES_MESSAGE = "{dev.ergo.model.InRange.message.degrees}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
