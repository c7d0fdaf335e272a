package dev.ergo.engine.office;

import dev.ergo.engine.internal.office.WorkstationAdvisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.internal.AssessmentContext;
import dev.ergo.model.Employee;
import dev.ergo.model.Equipment;
import dev.ergo.model.Sex;
import dev.ergo.model.office.Workstation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkstationAdvisorTests {

    private static WorkstationResult advise(Employee e, Workstation w) {
        return WorkstationAdvisor.advise(e, w, new AssessmentContext(AssessmentOptions.DEFAULT));
    }

    private static List<String> codes(WorkstationResult r) {
        return r.recommendations().stream().map(Recommendation::code).toList();
    }

    static Stream<Arguments> derivedExamples() {
        // methods-posture-office §7.2 recommendation engine: shoe 25 mm, fixed desk 740 mm, keyboard allowance ignored.
        return Stream.of(
                Arguments.of("REC-D1 F P50", Employee.builder("d1").sex(Sex.F).statureCm(162.6).build(),
                        Workstation.builder().poplitealHeightCm(38.7).elbowRestHeightCm(23.3).eyeHeightSittingCm(74.8),
                        41.2, 64.5, 50.7, 9.5, 125.5),
                Arguments.of("REC-D2 M P50", Employee.builder("d2").sex(Sex.M).statureCm(175.5).build(),
                        Workstation.builder().poplitealHeightCm(43.0).elbowRestHeightCm(24.6).eyeHeightSittingCm(80.4),
                        45.5, 70.1, 49.4, 3.9, 129.8),
                Arguments.of("REC-D3 F stature 152.5, popliteal predicted, elbow rest = F median",
                        Employee.builder("d3").sex(Sex.F).statureCm(152.5).build(),
                        Workstation.builder(), 38.26, 61.56, 50.7, 12.44, null));
    }

    /** methods-posture-office §7.2, derived acceptance tests REC-D1..D3 (values in cm). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("derivedExamples")
    void derivedAcceptanceTests(String name, Employee e, Workstation.Builder w, double s0, double elbow, double s1,
            double footrest, Double eye) {
        WorkstationResult r = advise(e, w.shoeAllowanceCm(2.5).keyboardHeightAboveDeskCm(0.0).deskHeightCm(74.0)
                .deskAdjustable(false).build());
        assertThat(r.targetSeatHeightCm()).as("S0").isCloseTo(s0, within(0.01));
        assertThat(r.seatedElbowHeightCm()).as("E").isCloseTo(elbow, within(0.01));
        assertThat(r.recommendedSeatHeightCm()).as("S1").isCloseTo(s1, within(0.01));
        assertThat(r.footrestHeightCm()).as("footrest").isCloseTo(footrest, within(0.01));
        if (eye != null) {
            assertThat(r.recommendedMonitorTopHeightCm()).as("eye height at S1").isCloseTo(eye, within(0.01));
        }
        assertThat(r.recommendedDeskHeightCm()).isNull();
        assertThat(codes(r)).contains("FOOTREST", "SEAT_HEIGHT", "LUMBAR_SUPPORT");
    }

    @Test
    void recD3MarksEstimatesAndTheirBasis() {
        WorkstationResult r = advise(Employee.builder("d3").sex(Sex.F).statureCm(152.5).build(),
                Workstation.builder().deskHeightCm(74.0).build());
        assertThat(r.estimatedDimensions()).containsExactly("popliteal_height_cm", "elbow_rest_height_cm",
                "eye_height_sitting_cm", "buttock_popliteal_length_cm");
        Dimension ph = r.dimensions().get(0);
        assertThat(ph.valueCm()).isCloseTo(35.76, within(0.01)); // -94.1 + 0.2962 * 1525 mm
        assertThat(ph.provenance()).isEqualTo(Dimension.Provenance.ESTIMATED_FROM_STATURE);
        Dimension erh = r.dimensions().get(1);
        assertThat(erh.valueCm()).isEqualTo(23.3);
        assertThat(erh.provenance()).isEqualTo(Dimension.Provenance.POPULATION_MEDIAN);
        assertThat(erh.basis()).contains("please measure");
    }

    @Test
    void adjustableDeskIsSetToElbowHeightAndNoFootrestIsNeeded() {
        WorkstationResult r = advise(Employee.builder("a").sex(Sex.F).build(),
                Workstation.builder().poplitealHeightCm(38.7).elbowRestHeightCm(23.3).deskAdjustable(true)
                        .deskHeightMinCm(60.0).deskHeightMaxCm(120.0).deskHeightCm(74.0).build());
        // S0 = 38.7 + 2.5 = 41.2; E = 64.5; desk = E - 3.0 keyboard = 61.5
        assertThat(r.recommendedDeskHeightCm()).isCloseTo(61.5, within(1e-9));
        assertThat(r.recommendedSeatHeightCm()).isCloseTo(41.2, within(1e-9));
        assertThat(r.footrestHeightCm()).isZero();
        assertThat(codes(r)).contains("DESK_HEIGHT").doesNotContain("FOOTREST", "DESK_TOO_LOW");
    }

    @Test
    void adjustableDeskThatCannotGoLowEnoughActsAsAFixedDeskAtItsMinimum() {
        WorkstationResult r = advise(Employee.builder("a").sex(Sex.F).build(),
                Workstation.builder().poplitealHeightCm(38.7).elbowRestHeightCm(23.3).deskAdjustable(true)
                        .deskHeightMinCm(68.0).deskHeightMaxCm(120.0).build());
        assertThat(r.recommendedDeskHeightCm()).isEqualTo(68.0);
        assertThat(r.recommendedSeatHeightCm()).isCloseTo(68.0 + 3.0 - 23.3, within(1e-9));
        assertThat(r.footrestHeightCm()).isCloseTo(68.0 + 3.0 - 23.3 - 41.2, within(1e-9));
    }

    @Test
    void chairRangeTooSmallLimitsTheSeatAndSaysSo() {
        WorkstationResult r = advise(Employee.builder("c").sex(Sex.F).build(),
                Workstation.builder().poplitealHeightCm(38.7).elbowRestHeightCm(23.3).shoeAllowanceCm(2.5)
                        .keyboardHeightAboveDeskCm(0.0).deskHeightCm(74.0).seatAdjustable(true)
                        .seatHeightMinCm(42.0).seatHeightMaxCm(48.0).build());
        assertThat(r.recommendedSeatHeightCm()).isEqualTo(48.0);
        assertThat(r.footrestHeightCm()).isCloseTo(48.0 - 41.2, within(1e-9));
        Recommendation range = r.recommendations().stream().filter(x -> x.code().equals("CHAIR_RANGE")).findFirst()
                .orElseThrow();
        assertThat(range.values()).containsEntry("usableSeatHeightCm", 48.0);
        assertThat(range.values().get("neededSeatHeightCm")).isCloseTo(50.7, within(1e-9));
    }

    @Test
    void nonAdjustableSeatIsTheOnlyHeightAvailable() {
        WorkstationResult r = advise(Employee.builder("c").sex(Sex.M).build(),
                Workstation.builder().poplitealHeightCm(43.0).elbowRestHeightCm(24.6).seatAdjustable(false)
                        .seatHeightCm(46.0).build());
        assertThat(r.recommendedSeatHeightCm()).isEqualTo(46.0);
        assertThat(codes(r)).contains("CHAIR_RANGE");
    }

    @Test
    void chairWithoutLumbarSupportGetsACushionAtNineteenCentimetres() {
        WorkstationResult r = advise(Employee.builder("l").build(),
                Workstation.builder().lumbarSupport(Equipment.NONE).build());
        Recommendation lumbar = r.recommendations().stream().filter(x -> x.code().equals("LUMBAR_CUSHION"))
                .findFirst().orElseThrow();
        assertThat(lumbar.text()).contains("no lumbar support", "19 cm");
        assertThat(r.lumbarSupportHeightCm()).isEqualTo(19.0);
    }

    @Test
    void fixedDeskTooLowIsReportedAndTheSeatStaysAtPoplitealHeight() {
        WorkstationResult r = advise(Employee.builder("m").sex(Sex.M).build(),
                Workstation.builder().poplitealHeightCm(43.0).elbowRestHeightCm(24.6).deskHeightCm(60.0).build());
        // ideal = 43 + 2.5 + 24.6 - 3.0 = 67.1
        assertThat(r.idealWorkSurfaceHeightCm()).isCloseTo(67.1, within(1e-9));
        assertThat(r.recommendedSeatHeightCm()).isCloseTo(45.5, within(1e-9));
        assertThat(codes(r)).contains("DESK_TOO_LOW").doesNotContain("FOOTREST");
    }

    @Test
    void deskWithinToleranceNeedsNoChange() {
        // ideal 67.1; 68.1 is exactly at the tolerance and counts as fitting
        WorkstationResult r = advise(Employee.builder("m").sex(Sex.M).build(),
                Workstation.builder().poplitealHeightCm(43.0).elbowRestHeightCm(24.6).deskHeightCm(68.1).build());
        assertThat(r.footrestHeightCm()).isZero();
        assertThat(codes(r)).doesNotContain("DESK_TOO_LOW", "FOOTREST");
    }

    @Test
    void monitorTooHighAndTooFarAreReported() {
        WorkstationResult r = advise(Employee.builder("m").sex(Sex.M).build(),
                Workstation.builder().poplitealHeightCm(43.0).elbowRestHeightCm(24.6).eyeHeightSittingCm(80.0)
                        .monitorTopHeightCm(140.0).monitorDistanceCm(90.0).build());
        // eye height = 45.5 + 80 = 125.5
        assertThat(r.recommendedMonitorTopHeightCm()).isCloseTo(125.5, within(1e-9));
        assertThat(codes(r)).contains("MONITOR_HEIGHT", "MONITOR_DISTANCE");
    }

    @Test
    void seatDeeperThanButtockPoplitealLengthMinusFiveIsReported() {
        WorkstationResult r = advise(Employee.builder("s").build(),
                Workstation.builder().buttockPoplitealLengthCm(46.0).seatDepthCm(42.0).seatDepthAdjustable(true).build());
        assertThat(r.maxSeatDepthCm()).isEqualTo(41.0);
        assertThat(codes(r)).contains("SEAT_DEPTH");
        WorkstationResult ok = advise(Employee.builder("s").build(),
                Workstation.builder().buttockPoplitealLengthCm(46.0).seatDepthCm(41.0).build());
        assertThat(codes(ok)).doesNotContain("SEAT_DEPTH");
    }

    @Test
    void sexXUsesTheMeanOfBothRegressions() {
        WorkstationResult r = advise(Employee.builder("x").sex(Sex.X).statureCm(170.0).build(), Workstation.builder().build());
        double m = -107.0 + 0.3056 * 1700;
        double f = -94.1 + 0.2962 * 1700;
        assertThat(r.dimensions().get(0).valueCm()).isCloseTo((m + f) / 2 / 10, within(1e-9));
    }

    @Test
    void noStatureUsesTheSexMedian() {
        WorkstationResult r = advise(Employee.builder("n").sex(Sex.M).build(), Workstation.builder().build());
        assertThat(r.dimensions().get(0).valueCm()).isEqualTo(43.0);
        assertThat(r.dimensions().get(0).provenance()).isEqualTo(Dimension.Provenance.POPULATION_MEDIAN);
    }

    @Test
    void recommendationsComeInChecklistOrderDeskLumbarFootrestFirst() {
        WorkstationResult r = advise(Employee.builder("o").sex(Sex.F).build(),
                Workstation.builder().poplitealHeightCm(38.7).elbowRestHeightCm(23.3).deskHeightCm(74.0)
                        .lumbarSupport(Equipment.NONE).seatHeightCm(45.0).armrests(Equipment.ADJUSTABLE).build());
        List<Integer> priorities = r.recommendations().stream().map(Recommendation::priority).sorted().toList();
        assertThat(priorities.get(0)).isBetween(50, 70); // after any ROSA finding (from 1), before posture (100)
        assertThat(new dev.ergo.engine.AssessmentResult(Employee.builder("o").build(), java.time.LocalDate.of(2026, 1, 1),
                        List.of(r), List.of()).recommendations().stream().map(Recommendation::code).toList())
                .startsWith("LUMBAR_CUSHION", "FOOTREST", "SEAT_HEIGHT");
    }

    @Test
    void codesTellBuyingFromAdjusting() {
        Workstation.Builder base = Workstation.builder().poplitealHeightCm(38.7).elbowRestHeightCm(23.3).deskHeightCm(74.0);
        Employee e = Employee.builder("k").sex(Sex.F).build();
        assertThat(codes(advise(e, base.footrest(false).lumbarSupport(Equipment.FIXED).armrests(Equipment.FIXED).build())))
                .contains("FOOTREST", "LUMBAR_CHECK", "ARMRESTS_FIXED");
        assertThat(codes(advise(e, base.footrest(true).lumbarSupport(Equipment.ADJUSTABLE).armrests(Equipment.ADJUSTABLE).build())))
                .contains("FOOTREST_ADJUST", "LUMBAR_SUPPORT", "ARMRESTS").doesNotContain("FOOTREST");
        assertThat(advise(e, base.build()).input().deskHeightCm()).isEqualTo(74.0);
    }

    @Test
    void hfesRangesAreCheckedOnBothSides() {
        AssessmentContext ctx = new AssessmentContext(AssessmentOptions.DEFAULT);
        // S0 = 35 + 2.5 = 37.5 < 38; desk = 37.5 + 18 - 3 = 52.5 < 56
        WorkstationAdvisor.advise(Employee.builder("h").build(),
                Workstation.builder().poplitealHeightCm(35.0).elbowRestHeightCm(18.0).build(), ctx);
        assertThat(ctx.notes()).anyMatch(n -> n.contains("37.5 cm is outside the HFES 100-2007 range of 38–56 cm"))
                .anyMatch(n -> n.contains("52.5 cm is outside the HFES 100-2007 sit-only range"));
        AssessmentContext inside = new AssessmentContext(AssessmentOptions.DEFAULT);
        // S0 = 35.5 + 2.5 = 38.0 (at the bound); desk = 38 + 21 - 3 = 56.0 (at the bound)
        WorkstationAdvisor.advise(Employee.builder("h").build(),
                Workstation.builder().poplitealHeightCm(35.5).elbowRestHeightCm(21.0).eyeHeightSittingCm(70.0)
                        .buttockPoplitealLengthCm(45.0).build(), inside);
        assertThat(inside.notes()).noneMatch(n -> n.contains("HFES"));
    }

    @Test
    void fixedSeatDeeperThan43FailsHfes() {
        WorkstationResult r = advise(Employee.builder("d").build(),
                Workstation.builder().buttockPoplitealLengthCm(46.0).seatDepthCm(44.0).seatDepthAdjustable(false).build());
        assertThat(r.recommendations()).filteredOn(x -> x.code().equals("SEAT_DEPTH")).singleElement()
                .extracting(Recommendation::text).asString().contains("fails ANSI/HFES 100-2007");
    }

    @Test
    void medianEstimatesShowThePopulationSpread() {
        WorkstationResult r = advise(Employee.builder("n").sex(Sex.M).build(), Workstation.builder().build());
        assertThat(r.dimensions().get(0).basis()).contains("SD ±2.5 cm"); // popliteal height SD 24.8 mm (§6.1)
        WorkstationResult reg = advise(Employee.builder("n").sex(Sex.M).statureCm(175.0).build(), Workstation.builder().build());
        assertThat(reg.dimensions().get(0).basis()).contains("±1.3 cm"); // regression SEE 13.3 mm (§6.2)
    }

    @Test
    void formatsNumbersForPeople() {
        assertThat(WorkstationAdvisor.fmt(50.66)).isEqualTo("50.7");
        assertThat(WorkstationAdvisor.fmt(19.0)).isEqualTo("19");
        assertThat(WorkstationAdvisor.fmt(9.499)).isEqualTo("9.5");
    }
}
