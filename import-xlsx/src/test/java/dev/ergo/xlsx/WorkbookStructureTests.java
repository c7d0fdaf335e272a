package dev.ergo.xlsx;

import static dev.ergo.xlsx.Fixtures.ROSA_HEADER;
import static dev.ergo.xlsx.Fixtures.employees;
import static dev.ergo.xlsx.Fixtures.read;
import static dev.ergo.xlsx.Fixtures.rosaRow;
import static dev.ergo.xlsx.TestBook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.SourceRow;
import dev.ergo.model.office.RosaChecklist;
import dev.ergo.model.office.Workstation;
import dev.ergo.xlsx.ImportProblem.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookStructureTests {
    @TempDir
    Path dir;

    @Test
    void missingEmployeesSheetThrowsNamingTheSheetsFound() {
        Path file = TestBook.create().sheet("Staff", employees("E1")).sheet("ROSA", row("employee_id")).write(dir);
        assertThatThrownBy(() -> read(file))
                .isExactlyInstanceOf(ImportException.class)
                .hasMessage("the workbook has no sheet named Employees; found: Staff, ROSA");
    }

    @Test
    void sheetsAreMatchedIgnoringCaseAndSurroundingSpaces() {
        ImportResult r = read(TestBook.create()
                .sheet(" employees ", employees("E1"))
                .sheet("WORKSTATION", row("employee_id", "desk_height_cm"), row("E1", 72))
                .sheet("rosa", ROSA_HEADER, rosaRow("E1"))
                .write(dir));
        assertThat(r.problems()).isEmpty();
        EmployeeSurvey s = r.surveys().get(0);
        assertThat(s.section(Workstation.class)).isPresent();
        assertThat(s.section(RosaChecklist.class).orElseThrow().origin()).isEqualTo(SourceRow.of("rosa", 2));
        assertThat(r.sheets()).extracting(SheetSummary::sheet).containsExactly(" employees ", "WORKSTATION", "rosa");
    }

    @Test
    void unknownSheetsGetOneNoticeEachAndTheFactorSheetsAreRead() {
        ImportResult r = read(TestBook.create()
                .sheet("Instructions", row("Fill in everything"))
                .sheet("Employees", employees("E1"))
                .sheet("Postures", row("employee_id", "task", "upper_arm_deg", "lower_arm_deg", "wrist_deg", "neck_deg", "trunk_deg"),
                        row("E1", "typing", 10, 80, 5, 10, 0), row("E1", "filing", 60, 60, 0, 20, 30))
                .sheet("contactstress", row("employee_id", "task", "kneeling_hours_per_day"), row("E1", "tiling", 3))
                .write(dir));
        assertThat(r.problems()).extracting(ImportProblem::severity, ImportProblem::sheet, ImportProblem::row)
                .containsExactly(tuple(Severity.NOTICE, "Instructions", 0));
        assertThat(r.problems().get(0).message()).isEqualTo("the sheet Instructions is not part of the survey format and is ignored");
        assertThat(r.sheets()).containsExactly(new SheetSummary("Employees", 1, 1, 0), new SheetSummary("Postures", 2, 2, 0),
                new SheetSummary("contactstress", 1, 1, 0));
        assertThat(r.surveys().get(0).sections()).hasSize(3);
    }

    @Test
    void secondSheetWithTheSameNormalisedNameIsIgnoredWithAWarning() {
        ImportResult r = read(TestBook.create()
                .sheet("Employees", employees("E1"))
                .sheet("Employees ", employees("E2"))
                .write(dir));
        assertThat(r.problems()).extracting(ImportProblem::severity, ImportProblem::sheet)
                .containsExactly(tuple(Severity.WARNING, "Employees "));
        assertThat(r.surveys()).extracting(s -> s.employee().id()).containsExactly("E1");
    }

    @Test
    void duplicateEmployeeIdRejectsTheLaterRow() {
        ImportResult r = read(TestBook.create()
                .sheet("Employees", row("employee_id", "age"), row("E1", 30), row("E2", 31), row("E1", 32))
                .sheet("Workstation", row("employee_id", "desk_height_cm"), row("E1", 72))
                .write(dir));
        assertThat(r.problems()).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column, ImportProblem::cell, ImportProblem::message)
                .containsExactly(tuple("Employees", 4, "employee_id", "A4", "employee_id E1 already appears on row 2; this row is ignored"));
        assertThat(r.surveys()).extracting(s -> s.employee().id(), s -> s.employee().age())
                .containsExactly(tuple("E1", 30), tuple("E2", 31));
        assertThat(r.surveys().get(0).sections()).hasSize(1);
        assertThat(r.sheets()).containsExactly(new SheetSummary("Employees", 3, 2, 1), new SheetSummary("Workstation", 1, 1, 0));
    }

    @Test
    void orphanRowsAreRejected() {
        ImportResult r = read(TestBook.create()
                .sheet("Employees", employees("E1"))
                .sheet("Workstation", row("employee_id", "desk_height_cm"), row("E9", 72), row("E1", 73))
                .sheet("ROSA", ROSA_HEADER, rosaRow("e1"))
                .write(dir));
        assertThat(r.problems()).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column, ImportProblem::cell, ImportProblem::message)
                .containsExactly(
                        tuple("Workstation", 2, "employee_id", "A2", "employee_id E9 is not on the Employees sheet; this row is ignored"),
                        tuple("ROSA", 2, "employee_id", "A2", "employee_id e1 is not on the Employees sheet; this row is ignored"));
        assertThat(r.sheets()).containsExactly(new SheetSummary("Employees", 1, 1, 0),
                new SheetSummary("Workstation", 2, 1, 1), new SheetSummary("ROSA", 1, 0, 1));
    }

    @Test
    void rowsOfARejectedEmployeeAreRejectedToo() {
        ImportResult r = read(TestBook.create()
                .sheet("Employees", row("employee_id", "age"), row("E1", 300))
                .sheet("ROSA", ROSA_HEADER, rosaRow("E1"))
                .write(dir));
        assertThat(r.problems()).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column, ImportProblem::message)
                .containsExactly(tuple("Employees", 2, "age", "must be between 14 and 100 years (was 300)"),
                        tuple("ROSA", 2, "employee_id", "employee E1 was not imported (see Employees row 2); this row is ignored"));
        assertThat(r.surveys()).isEmpty();
        assertThat(r.rowsRejected()).isEqualTo(2);
    }

    @Test
    void atMostOneWorkstationAndOneRosaRowPerEmployee() {
        ImportResult r = read(TestBook.create()
                .sheet("Employees", employees("E1", "E2"))
                .sheet("Workstation", row("employee_id", "desk_height_cm"), row("E1", 72), row("E2", 74), row("E1", 73))
                .sheet("ROSA", ROSA_HEADER, rosaRow("E2"), rosaRow("E2"))
                .write(dir));
        assertThat(r.problems()).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::message)
                .containsExactly(
                        tuple("Workstation", 4, "employee E1 already has a Workstation row (row 2); only one is allowed, this row is ignored"),
                        tuple("ROSA", 3, "employee E2 already has a ROSA row (row 2); only one is allowed, this row is ignored"));
        assertThat(r.surveys().get(0).section(Workstation.class).orElseThrow().deskHeightCm()).isEqualTo(72.0);
    }

    @Test
    void emptyRowsAreSkippedSilentlyAndCountsAddUp() {
        ImportResult r = read(TestBook.create()
                .sheet("Employees", row("employee_id", "age"), row("E1", 30), row(null, ""), row(), row("  ", null),
                        row("E2", "old"), row("E3", 33), row("E4", 44.5))
                .write(dir));
        SheetSummary s = r.sheets().get(0);
        assertThat(s).isEqualTo(new SheetSummary("Employees", 4, 2, 2));
        assertThat(s.rowsRead()).isEqualTo(s.rowsImported() + s.rowsRejected());
        assertThat(r.problems()).extracting(ImportProblem::row).containsExactly(6, 8);
    }

    @Test
    void aRejectedRowNeverStopsOtherRowsOrSheets() {
        ImportResult r = read(TestBook.create()
                .sheet("Employees", employees("E1", "E2", "E3"))
                .sheet("Workstation", row("employee_id", "desk_height_cm"), row("E1", "x"), row("E2", 200), row("E3", 74))
                .sheet("ROSA", ROSA_HEADER, rosaRow("E1"), rosaRow("E2"))
                .write(dir));
        assertThat(r.problems()).hasSize(2);
        assertThat(r.surveys()).hasSize(3);
        assertThat(r.surveys().get(2).section(Workstation.class)).isPresent();
        assertThat(r.surveys().get(0).section(RosaChecklist.class)).isPresent();
        assertThat(r.sheets()).extracting(SheetSummary::rowsRead, SheetSummary::rowsImported, SheetSummary::rowsRejected)
                .containsExactly(tuple(3, 3, 0), tuple(3, 1, 2), tuple(2, 2, 0));
        assertThat(r.rowsRejected()).isEqualTo(2);
        assertThat(r.hasErrors()).isTrue();
    }

    @Test
    void recordsKnowTheirOrigin() {
        ImportResult r = read(TestBook.create()
                .sheet("Employees", employees("E1"))
                .sheet("Work Station", row("x"))
                .sheet("Workstation", row("employee_id", "desk_height_cm"), row(), row("E1", 72))
                .write(dir));
        assertThat(r.surveys().get(0).employee().origin()).isEqualTo(SourceRow.of("Employees", 2));
        assertThat(r.surveys().get(0).section(Workstation.class).orElseThrow().origin()).isEqualTo(SourceRow.of("Workstation", 3));
    }
}
