package dev.ergo.report;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.ResultSection;
import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.Equipment;
import dev.ergo.model.Sex;
import dev.ergo.model.SurveySection;
import dev.ergo.model.contact.ContactStressTask;
import dev.ergo.model.lifting.Coupling;
import dev.ergo.model.lifting.LiftingTask;
import dev.ergo.model.office.RosaChecklist;
import dev.ergo.model.office.Workstation;
import dev.ergo.model.posture.LoadMode;
import dev.ergo.model.posture.PostureObservation;
import dev.ergo.model.posture.Side;
import dev.ergo.model.repetitive.Hand;
import dev.ergo.model.repetitive.RepetitiveTask;
import dev.ergo.model.vibration.VibrationSource;
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

    /**
     * The ROSA-only employee of issue #15 (ROSA-D3 of methods-posture-office §7.2, ROSA 6): seat too low
     * and not adjustable, seat too long, armrests too high and hard, no lumbar support and work surface too
     * high, monitor too low without document holder, phone held between neck and shoulder with no hands-free
     * option, reaching to a mouse on another surface than the keyboard, keyboard tilted up and too high.
     */
    static RosaChecklist rosaD3() {
        return RosaChecklist.builder()
                .seatHeight(2).seatHeightNonAdjustable(true).seatDepth(2)
                .armrest(2).armrestHard(true).backSupport(2).backSupportWorkSurfaceTooHigh(true)
                .chairHoursPerDay(8.0)
                .monitor(2).monitorNoDocumentHolder(true).monitorHoursPerDay(8.0)
                .phone(1).phoneNeckShoulderHold(true).phoneNoHandsFree(true).phoneHoursPerDay(2.0)
                .mouse(2).mouseDifferentSurface(true).mouseHoursPerDay(8.0)
                .keyboard(2).keyboardTooHigh(true).keyboardHoursPerDay(8.0)
                .build();
    }

    static AssessmentResult rosaOnly() {
        return assess(employee("E-1005", "Rosa Only").department("Customer service").jobTitle("Agent").build(),
                rosaD3());
    }

    /** Only the Employees row: no sections at all. */
    static AssessmentResult employeeOnly() {
        return assess(employee("E-1004", "Nobody Special").build());
    }

    /** Three lifting tasks: one with significant control, one with no safe load (H over 63 cm). */
    static List<LiftingTask> liftingTasks() {
        return List.of(
                LiftingTask.builder().task("Boxes to pallet").loadKg(12.0).loadMaxKg(15.0).hOriginCm(40.0)
                        .vOriginCm(30.0).hDestinationCm(45.0).vDestinationCm(140.0).asymmetryOriginDeg(30.0)
                        .asymmetryDestinationDeg(0.0).frequencyPerMin(3.0).durationHours(1.5)
                        .coupling(Coupling.FAIR).significantControl(true).build(),
                LiftingTask.builder().task("Reach into bin").loadKg(5.0).hOriginCm(65.0).vOriginCm(70.0)
                        .vDestinationCm(90.0).frequencyPerMin(1.0).durationHours(1.5).coupling(Coupling.POOR)
                        .build(),
                LiftingTask.builder().task("Bag to trolley").loadKg(8.0).hOriginCm(30.0).vOriginCm(75.0)
                        .vDestinationCm(80.0).frequencyPerMin(0.5).durationHours(1.0).coupling(Coupling.GOOD)
                        .build());
    }

    static List<VibrationSource> handArmSources() {
        return List.of(VibrationSource.ofHandArm("Angle grinder", 6.0, 1.5),
                VibrationSource.ofHandArmAxes("Impact wrench", 2.0, 2.5, 3.0, 1.0),
                VibrationSource.ofHandArm("Sander", 1.5, 0.5));
    }

    static List<VibrationSource> wholeBodySources() {
        return List.of(VibrationSource.ofWholeBody("Forklift", 0.35, 0.30, 0.62, 4.0).withVdv(11.0, 2.0),
                VibrationSource.ofWholeBody("Yard tractor", 0.70, 0.20, 0.40, 3.0));
    }

    static List<RepetitiveTask> repetitiveTasks() {
        return List.of(
                RepetitiveTask.builder("Crimping", Hand.RIGHT).hal(6.0).peakForceNpf(4.0).hoursPerDay(6.0)
                        .rsiIntensityPctMvc(40.0).rsiEffortsPerMin(20.0).rsiSecondsPerExertion(2.0)
                        .rsiWristDeg(-35.0).build(),
                RepetitiveTask.builder("Crimping", Hand.LEFT).exertionsPerSecond(0.5).dutyCyclePct(30.0)
                        .peakForcePctMvc(15.0).hoursPerDay(6.0).build(),
                RepetitiveTask.builder("Packing", Hand.RIGHT).hal(3.0).peakForceNpf(1.5).hoursPerDay(2.0)
                        .rsiIntensityPctMvc(10.0).rsiEffortsPerMin(5.0).rsiSecondsPerExertion(3.0)
                        .rsiWristDeg(10.0).build());
    }

    static List<ContactStressTask> contactTasks() {
        return List.of(
                ContactStressTask.builder("Carpet fitting").kneeImpactsPerHour(120.0).impactHoursPerDay(3.0)
                        .kneelingHoursPerDay(3.0).build(),
                ContactStressTask.builder("Trim press").handImpactsPerHour(20.0).impactHoursPerDay(2.5)
                        .hardEdgeContactHoursPerDay(1.0).bodyPart("forearm").build());
    }

    static List<PostureObservation> postures() {
        return List.of(
                PostureObservation.builder("Floor-level assembly").side(Side.RIGHT).upperArmDeg(95.0)
                        .upperArmAbducted(true).lowerArmDeg(120.0).wristDeg(25.0).wristDeviated(true)
                        .neckDeg(30.0).neckTwisted(true).trunkDeg(65.0).trunkTwisted(true).legsSupported(false)
                        .legsBilateral(false).kneeDeg(70.0).loadKg(6.0).loadMode(LoadMode.REPEATED)
                        .coupling(dev.ergo.model.posture.RebaCoupling.FAIR).staticPosture(true).owasCode("4232")
                        .build(),
                PostureObservation.builder("Bench soldering").upperArmDeg(20.0).lowerArmDeg(70.0).wristDeg(10.0)
                        .neckDeg(25.0).trunkDeg(10.0).build());
    }

    /** Every factor at once: office, posture, lifting, hand-arm and whole-body vibration, repetitive, contact. */
    /** The result with its texts in another language, as the engine gives an employee with that language. */
    static AssessmentResult in(AssessmentResult r, java.util.Locale language) {
        return new AssessmentResult(r.employee(), r.assessmentDate(), r.sections(), r.notes(), r.reviewDue(),
                dev.ergo.model.text.Languages.isPseudo(language) ? java.util.Locale.ENGLISH : language);
    }

    static AssessmentResult allFactors() {
        return allFactors(null);
    }

    /** The all-factor employee assessed in a language of their own: notes and advice in it, as a real run. */
    static AssessmentResult allFactors(java.util.@org.jspecify.annotations.Nullable Locale language) {
        List<SurveySection> sections = new ArrayList<>();
        sections.add(poorWorkstation());
        sections.add(rosa(3, 3, 6.0));
        sections.addAll(postures());
        sections.addAll(liftingTasks());
        sections.addAll(handArmSources());
        sections.addAll(wholeBodySources());
        sections.addAll(repetitiveTasks());
        sections.addAll(contactTasks());
        return assess(employee("E-2001", "Ryszard Kowalski-Żak").department("Warehouse").jobTitle("Operative")
                .language(language).build(), sections.toArray(SurveySection[]::new));
    }

    /** One lifting task with a single end, below the design goal: LOW. */
    static AssessmentResult lifterOnly() {
        return assess(employee("E-3001", "Ola Nordmann").department("Warehouse").build(),
                LiftingTask.builder().task("Parcel to shelf").loadKg(6.0).hOriginCm(30.0).vOriginCm(70.0)
                        .vDestinationCm(100.0).frequencyPerMin(1.0).durationHours(1.0).coupling(Coupling.GOOD)
                        .build());
    }

    /** A grinder used long enough to pass the hand-arm limit value: HIGH. */
    static AssessmentResult vibrationOnly() {
        return assess(employee("E-3002", "Jan Novák").department("Workshop").build(),
                VibrationSource.ofHandArm("Breaker", 12.0, 1.5), VibrationSource.ofHandArm("Grinder", 4.0, 2.0));
    }

    /** A result section of a type no renderer knows, with many long recommendations. */
    record LiftingSection(List<Recommendation> recommendations) implements ResultSection {
        @Override
        public String key() {
            return "lifting";
        }
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
