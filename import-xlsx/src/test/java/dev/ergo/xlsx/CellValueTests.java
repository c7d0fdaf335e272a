package dev.ergo.xlsx;

import static dev.ergo.xlsx.Fixtures.ROSA_HEADER;
import static dev.ergo.xlsx.Fixtures.employees;
import static dev.ergo.xlsx.Fixtures.read;
import static dev.ergo.xlsx.Fixtures.rosaRow;
import static dev.ergo.xlsx.TestBook.evaluated;
import static dev.ergo.xlsx.TestBook.formula;
import static dev.ergo.xlsx.TestBook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ergo.model.Employee;
import dev.ergo.model.Equipment;
import dev.ergo.model.Sex;
import dev.ergo.model.office.RosaChecklist;
import dev.ergo.model.office.Workstation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellValueTests {
    @TempDir
    Path dir;

    private ImportResult workstation(String column, Object value) {
        return read(TestBook.create()
                .sheet("Employees", employees("E1"))
                .sheet("Workstation", row("employee_id", column), row("E1", value))
                .write(dir));
    }

    private ImportResult employee(String column, Object value) {
        return read(TestBook.create().sheet("Employees", row("employee_id", column), row("E1", value)).write(dir));
    }

    private static Workstation ws(ImportResult r) {
        assertThat(r.problems()).as(Fixtures.dump(r)).isEmpty();
        return r.surveys().get(0).section(Workstation.class).orElseThrow();
    }

    private static Employee emp(ImportResult r) {
        assertThat(r.problems()).as(Fixtures.dump(r)).isEmpty();
        return r.surveys().get(0).employee();
    }

    private static ImportProblem only(ImportResult r) {
        assertThat(r.problems()).as(Fixtures.dump(r)).hasSize(1);
        return r.problems().get(0);
    }

    // ---- numbers ---------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(doubles = {30, 30.0001, 45.5, 59.999, 60})
    void poplitealHeightInsideRangeIsAccepted(double v) {
        assertThat(ws(workstation("popliteal_height_cm", v)).poplitealHeightCm()).isEqualTo(v);
    }

    @ParameterizedTest
    @ValueSource(doubles = {29.9, 60.1, 0, -5, 75})
    void poplitealHeightOutsideRangeIsAProblemNeverClamped(double v) {
        ImportResult r = workstation("popliteal_height_cm", v);
        ImportProblem p = only(r);
        assertThat(p.severity()).isEqualTo(ImportProblem.Severity.ERROR);
        assertThat(tuple(p.sheet(), p.row(), p.column(), p.cell()))
                .isEqualTo(tuple("Workstation", 2, "popliteal_height_cm", "B2"));
        assertThat(p.message()).isEqualTo("must be between 30 and 60 cm (was " + Text.number(v) + ")");
        assertThat(r.surveys().get(0).sections()).isEmpty();
        assertThat(r.sheets()).contains(new SheetSummary("Workstation", 1, 0, 1));
    }

    @Test
    void problemPrintsLikeASpreadsheetReference() {
        assertThat(only(workstation("popliteal_height_cm", 75)).toString())
                .isEqualTo("Workstation!B2 (popliteal_height_cm): must be between 30 and 60 cm (was 75)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"45.5", " 45.5 ", "+45.5", "4.55e1", "45.50"})
    void textThatParsesWithAPointIsANumber(String text) {
        assertThat(ws(workstation("popliteal_height_cm", text)).poplitealHeightCm()).isEqualTo(45.5);
    }

    @Test
    void commaDecimalIsAProblemThatShowsTheFix() {
        ImportProblem p = only(workstation("popliteal_height_cm", "12,5"));
        assertThat(p.message()).isEqualTo("is not a number '12,5'; use a point as the decimal separator, for example 12.5");
        assertThat(p.cell()).isEqualTo("B2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"n/a", "tall", "Anna Nowak", "45 cm", "--", "1.2.3"})
    void textThatIsNoNumberIsAProblemForThatCell(String text) {
        ImportProblem p = only(workstation("seat_depth_cm", text));
        assertThat(p.column()).isEqualTo("seat_depth_cm");
        assertThat(p.message()).startsWith(text.chars().anyMatch(Character::isLetter) ? "must be a number" : "is not a number");
        assertThat(p.message()).doesNotContain("Anna").doesNotContain("tall");
    }

    @Test
    void dateFormattedCellInANumberColumnIsAProblem() {
        ImportProblem p = only(workstation("desk_height_cm", LocalDate.of(2024, 1, 2)));
        assertThat(p.message()).contains("formatted as a date");
    }

    @Test
    void booleanCellInANumberColumnIsAProblem() {
        assertThat(only(workstation("desk_height_cm", true)).message()).isEqualTo("must be a number, not a yes/no value");
    }

    @Test
    void deskRangeOutOfOrderIsReportedAtTheMinimumColumn() {
        ImportResult r = read(TestBook.create()
                .sheet("Employees", employees("E1"))
                .sheet("Workstation", row("employee_id", "desk_height_max_cm", "desk_height_min_cm", "seat_height_min_cm", "seat_height_max_cm"),
                        row("E1", 70, 80, 50, 40))
                .write(dir));
        assertThat(Fixtures.where(r)).containsExactlyInAnyOrder(
                tuple(ImportProblem.Severity.ERROR, "Workstation", 2, "desk_height_min_cm", "C2"),
                tuple(ImportProblem.Severity.ERROR, "Workstation", 2, "seat_height_min_cm", "D2"));
        assertThat(Fixtures.messages(r)).contains("desk_height_min_cm must not exceed desk_height_max_cm");
    }

    // ---- whole numbers -------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(doubles = {14, 40, 100})
    void ageInsideRangeIsAccepted(double v) {
        assertThat(emp(employee("age", v)).age()).isEqualTo((int) v);
    }

    @ParameterizedTest
    @ValueSource(doubles = {13, 101})
    void ageOutsideRangeIsAProblem(double v) {
        assertThat(only(employee("age", v)).message()).isEqualTo("must be between 14 and 100 years (was " + (int) v + ")");
    }

    @Test
    void aRowProblemNamesTheRowsEmployee() {
        assertThat(only(employee("age", 13)).employeeId()).isEqualTo("E1");
        assertThat(only(workstation("popliteal_height_cm", 75)).employeeId()).isEqualTo("E1");
    }

    @Test
    void wholeNumberColumnsRejectFractions() {
        assertThat(only(employee("age", 40.5)).message()).isEqualTo("must be a whole number (was 40.5)");
        assertThat(emp(employee("age", "41")).age()).isEqualTo(41);
        Object[] rosa = rosaRow("E1");
        rosa[1] = 2.5;
        ImportResult r = read(TestBook.create().sheet("Employees", employees("E1")).sheet("ROSA", ROSA_HEADER, rosa).write(dir));
        ImportProblem p = only(r);
        assertThat(tuple(p.sheet(), p.row(), p.column(), p.cell(), p.message()))
                .isEqualTo(tuple("ROSA", 2, "seat_height", "B2", "must be a whole number (was 2.5)"));
    }

    @Test
    void rosaBaseScoreOutOfRangeIsAProblem() {
        Object[] rosa = rosaRow("E1");
        rosa[1] = 4;
        ImportProblem p = only(read(TestBook.create().sheet("Employees", employees("E1")).sheet("ROSA", ROSA_HEADER, rosa).write(dir)));
        assertThat(p.message()).isEqualTo("must be between 1 and 3 (was 4)");
    }

    @Test
    void blankRequiredRosaValueIsAProblemForThatCell() {
        Object[] rosa = rosaRow("E1");
        rosa[5] = null; // chair_hours_per_day
        rosa[6] = "  "; // monitor
        ImportResult r = read(TestBook.create().sheet("Employees", employees("E1")).sheet("ROSA", ROSA_HEADER, rosa).write(dir));
        assertThat(r.problems()).extracting(ImportProblem::column, ImportProblem::cell, ImportProblem::message)
                .containsExactly(tuple("chair_hours_per_day", "F2", "a value is required"),
                        tuple("monitor", "G2", "a value is required"));
        assertThat(r.sheets()).contains(new SheetSummary("ROSA", 1, 0, 1));
    }

    @Test
    void rosaFlagsAreReadAndBlankFlagsStayUnrecorded() {
        Object[] header = Fixtures.concat(ROSA_HEADER, "phone_neck_shoulder_hold", "mouse_pinch_grip", "monitor_glare");
        Object[] row = Fixtures.concat(rosaRow("E1"), "yes", "n", null);
        ImportResult r = read(TestBook.create().sheet("Employees", employees("E1")).sheet("ROSA", header, row).write(dir));
        assertThat(r.problems()).isEmpty();
        RosaChecklist rosa = r.surveys().get(0).section(RosaChecklist.class).orElseThrow();
        assertThat(rosa.phoneNeckShoulderHold()).isTrue();
        assertThat(rosa.mousePinchGrip()).isFalse();
        assertThat(rosa.monitorGlare()).isNull();
        assertThat(rosa.seatHeight()).isEqualTo(1);
        assertThat(rosa.chairHoursPerDay()).isEqualTo(6.0);
    }

    // ---- booleans --------------------------------------------------------------------------------

    static Stream<Arguments> booleans() {
        return Stream.of(
                Arguments.of("yes", true), Arguments.of("YES", true), Arguments.of("Yes", true), Arguments.of("y", true),
                Arguments.of("Y", true), Arguments.of("true", true), Arguments.of("TRUE", true), Arguments.of("1", true),
                Arguments.of("no", false), Arguments.of("NO", false), Arguments.of("n", false), Arguments.of("N", false),
                Arguments.of("false", false), Arguments.of("False", false), Arguments.of("0", false), Arguments.of(" yes ", true),
                Arguments.of(true, true), Arguments.of(false, false), Arguments.of(1, true), Arguments.of(0, false),
                Arguments.of(evaluated("1=1"), true), Arguments.of(evaluated("1=2"), false));
    }

    @ParameterizedTest
    @MethodSource("booleans")
    void booleansInEveryForm(Object cell, boolean expected) {
        assertThat(ws(workstation("desk_adjustable", cell)).deskAdjustable()).isEqualTo(expected);
    }

    @Test
    void blankBooleanIsNotRecorded() {
        ImportResult r = read(TestBook.create()
                .sheet("Employees", employees("E1"))
                .sheet("Workstation", row("employee_id", "desk_adjustable", "footrest"), row("E1", "", null))
                .write(dir));
        Workstation w = ws(r);
        assertThat(w.deskAdjustable()).isNull();
        assertThat(w.footrest()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "ja", "2", "-1", "yes please"})
    void otherWordsAreNotBooleans(String text) {
        assertThat(only(workstation("footrest", text)).message()).isEqualTo("must be yes or no (y/n, true/false and 1/0 also work)");
    }

    @Test
    void numberOtherThanOneOrZeroIsNotABoolean() {
        assertThat(only(workstation("footrest", 2)).column()).isEqualTo("footrest");
    }

    // ---- enumerations -------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"f", "F", " f "})
    void sexIsCaseInsensitive(String text) {
        assertThat(emp(employee("sex", text)).sex()).isEqualTo(Sex.F);
    }

    @Test
    void allSexesAndEquipmentWords() {
        assertThat(emp(employee("sex", "m")).sex()).isEqualTo(Sex.M);
        assertThat(emp(employee("sex", "X")).sex()).isEqualTo(Sex.X);
        assertThat(ws(workstation("lumbar_support", "Adjustable")).lumbarSupport()).isEqualTo(Equipment.ADJUSTABLE);
        assertThat(ws(workstation("lumbar_support", "none")).lumbarSupport()).isEqualTo(Equipment.NONE);
        assertThat(ws(workstation("armrests", "FIXED")).armrests()).isEqualTo(Equipment.FIXED);
    }

    @Test
    void unknownEnumerationWordsAreProblems() {
        assertThat(only(employee("sex", "female")).message()).isEqualTo("must be F, M or X");
        assertThat(only(workstation("armrests", "sometimes")).message()).isEqualTo("must be none, fixed or adjustable");
        assertThat(only(workstation("lumbar_support", 1)).message()).isEqualTo("must be none, fixed or adjustable");
    }

    // ---- dates ------------------------------------------------------------------------------------

    @Test
    void dateCellIn1900System() {
        assertThat(emp(employee("assessment_date", LocalDate.of(2024, 3, 15))).assessmentDate()).isEqualTo(LocalDate.of(2024, 3, 15));
    }

    @Test
    void dateCellIn1904System() {
        TestBook book = TestBook.create().date1904();
        ImportResult r = read(book.sheet("Employees", row("employee_id", "assessment_date"),
                row("E1", LocalDate.of(2024, 3, 15)), row("E2", LocalDate.of(1999, 12, 31))).write(dir));
        assertThat(r.problems()).isEmpty();
        assertThat(r.surveys()).extracting(s -> s.employee().assessmentDate())
                .containsExactly(LocalDate.of(2024, 3, 15), LocalDate.of(1999, 12, 31));
    }

    @Test
    void customDateFormatIsADate() {
        ImportResult r = employee("assessment_date", new TestBook.Formatted(45366, "dd/mm/yyyy"));
        assertThat(emp(r).assessmentDate()).isEqualTo(LocalDate.of(2024, 3, 15));
    }

    @Test
    void isoTextIsADate() {
        assertThat(emp(employee("assessment_date", "2024-03-15")).assessmentDate()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(emp(employee("assessment_date", " 2024-02-29 ")).assessmentDate()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"15/03/2024", "2024-3-15", "March 2024", "20240315", "yesterday"})
    void otherDateTextIsAProblem(String text) {
        assertThat(only(employee("assessment_date", text)).message()).isEqualTo("must be a date: a date cell or text in the form YYYY-MM-DD");
    }

    @Test
    void impossibleIsoDateIsAProblem() {
        assertThat(only(employee("assessment_date", "2023-02-29")).message()).isEqualTo("is not a valid date '2023-02-29'");
    }

    @Test
    void plainNumberIsNotADate() {
        assertThat(only(employee("assessment_date", 45366)).message()).startsWith("must be a date");
    }

    // ---- text and ids -----------------------------------------------------------------------------

    @Test
    void numericEmployeeIdIsTextWithoutDecimals() {
        ImportResult r = read(TestBook.create()
                .sheet("Employees", employees(1042, 7.0, 1042.5, "  E 7  "))
                .sheet("Workstation", row("employee_id", "desk_height_cm"), row("1042", 72), row(7, 73))
                .write(dir));
        assertThat(r.problems()).as(Fixtures.dump(r)).isEmpty();
        assertThat(r.surveys()).extracting(s -> s.employee().id()).containsExactly("1042", "7", "1042.5", "E 7");
        assertThat(r.surveys().get(0).section(Workstation.class).orElseThrow().deskHeightCm()).isEqualTo(72.0);
        assertThat(r.surveys().get(1).section(Workstation.class).orElseThrow().deskHeightCm()).isEqualTo(73.0);
    }

    @Test
    void employeeIdOf64CharactersIsAcceptedAnd65Rejected() {
        String ok = "x".repeat(64);
        String tooLong = "y".repeat(65);
        ImportResult r = read(TestBook.create().sheet("Employees", employees(ok, tooLong)).write(dir));
        assertThat(r.surveys()).extracting(s -> s.employee().id()).containsExactly(ok);
        assertThat(r.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::cell, ImportProblem::message)
                .containsExactly(tuple(3, "employee_id", "A3", "must be at most 64 characters"));
    }

    @Test
    void blankEmployeeIdWithOtherDataIsAProblem() {
        ImportResult r = read(TestBook.create().sheet("Employees", row("employee_id", "age"), row(null, 40), row(" ", 41)).write(dir));
        assertThat(r.problems()).extracting(ImportProblem::cell, ImportProblem::message)
                .containsExactly(tuple("A2", "a value is required"), tuple("A3", "a value is required"));
        assertThat(r.sheets()).containsExactly(new SheetSummary("Employees", 2, 0, 2));
    }

    @Test
    void textColumnsKeepUnicodeAndOptionalTextStaysNullWhenBlank() {
        ImportResult r = read(TestBook.create().sheet("Employees", row("employee_id", "name", "department", "job_title"),
                row("E1", "Łukasz Żółć", "  ", "Ελένη"), row("E2", 12, null, true)).write(dir));
        assertThat(r.problems()).isEmpty();
        Employee e1 = r.surveys().get(0).employee();
        assertThat(e1.name()).isEqualTo("Łukasz Żółć");
        assertThat(e1.department()).isNull();
        assertThat(e1.jobTitle()).isEqualTo("Ελένη");
        assertThat(r.surveys().get(1).employee().name()).isEqualTo("12");
        assertThat(r.surveys().get(1).employee().jobTitle()).isEqualTo("TRUE");
    }

    // ---- formulas and errors ------------------------------------------------------------------

    @Test
    void formulaUsesItsCachedValue() {
        assertThat(ws(workstation("popliteal_height_cm", evaluated("20+25.5"))).poplitealHeightCm()).isEqualTo(45.5);
        ImportResult r = read(TestBook.create().sheet("Employees", row("employee_id", "name"), row(evaluated("\"E\"&\"1\""), evaluated("\"A\"&\"\""))).write(dir));
        assertThat(r.problems()).isEmpty();
        assertThat(r.surveys().get(0).employee().id()).isEqualTo("E1");
    }

    @Test
    void formulaWithoutCachedValueIsAProblem() {
        ImportProblem p = only(workstation("popliteal_height_cm", formula("20+25")));
        assertThat(p.message()).isEqualTo("formula has no saved result; open and save the file in a spreadsheet program");
        assertThat(p.cell()).isEqualTo("B2");
    }

    @Test
    void formulaWithoutCachedValueInATextColumnIsAProblemToo() {
        ImportResult r = read(TestBook.create().sheet("Employees", row("employee_id", "name"), row("E1", formula("A1&\"x\""))).write(dir));
        assertThat(only(r).column()).isEqualTo("name");
        assertThat(r.surveys()).isEmpty();
    }

    @Test
    void errorCellIsAProblem() {
        ImportProblem p = only(workstation("seat_height_cm", new TestBook.Error("#DIV/0!")));
        assertThat(p.message()).isEqualTo("the cell shows the error #DIV/0!; enter a value instead");
        ImportProblem q = only(workstation("seat_height_cm", evaluated("1/0")));
        assertThat(q.message()).contains("#DIV/0!");
    }

    @Test
    void allCellProblemsOfARowAreReportedAndTheRowCountsOnce() {
        ImportResult r = read(TestBook.create()
                .sheet("Employees", employees("E1"))
                .sheet("Workstation", row("employee_id", "popliteal_height_cm", "footrest", "armrests"), row("E1", 99, "maybe", "wide"))
                .write(dir));
        assertThat(r.problems()).extracting(ImportProblem::cell).containsExactly("B2", "C2", "D2");
        assertThat(r.sheets()).contains(new SheetSummary("Workstation", 1, 0, 1));
        assertThat(Arrays.asList(r.rowsRejected())).containsExactly(1);
    }
}
