package dev.ergo.engine;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The library's own Bean Validation setup: Hibernate Validator with the EL-free
 * {@link ParameterMessageInterpolator}, English messages, built once per JVM on first use.
 *
 * <p>Never calls {@code buildDefaultValidatorFactory()}, so a host's {@code validation.xml} and EL
 * set-up are left alone. Hosts that want their own pass a {@link Validator} to the options instead.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Validators {
    private Validators() {}

    private static final class Holder {
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                .buildValidatorFactory();
    }

    /**
     * Returns the library's shared, thread-safe validator.
     *
     * @return the validator, not null
     */
    public static Validator library() {
        return Holder.FACTORY.getValidator();
    }
}
