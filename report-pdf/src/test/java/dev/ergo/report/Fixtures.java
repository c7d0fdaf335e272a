package dev.ergo.report;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.engine.CsvRow;
import dev.ergo.engine.JsonWriter;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.ResultSection;
import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.Equipment;
import dev.ergo.model.Sex;
import dev.ergo.model.SurveySection;
import dev.ergo.model.office.RosaChecklist;
import dev.ergo.model.office.Workstation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Results built through the real engine, for the report tests. */
final class Fixtures {
    private Fixtures() {}

    static final LocalDate DATE = LocalDate.of(2026, 3, 2);
    static final Assessor ASSESSOR = Assessor.create();

    static Employee.Builder employee(String id, String name) {
        return Employee.builder(id).name(name).department("Finance").jobTitle("Accountant").sex(Sex.M)
                .statureCm(178.0).assessmentDate(DATE).assessor("Anna Nowak");
    }

    /** A fixed desk that is too high, no lumbar support, a screen too high and too far, ROSA 6. */
    static Workstation poorWorkstation() {
        return Workstation.builder()
                .poplitealHeightCm(44.0)
                .deskHeightCm(76.0).deskAdjustable(false)
                .seatHeightCm(50.0).seatAdjustable(true).seatHeightMinCm(42.0).seatHeightMaxCm(56.0)
                .seatDepthCm(50.0).seatDepthAdjustable(false)
                .lumbarSupport(Equipment.NONE).backrestAngleDeg(118.0)
                .armrests(Equipment.ADJUSTABLE).footrest(false).feetFlatOnFloor(false)
                .monitorTopHeightCm(135.0).monitorDistanceCm(85.0)
                .build();
    }

    static RosaChecklist rosa(int seatHeight, int monitor, double hours) {
        return RosaChecklist.builder()
                .seatHeight(seatHeight).seatHeightNonAdjustable(false)
                .seatDepth(2).armrest(2).armrestHard(true).backSupport(2).backSupportWorkSurfaceTooHigh(true)
                .chairHoursPerDay(hours)
                .monitor(monitor).monitorTooFar(true).monitorGlare(true).monitorHoursPerDay(hours)
                .phone(1).phoneHoursPerDay(0.5)
                .mouse(2).mouseHoursPerDay(hours)
                .keyboard(1).keyboardDeviation(true).keyboardHoursPerDay(hours)
                .build();
    }

    static RosaChecklist goodRosa() {
        return RosaChecklist.builder()
                .seatHeight(1).seatDepth(1).armrest(1).backSupport(1).chairHoursPerDay(3.0)
                .monitor(1).monitorHoursPerDay(3.0)
                .phone(1).phoneHoursPerDay(0.5)
                .mouse(1).mouseHoursPerDay(3.0)
                .keyboard(1).keyboardHoursPerDay(3.0)
                .build();
    }

    static AssessmentResult assess(Employee e, SurveySection... sections) {
        return ASSESSOR.assess(EmployeeSurvey.of(e, sections));
    }

    /** Polish name, poor workstation, ROSA at the action level or above, estimated dimensions. */
    static AssessmentResult polish() {
        return assess(employee("E-1001", "Łukasz Żółć").build(), poorWorkstation(), rosa(3, 3, 6.0));
    }

    static AssessmentResult greek() {
        return assess(employee("E-1002", "Ελένη Παπαδοπούλου").sex(Sex.F).statureCm(163.0).department("Λογιστήριο")
                .build(), Workstation.builder().deskHeightCm(72.0).deskAdjustable(true).deskHeightMinCm(65.0)
                .deskHeightMaxCm(85.0).seatHeightCm(45.0).lumbarSupport(Equipment.ADJUSTABLE).build(),
                rosa(2, 2, 3.0));
    }

    static AssessmentResult bronte() {
        return assess(employee("E-1003", "Zoë Brontë").sex(Sex.F).statureCm(null).build(), goodRosa());
    }

    /** Only the Employees row: no sections at all. */
    static AssessmentResult employeeOnly() {
        return assess(employee("E-1004", "Nobody Special").build());
    }

    /** A result section of a type no renderer knows, with many long recommendations. */
    record LiftingSection(List<Recommendation> recommendations) implements ResultSection {
        @Override
        public String key() {
            return "lifting";
        }

        @Override
        public void writeJson(JsonWriter json) {
            json.beginObject().endObject();
        }

        @Override
        public void writeCsv(CsvRow row) {}
    }

    static List<Recommendation> manyRecommendations(int n) {
        List<Recommendation> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new Recommendation("LIFT_" + i, 100 + i,
                    "Recommendation number " + i + ": reduce the load lifted from the low shelf to at most "
                            + (10 + i) + " kg and keep it close to the body; if that is not possible, use the"
                            + " trolley and ask a colleague to help with the awkward boxes.",
                    Map.of("maxLoadKg", 10.0 + i), "lifting rule " + i, "methods-lifting §" + i))
            ;
        }
        return out;
    }

    /** The Polish result plus a section with {@code n} extra recommendations that has no renderer. */
    static AssessmentResult withManyRecommendations(int n) {
        AssessmentResult base = polish();
        List<ResultSection> sections = new ArrayList<>(base.sections());
        sections.add(new LiftingSection(manyRecommendations(n)));
        return new AssessmentResult(base.employee(), base.assessmentDate(), sections, base.notes());
    }
}
