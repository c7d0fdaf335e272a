package dev.ergo.engine;

import dev.ergo.model.validation.SurveyValidator;
import jakarta.validation.Validator;
import org.apiguardian.api.API;

/**
 * The library's own Bean Validation setup: Hibernate Validator with the EL-free
 * {@code ParameterMessageInterpolator}, English messages, built once per JVM on first use.
 *
 * <p>Never calls {@code buildDefaultValidatorFactory()}, so a host's {@code validation.xml} and EL
 * set-up are left alone. Hosts that want their own pass a {@link Validator} to the options instead.
 *
 * @since 0.1
 * @deprecated validation lives with the records since 0.2: use
 *     {@link SurveyValidator#libraryValidator()} or {@link SurveyValidator#create()}
 */
@Deprecated(since = "0.2", forRemoval = true)
@API(status = API.Status.DEPRECATED, since = "0.2")
public final class Validators {
    private Validators() {}

    /**
     * Returns the library's shared, thread-safe validator.
     *
     * @return the validator, not null
     */
    public static Validator library() {
        return SurveyValidator.libraryValidator();
    }
}
