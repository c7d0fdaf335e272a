package dev.ergo.xlsx;

import dev.ergo.model.InRange;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One sheet of the survey workbook: its name, columns and how a row becomes a record.
 *
 * <p>Columns of sheets that have a model record take type, range, unit and "required" from the
 * record component ({@link InRange}, {@code @NotNull}, {@code @NotBlank}), so the ranges have one
 * source of truth. Sheets without a record yet ({@link Kind#PLANNED}) state them here and are only
 * written to the template.
 */
final class SheetSpec {

    /** How the reader treats a sheet. */
    enum Kind {
        /** The required Employees sheet. */
        EMPLOYEES,
        /** An optional sheet whose rows become survey sections. */
        SECTION,
        /** Described for the template; the reader ignores its rows with a notice. */
        PLANNED
    }

    private final String name;
    private final Kind kind;
    private final String purpose;
    private final List<ColumnSpec> columns;
    private final Map<String, ColumnSpec> byName;
    private final Map<String, ColumnSpec> byProperty;
    private final Map<String, String> checks;
    private final boolean oneRowPerEmployee;
    private final @Nullable RowMapper mapper;

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
        this.mapper = b.recordType == null ? null : RowMapper.canonical(b.recordType, this);
    }

    /** @return a builder for the Employees sheet, whose rows become {@code type} */
    static Builder employees(String name, Class<? extends Record> type) {
        return new Builder(name, Kind.EMPLOYEES, type);
    }

    /** @return a builder for an optional sheet whose rows become {@code type}; adds employee_id */
    static Builder section(String name, Class<? extends Record> type) {
        return new Builder(name, Kind.SECTION, type).employeeId();
    }

    /** @return a builder for a sheet that later versions will assess; adds employee_id */
    static Builder planned(String name) {
        return new Builder(name, Kind.PLANNED, null).employeeId();
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
     * column named for a class-level check such as {@code deskRangeOrdered}.
     *
     * @param property the constraint's property path
     * @return the column, or null if unknown
     */
    @Nullable ColumnSpec columnForViolation(String property) {
        String checked = checks.get(property);
        return checked != null ? byName.get(checked) : byProperty.get(property);
    }

    boolean oneRowPerEmployee() {
        return oneRowPerEmployee;
    }

    /** @return the row mapper, or null for a planned sheet */
    @Nullable RowMapper mapper() {
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
        private final @Nullable Class<? extends Record> recordType;
        private final List<ColumnSpec> columns = new ArrayList<>();
        private final Map<String, String> checks = new LinkedHashMap<>();
        private String purpose = "";
        private boolean oneRowPerEmployee;

        private Builder(String name, Kind kind, @Nullable Class<? extends Record> recordType) {
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

        /** Reports a failed class-level check (for example {@code deskRangeOrdered}) at a column. */
        Builder check(String property, String column) {
            checks.put(property, column);
            return this;
        }

        /** Adds a column filling the record component named like the column in camelCase. */
        Builder column(String column, String help) {
            return column(column, camelCase(column), help);
        }

        /** Adds a column filling the named record component; type, range and unit come from it. */
        Builder column(String column, String property, String help) {
            Objects.requireNonNull(recordType, "column() needs a record type");
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
            } else if (t.isEnum()) {
                type = ColumnType.ENUM;
                words = Arrays.stream(t.getEnumConstants()).map(e -> word(((Enum<?>) e).name())).toList();
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

        Builder text(String column, boolean required, String help) {
            return add(new ColumnSpec(column, ColumnType.TEXT, required, List.of(), "", null, null, null, help));
        }

        Builder number(String column, @Nullable String min, @Nullable String max, String unit, boolean required, String help) {
            return add(new ColumnSpec(column, ColumnType.NUMBER, required, List.of(), unit, null, min, max, help));
        }

        Builder yesNo(String column, String help) {
            return add(new ColumnSpec(column, ColumnType.BOOLEAN, false, List.of(), "", null, null, null, help));
        }

        Builder oneOf(String column, boolean required, List<String> words, String help) {
            return add(new ColumnSpec(column, ColumnType.ENUM, required, words, "", null, null, null, help));
        }

        private Builder add(ColumnSpec column) {
            columns.add(column);
            return this;
        }

        SheetSpec build() {
            return new SheetSpec(this);
        }

        /** The word users type for an enum constant: {@code F} stays, {@code HAND_ARM} becomes {@code hand-arm}. */
        private static String word(String constant) {
            return constant.length() == 1 ? constant : constant.toLowerCase(Locale.ROOT).replace('_', '-');
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
