package dev.ergo.cli;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.engine.Baseline;
import dev.ergo.engine.FollowUp;
import dev.ergo.engine.Risk;
import dev.ergo.xlsx.TableWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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

    /** Writes the workbook; the stream stays open. */
    static void writeXlsx(OutputStream out, List<AssessmentResult> results, boolean namesInData,
            @Nullable Baseline baseline) throws IOException {
        List<String> header = new ArrayList<>(header(namesInData));
        List<Optional<FollowUp>> followUps = new ArrayList<>();
        Set<String> factorKeys = new LinkedHashSet<>();
        if (baseline != null) {
            for (AssessmentResult r : results) {
                Optional<FollowUp> f = baseline.followUp(r);
                followUps.add(f);
                f.ifPresent(x -> factorKeys.addAll(x.factors().keySet()));
            }
            header.addAll(List.of("baseline_date", "overall_risk_before", "change"));
            for (String key : factorKeys) {
                String k = snake(key);
                header.addAll(List.of(k + "_risk_before", k + "_before", k + "_after"));
            }
            header.addAll(List.of("resolved_codes", "still_open_codes", "new_codes", "method_changes"));
        }
        List<List<?>> rows = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            AssessmentResult r = results.get(i);
            List<@Nullable Object> row = new ArrayList<>();
            for (Object v : Assessor.csvValues(r)) {
                row.add(cell(v));
            }
            if (namesInData) {
                row.add(1, r.employee().name());
            }
            if (baseline != null) {
                FollowUp f = followUps.get(i).orElse(null);
                row.add(f == null ? null : f.baselineDate());
                row.add(f == null ? null : cell(f.overallRiskBefore()));
                row.add(f == null ? null : f.change().name());
                for (String key : factorKeys) {
                    FollowUp.FactorChange c = f == null ? null : f.factors().get(key);
                    row.add(c == null ? null : cell(c.riskBefore()));
                    row.add(c == null ? null : c.before());
                    row.add(c == null ? null : c.after());
                }
                row.add(f == null ? null : String.join(" ", f.resolved()));
                row.add(f == null ? null : String.join(" ", f.stillOpen()));
                row.add(f == null ? null : String.join(" ", f.newCodes()));
                row.add(f == null ? null : String.join("; ", f.methodChanges()));
            }
            rows.add(row);
        }
        TableWorkbook.write(out, "Results", header, rows, 1);
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
