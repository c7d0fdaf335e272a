package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;

/** Shared rows and helpers of the importer tests. */
final class Fixtures {
    private Fixtures() {}

    static final SurveyImporter IMPORTER = SurveyImporter.create();

    static final Object[] ROSA_HEADER = {"employee_id", "seat_height", "seat_depth", "armrest", "back_support",
        "chair_hours_per_day", "monitor", "monitor_hours_per_day", "phone", "phone_hours_per_day", "mouse",
        "mouse_hours_per_day", "keyboard", "keyboard_hours_per_day"};

    /** A valid ROSA row for the id, matching {@link #ROSA_HEADER}. */
    static Object[] rosaRow(Object id) {
        return new Object[] {id, 1, 1, 1, 1, 6, 1, 6, 1, 1, 1, 6, 1, 6};
    }

    /** An Employees sheet with the given ids and no other columns. */
    static Object[][] employees(Object... ids) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"employee_id"});
        for (Object id : ids) {
            rows.add(new Object[] {id});
        }
        return rows.toArray(Object[][]::new);
    }

    /** Prepends a header to rows. */
    static Object[][] table(Object[] header, Object[]... rows) {
        Object[][] all = new Object[rows.length + 1][];
        all[0] = header;
        System.arraycopy(rows, 0, all, 1, rows.length);
        return all;
    }

    /**
     * A row for a header: each column named in {@code pairs} (column, value, column, value, ...) gets
     * its value, every other cell stays blank.
     */
    static Object[] cells(Object[] header, Object... pairs) {
        List<Object> columns = Arrays.asList(header);
        Object[] row = new Object[header.length];
        for (int i = 0; i < pairs.length; i += 2) {
            int at = columns.indexOf(pairs[i]);
            if (at < 0) {
                throw new IllegalArgumentException("no column " + pairs[i]);
            }
            row[at] = pairs[i + 1];
        }
        return row;
    }

    /** Reads the file, and checks that the spooled import of it gives the same surveys, problems and counts. */
    static ImportResult read(Path file) {
        ImportResult r = IMPORTER.read(file);
        SpooledImport spooled = IMPORTER.readSpooled(file);
        Path spool = spooled.spoolFile();
        try (spooled) {
            assertThat(spooled.toResult()).isEqualTo(r);
            assertThat(spooled.employees()).isEqualTo(r.surveys().size());
            assertThat(spooled.hasErrors()).isEqualTo(r.hasErrors());
            assertThat(spooled.rowsRejected()).isEqualTo(r.rowsRejected());
        }
        assertThat(spool).doesNotExist();
        assertThat(spool.getParent()).doesNotExist();
        return r;
    }

    /** (severity, sheet, row, column, cell) of every problem. */
    static List<Tuple> where(ImportResult r) {
        return r.problems().stream()
                .map(p -> new Tuple(p.severity(), p.sheet(), p.row(), p.column(), p.cell()))
                .toList();
    }

    static String dump(ImportResult r) {
        return r.problems().stream().map(ImportProblem::toString).collect(Collectors.joining("\n"))
                + "\n" + r.sheets();
    }

    static List<ImportProblem> errors(ImportResult r) {
        return r.problems().stream().filter(p -> p.severity() == ImportProblem.Severity.ERROR).toList();
    }

    static List<String> messages(ImportResult r) {
        return r.problems().stream().map(ImportProblem::message).toList();
    }

    static Object[] concat(Object[] a, Object... b) {
        Object[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
