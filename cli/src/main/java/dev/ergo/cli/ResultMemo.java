package dev.ergo.cli;

import dev.ergo.engine.FactorResult;
import dev.ergo.engine.Risk;
import dev.ergo.engine.RunSummary;
import dev.ergo.model.Employee;
import dev.ergo.xlsx.TableWorkbook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What a re-run needs of an unchanged employee besides the results line, so that the line is never parsed:
 * the {@code results.csv} record as written, the {@code results.xlsx} cells and the summary's
 * {@link RunSummary.Entry} without the employee's id, site and department (those come from the unchanged
 * survey), as one line of text (fields separated by tabs, list items by U+001F, both escaped inside
 * values). It holds nothing that {@code results.csv} and {@code summary.json} do not. Only for runs
 * without a baseline.
 */
record ResultMemo(String csvRecord, ArrayList<@Nullable Object> xlsxCells, RunSummary.Entry entry) {
    private static final char FIELD = '\t';
    private static final char ITEM = '\u001f';
    private static final Map<String, Class<? extends FactorResult>> TYPES = new ConcurrentHashMap<>();

    /**
     * Returns the memo as one line.
     *
     * @return the text without a line break, or null when a cell has a type the memo cannot hold
     */
    @Nullable String encode() {
        StringBuilder b = new StringBuilder(csvRecord.length() * 2 + 256);
        escape(b, csvRecord);
        b.append(FIELD);
        for (int i = 0; i < xlsxCells.size(); i++) {
            if (i > 0) {
                b.append(ITEM);
            }
            if (!cell(b, xlsxCells.get(i))) {
                return null;
            }
        }
        b.append(FIELD).append(entry.overall() == null ? "-" : entry.overall().name()).append(FIELD);
        List<RunSummary.Entry.Factor> factors = entry.factors();
        for (int i = 0; i < factors.size(); i++) {
            RunSummary.Entry.Factor f = factors.get(i);
            if (i > 0) {
                b.append(ITEM);
            }
            escape(b, f.key());
            b.append(ITEM).append(f.risk().name()).append(ITEM).append(f.type().getName());
        }
        b.append(FIELD);
        List<String> codes = entry.codes();
        for (int i = 0; i < codes.size(); i++) {
            if (i > 0) {
                b.append(ITEM);
            }
            escape(b, codes.get(i));
        }
        return b.toString();
    }

    /**
     * Reads a memo written by {@link #encode()}.
     *
     * @param employee the employee of the unchanged survey
     * @return the memo, or null when the text is not one (then the employee is scored)
     */
    static @Nullable ResultMemo decode(String text, Employee employee) {
        try {
            String[] f = text.split(String.valueOf(FIELD), -1);
            if (f.length != 5) {
                return null;
            }
            ArrayList<@Nullable Object> cells = new ArrayList<>();
            for (String c : items(f[1])) {
                cells.add(cell(c));
            }
            String[] factorParts = items(f[3]);
            if (factorParts.length % 3 != 0) {
                return null;
            }
            List<RunSummary.Entry.Factor> factors = new ArrayList<>();
            for (int i = 0; i < factorParts.length; i += 3) {
                factors.add(new RunSummary.Entry.Factor(unescape(factorParts[i]), Risk.valueOf(factorParts[i + 1]),
                        type(factorParts[i + 2])));
            }
            List<String> codes = new ArrayList<>();
            for (String c : items(f[4])) {
                codes.add(unescape(c));
            }
            RunSummary.Entry entry = new RunSummary.Entry(employee.id(), employee.site(), employee.department(),
                    f[2].equals("-") ? null : Risk.valueOf(f[2]), factors, codes);
            return new ResultMemo(unescape(f[0]), cells, entry);
        } catch (IllegalArgumentException | ClassNotFoundException | ClassCastException
                | java.time.DateTimeException | IndexOutOfBoundsException e) {
            return null; // not a memo of this toolkit: score
        }
    }

    private static String[] items(String field) {
        return field.isEmpty() ? new String[0] : field.split(String.valueOf(ITEM), -1);
    }

    private static Class<? extends FactorResult> type(String name) throws ClassNotFoundException {
        Class<? extends FactorResult> t = TYPES.get(name);
        if (t == null) {
            t = Class.forName(name, false, ResultMemo.class.getClassLoader()).asSubclass(FactorResult.class);
            TYPES.put(name, t);
        }
        return t;
    }

    /** Writes a typed cell: a tag and the value; false for a type the memo does not hold. */
    private static boolean cell(StringBuilder b, @Nullable Object v) {
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

    private static @Nullable Object cell(String c) {
        String v = c.substring(1);
        return switch (c.charAt(0)) {
            case 'N' -> {
                if (!v.isEmpty()) {
                    throw new IllegalArgumentException("null cell with a value");
                }
                yield null;
            }
            case 'S' -> unescape(v);
            case 'I' -> Integer.valueOf(v);
            case 'J' -> Long.valueOf(v);
            case 'D' -> Double.longBitsToDouble(Long.parseUnsignedLong(v, 16));
            case 'B' -> new BigDecimal(v);
            case 'T' -> Boolean.TRUE;
            case 'F' -> Boolean.FALSE;
            case 'A' -> LocalDate.parse(v);
            case 'L' -> TableWorkbook.Light.valueOf(v);
            default -> throw new IllegalArgumentException("unknown cell tag");
        };
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
            char e = s.charAt(++i); // IndexOutOfBoundsException for a lone backslash: not a memo
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
