package dev.ergo.xlsx;

import dev.ergo.model.internal.Words;
import dev.ergo.model.SourceRow;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Builds the record of one row from its parsed values. */
@FunctionalInterface
interface RowMapper {

    /**
     * Builds the record.
     *
     * @param row the parsed values of a row whose cells all parsed
     * @return the record, an employee or a survey section
     */
    Object map(RowValues row);

    /**
     * Returns a mapper that calls the canonical constructor of a record: each component gets the value
     * of the column whose {@link ColumnSpec#property()} names it, {@code origin} gets the source row,
     * enum words become constants ({@code hand-arm} becomes {@code HAND_ARM}).
     *
     * @param type the record type
     * @param spec the sheet whose columns fill it
     * @return the mapper
     */
    static RowMapper canonical(Class<? extends Record> type, SheetSpec spec) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        String[] columns = new String[components.length];
        for (int i = 0; i < components.length; i++) {
            String property = components[i].getName();
            if (property.equals("origin") && types[i] == SourceRow.class) {
                continue;
            }
            ColumnSpec column = spec.byProperty(property);
            if (column == null) {
                throw new IllegalStateException("sheet " + spec.name() + " has no column for " + type.getSimpleName() + "." + property);
            }
            columns[i] = column.name();
        }
        Constructor<? extends Record> constructor;
        try {
            constructor = type.getDeclaredConstructor(types);
            constructor.trySetAccessible(); // public records: skips the access check on every row
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor on " + type.getName(), e);
        }
        return row -> {
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = columns[i] == null ? row.origin() : convert(row.get(columns[i]), types[i]);
            }
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("cannot build " + type.getSimpleName(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
            }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static @Nullable Object convert(@Nullable Object value, Class<?> type) {
        if (value instanceof String word && type.isEnum()) {
            return Words.parse((Class) type, word);
        }
        return value;
    }
}
