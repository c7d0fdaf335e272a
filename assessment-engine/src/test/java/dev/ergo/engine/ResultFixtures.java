package dev.ergo.engine;

import dev.ergo.engine.posture.PostureSettings;
import dev.ergo.engine.posture.RulaTableA;
import dev.ergo.engine.repetitive.HandActivityEdition;
import dev.ergo.engine.repetitive.RepetitiveSettings;
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

/** Results with every factor, assessed by the real engine, for the results-contract tests. */
final class ResultFixtures {
    private ResultFixtures() {}

    static final Assessor ASSESSOR = Assessor.of(AssessmentOptions.builder()
            .referenceDate(LocalDate.of(2026, 11, 24)).build());
    /** The selectable conventions: Cornell Table A and the 2001 Hand Activity TLV. */
    static final Assessor ALTERNATIVES = Assessor.of(AssessmentOptions.builder()
            .referenceDate(LocalDate.of(2026, 11, 24))
            .set(PostureSettings.RULA_TABLE_A, RulaTableA.CORNELL)
            .set(RepetitiveSettings.HAND_ACTIVITY_EDITION, HandActivityEdition.ACGIH_2001)
            .build());

    static Employee.Builder employee(String id) {
        return Employee.builder(id).name("Ryszard \"Rysio\" Kowalski-Żak").department("Warehouse").sex(Sex.M)
                .statureCm(178.0);
    }

    /** Every factor: office, posture, lifting, hand-arm and whole-body vibration, repetitive, contact. */
    static List<SurveySection> allFactors() {
        List<SurveySection> sections = new ArrayList<>();
        sections.add(Workstation.builder()
                .poplitealHeightCm(44.0)
                .deskHeightCm(76.0).deskAdjustable(false)
                .seatHeightCm(50.0).seatAdjustable(true).seatHeightMinCm(42.0).seatHeightMaxCm(56.0)
                .seatDepthCm(50.0).seatDepthAdjustable(false)
                .lumbarSupport(Equipment.NONE).backrestAngleDeg(118.0)
                .armrests(Equipment.ADJUSTABLE).footrest(false).feetFlatOnFloor(false)
                .monitorTopHeightCm(135.0).monitorDistanceCm(85.0)
                .build());
        sections.add(RosaChecklist.builder()
                .seatHeight(3).seatHeightNonAdjustable(false)
                .seatDepth(2).armrest(2).armrestHard(true).backSupport(2).backSupportWorkSurfaceTooHigh(true)
                .chairHoursPerDay(6.0)
                .monitor(3).monitorTooFar(true).monitorGlare(true).monitorHoursPerDay(6.0)
                .phone(1).phoneHoursPerDay(0.5)
                .mouse(2).mouseHoursPerDay(6.0)
                .keyboard(1).keyboardDeviation(true).keyboardHoursPerDay(6.0)
                .build());
        sections.add(PostureObservation.builder("Floor-level assembly").side(Side.RIGHT).upperArmDeg(95.0)
                .upperArmAbducted(true).lowerArmDeg(120.0).wristDeg(25.0).wristDeviated(true)
                .neckDeg(30.0).neckTwisted(true).trunkDeg(65.0).trunkTwisted(true).legsSupported(false)
                .legsBilateral(false).kneeDeg(70.0).loadKg(6.0).loadMode(LoadMode.REPEATED)
                .coupling(dev.ergo.model.posture.RebaCoupling.FAIR).staticPosture(true).owasCode("4232")
                .build());
        sections.add(PostureObservation.builder("Bench soldering").upperArmDeg(20.0).lowerArmDeg(70.0).wristDeg(10.0)
                .neckDeg(25.0).trunkDeg(10.0).build());
        sections.add(PostureObservation.builder("Floor-level assembly").side(Side.LEFT).upperArmDeg(50.0)
                .lowerArmDeg(90.0).wristDeg(5.0).neckDeg(25.0).trunkDeg(40.0).build());
        sections.add(LiftingTask.builder().task("Boxes to pallet").loadKg(12.0).loadMaxKg(15.0).hOriginCm(40.0)
                .vOriginCm(30.0).hDestinationCm(45.0).vDestinationCm(140.0).asymmetryOriginDeg(30.0)
                .asymmetryDestinationDeg(0.0).frequencyPerMin(3.0).durationHours(1.5)
                .coupling(Coupling.FAIR).significantControl(true).build());
        sections.add(LiftingTask.builder().task("Reach into bin").loadKg(5.0).hOriginCm(65.0).vOriginCm(70.0)
                .vDestinationCm(90.0).frequencyPerMin(1.0).durationHours(1.5).coupling(Coupling.POOR)
                .build());
        sections.add(LiftingTask.builder().task("Bag to trolley").loadKg(8.0).hOriginCm(30.0).vOriginCm(75.0)
                .vDestinationCm(80.0).frequencyPerMin(0.5).durationHours(1.0).coupling(Coupling.GOOD)
                .build());
        sections.add(VibrationSource.ofHandArm("Angle grinder", 6.0, 1.5));
        sections.add(VibrationSource.ofHandArmAxes("Impact wrench", 2.0, 2.5, 3.0, 1.0));
        sections.add(VibrationSource.ofHandArm("Sander", 1.5, 0.5));
        sections.add(VibrationSource.ofWholeBody("Forklift", 0.35, 0.30, 0.62, 4.0).withVdv(11.0, 2.0));
        sections.add(VibrationSource.ofWholeBody("Yard tractor", 0.70, 0.20, 0.40, 3.0));
        sections.add(RepetitiveTask.builder("Crimping", Hand.RIGHT).hal(6.0).peakForceNpf(4.0).hoursPerDay(6.0)
                .rsiIntensityPctMvc(40.0).rsiEffortsPerMin(20.0).rsiSecondsPerExertion(2.0)
                .rsiWristDeg(-35.0).build());
        sections.add(RepetitiveTask.builder("Crimping", Hand.LEFT).exertionsPerSecond(0.5).dutyCyclePct(30.0)
                .peakForcePctMvc(15.0).hoursPerDay(6.0).build());
        sections.add(RepetitiveTask.builder("Packing", Hand.RIGHT).hal(3.0).peakForceNpf(1.5).hoursPerDay(2.0)
                .rsiIntensityPctMvc(10.0).rsiEffortsPerMin(5.0).rsiSecondsPerExertion(3.0)
                .rsiWristDeg(10.0).build());
        sections.add(ContactStressTask.builder("Carpet fitting").kneeImpactsPerHour(120.0).impactHoursPerDay(3.0)
                .kneelingHoursPerDay(3.0).build());
        sections.add(ContactStressTask.builder("Trim press").handImpactsPerHour(20.0).impactHoursPerDay(2.5)
                .hardEdgeContactHoursPerDay(1.0).bodyPart("forearm").build());
        return sections;
    }

    static AssessmentResult allFactors(Assessor assessor) {
        return assessor.assess(EmployeeSurvey.of(employee("E-2001").build(), allFactors().toArray(SurveySection[]::new)));
    }

    /**
     * Text that needs escaping in every place a string is written: quotes, backslashes, control
     * characters, line and paragraph separators, and letters outside ASCII.
     */
    static AssessmentResult awkwardText() {
        String odd = "Ölfass \"A\"\\B\tC\u0001\u001f\u2028\u2029 😀";
        return ASSESSOR.assess(EmployeeSurvey.of(
                Employee.builder("E-\u00e9\u0007").name("Zoë\u0000 \"Brontë\"\n").sex(Sex.F).build(),
                LiftingTask.builder().task(odd).loadKg(30.0).hOriginCm(70.0).vOriginCm(10.0)
                        .vDestinationCm(170.0).frequencyPerMin(4.0).durationHours(3.0).coupling(Coupling.POOR).build(),
                PostureObservation.builder(odd).side(Side.LEFT).upperArmDeg(100.0).lowerArmDeg(30.0).wristDeg(-30.0)
                        .neckDeg(-10.0).trunkDeg(70.0).build(),
                RepetitiveTask.builder(odd, Hand.LEFT).hal(8.0).peakForceNpf(6.0).hoursPerDay(8.0).build(),
                ContactStressTask.builder(odd).hardEdgeContactHoursPerDay(2.0).bodyPart(odd).build()));
    }

    /** An employee with no factor rows: LOW, nothing assessed. */
    static AssessmentResult nothingAssessed() {
        return ASSESSOR.assess(EmployeeSurvey.of(Employee.builder("E-0").build()));
    }
}
