package dev.ergo.xlsx;

import static dev.ergo.xlsx.Fixtures.cells;
import static dev.ergo.xlsx.Fixtures.concat;
import static dev.ergo.xlsx.Fixtures.employees;
import static dev.ergo.xlsx.Fixtures.read;
import static dev.ergo.xlsx.Fixtures.table;
import static dev.ergo.xlsx.TestBook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ergo.model.SourceRow;
import dev.ergo.model.contact.ContactStressTask;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ContactStress sheet: impacts, kneeling and hard edges. */
class ContactStressSheetTests {
    @TempDir
    Path dir;

    static final Object[] HEADER = {"employee_id", "task", "hand_impacts_per_hour", "knee_impacts_per_hour",
        "impact_hours_per_day", "kneeling_hours_per_day", "hard_edge_contact_hours_per_day", "body_part"};

    private ImportResult contact(Object[]... rows) {
        return read(TestBook.create().sheet("Employees", employees("E1", "E2")).sheet("ContactStress", table(HEADER, rows)).write(dir));
    }

    private static Object[] task(Object... pairs) {
        return cells(HEADER, concat(new Object[] {"employee_id", "E1", "task", "carpet fitting"}, pairs));
    }

    private static List<Tuple> where(ImportResult r) {
        return r.problems().stream().map(p -> tuple(p.row(), p.cell(), p.message())).toList();
    }

    @Test
    void rowsBecomeContactStressTasks() {
        ImportResult r = contact(task("knee_impacts_per_hour", 120, "impact_hours_per_day", 2.5, "kneeling_hours_per_day", 3),
                task("task", "deburring", "hard_edge_contact_hours_per_day", 4, "body_part", "forearm"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.surveys().get(0).sections(ContactStressTask.class)).containsExactly(
                new ContactStressTask("carpet fitting", null, 120.0, 2.5, 3.0, null, null, SourceRow.of("ContactStress", 2)),
                new ContactStressTask("deburring", null, null, null, null, 4.0, "forearm", SourceRow.of("ContactStress", 3)));
    }

    @Test
    void impactsWithoutHoursAreAProblemAtTheHours() {
        ImportResult r = contact(task("hand_impacts_per_hour", 60), task("knee_impacts_per_hour", 10),
                task("knee_impacts_per_hour", 0));
        String message = "give impact_hours_per_day with hand_impacts_per_hour or knee_impacts_per_hour";
        assertThat(where(r)).containsExactly(tuple(2, "E2", message), tuple(3, "E3", message));
        assertThat(r.surveys().get(0).sections(ContactStressTask.class)).singleElement()
                .satisfies(t -> assertThat(t.kneeImpactsPerHour()).isZero());
    }

    @Test
    void aRowWithoutExposureIsAProblemAtTheFirstExposureColumnTheSheetHas() {
        String message = "give at least one of hand_impacts_per_hour, knee_impacts_per_hour, kneeling_hours_per_day"
                + " or hard_edge_contact_hours_per_day";
        assertThat(where(contact(task("body_part", "palm")))).containsExactly(tuple(2, "C2", message));

        ImportResult kneelingOnly = read(TestBook.create().sheet("Employees", employees("E1"))
                .sheet("ContactStress", row("employee_id", "task", "kneeling_hours_per_day"), row("E1", "tiling")).write(dir));
        assertThat(where(kneelingOnly)).containsExactly(tuple(2, "C2", message));
        assertThat(kneelingOnly.problems().get(0).column()).isEqualTo("kneeling_hours_per_day");

        ImportResult noExposureColumn = read(TestBook.create().sheet("Employees", employees("E1"))
                .sheet("ContactStress", row("employee_id", "task"), row("E1", "tiling")).write(dir));
        assertThat(noExposureColumn.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::cell)
                .containsExactly(tuple(2, "hand_impacts_per_hour", ""));
    }

    @Test
    void rangeBoundaries() {
        ImportResult r = contact(task("hand_impacts_per_hour", 5000, "impact_hours_per_day", 24),
                task("hand_impacts_per_hour", 5001, "impact_hours_per_day", 1), task("kneeling_hours_per_day", -0.5));
        assertThat(where(r)).containsExactly(tuple(3, "C3", "must be between 0 and 5000 /h (was 5001)"),
                tuple(4, "F4", "must be between 0 and 24 h (was -0.5)"));
    }

    @Test
    void taskIsRequired() {
        assertThat(where(contact(task("task", " ", "kneeling_hours_per_day", 2)))).containsExactly(tuple(2, "B2", "a value is required"));
    }

    @Test
    void severalRowsPerEmployeeAndOrphans() {
        ImportResult r = contact(task("kneeling_hours_per_day", 1), task("employee_id", "E2", "kneeling_hours_per_day", 2),
                task("kneeling_hours_per_day", 3), task("employee_id", "X1", "kneeling_hours_per_day", 3));
        assertThat(where(r)).containsExactly(tuple(5, "A5", "employee_id X1 is not on the Employees sheet; this row is ignored"));
        assertThat(r.surveys().get(0).sections(ContactStressTask.class)).extracting(ContactStressTask::kneelingHoursPerDay)
                .containsExactly(1.0, 3.0);
        assertThat(r.surveys().get(1).sections(ContactStressTask.class)).hasSize(1);
    }
}
