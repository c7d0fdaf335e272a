package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.validation.SurveyValidator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/**
 * Anything typed into a cell gives a value or a problem, never an exception. Seeds come from
 * {@code -Dergo.seed=N} (one seed) or 1 to 25.
 */
class RandomContentTests {
    @TempDir
    Path dir;

    /**
     * One property over random workbooks: seeds 1 to 25, or {@code -Dergo.test.seed=N} for one seed
     * and {@code -Dergo.test.cases=N} for more (the same properties as the engine's random tests).
     */
    @Test
    void anyCellContentGivesAValueOrAProblem() {
        String fixed = System.getProperty("ergo.test.seed");
        long first = fixed != null ? Long.parseLong(fixed.strip()) : 1;
        int cases = fixed != null ? 1 : Integer.getInteger("ergo.test.cases", 25);
        for (long seed = first; seed < first + cases; seed++) {
            try {
                anyCellContentGivesAValueOrAProblem(seed);
            } catch (AssertionError e) {
                throw new AssertionError("falsified at seed " + seed + " (reproduce with -Dergo.test.seed=" + seed
                        + "): " + e.getMessage(), e);
            }
        }
    }

    private void anyCellContentGivesAValueOrAProblem(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        TestBook book = TestBook.create();
        if (rnd.nextBoolean()) {
            book.date1904();
        }
        for (SheetSpec spec : SheetSpecs.ALL) {
            List<Object[]> rows = new ArrayList<>();
            List<String> header = new ArrayList<>(spec.columns().stream().map(ColumnSpec::name).toList());
            header.add("remarks");
            rows.add(header.toArray());
            int n = 5 + rnd.nextInt(20);
            for (int r = 0; r < n; r++) {
                Object[] row = new Object[header.size()];
                for (int c = 0; c < row.length; c++) {
                    row[c] = c == 0 ? id(rnd) : value(rnd, c < spec.columns().size() ? spec.columns().get(c) : null);
                }
                rows.add(row);
            }
            book.sheet(spec.name(), rows.toArray(Object[][]::new));
        }
        ImportResult result = Fixtures.read(book.write(dir));

        for (SheetSummary s : result.sheets()) {
            assertThat(s.rowsRead()).isEqualTo(s.rowsImported() + s.rowsRejected());
            Set<Integer> rejectedRows = new HashSet<>();
            for (ImportProblem p : result.problems()) {
                if (p.sheet().equals(s.sheet()) && p.severity() == ImportProblem.Severity.ERROR) {
                    assertThat(p.row()).as(p.toString()).isPositive();
                    assertThat(p.column()).as(p.toString()).isNotEmpty();
                    assertThat(p.cell()).as(p.toString()).endsWith(Integer.toString(p.row()));
                    assertThat(p.message()).as(p.toString()).isNotBlank().doesNotContain("Exception");
                    rejectedRows.add(p.row());
                }
            }
            assertThat(rejectedRows).as(Fixtures.dump(result)).hasSize(s.rowsRejected());
        }
        assertThat(result.surveys()).hasSize(result.sheets().get(0).rowsImported());
        SurveyValidator validator = SurveyValidator.create();
        for (EmployeeSurvey s : result.surveys()) {
            assertThat(validator.validate(s)).isEmpty();
        }
    }

    private static Object id(SplittableRandom rnd) {
        return switch (rnd.nextInt(6)) {
            case 0 -> 1000 + rnd.nextInt(5);
            case 1 -> "";
            case 2 -> value(rnd, null);
            default -> "E" + rnd.nextInt(8);
        };
    }

    private static Object value(SplittableRandom rnd, ColumnSpec column) {
        if (column != null && rnd.nextInt(3) == 0) {
            return plausible(rnd, column);
        }
        return switch (rnd.nextInt(22)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> "   ";
            case 3 -> rnd.nextDouble() * 200 - 50;
            case 4 -> (double) rnd.nextInt(100);
            case 5 -> rnd.nextBoolean();
            case 6 -> LocalDate.of(1900 + rnd.nextInt(200), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            case 7 -> "12,5";
            case 8 -> List.of("yes", "NO", "y", "n", "true", "False", "1", "0", "maybe").get(rnd.nextInt(9));
            case 9 -> List.of("F", "m", "x", "none", "Fixed", "ADJUSTABLE", "other", "Hand-Arm", "whole body", "LEFT", "poor",
                    "2131", "5131").get(rnd.nextInt(13));
            case 10 -> "2024-0" + (1 + rnd.nextInt(9)) + "-" + (10 + rnd.nextInt(25));
            case 11 -> TestBook.formula("1+" + rnd.nextInt(9));
            case 12 -> TestBook.evaluated(rnd.nextBoolean() ? "10+" + rnd.nextInt(50) : "\"t\"&\"" + rnd.nextInt(9) + "\"");
            case 13 -> new TestBook.Error(List.of("#DIV/0!", "#N/A", "#VALUE!", "#REF!").get(rnd.nextInt(4)));
            case 14 -> "Łukasz Żółć & <Ελένη> \"quoted\"";
            case 15 -> 1e300 * (rnd.nextBoolean() ? 1 : -1);
            case 16 -> "1e400";
            case 17 -> "x".repeat(rnd.nextInt(5000));
            case 18 -> new TestBook.Formatted(rnd.nextDouble() * 3_000_000, "yyyy-mm-dd");
            case 19 -> "NaN";
            case 20 -> "\u00A0 45.5 \u00A0";
            default -> Double.MIN_VALUE;
        };
    }

    private static Object plausible(SplittableRandom rnd, ColumnSpec c) {
        return switch (c.type()) {
            case NUMBER -> c.min() == null ? 1.0 : Double.parseDouble(c.min())
                    + rnd.nextDouble() * (Double.parseDouble(c.max()) - Double.parseDouble(c.min()));
            case INTEGER -> (double) (Integer.parseInt(c.min()) + rnd.nextInt(Integer.parseInt(c.max()) - Integer.parseInt(c.min()) + 1));
            case BOOLEAN -> rnd.nextBoolean() ? "yes" : "no";
            case ENUM, LANGUAGE -> c.words().get(rnd.nextInt(c.words().size()));
            case DATE -> LocalDate.of(2026, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            case TEXT -> "text " + rnd.nextInt(100);
        };
    }
}
