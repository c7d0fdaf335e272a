package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.model.SourceRow;
import dev.ergo.model.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** problems.csv as ergo assess writes it: RFC 4180, UTF-8, formulas guarded. */
class ProblemsCsvTests {

    private static String csv(List<ImportProblem> problems) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProblemsCsv.write(out, problems);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noProblemsIsTheHeaderOnly() throws IOException {
        assertThat(csv(List.of())).isEqualTo("severity,sheet,row,column,cell,message,employee_id\r\n");
    }

    @Test
    void aProblemIsOneRecordWithAnEmptyRowForRowZero() throws IOException {
        assertThat(csv(List.of(
                new ImportProblem(ImportProblem.Severity.ERROR, "Lifting", 6, "load_kg", "D6", "must be between 0 and 100 kg (was 120)")
                        .withEmployeeId("E1"),
                new ImportProblem(ImportProblem.Severity.NOTICE, "Notes", 0, "", "", "sheet ignored"))))
                .isEqualTo("severity,sheet,row,column,cell,message,employee_id\r\n"
                        + "ERROR,Lifting,6,load_kg,D6,must be between 0 and 100 kg (was 120),E1\r\n"
                        + "NOTICE,Notes,,,,sheet ignored,\r\n");
    }

    @Test
    void quotesAndGuardsFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProblemsCsv.writeTable(out, List.of("h1", "h2", "h3", "h4", "h5", "h6", "h7"), List.of(
                List.of("a,b", "say \"hi\"", "=HYPERLINK(1)", "-3.5", "", "+1 cell", "two\nlines"),
                List.of("@SUM(A1)", "Żółć", "-", "x", "", "", "")));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("h1,h2,h3,h4,h5,h6,h7\r\n"
                + "\"a,b\",\"say \"\"hi\"\"\",'=HYPERLINK(1),-3.5,,'+1 cell,\"two\nlines\"\r\n"
                + "'@SUM(A1),Żółć,'-,x,,,\r\n");
    }

    @Test
    void aRefusedSurveyIsAnErrorAtTheViolationsRow() {
        Violation v = new Violation("LiftingTask", "loadKg", "liftingTasks[0].loadKg", "InRange", Map.of(),
                "must be between 0 and 100", 120, new SourceRow("Lifting", 6));
        assertThat(ImportProblem.notAssessed("E1", v)).isEqualTo(new ImportProblem(ImportProblem.Severity.ERROR,
                "Lifting", 6, "loadKg", "", "employee E1 not assessed: loadKg must be between 0 and 100", "E1"));
    }

    @Test
    void aRefusedSurveyBuiltInCodeHasNoRow() {
        Violation v = new Violation("Employee", "id", "employee.id", "NotBlank", Map.of(), "must not be blank", null, null);
        assertThat(ImportProblem.notAssessed("E2", v).csvCells())
                .containsExactly("ERROR", "", "", "id", "", "employee E2 not assessed: id must not be blank", "E2");
    }
}
