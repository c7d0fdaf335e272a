package dev.ergo.xlsx;

import dev.ergo.model.text.Languages;
import dev.ergo.model.internal.Words;
import dev.ergo.model.InRange;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One sheet of the survey workbook: its name, columns and how a row becomes a record.
 *
 * <p>Columns take type, range, unit and "required" from the record component they fill
 * ({@link InRange}, {@code @NotNull}, {@code @NotBlank}), so the ranges have one source of truth.
 * Every cross-field check of the record ({@link AssertTrue} method {@code isXxx()}, Bean Validation
 * property {@code xxx}) must be given the columns its problem is reported at; building a spec that
 * misses one fails.
 */
final class SheetSpec {

    /** How the reader treats a sheet. */
    enum Kind {
        /** The required Employees sheet. */
        EMPLOYEES,
        /** An optional sheet whose rows become survey sections. */
        SECTION
    }

    private final String name;
    private final Kind kind;
    private final String purpose;
    private final List<ColumnSpec> columns;
    private final Map<String, ColumnSpec> byName;
    private final Map<String, ColumnSpec> byProperty;
    private final Map<String, List<String>> checks;
    private final boolean oneRowPerEmployee;
    private final Class<? extends Record> recordType;
    private final RowMapper mapper;

    private SheetSpec(Builder b) {
        this.name = b.name;
        this.kind = b.kind;
        this.purpose = b.purpose;
        this.columns = List.copyOf(b.columns);
        Map<String, ColumnSpec> names = new LinkedHashMap<>();
        Map<String, ColumnSpec> properties = new LinkedHashMap<>();
        for (ColumnSpec c : columns) {
            if (names.put(c.name(), c) != null) {
                throw new IllegalStateException("sheet " + name + " declares column " + c.name() + " twice");
            }
            if (c.property() != null) {
                properties.put(c.property(), c);
            }
        }
        this.byName = Map.copyOf(names);
        this.byProperty = Map.copyOf(properties);
        this.checks = Map.copyOf(b.checks);
        this.oneRowPerEmployee = b.oneRowPerEmployee;
        for (Map.Entry<String, List<String>> e : checks.entrySet()) {
            for (String column : e.getValue()) {
                if (!byName.containsKey(column)) {
                    throw new IllegalStateException("sheet " + name + " reports check " + e.getKey() + " at " + column
                            + ", which is not one of its columns");
                }
            }
        }
        for (String property : assertTrueProperties(b.recordType)) {
            if (!checks.containsKey(property)) {
                throw new IllegalStateException("sheet " + name + " does not say at which column the check "
                        + b.recordType.getSimpleName() + "." + property + " is reported; add .check(\"" + property + "\", ...)");
            }
        }
        this.recordType = b.recordType;
        this.mapper = RowMapper.canonical(b.recordType, this);
    }

    /** @return the Bean Validation properties of the {@link AssertTrue} methods of a record ({@code isXxx()} gives {@code xxx}) */
    static List<String> assertTrueProperties(Class<?> type) {
        List<String> properties = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.isAnnotationPresent(AssertTrue.class) && m.getParameterCount() == 0) {
                String n = m.getName();
                String bare = n.startsWith("is") ? n.substring(2) : n.startsWith("get") ? n.substring(3) : n;
                properties.add(bare.isEmpty() ? n : Character.toLowerCase(bare.charAt(0)) + bare.substring(1));
            }
        }
        properties.sort(null);
        return properties;
    }

    /** @return a builder for the Employees sheet, whose rows become {@code type} */
    static Builder employees(String name, Class<? extends Record> type) {
        return new Builder(name, Kind.EMPLOYEES, type);
    }

    /** @return a builder for an optional sheet whose rows become {@code type}; adds employee_id */
    static Builder section(String name, Class<? extends Record> type) {
        return new Builder(name, Kind.SECTION, type).employeeId();
    }

    String name() {
        return name;
    }

    Kind kind() {
        return kind;
    }

    /** @return one sentence on what the sheet records, for the Instructions sheet */
    String purpose() {
        return purpose;
    }

    List<ColumnSpec> columns() {
        return columns;
    }

    @Nullable ColumnSpec column(String columnName) {
        return byName.get(columnName);
    }

    @Nullable ColumnSpec byProperty(String property) {
        return byProperty.get(property);
    }

    /**
     * Returns the column a failed constraint belongs to: the column of a record component, or the
     * preferred column of a class-level check such as {@code deskRangeOrdered}.
     *
     * @param property the constraint's property path
     * @return the column, or null if unknown
     */
    @Nullable ColumnSpec columnForViolation(String property) {
        List<ColumnSpec> candidates = columnsForViolation(property);
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    /**
     * Returns the columns a failed constraint may be reported at, best first: the column of a record
     * component, or the columns named for a class-level check. The reader uses the first one the
     * sheet's header has.
     *
     * @param property the constraint's property path
     * @return the columns, empty if unknown
     */
    List<ColumnSpec> columnsForViolation(String property) {
        List<String> checked = checks.get(property);
        if (checked != null) {
            return checked.stream().map(byName::get).toList();
        }
        ColumnSpec c = byProperty.get(property);
        return c == null ? List.of() : List.of(c);
    }

    boolean oneRowPerEmployee() {
        return oneRowPerEmployee;
    }

    /** @return the record a row becomes */
    Class<? extends Record> recordType() {
        return recordType;
    }

    /** @return the row mapper */
    RowMapper mapper() {
        return mapper;
    }

    @Override
    public String toString() {
        return "SheetSpec[" + name + "]";
    }

    /** Collects the columns of one sheet. */
    static final class Builder {
        private final String name;
        private final Kind kind;
        private final Class<? extends Record> recordType;
        private final List<ColumnSpec> columns = new ArrayList<>();
        private final Map<String, List<String>> checks = new LinkedHashMap<>();
        private String purpose = "";
        private boolean oneRowPerEmployee;

        private Builder(String name, Kind kind, Class<? extends Record> recordType) {
            this.name = name;
            this.kind = kind;
            this.recordType = recordType;
        }

        private Builder employeeId() {
            return add(new ColumnSpec(ColumnSpec.EMPLOYEE_ID, ColumnType.TEXT, true, List.of(), "", null, null, null,
                    "The employee's id exactly as on the Employees sheet."));
        }

        Builder purpose(String text) {
            this.purpose = text;
            return this;
        }

        Builder oneRowPerEmployee() {
            this.oneRowPerEmployee = true;
            return this;
        }

        /**
         * Reports a failed class-level check (for example {@code deskRangeOrdered}) at a column; when
         * the sheet's header lacks that column, at the first of {@code others} it has.
         */
        Builder check(String property, String column, String... others) {
            List<String> all = new ArrayList<>();
            all.add(column);
            all.addAll(Arrays.asList(others));
            checks.put(property, List.copyOf(all));
            return this;
        }

        /** Adds a column filling the record component named like the column in camelCase. */
        Builder column(String column, String help) {
            return column(column, camelCase(column), help);
        }

        /** Adds a column filling the named record component; type, range and unit come from it. */
        Builder column(String column, String property, String help) {
            RecordComponent rc = Arrays.stream(recordType.getRecordComponents())
                    .filter(c -> c.getName().equals(property))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            recordType.getSimpleName() + " has no component " + property));
            Class<?> t = rc.getType();
            ColumnType type;
            List<String> words = List.of();
            if (t == String.class) {
                type = ColumnType.TEXT;
            } else if (t == Double.class || t == double.class) {
                type = ColumnType.NUMBER;
            } else if (t == Integer.class || t == int.class) {
                type = ColumnType.INTEGER;
            } else if (t == Boolean.class || t == boolean.class) {
                type = ColumnType.BOOLEAN;
            } else if (t == LocalDate.class) {
                type = ColumnType.DATE;
            } else if (t == java.util.Locale.class) {
                type = ColumnType.LANGUAGE;
                words = Languages.supported().stream().map(java.util.Locale::toLanguageTag).toList();
            } else if (t.isEnum()) {
                type = ColumnType.ENUM;
                words = Words.words((Class<? extends Enum<?>>) t);
            } else {
                throw new IllegalStateException("unsupported component type " + t + " of " + property);
            }
            InRange range = rc.getAnnotation(InRange.class);
            if (range == null) {
                range = rc.getAccessor().getAnnotation(InRange.class);
            }
            boolean required = rc.getAccessor().isAnnotationPresent(NotNull.class)
                    || rc.getAccessor().isAnnotationPresent(NotBlank.class)
                    || rc.getAnnotatedType().isAnnotationPresent(NotNull.class);
            String unit = range != null ? range.unit() : "";
            return add(new ColumnSpec(column, type, required, words, unit, property,
                    range == null ? null : range.min(), range == null ? null : range.max(), help));
        }

        private Builder add(ColumnSpec column) {
            columns.add(column);
            return this;
        }

        SheetSpec build() {
            return new SheetSpec(this);
        }

        private static String camelCase(String column) {
            StringBuilder sb = new StringBuilder();
            boolean upper = false;
            for (char ch : column.toCharArray()) {
                if (ch == '_') {
                    upper = true;
                } else {
                    sb.append(upper ? Character.toUpperCase(ch) : ch);
                    upper = false;
                }
            }
            return sb.toString();
        }
    }
}
