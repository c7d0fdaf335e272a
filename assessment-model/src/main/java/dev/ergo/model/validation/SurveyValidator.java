package dev.ergo.model.validation;

import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.SourceRow;
import dev.ergo.model.SurveySection;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * Checks survey records (an employee and the sections of their survey) against their constraints.
 *
 * <p>The importer and the engine use the same validator, so a record that imports is a record the
 * engine accepts. The library's own set-up is Hibernate Validator with the EL-free
 * {@link ParameterMessageInterpolator} and English messages, built once per JVM on first use; it never
 * calls {@code buildDefaultValidatorFactory()} and ignores {@code META-INF/validation.xml}, so a host's
 * {@code validation.xml} is left alone. A host that wants its own messages or provider passes its own
 * {@link Validator} to {@link #of(Validator)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2
 */
@API(status = API.Status.STABLE, since = "0.2")
public final class SurveyValidator {
    private static final Set<String> NOT_ATTRIBUTES = Set.of("message", "groups", "payload");

    private final Validator validator;

    private SurveyValidator(Validator validator) {
        this.validator = validator;
    }

    private static final class Holder {
        static final ValidatorFactory FACTORY = libraryFactory();
        static final SurveyValidator LIBRARY = new SurveyValidator(FACTORY.getValidator());
    }

    /**
     * Builds the library's factory. It ignores any {@code META-INF/validation.xml} on the class path: a
     * host's file is the host's, and looking for it costs start-up time.
     */
    static ValidatorFactory libraryFactory() {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                .buildValidatorFactory();
    }

    /**
     * Returns the validator with the library's own Bean Validation set-up.
     *
     * @return the shared validator, not null
     */
    public static SurveyValidator create() {
        return Holder.LIBRARY;
    }

    /**
     * Returns a validator that checks records with a host-supplied Bean Validation validator.
     *
     * @param validator the host's validator, not null
     * @return the survey validator, not null
     */
    public static SurveyValidator of(Validator validator) {
        return new SurveyValidator(Objects.requireNonNull(validator, "validator must not be null"));
    }

    /**
     * Returns the library's shared Bean Validation validator.
     *
     * @return the validator, not null
     */
    public static Validator libraryValidator() {
        return Holder.FACTORY.getValidator();
    }

    /**
     * Checks a whole survey; each violation's {@link Violation#path()} names the record's place, for
     * example {@code liftingTasks[1].loadKg}.
     *
     * @param survey the survey, not null
     * @return the violations sorted by record type and property, empty when valid, not null
     */
    public List<Violation> validate(EmployeeSurvey survey) {
        Objects.requireNonNull(survey, "survey must not be null");
        List<Violation> out = new ArrayList<>();
        for (Violation v : validateRecord(survey.employee())) {
            out.add(v.at("employee"));
        }
        Map<Class<?>, Integer> seen = new HashMap<>();
        for (SurveySection s : survey.sections()) {
            int index = seen.merge(s.getClass(), 1, Integer::sum) - 1;
            String prefix = plural(s.getClass().getSimpleName()) + "[" + index + "]";
            for (Violation v : validateRecord(s)) {
                out.add(v.at(prefix));
            }
        }
        out.sort(Comparator.comparing(Violation::recordType).thenComparing(Violation::path));
        return List.copyOf(out);
    }

    /**
     * Builds the constraint metadata of these record types now rather than on each type's first check,
     * which it makes faster; the checks are the same. A host may call it on another thread while it does
     * other work (the importer does, while it opens the workbook).
     *
     * @param recordTypes the types, not null
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public void prepare(Collection<? extends Class<?>> recordTypes) {
        for (Class<?> type : recordTypes) {
            validator.getConstraintsForClass(type);
        }
    }

    /**
     * Checks a single record: an {@link Employee} or a {@link SurveySection}.
     *
     * @param record the record, not null
     * @return the violations, empty when valid, not null
     */
    public List<Violation> validateRecord(Object record) {
        Objects.requireNonNull(record, "record must not be null");
        @Nullable SourceRow origin = record instanceof SurveySection s ? s.origin()
                : record instanceof Employee e ? e.origin() : null;
        List<Violation> out = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(record)) {
            String property = v.getPropertyPath().toString();
            out.add(new Violation(record.getClass().getSimpleName(), property, property,
                    v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                    attributes(v.getConstraintDescriptor().getAttributes()), v.getMessage(),
                    v.getInvalidValue() instanceof Boolean ? null : v.getInvalidValue(), origin));
        }
        out.sort(Comparator.comparing(Violation::property));
        return List.copyOf(out);
    }

    private static Map<String, Object> attributes(Map<String, Object> all) {
        Map<String, Object> out = new LinkedHashMap<>();
        all.entrySet().stream()
                .filter(e -> !NOT_ATTRIBUTES.contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** {@code LiftingTask} → {@code liftingTasks}; {@code RosaChecklist} → {@code rosaChecklists}. */
    private static String plural(String simpleName) {
        return Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1) + "s";
    }

    @Override
    public String toString() {
        return "SurveyValidator[" + (this == Holder.LIBRARY ? "library" : "host") + "]";
    }
}
