package dev.ergo.model.internal;

import dev.ergo.model.InRange;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link InRange} on any {@link Number}; NaN and infinities are out of range.
 *
 * <p>Public only because Bean Validation instantiates it reflectively.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class InRangeValidator implements ConstraintValidator<InRange, Number> {
    /** Creates the validator; called by Bean Validation. */
    public InRangeValidator() {}

    private double min;
    private double max;
    private @Nullable String unitTemplate;

    @Override
    public void initialize(InRange range) {
        min = new BigDecimal(range.min()).doubleValue();
        max = new BigDecimal(range.max()).doubleValue();
        unitTemplate = range.unit().isEmpty() || !InRange.DEFAULT_MESSAGE.equals(range.message()) ? null
                : "°".equals(range.unit()) ? InRange.DEGREES_MESSAGE : InRange.UNIT_MESSAGE;
    }

    @Override
    public boolean isValid(Number value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        double v = value.doubleValue();
        boolean valid = !Double.isNaN(v) && v >= min && v <= max;
        if (!valid && unitTemplate != null) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(unitTemplate).addConstraintViolation();
        }
        return valid;
    }
}
