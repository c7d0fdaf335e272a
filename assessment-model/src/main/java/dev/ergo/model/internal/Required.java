package dev.ergo.model.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The one rule for a builder's required values: a record component marked {@code @NotNull} or
 * {@code @NotBlank} must have been set before {@code build()}; ranges and cross-field checks stay with
 * validation.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class Required {
    private Required() {}

    /** Each record type's accessors of required components, found once (reflection is slow). */
    private static final ClassValue<List<Method>> REQUIRED = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> accessors = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                if (required(c.getAccessor())) {
                    accessors.add(c.getAccessor());
                }
            }
            return List.copyOf(accessors);
        }
    };

    /**
     * Returns the record when every required component is set.
     *
     * @param record the record a builder made, not null
     * @param <T> the record type
     * @return the record, not null
     * @throws IllegalStateException naming the record and every required component left null
     */
    public static <T extends Record> T check(T record) {
        List<String> missing = new ArrayList<>();
        for (Method accessor : REQUIRED.get(record.getClass())) {
            if (value(accessor, record) == null) {
                missing.add(accessor.getName()); // a record's accessor has its component's name
            }
        }
        if (!missing.isEmpty()) {
            String names = missing.size() == 1 ? missing.get(0)
                    : String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.get(missing.size() - 1);
            throw new IllegalStateException(record.getClass().getSimpleName() + ": " + names
                    + (missing.size() == 1 ? " is" : " are") + " required; set "
                    + (missing.size() == 1 ? "it" : "them") + " on the builder before build()");
        }
        return record;
    }

    private static boolean required(Method accessor) {
        return accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotBlank.class)
                || accessor.getAnnotatedReturnType().isAnnotationPresent(NotNull.class)
                || accessor.getAnnotatedReturnType().isAnnotationPresent(NotBlank.class);
    }

    private static Object value(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName(), e); // a bug: accessors are public
        }
    }
}
