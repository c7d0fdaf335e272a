package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.office.Workstation;
import dev.ergo.xlsx.ImportProblem;
import dev.ergo.xlsx.ImportProblem.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rejected factor row is said on its employee's result, not silently dropped (issue 16). */
class RejectedRowsTests {
    private static final AssessmentResult E1 = Assessor.create().assess(
            EmployeeSurvey.of(Employee.builder("E1").statureCm(170).build(), Workstation.builder().build()));

    @Test
    void aRejectedFactorRowBecomesTheFirstNoteOfItsEmployee() {
        RejectedRows rows = RejectedRows.of(List.of(
                new ImportProblem(Severity.ERROR, "Lifting", 6, "duration_hours", "L6", "must be between 0 and 8 h (was 9)", "E1"),
                new ImportProblem(Severity.ERROR, "Lifting", 6, "load_kg", "C6", "must be between 0 and 100 kg (was 120)", "E1")));
        AssessmentResult annotated = rows.annotate(E1);
        assertThat(annotated.notes()).first().isEqualTo(RejectedRows.note("Lifting", 6))
                .asString().contains("row 6 of the Lifting sheet was rejected");
        assertThat(annotated.notes()).hasSize(E1.notes().size() + 1);
        assertThat(annotated.toJsonLine()).contains("row 6 of the Lifting sheet was rejected");
        assertThat(annotated.sections()).isEqualTo(E1.sections());
        assertThat(annotated.reviewDue()).isEqualTo(E1.reviewDue());
    }

    @Test
    void warningsOtherEmployeesAndTheEmployeesSheetAddNothing() {
        RejectedRows rows = RejectedRows.of(List.of(
                new ImportProblem(Severity.WARNING, "Lifting", 6, "x", "X6", "ignored", "E1"),
                new ImportProblem(Severity.ERROR, "Lifting", 7, "load_kg", "C7", "bad", "E2"),
                new ImportProblem(Severity.ERROR, "Employees", 3, "age", "C3", "bad", "E1"),
                new ImportProblem(Severity.ERROR, "Lifting", 0, "", "", "sheet problem")));
        assertThat(rows.annotate(E1)).isSameAs(E1);
    }
}
