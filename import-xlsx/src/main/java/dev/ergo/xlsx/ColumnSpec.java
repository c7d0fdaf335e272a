package dev.ergo.xlsx;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One column of a survey sheet: its header, type, plausible range and the record component it fills.
 *
 * @param name the normalised header, for example {@code popliteal_height_cm}
 * @param type what the column holds
 * @param required whether the column must exist and every row must have a value
 * @param words the allowed words of an {@link ColumnType#ENUM} column, as shown to users
 * @param unit the unit, for example {@code cm}, or empty
 * @param property the record component it fills, or null (employee_id of a section sheet)
 * @param min the smallest plausible value as a decimal string, or null
 * @param max the largest plausible value as a decimal string, or null
 * @param help what to enter, for the template comment
 */
record ColumnSpec(
        String name,
        ColumnType type,
        boolean required,
        List<String> words,
        String unit,
        @Nullable String property,
        @Nullable String min,
        @Nullable String max,
        String help) {

    static final String EMPLOYEE_ID = "employee_id";
    static final double INCH_CM = 2.54;
    static final double POUND_KG = 0.45359237;

    ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        words = List.copyOf(words);
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(help, "help");
        if (type == ColumnType.ENUM && words.isEmpty()) {
            throw new IllegalArgumentException("enumeration column " + name + " has no words");
        }
        if ((min == null) != (max == null)) {
            throw new IllegalArgumentException("column " + name + " needs both or no range bounds");
        }
    }

    /** @return the imperial header accepted instead of this one ({@code _in} for {@code _cm}, {@code _lb} for {@code _kg}), or null */
    @Nullable String imperialName() {
        if (name.endsWith("_cm")) {
            return name.substring(0, name.length() - 3) + "_in";
        }
        if (name.endsWith("_kg")) {
            return name.substring(0, name.length() - 3) + "_lb";
        }
        return null;
    }

    /** @return the factor that converts the imperial value to this column's unit */
    double imperialFactor() {
        return name.endsWith("_cm") ? INCH_CM : POUND_KG;
    }

    /** @return the imperial unit word, {@code inches} or {@code pounds} */
    String imperialUnit() {
        return name.endsWith("_cm") ? "inches" : "pounds";
    }

    /** @return whether the column is numeric */
    boolean numeric() {
        return type == ColumnType.NUMBER || type == ColumnType.INTEGER;
    }
}
