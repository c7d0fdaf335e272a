package dev.ergo.cli;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.engine.Baseline;
import dev.ergo.engine.FollowUp;
import dev.ergo.engine.Risk;
import dev.ergo.xlsx.TableWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code results.xlsx}: the columns of {@code results.csv} ({@link Assessor#csvHeader()}, the one column
 * definition) with typed cells, and with a baseline the before/after columns.
 */
final class ResultsTable {
    private ResultsTable() {}

    /** The columns of {@code results.csv}: the engine's, with {@code name} second when names go into the data. */
    static List<String> header(boolean namesInData) {
        List<String> header = new ArrayList<>(Assessor.csvHeader());
        if (namesInData) {
            header.add(1, "name");
        }
        return header;
    }

    /** One {@code results.csv} row in the order of {@link #header(boolean)}. */
    static List<String> csvRow(AssessmentResult r, boolean namesInData) {
        List<String> row = new ArrayList<>(Assessor.csvRow(r));
        if (namesInData) {
            String name = r.employee().name();
            row.add(1, name == null ? "" : name);
        }
        return row;
    }

    /**
     * One employee's {@code results.xlsx} cells before the follow-up columns are known: the typed results
     * columns and, with a baseline line, the comparison. A row waits on disk for the header (the factor
     * columns of a follow-up run are known only when every employee is done) as one line of text
     * ({@link #encode()}).
     */
    record XlsxRow(ArrayList<@Nullable Object> cells, @Nullable FollowUpCells followUp) {
        /** The follow-up field's items before the factors' (four each). */
        private static final int FOLLOW_UP_ITEMS = 7;

        /**
         * Returns the row as one line: the cells, then the follow-up cells (empty without a baseline),
         * each a {@link TypedCells} item.
         *
         * @throws IllegalStateException for a cell of a type without a text form (a bug)
         */
        String encode() {
            StringBuilder b = new StringBuilder(512);
            items(b, cells);
            b.append(TypedCells.FIELD);
            FollowUpCells f = followUp;
            if (f != null) {
                List<@Nullable Object> items = new ArrayList<>(Arrays.asList(f.baselineDate(), f.riskBefore(),
                        f.change(), f.resolved(), f.stillOpen(), f.newCodes(), f.methodChanges()));
                f.factors().forEach((key, c) -> {
                    items.add(key);
                    items.addAll(Arrays.asList(c));
                });
                items(b, items);
            }
            return b.toString();
        }

        private static void items(StringBuilder b, List<@Nullable Object> items) {
            if (!TypedCells.appendAll(b, items)) {
                Object v = items.stream().filter(c -> !TypedCells.append(new StringBuilder(), c)).findFirst()
                        .orElseThrow();
                throw new IllegalStateException("a results.xlsx cell of type " + v.getClass().getName()
                        + " has no text form");
            }
        }

        /**
         * Reads a row {@link #encode()} wrote.
         *
         * @throws IllegalStateException for text it did not write
         */
        static XlsxRow decode(String line) {
            try {
                String[] fields = line.split(String.valueOf(TypedCells.FIELD), -1);
                if (fields.length != 2) {
                    throw new IllegalArgumentException("not two fields");
                }
                ArrayList<@Nullable Object> cells = new ArrayList<>();
                for (String c : TypedCells.items(fields[0])) {
                    cells.add(TypedCells.parse(c));
                }
                String[] f = TypedCells.items(fields[1]);
                if (f.length == 0) {
                    return new XlsxRow(cells, null);
                }
                if (f.length < FOLLOW_UP_ITEMS || (f.length - FOLLOW_UP_ITEMS) % 4 != 0) {
                    throw new IllegalArgumentException("follow-up items");
                }
                LinkedHashMap<String, @Nullable Object[]> factors = new LinkedHashMap<>();
                for (int i = FOLLOW_UP_ITEMS; i < f.length; i += 4) {
                    factors.put(typed(f[i], String.class), new Object[] {TypedCells.parse(f[i + 1]),
                        TypedCells.parse(f[i + 2]), TypedCells.parse(f[i + 3])});
                }
                return new XlsxRow(cells, new FollowUpCells(typed(f[0], LocalDate.class), TypedCells.parse(f[1]),
                        typed(f[2], String.class), factors, typed(f[3], String.class), typed(f[4], String.class),
                        typed(f[5], String.class), typed(f[6], String.class)));
            } catch (IllegalArgumentException | java.time.DateTimeException | IndexOutOfBoundsException e) {
                throw new IllegalStateException("the results.xlsx spool written by this run cannot be read back", e);
            }
        }

        /** A cell that must be there, of the given type. */
        private static <T> T typed(String item, Class<T> type) {
            Object v = TypedCells.parse(item);
            if (!type.isInstance(v)) {
                throw new IllegalArgumentException("not a " + type.getSimpleName());
            }
            return type.cast(v);
        }
    }

    /** The follow-up cells of one employee; per factor key its light before, value before and after. */
    record FollowUpCells(LocalDate baselineDate, @Nullable Object riskBefore, String change,
            LinkedHashMap<String, @Nullable Object[]> factors, String resolved, String stillOpen, String newCodes,
            String methodChanges) {}

    /** The cells of one employee, without the follow-up factor columns' order. */
    static XlsxRow xlsxRow(AssessmentResult r, boolean namesInData, @Nullable Baseline baseline) {
        ArrayList<@Nullable Object> row = new ArrayList<>();
        for (Object v : Assessor.csvValues(r)) {
            row.add(cell(v));
        }
        if (namesInData) {
            row.add(1, r.employee().name());
        }
        FollowUp f = baseline == null ? null : baseline.followUp(r).orElse(null);
        if (f == null) {
            return new XlsxRow(row, null);
        }
        LinkedHashMap<String, @Nullable Object[]> factors = new LinkedHashMap<>();
        f.factors().forEach((key, c) -> factors.put(key, new Object[] {cell(c.riskBefore()), c.before(), c.after()}));
        return new XlsxRow(row, new FollowUpCells(f.baselineDate(), cell(f.overallRiskBefore()), f.change().name(),
                factors, String.join(" ", f.resolved()), String.join(" ", f.stillOpen()), String.join(" ", f.newCodes()),
                String.join("; ", f.methodChanges())));
    }

    /** The header: the results columns, and with a baseline the follow-up columns of the given factor keys. */
    static List<String> xlsxHeader(boolean namesInData, boolean followUp, Collection<String> factorKeys) {
        List<String> header = new ArrayList<>(header(namesInData));
        if (followUp) {
            header.addAll(List.of("baseline_date", "overall_risk_before", "change"));
            for (String key : factorKeys) {
                String k = snake(key);
                header.addAll(List.of(k + "_risk_before", k + "_before", k + "_after"));
            }
            header.addAll(List.of("resolved_codes", "still_open_codes", "new_codes", "method_changes"));
        }
        return header;
    }

    /** A full row of {@link #xlsxHeader}. */
    static List<@Nullable Object> xlsxCells(XlsxRow parts, boolean followUp, Collection<String> factorKeys) {
        List<@Nullable Object> row = new ArrayList<>(parts.cells());
        if (followUp) {
            FollowUpCells f = parts.followUp();
            row.add(f == null ? null : f.baselineDate());
            row.add(f == null ? null : f.riskBefore());
            row.add(f == null ? null : f.change());
            for (String key : factorKeys) {
                Object[] c = f == null ? null : f.factors().get(key);
                row.add(c == null ? null : c[0]);
                row.add(c == null ? null : c[1]);
                row.add(c == null ? null : c[2]);
            }
            row.add(f == null ? null : f.resolved());
            row.add(f == null ? null : f.stillOpen());
            row.add(f == null ? null : f.newCodes());
            row.add(f == null ? null : f.methodChanges());
        }
        return row;
    }

    /** Writes the workbook of results held in memory; the stream stays open. */
    static void writeXlsx(OutputStream out, List<AssessmentResult> results, boolean namesInData,
            @Nullable Baseline baseline) throws IOException {
        List<XlsxRow> parts = new ArrayList<>();
        Set<String> factorKeys = new LinkedHashSet<>();
        for (AssessmentResult r : results) {
            XlsxRow x = xlsxRow(r, namesInData, baseline);
            parts.add(x);
            if (x.followUp() != null) {
                factorKeys.addAll(x.followUp().factors().keySet());
            }
        }
        TableWorkbook.write(out, "Results", xlsxHeader(namesInData, baseline != null, factorKeys),
                parts.stream().map(x -> xlsxCells(x, baseline != null, factorKeys)).toList(), 1);
    }

    /** A light becomes a coloured cell; everything else stays as it is. */
    private static @Nullable Object cell(@Nullable Object value) {
        return value instanceof Risk r ? TableWorkbook.Light.parse(r.name()) : value;
    }

    /** {@code handArmVibration} to {@code hand_arm_vibration}. */
    static String snake(String key) {
        StringBuilder b = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (Character.isUpperCase(c)) {
                b.append('_').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
