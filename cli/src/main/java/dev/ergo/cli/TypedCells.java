package dev.ergo.cli;

import dev.ergo.xlsx.TableWorkbook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one text form of a {@code results.xlsx} cell, for the re-run memo ({@link ResultMemo}) and the
 * run's row spool ({@link ResultsTable.XlsxRow#encode()}): a type tag and the value, exact (a double by
 * its bits), with the backslash, tab, line breaks and the item separator escaped, so that fields can be
 * separated by tabs, items by U+001F and records by line breaks.
 */
final class TypedCells {
    /** Separates the fields of a record. */
    static final char FIELD = '\t';
    /** Separates the items of a field. */
    static final char ITEM = '\u001f';

    private TypedCells() {}

    /**
     * Writes a typed cell: a tag and the value.
     *
     * @return false for a type without a text form (nothing is written then)
     */
    static boolean append(StringBuilder b, @Nullable Object v) {
        if (v == null) {
            b.append('N');
        } else if (v instanceof String s) {
            b.append('S');
            escape(b, s);
        } else if (v instanceof Integer n) {
            b.append('I').append(n);
        } else if (v instanceof Long n) {
            b.append('J').append(n);
        } else if (v instanceof Double d) {
            b.append('D').append(Long.toHexString(Double.doubleToRawLongBits(d)));
        } else if (v instanceof BigDecimal d) {
            b.append('B').append(d);
        } else if (v instanceof Boolean t) {
            b.append(t ? 'T' : 'F');
        } else if (v instanceof LocalDate d) {
            b.append('A').append(d);
        } else if (v instanceof TableWorkbook.Light l) {
            b.append('L').append(l.name());
        } else if (v instanceof Enum<?> e) {
            b.append('S'); // another enum (a REBA level): the workbook writes its text, as of a string
            escape(b, e.toString());
        } else {
            return false;
        }
        return true;
    }

    /**
     * Writes typed cells as the items of one field.
     *
     * @return false when a cell has a type without a text form (the builder then holds part of the field)
     */
    static boolean appendAll(StringBuilder b, List<? extends @Nullable Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(ITEM);
            }
            if (!append(b, cells.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a cell {@link #append} wrote.
     *
     * @throws IllegalArgumentException (or a {@link java.time.DateTimeException}, an
     *     {@link IndexOutOfBoundsException}) for text it did not write
     */
    static @Nullable Object parse(String c) {
        String v = c.substring(1);
        return switch (c.charAt(0)) {
            case 'N' -> {
                noValue(v);
                yield null;
            }
            case 'S' -> unescape(v);
            case 'I' -> Integer.valueOf(v);
            case 'J' -> Long.valueOf(v);
            case 'D' -> Double.longBitsToDouble(Long.parseUnsignedLong(v, 16));
            case 'B' -> new BigDecimal(v);
            case 'T' -> {
                noValue(v);
                yield Boolean.TRUE;
            }
            case 'F' -> {
                noValue(v);
                yield Boolean.FALSE;
            }
            case 'A' -> LocalDate.parse(v);
            case 'L' -> TableWorkbook.Light.valueOf(v);
            default -> throw new IllegalArgumentException("unknown cell tag");
        };
    }

    private static void noValue(String v) {
        if (!v.isEmpty()) {
            throw new IllegalArgumentException("a cell without a value has one");
        }
    }

    /** The items of a field; none for an empty field. */
    static String[] items(String field) {
        return field.isEmpty() ? new String[0] : field.split(String.valueOf(ITEM), -1);
    }

    /** Backslash escapes for the backslash, tab, line breaks and the item separator. */
    static void escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case ITEM -> b.append("\\u");
                default -> b.append(c);
            }
        }
    }

    /** @throws IllegalArgumentException or {@link IndexOutOfBoundsException} for an escape {@link #escape} does not write */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(++i); // IndexOutOfBoundsException for a lone backslash
            b.append(switch (e) {
                case '\\' -> '\\';
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 'u' -> ITEM;
                default -> throw new IllegalArgumentException("unknown escape");
            });
        }
        return b.toString();
    }
}
