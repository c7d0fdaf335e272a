package dev.ergo.cli;

import dev.ergo.engine.FactorResult;
import dev.ergo.engine.Risk;
import dev.ergo.engine.RunSummary;
import dev.ergo.model.Employee;
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
    private static final char FIELD = TypedCells.FIELD;
    private static final char ITEM = TypedCells.ITEM;
    private static final Map<String, Class<? extends FactorResult>> TYPES = new ConcurrentHashMap<>();

    /**
     * Returns the memo as one line.
     *
     * @return the text without a line break, or null when a cell has a type the memo cannot hold
     */
    @Nullable String encode() {
        StringBuilder b = new StringBuilder(csvRecord.length() * 2 + 256);
        TypedCells.escape(b, csvRecord);
        b.append(FIELD);
        if (!TypedCells.appendAll(b, xlsxCells)) {
            return null;
        }
        b.append(FIELD).append(entry.overall() == null ? "-" : entry.overall().name()).append(FIELD);
        List<RunSummary.Entry.Factor> factors = entry.factors();
        for (int i = 0; i < factors.size(); i++) {
            RunSummary.Entry.Factor f = factors.get(i);
            if (i > 0) {
                b.append(ITEM);
            }
            TypedCells.escape(b, f.key());
            b.append(ITEM).append(f.risk().name()).append(ITEM).append(f.type().getName());
        }
        b.append(FIELD);
        List<String> codes = entry.codes();
        for (int i = 0; i < codes.size(); i++) {
            if (i > 0) {
                b.append(ITEM);
            }
            TypedCells.escape(b, codes.get(i));
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
            for (String c : TypedCells.items(f[1])) {
                cells.add(TypedCells.parse(c));
            }
            String[] factorParts = TypedCells.items(f[3]);
            if (factorParts.length % 3 != 0) {
                return null;
            }
            List<RunSummary.Entry.Factor> factors = new ArrayList<>();
            for (int i = 0; i < factorParts.length; i += 3) {
                factors.add(new RunSummary.Entry.Factor(TypedCells.unescape(factorParts[i]), Risk.valueOf(factorParts[i + 1]),
                        type(factorParts[i + 2])));
            }
            List<String> codes = new ArrayList<>();
            for (String c : TypedCells.items(f[4])) {
                codes.add(TypedCells.unescape(c));
            }
            RunSummary.Entry entry = new RunSummary.Entry(employee.id(), employee.site(), employee.department(),
                    f[2].equals("-") ? null : Risk.valueOf(f[2]), factors, codes);
            return new ResultMemo(TypedCells.unescape(f[0]), cells, entry);
        } catch (IllegalArgumentException | ClassNotFoundException | ClassCastException
                | java.time.DateTimeException | IndexOutOfBoundsException e) {
            return null; // not a memo of this toolkit: score
        }
    }

    private static Class<? extends FactorResult> type(String name) throws ClassNotFoundException {
        Class<? extends FactorResult> t = TYPES.get(name);
        if (t == null) {
            t = Class.forName(name, false, ResultMemo.class.getClassLoader()).asSubclass(FactorResult.class);
            TYPES.put(name, t);
        }
        return t;
    }
}
