package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.xlsx.ImportProblem.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportProblemTests {

    @Test
    void toStringForCellSheetRowAndWorkbookProblems() {
        assertThat(new ImportProblem(Severity.ERROR, "Workstation", 7, "popliteal_height_cm", "C7", "must be between 30 and 60 cm (was 75)"))
                .hasToString("Workstation!C7 (popliteal_height_cm): must be between 30 and 60 cm (was 75)");
        assertThat(new ImportProblem(Severity.ERROR, "My Sheet", 3, "x", "B3", "bad"))
                .hasToString("'My Sheet'!B3 (x): bad");
        assertThat(new ImportProblem(Severity.ERROR, "ROSA", 0, "seat_depth", "", "missing"))
                .hasToString("ROSA (seat_depth): missing");
        assertThat(new ImportProblem(Severity.NOTICE, "Postures", 0, "", "", "ignored")).hasToString("Postures: ignored");
        assertThat(new ImportProblem(Severity.ERROR, "ROSA", 4, "", "", "row")).hasToString("ROSA row 4: row");
        assertThat(new ImportProblem(Severity.NOTICE, "", 0, "", "", "note")).hasToString("note");
    }

    @Test
    void csvCells() {
        assertThat(ImportProblem.csvHeader())
                .containsExactly("severity", "sheet", "row", "column", "cell", "message", "employee_id");
        assertThat(new ImportProblem(Severity.WARNING, "Employees", 1, "shoe_size", "B1", "unknown").csvCells())
                .containsExactly("WARNING", "Employees", "1", "shoe_size", "B1", "unknown", "");
        assertThat(new ImportProblem(Severity.NOTICE, "Lists", 0, "", "", "ignored").withEmployeeId("E7").csvCells())
                .containsExactly("NOTICE", "Lists", "", "", "", "ignored", "E7");
    }

    @Test
    void componentsAreChecked() {
        assertThatThrownBy(() -> new ImportProblem(Severity.ERROR, "S", -1, "", "", "m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImportProblem(null, "S", 1, "", "", "m")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ImportProblem(Severity.ERROR, "S", 1, "", "", "m", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("employeeId");
    }

    @Test
    void resultAndSummaryInvariants() {
        assertThatThrownBy(() -> new SheetSummary("S", 3, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        ImportResult r = new ImportResult(List.of(),
                List.of(new ImportProblem(Severity.WARNING, "S", 1, "", "", "w")),
                List.of(new SheetSummary("A", 3, 1, 2), new SheetSummary("B", 4, 0, 4)));
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.rowsRejected()).isEqualTo(6);
        assertThat(new ImportResult(List.of(), List.of(new ImportProblem(Severity.ERROR, "", 0, "", "", "e")), List.of()).hasErrors()).isTrue();
    }

    @Test
    void numbersAreWrittenAsPeopleWriteThem() {
        assertThat(Text.number(1042.0)).isEqualTo("1042");
        assertThat(Text.number(-0.0)).isEqualTo("0");
        assertThat(Text.number(12.5)).isEqualTo("12.5");
        assertThat(Text.number(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Text.number(1042.25)).isEqualTo("1042.25");
        assertThat(Text.rounded(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Text.number(1e20)).isEqualTo("100000000000000000000");
        assertThat(Text.echo("12,5")).isEqualTo(" '12,5'");
        assertThat(Text.echo("Anna")).isEmpty();
    }
}
