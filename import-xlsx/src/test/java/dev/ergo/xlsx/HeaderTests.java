package dev.ergo.xlsx;

import static dev.ergo.xlsx.Fixtures.employees;
import static dev.ergo.xlsx.Fixtures.read;
import static dev.ergo.xlsx.TestBook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ergo.model.office.Workstation;
import dev.ergo.xlsx.ImportProblem.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderTests {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"popliteal_height_cm", "Popliteal Height cm", "POPLITEAL-HEIGHT-CM", "  popliteal height - cm ",
        "popliteal\u00A0height\u00A0cm", "Popliteal__Height_cm"})
    void headersAreNormalised(String header) {
        ImportResult r = read(TestBook.create()
                .sheet("Employees", row("Employee ID"), row("E1"))
                .sheet("Workstation", row("EMPLOYEE-ID", header), row("E1", 44))
                .write(dir));
        assertThat(r.problems()).as(Fixtures.dump(r)).isEmpty();
        assertThat(r.surveys().get(0).section(Workstation.class).orElseThrow().poplitealHeightCm()).isEqualTo(44.0);
    }

    @Test
    void normalisationRules() {
        assertThat(Text.header(" Load kg ")).isEqualTo("load_kg");
        assertThat(Text.header("load-kg")).isEqualTo("load_kg");
        assertThat(Text.header("LOAD_KG")).isEqualTo("load_kg");
    }

    @Test
    void headerIsTheFirstNonEmptyRowAndColumnsMayBeInAnyOrder() {
        ImportResult r = read(TestBook.create()
                .sheetAt("Employees", 2, row(null, null), row(null, "age", "employee_id"), row(null, 30, "E1"), row(), row(null, 31, "E2"))
                .write(dir));
        assertThat(r.problems()).isEmpty();
        assertThat(r.surveys()).extracting(s -> s.employee().id(), s -> s.employee().origin().rowNumber())
                .containsExactly(tuple("E1", 5), tuple("E2", 7));
        assertThat(r.sheets()).containsExactly(new SheetSummary("Employees", 2, 2, 0));
    }

    @Test
    void unknownHeaderIsAWarningAndTheColumnIsIgnored() {
        ImportResult r = read(TestBook.create()
                .sheet("Employees", row("employee_id", "shoe size", "age"), row("E1", "43", 30))
                .write(dir));
        assertThat(r.problems()).extracting(ImportProblem::severity, ImportProblem::row, ImportProblem::column, ImportProblem::cell, ImportProblem::message)
                .containsExactly(tuple(Severity.WARNING, 1, "shoe_size", "B1", "unknown column shoe_size is ignored"));
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.surveys()).hasSize(1);
    }

    @Test
    void duplicateHeaderIsASheetErrorAndTheSheetIsNotImported() {
        ImportResult r = read(TestBook.create()
                .sheet("Employees", employees("E1"))
                .sheet("Workstation", row("employee_id", "desk_height_cm", "Desk Height cm"), row("E1", 72, 73))
                .write(dir));
        assertThat(r.problems()).extracting(ImportProblem::severity, ImportProblem::sheet, ImportProblem::column, ImportProblem::message)
                .containsExactly(tuple(Severity.ERROR, "Workstation", "desk_height_cm", "the column desk_height_cm appears more than once (B1, C1)"));
        assertThat(r.surveys().get(0).sections()).isEmpty();
        assertThat(r.sheets()).contains(new SheetSummary("Workstation", 1, 0, 1));
    }

    @Test
    void missingRequiredColumnIsASheetErrorNamingColumnAndSheet() {
        ImportResult r = read(TestBook.create()
                .sheet("Employees", employees("E1"))
                .sheet("ROSA", row("employee_id", "seat_height"), row("E1", 1))
                .write(dir));
        assertThat(Fixtures.errors(r)).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::cell)
                .contains(tuple(0, "seat_depth", ""), tuple(0, "keyboard_hours_per_day", ""));
        assertThat(Fixtures.errors(r)).hasSize(12);
        assertThat(Fixtures.messages(r)).contains("the sheet ROSA has no column seat_depth, which is required");
        assertThat(r.sheets()).contains(new SheetSummary("ROSA", 1, 0, 1));
        assertThat(r.surveys()).hasSize(1);
    }

    @Test
    void missingEmployeeIdOnEmployeesRefusesTheWorkbookNamingSheetAndColumn() {
        Path file = TestBook.create()
                .sheet("Employees", row("id", "age"), row("E1", 30), row("E2", 31))
                .sheet("Workstation", row("employee_id", "desk_height_cm"), row("E1", 72))
                .write(dir);
        assertThatThrownBy(() -> read(file)).isExactlyInstanceOf(ImportException.class)
                .hasMessage("the sheet Employees has no employee_id column, so nothing was imported");
    }

    @Test
    void emptyEmployeesSheetRefusesTheWorkbook() {
        Path file = TestBook.create().sheet("Employees").write(dir);
        assertThatThrownBy(() -> read(file)).isExactlyInstanceOf(ImportException.class)
                .hasMessage("the sheet Employees is empty: it has no employee_id column, so nothing was imported");
    }

    @Test
    void duplicateColumnOnEmployeesRefusesTheWorkbook() {
        Path file = TestBook.create()
                .sheet("Employees", row("employee_id", "age", "Age"), row("E1", 30, 31))
                .write(dir);
        assertThatThrownBy(() -> read(file)).isExactlyInstanceOf(ImportException.class)
                .hasMessage("the sheet Employees cannot be read: the column age appears more than once (B1, C1),"
                        + " so nothing was imported");
    }

    @Test
    void imperialColumnsAreConvertedAndNotedOnce() {
        ImportResult r = read(TestBook.create()
                .sheet("Employees", employees("E1", "E2"))
                .sheet("Workstation", row("employee_id", "popliteal_height_in", "Desk Height in", "seat_depth_cm"),
                        row("E1", 18, 29, 45), row("E2", 17.5, 30, 44))
                .write(dir));
        assertThat(r.problems()).extracting(ImportProblem::severity, ImportProblem::sheet, ImportProblem::row)
                .containsExactly(tuple(Severity.NOTICE, "Workstation", 0));
        assertThat(r.problems().get(0).message()).isEqualTo("values were converted to metric units: "
                + "popliteal_height_in (inches) to popliteal_height_cm (x 2.54), desk_height_in (inches) to desk_height_cm (x 2.54)");
        Workstation w = r.surveys().get(0).section(Workstation.class).orElseThrow();
        assertThat(w.poplitealHeightCm()).isCloseTo(45.72, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(w.deskHeightCm()).isCloseTo(73.66, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(w.seatDepthCm()).isEqualTo(45.0);
    }

    @Test
    void convertedValueOutOfRangeNamesBothUnits() {
        ImportResult r = read(TestBook.create()
                .sheet("Employees", employees("E1"))
                .sheet("Workstation", row("employee_id", "popliteal_height_in"), row("E1", 30))
                .write(dir));
        ImportProblem p = Fixtures.errors(r).get(0);
        assertThat(tuple(p.column(), p.cell())).isEqualTo(tuple("popliteal_height_in", "B2"));
        assertThat(p.message()).isEqualTo("must be between 30 and 60 cm (was 76.2 cm, converted from 30 inches)");
    }

    @Test
    void bothMetricAndImperialIsASheetError() {
        ImportResult r = read(TestBook.create()
                .sheet("Employees", employees("E1"))
                .sheet("Workstation", row("employee_id", "seat_height_cm", "seat_height_in"), row("E1", 45, 18))
                .write(dir));
        assertThat(r.problems()).extracting(ImportProblem::severity, ImportProblem::column, ImportProblem::message)
                .containsExactly(tuple(Severity.ERROR, "seat_height_in", "give seat_height_cm or seat_height_in, not both"));
        assertThat(r.surveys().get(0).sections()).isEmpty();
        assertThat(r.sheets()).contains(new SheetSummary("Workstation", 1, 0, 1));
    }

    @Test
    void imperialNamesAndFactors() {
        ColumnSpec length = OfficeSheets.WORKSTATION.column("seat_depth_cm");
        assertThat(length.imperialName()).isEqualTo("seat_depth_in");
        assertThat(length.imperialFactor()).isEqualTo(2.54);
        ColumnSpec load = LiftingSheets.LIFTING.column("load_kg");
        assertThat(load.imperialName()).isEqualTo("load_lb");
        assertThat(load.imperialFactor()).isEqualTo(0.45359237);
        assertThat(OfficeSheets.WORKSTATION.column("backrest_angle_deg").imperialName()).isNull();
    }

    @Test
    void columnsWithoutHeaderAreIgnored() {
        ImportResult r = read(TestBook.create().sheet("Employees", row("employee_id", null, "age"), row("E1", "stray", 30)).write(dir));
        assertThat(r.problems()).isEmpty();
        assertThat(r.surveys().get(0).employee().age()).isEqualTo(30);
    }
}
