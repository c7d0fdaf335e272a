package dev.ergo.engine.office;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.engine.Recommendation;
import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.Equipment;
import dev.ergo.model.Sex;
import dev.ergo.model.SurveySection;
import dev.ergo.model.office.RosaChecklist;
import dev.ergo.model.office.Workstation;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ROSA findings become actions (issue #15): methods-posture-office §3.2, §3.9, re-scored with {@link Rosa#score}. */
class RosaAdviceTests {

    private static final Assessor ASSESSOR =
            Assessor.of(AssessmentOptions.builder().referenceDate(LocalDate.of(2026, 11, 24)).build());

    /** Every item neutral (score 1, no add-ons), every duration over 4 h (+1) but the phone's (0): ROSA 3. */
    static RosaChecklist.Builder neutral() {
        return RosaChecklist.builder()
                .seatHeight(1).seatDepth(1).armrest(1).backSupport(1).chairHoursPerDay(8.0)
                .monitor(1).monitorHoursPerDay(8.0)
                .phone(1).phoneHoursPerDay(2.0)
                .mouse(1).mouseHoursPerDay(8.0)
                .keyboard(1).keyboardHoursPerDay(8.0);
    }

    /**
     * The ROSA-only employee of issue #15, ROSA-D3 of methods-posture-office §7.2 (final 6): seat too low
     * and not adjustable, seat too long, armrests too high and hard, no lumbar support and work surface too
     * high, monitor too low without document holder, phone held between neck and shoulder with no hands-free
     * option, reaching to a mouse on another surface, keyboard tilted up and too high.
     */
    static RosaChecklist.Builder rosaD3() {
        return neutral()
                .seatHeight(2).seatHeightNonAdjustable(true).seatDepth(2)
                .armrest(2).armrestHard(true).backSupport(2).backSupportWorkSurfaceTooHigh(true)
                .monitor(2).monitorNoDocumentHolder(true)
                .phoneNeckShoulderHold(true).phoneNoHandsFree(true)
                .mouse(2).mouseDifferentSurface(true)
                .keyboard(2).keyboardTooHigh(true);
    }

    private static AssessmentResult assess(SurveySection... sections) {
        return ASSESSOR.assess(EmployeeSurvey.of(Employee.builder("R-1").sex(Sex.M).statureCm(178.0).build(),
                sections));
    }

    private static RosaResult rosa(AssessmentResult r) {
        return r.section(RosaResult.class).orElseThrow();
    }

    private static List<String> codes(List<Recommendation> recs) {
        return recs.stream().map(Recommendation::code).toList();
    }

    private static double value(Recommendation r, String name) {
        return r.values().get(name);
    }

    @Test
    void rosaOnlyEmployeeGetsAChecklistWhoseFirstItemsBringTheScoreBelowTheActionLevel() {
        AssessmentResult result = assess(rosaD3().build());
        RosaResult r = rosa(result);
        assertThat(r.score()).isEqualTo(6);
        assertThat(result.recommendations()).isEqualTo(r.recommendations());
        // 15 findings; the phone's two add-ons share one action.
        assertThat(codes(r.recommendations())).hasSize(14).doesNotHaveDuplicates().allMatch(c -> c.startsWith("ROSA_"));
        assertThat(codes(r.recommendations()).subList(0, 6)).containsExactly("ROSA_MOUSE_SAME_SURFACE",
                "ROSA_ARMREST_HEIGHT", "ROSA_PHONE_HEADSET", "ROSA_KEYBOARD_FLAT", "ROSA_SEAT_HEIGHT",
                "ROSA_ARMREST_SOFT");
        assertThat(r.itemsToScoreBelow(RosaTables.ACTION_LEVEL)).hasValue(6);
        assertThat(r.scoreAfter(5)).isEqualTo(5);
        assertThat(r.scoreAfter(6)).isEqualTo(4);
        assertThat(r.recommendations().get(5).text())
                .endsWith("With the ROSA items above, this lowers your ROSA score from 5 to 4, below the action level 5.");
        assertThat(r.scoreAfter(r.recommendations().size())).isLessThan(RosaTables.MEDIUM_FROM);
    }

    /** The claim in the text, checked against the scorer directly with the six fixes written out. */
    @Test
    void theFirstSixFixesReScoredIndependentlyGiveFour() {
        RosaChecklist fixed = rosaD3().mouseDifferentSurface(false).armrest(1).phoneNeckShoulderHold(false)
                .phoneNoHandsFree(false).keyboard(1).seatHeight(1).armrestHard(false).build();
        assertThat(Rosa.score(fixed).score()).isEqualTo(4);
        RosaChecklist five = rosaD3().mouseDifferentSurface(false).armrest(1).phoneNeckShoulderHold(false)
                .phoneNoHandsFree(false).keyboard(1).seatHeight(1).build();
        assertThat(Rosa.score(five).score()).isEqualTo(5);
    }

    @Test
    void eachRecommendationCarriesTheScoreNowAloneAndWithTheItemsAbove() {
        RosaResult r = rosa(assess(rosaD3().build()));
        int previous = r.score();
        for (Recommendation rec : r.recommendations()) {
            assertThat(value(rec, RosaResult.SCORE_NOW)).isEqualTo(6.0);
            assertThat(value(rec, RosaResult.SCORE_IF_FIXED)).isBetween(1.0, 6.0);
            double together = value(rec, RosaResult.SCORE_WITH_ITEMS_ABOVE);
            assertThat(together).isLessThanOrEqualTo(previous);
            previous = (int) together;
        }
        assertThat(r.recommendations()).extracting(Recommendation::priority).isSorted().doesNotHaveDuplicates();
        assertThat(r.recommendations().get(0).priority()).isEqualTo(1);
    }

    @Test
    void aFixThatAloneLowersTheScoreSaysSoAndComesFirst() {
        // E1012 of the sample: phone out of reach and held between neck and shoulder, ROSA 5.
        RosaChecklist c = neutral().seatHeight(2).armrest(2).backSupport(2).chairHoursPerDay(7.0)
                .monitor(2).monitorHoursPerDay(7.0).phone(2).phoneNeckShoulderHold(true).phoneHoursPerDay(5.0)
                .mouseHoursPerDay(6.0).keyboard(2).keyboardHoursPerDay(6.0).build();
        RosaResult r = rosa(assess(c));
        assertThat(r.score()).isEqualTo(5);
        Recommendation first = r.recommendations().get(0);
        assertThat(first.code()).isEqualTo(OfficeAction.ROSA_PHONE_HEADSET.code());
        assertThat(first.text()).isEqualTo("Use a headset or speakerphone instead of holding the phone between your"
                + " neck and shoulder. This lowers your ROSA score from 5 to 4, below the action level 5.");
        assertThat(first.rule()).isEqualTo("ROSA telephone: neck-shoulder hold +2");
        assertThat(value(first, RosaResult.SCORE_IF_FIXED)).isEqualTo(4.0);
        assertThat(Rosa.score(RosaChecklist.builder().seatHeight(2).seatDepth(1).armrest(2).backSupport(2)
                .chairHoursPerDay(7.0).monitor(2).monitorHoursPerDay(7.0).phone(2).phoneHoursPerDay(5.0)
                .mouse(1).mouseHoursPerDay(6.0).keyboard(2).keyboardHoursPerDay(6.0).build()).score()).isEqualTo(4);
        assertThat(r.itemsToScoreBelow(RosaTables.ACTION_LEVEL)).hasValue(1);
    }

    static Stream<Arguments> singleFindings() {
        return Stream.of(
                finding(b -> b.seatHeight(2), "ROSA_SEAT_HEIGHT", "seat pan height: too low or too high 2", "knees"),
                finding(b -> b.seatHeight(3), "ROSA_FOOT_SUPPORT", "seat pan height: no foot contact 3", "footrest"),
                finding(b -> b.seatHeightNoLegSpace(true), "ROSA_LEG_SPACE", "insufficient space under the desk +1",
                        "cross them"),
                finding(b -> b.seatHeightNonAdjustable(true), "ROSA_SEAT_HEIGHT_ADJUSTABLE", "non-adjustable height +1",
                        "seat height can be adjusted"),
                finding(b -> b.seatDepth(2), "ROSA_SEAT_DEPTH", "seat pan depth: too long or too short 2", "7.5 cm"),
                finding(b -> b.seatDepthNonAdjustable(true), "ROSA_SEAT_DEPTH_ADJUSTABLE", "non-adjustable depth +1",
                        "43 cm"),
                finding(b -> b.armrest(2), "ROSA_ARMREST_HEIGHT", "armrests: too high or too low 2", "in line with your"
                        + " shoulders"),
                finding(b -> b.armrestHard(true), "ROSA_ARMREST_SOFT", "hard or damaged surface +1", "padded"),
                finding(b -> b.armrestTooWide(true), "ROSA_ARMREST_WIDTH", "armrests: too wide +1", "close to your body"),
                finding(b -> b.armrestNonAdjustable(true), "ROSA_ARMREST_ADJUSTABLE", "armrests: non-adjustable +1",
                        "can be adjusted"),
                finding(b -> b.backSupport(2), "ROSA_BACK_SUPPORT", "back support: no or misplaced lumbar support",
                        "19 cm"),
                finding(b -> b.backSupportWorkSurfaceTooHigh(true), "ROSA_WORK_SURFACE_HEIGHT",
                        "work surface too high +1", "shoulders can relax"),
                finding(b -> b.backSupportNonAdjustable(true), "ROSA_BACK_SUPPORT_ADJUSTABLE",
                        "back support: non-adjustable +1", "height and tilt"),
                finding(b -> b.monitor(2), "ROSA_MONITOR_HEIGHT", "monitor: too low 2", "Raise your screen"),
                finding(b -> b.monitor(3), "ROSA_MONITOR_HEIGHT", "monitor: too high (neck extension) 3",
                        "Lower your screen"),
                finding(b -> b.monitorTooFar(true), "ROSA_MONITOR_DISTANCE", "too far (over 75 cm) +1",
                        "about an arm's length away, 50 to 75 cm"),
                finding(b -> b.monitorNeckTwist(true), "ROSA_MONITOR_IN_FRONT", "neck twist over 30° +1",
                        "straight in front of you"),
                finding(b -> b.monitorGlare(true), "ROSA_MONITOR_GLARE", "glare on the screen +1", "glare"),
                finding(b -> b.monitorNoDocumentHolder(true), "ROSA_DOCUMENT_HOLDER", "documents without holder +1",
                        "document holder"),
                finding(b -> b.phone(2), "ROSA_PHONE_REACH", "telephone: reach over 30 cm 2", "30 cm"),
                finding(b -> b.phoneNeckShoulderHold(true), "ROSA_PHONE_HEADSET", "telephone: neck-shoulder hold +2",
                        "Use a headset or speakerphone"),
                finding(b -> b.phoneNoHandsFree(true), "ROSA_PHONE_HEADSET", "telephone: no hands-free option +1",
                        "Get a headset or a speakerphone"),
                finding(b -> b.mouse(2), "ROSA_MOUSE_REACH", "mouse: reaching 2", "in line with your shoulder"),
                finding(b -> b.mouseDifferentSurface(true), "ROSA_MOUSE_SAME_SURFACE",
                        "mouse and keyboard on different surfaces +2",
                        "Put the mouse on the same surface as the keyboard, beside it."),
                finding(b -> b.mousePinchGrip(true), "ROSA_MOUSE_FIT", "pinch grip (small mouse) +1", "fits your hand"),
                finding(b -> b.mouseHardPalmRest(true), "ROSA_PALM_REST", "hard palm rest in front of the mouse +1",
                        "palm rest"),
                finding(b -> b.keyboard(2), "ROSA_KEYBOARD_FLAT", "wrists extended over 15° or keyboard tilted up 2",
                        "flat"),
                finding(b -> b.keyboardDeviation(true), "ROSA_KEYBOARD_WRISTS", "wrist deviation while typing +1",
                        "not bent sideways"),
                finding(b -> b.keyboardTooHigh(true), "ROSA_KEYBOARD_HEIGHT", "keyboard: too high (shoulders shrugged) +1",
                        "elbow height"),
                finding(b -> b.keyboardOverheadReach(true), "ROSA_OVERHEAD_ITEMS", "reaching to overhead items +1",
                        "overhead shelves"),
                finding(b -> b.keyboardNonAdjustable(true), "ROSA_KEYBOARD_PLATFORM",
                        "non-adjustable keyboard platform +1", "adjustable keyboard platform"));
    }

    private static Arguments finding(UnaryOperator<RosaChecklist.Builder> change, String code, String rule,
            String words) {
        return Arguments.of(code + " (" + rule + ")", change, code, rule, words);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleFindings")
    void everyFindingYieldsItsOwnActionWithItsRuleAndSource(String name, UnaryOperator<RosaChecklist.Builder> change,
            String code, String rule, String words) {
        RosaResult r = rosa(assess(change.apply(neutral()).build()));
        assertThat(r.recommendations()).singleElement().satisfies(rec -> {
            assertThat(rec.code()).isEqualTo(code);
            assertThat(OfficeAction.fromCode(rec.code())).hasValueSatisfying(a -> assertThat(a.isRosa()).isTrue());
            assertThat(rec.rule()).startsWith("ROSA ").contains(rule);
            assertThat(rec.text()).contains(words);
            assertThat(rec.source()).contains("Sonne, Villalta & Andrews 2012", "docs/methods.md §3.1.");
            assertThat(rec.priority()).isEqualTo(1);
        });
    }

    @Test
    void everyRosaActionIsReachableFromSomeFinding() {
        List<String> reached = singleFindings().map(a -> (String) a.get()[2]).distinct().toList();
        assertThat(reached).containsExactlyInAnyOrderElementsOf(Stream.of(OfficeAction.values())
                .filter(OfficeAction::isRosa).map(OfficeAction::code).toList());
    }

    @Test
    void aNeutralChecklistGetsNoRosaActionEvenWithLongDays() {
        RosaResult r = rosa(assess(neutral().build()));
        assertThat(r.score()).isEqualTo(3);
        assertThat(r.recommendations()).isEmpty();
        assertThat(r.itemsToScoreBelow(RosaTables.ACTION_LEVEL)).isEmpty();
    }

    @Test
    void bothPhoneAddOnsGiveOneHeadsetItem() {
        RosaResult r = rosa(assess(neutral().phoneNeckShoulderHold(true).phoneNoHandsFree(true).build()));
        assertThat(r.recommendations()).singleElement().satisfies(rec -> {
            assertThat(rec.code()).isEqualTo("ROSA_PHONE_HEADSET");
            assertThat(rec.text()).startsWith("Get and use a headset or speakerphone");
            assertThat(rec.rule()).isEqualTo("ROSA telephone: neck-shoulder hold +2; ROSA telephone: no hands-free"
                    + " option +1");
        });
    }

    /** Action level 5 (paper) on both sides: 5 gets the "below the action level" sentence, 4 only "green". */
    @Test
    void atTheActionLevelTheTextNamesItAndJustBelowItNamesGreen() {
        RosaResult five = rosa(assess(neutral().phoneNeckShoulderHold(true).phoneHoursPerDay(8.0).monitor(3).build()));
        assertThat(five.score()).isEqualTo(RosaTables.ACTION_LEVEL);
        assertThat(five.recommendations().get(0).text()).contains("below the action level 5");
        assertThat(five.itemsToScoreBelow(RosaTables.ACTION_LEVEL)).hasValue(1);

        RosaResult four = rosa(assess(neutral().seatHeight(3).backSupport(2).phoneHoursPerDay(0.5).build()));
        assertThat(four.score()).isEqualTo(RosaTables.MEDIUM_FROM); // ROSA-D2
        assertThat(four.itemsToScoreBelow(RosaTables.ACTION_LEVEL)).isEmpty();
        assertThat(four.itemsToScoreBelow(RosaTables.MEDIUM_FROM)).isPresent();
        assertThat(four.recommendations()).allSatisfy(rec -> assertThat(rec.text()).doesNotContain("action level"));
        assertThat(four.recommendations()).anySatisfy(rec -> assertThat(rec.text()).endsWith("to 3 (green)."));
    }

    // ---- one recommendation where the Workstation row and ROSA speak about the same thing ----

    /** 178 cm man, popliteal 44 cm: target seat 46.5 cm; adjustable chair set at 42 cm; fixed 72 cm desk. */
    private static Workstation.Builder station() {
        return Workstation.builder().poplitealHeightCm(44.0).elbowRestHeightCm(24.0).eyeHeightSittingCm(80.0)
                .deskHeightCm(67.5).deskAdjustable(false)
                .seatHeightCm(42.0).seatAdjustable(true).seatHeightMinCm(38.0).seatHeightMaxCm(55.0)
                .lumbarSupport(Equipment.ADJUSTABLE).armrests(Equipment.ADJUSTABLE);
    }

    @Test
    void seatTooLowInBothGivesOneItemWithTheMeasuredHeight() {
        AssessmentResult r = assess(station().build(), neutral().seatHeight(2).build());
        assertThat(codes(r.recommendations())).containsOnlyOnce("SEAT_HEIGHT").doesNotContain("ROSA_SEAT_HEIGHT");
        Recommendation seat = rosa(r).recommendations().get(0);
        assertThat(seat.code()).isEqualTo("SEAT_HEIGHT");
        assertThat(seat.text()).startsWith("Set your seat to 46.5 cm above the floor (now 42 cm).");
        assertThat(seat.rule()).startsWith("ROSA seat pan height: too low or too high 2; seat = popliteal height");
        assertThat(seat.source()).contains("docs/methods.md §3.2.2 step 1", "Sonne, Villalta & Andrews 2012");
        assertThat(seat.values()).containsKeys("seatHeightCm", RosaResult.SCORE_NOW, RosaResult.SCORE_IF_FIXED);
        assertThat(r.section(WorkstationResult.class).orElseThrow().recommendations())
                .extracting(Recommendation::code).doesNotContain("SEAT_HEIGHT");
    }

    @Test
    void noLumbarSupportInBothGivesOneCushion() {
        AssessmentResult r = assess(station().lumbarSupport(Equipment.NONE).build(), neutral().backSupport(2).build());
        assertThat(codes(r.recommendations())).containsOnlyOnce("LUMBAR_CUSHION").doesNotContain("ROSA_BACK_SUPPORT");
        assertThat(rosa(r).recommendations()).extracting(Recommendation::code).containsExactly("LUMBAR_CUSHION");
    }

    @Test
    void screenHeightInBothGivesOneItemWithTheMeasuredEyeHeight() {
        AssessmentResult r = assess(station().monitorTopHeightCm(140.0).build(), neutral().monitor(3).build());
        assertThat(codes(r.recommendations())).containsOnlyOnce("MONITOR_HEIGHT").doesNotContain("ROSA_MONITOR_HEIGHT");
        assertThat(rosa(r).recommendations().get(0).text()).startsWith("Lower your screen by");
    }

    @Test
    void feetNotReachingTheFloorInBothGiveOneFootrest() {
        // Fixed 76 cm desk: the seat is raised to 55 cm, the footrest makes up the difference.
        AssessmentResult r = assess(station().deskHeightCm(76.0).seatHeightCm(55.0).build(),
                neutral().seatHeight(3).build());
        assertThat(codes(r.recommendations())).containsOnlyOnce("FOOTREST").doesNotContain("ROSA_FOOT_SUPPORT");
        assertThat(rosa(r).recommendations().get(0).code()).isEqualTo("FOOTREST");
    }

    @Test
    void aSeatRaisedForTheDeskTakesItsFootrestWithIt() {
        AssessmentResult r = assess(station().deskHeightCm(76.0).build(), rosaD3().seatHeightNonAdjustable(false)
                .build());
        List<Recommendation> recs = rosa(r).recommendations();
        int seat = codes(recs).indexOf("SEAT_HEIGHT");
        assertThat(seat).isNotNegative();
        assertThat(recs.get(seat + 1).code()).isEqualTo("FOOTREST");
        assertThat(recs.get(seat + 1).priority()).isEqualTo(recs.get(seat).priority());
        assertThat(recs.get(seat + 1).rule()).endsWith("done together with the raised seat");
        assertThat(codes(r.recommendations())).containsOnlyOnce("FOOTREST");
    }

    @Test
    void aFootrestForAROSAFindingTakesTheRaisedSeatItAssumesWithIt() {
        // ROSA: no foot contact and work surface too high; fixed 76 cm desk, seat now 50 cm: raise to 55 cm.
        AssessmentResult r = assess(station().deskHeightCm(76.0).seatHeightCm(50.0).build(),
                neutral().seatHeight(3).backSupportWorkSurfaceTooHigh(true).build());
        List<Recommendation> recs = rosa(r).recommendations();
        assertThat(codes(recs)).containsExactly("SEAT_HEIGHT", "FOOTREST");
        assertThat(recs).extracting(Recommendation::priority).containsExactly(1, 1);
        assertThat(recs.get(0).rule()).startsWith("ROSA back support: work surface too high +1; seat raised");
        assertThat(recs.get(1).rule()).startsWith("ROSA seat pan height: no foot contact 3; footrest =");
        assertThat(recs.get(0).text()).doesNotContain("ROSA score");
        assertThat(recs.get(1).text()).endsWith("This lowers your ROSA score from 4 to 3 (green).");
        assertThat(rosa(r).itemsToScoreBelow(RosaTables.MEDIUM_FROM)).hasValue(2);
    }

    @Test
    void theRaisedSeatComesFirstEvenWhenOnlyItsFootrestAnswersAFinding() {
        AssessmentResult r = assess(station().deskHeightCm(76.0).seatHeightCm(50.0).build(),
                neutral().seatHeight(3).build());
        List<Recommendation> recs = rosa(r).recommendations();
        assertThat(codes(recs)).containsExactly("SEAT_HEIGHT", "FOOTREST");
        assertThat(recs.get(0).rule()).endsWith("; done together with the footrest");
        assertThat(recs.get(1).rule()).startsWith("ROSA seat pan height: no foot contact 3");
        assertThat(recs.get(0).values()).containsEntry(RosaResult.SCORE_WITH_ITEMS_ABOVE, 3.0);
    }

    @Test
    void aNonAdjustableSeatTooLowAsksForAChairThatReachesTheMeasuredHeight() {
        AssessmentResult r = assess(station().seatHeightCm(42.0).seatAdjustable(false).build(),
                neutral().seatHeight(2).seatHeightNonAdjustable(true).build());
        assertThat(rosa(r).recommendations()).singleElement().satisfies(rec -> {
            assertThat(rec.code()).isEqualTo("CHAIR_RANGE");
            assertThat(rec.text()).startsWith("Your chair's seat height cannot be adjusted (42 cm): get a chair whose"
                    + " seat height reaches 46.5 cm");
            assertThat(rec.rule()).contains("too low or too high 2", "non-adjustable height +1");
        });
    }

    @Test
    void withoutAWorkstationRowTheNonAdjustableSeatAsksForAnAdjustableChair() {
        RosaResult r = rosa(assess(neutral().seatHeightNonAdjustable(true).build()));
        assertThat(r.recommendations()).singleElement().extracting(Recommendation::text)
                .isEqualTo("Get a chair whose seat height can be adjusted.");
    }

    @Test
    void rosaFindingsComeBeforeTheWorkstationsOwnAdvice() {
        AssessmentResult r = assess(station().monitorDistanceCm(90.0).build(), rosaD3().build());
        List<Recommendation> all = r.recommendations();
        int rosaItems = rosa(r).recommendations().size();
        assertThat(all.subList(0, rosaItems)).isEqualTo(rosa(r).recommendations());
        assertThat(all.subList(rosaItems, all.size())).extracting(Recommendation::priority)
                .allMatch(p -> p >= 50 && p < 100);
        assertThat(codes(all)).doesNotHaveDuplicates();
    }

    @Test
    void rosaScoreWithoutAssessorHasNoRecommendations() {
        assertThat(Rosa.score(rosaD3().build()).recommendations()).isEmpty();
    }
}
