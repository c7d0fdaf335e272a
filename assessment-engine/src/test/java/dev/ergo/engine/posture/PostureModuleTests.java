package dev.ergo.engine.posture;

import dev.ergo.engine.internal.EngineTexts;
import dev.ergo.engine.internal.posture.PostureModule;
import static dev.ergo.engine.posture.PostureFixtures.neutral;
import static dev.ergo.engine.posture.PostureFixtures.neutralExplicit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.engine.InvalidSurveyException;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import dev.ergo.model.validation.Violation;
import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.SourceRow;
import dev.ergo.model.posture.RebaCoupling;
import dev.ergo.model.posture.LoadMode;
import dev.ergo.model.posture.PostureObservation;
import dev.ergo.model.posture.Side;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostureModuleTests {

    private final Assessor assessor =
            Assessor.of(AssessmentOptions.builder().referenceDate(LocalDate.of(2026, 11, 24)).build());

    /** RULA-D2's posture (§7.2) on the right side. */
    static PostureObservation typing() {
        return PostureObservation.builder("Typing").side(Side.RIGHT).upperArmDeg(25.0).lowerArmDeg(110.0)
                .wristDeg(-10.0).neckDeg(25.0).trunkDeg(10.0).staticPosture(true)
                .origin(SourceRow.of("Postures", 2)).build();
    }

    /** REBA-D1's posture (§7.2) with an OWAS code. */
    static PostureObservation lifting() {
        return PostureObservation.builder("Lifting").neckDeg(30.0).trunkDeg(70.0).legsBilateral(false)
                .upperArmDeg(60.0).lowerArmDeg(40.0).wristDeg(20.0).loadKg(15.0).coupling(RebaCoupling.FAIR)
                .repeatedAction(true).owasCode("2131").origin(SourceRow.of("Postures", 3)).build();
    }

    @Test
    void jsonWritesTheContractKeysRulaRebaOwasAsListsPerTask() {
        AssessmentResult r = assessor.assess(EmployeeSurvey.of(Employee.builder("E-7").build(), typing(), lifting()));
        String line = r.toJsonLine();
        assertThat(line).contains("\"overallRisk\":\"HIGH\"");
        assertThat(line).contains("\"rula\":[{\"task\":\"Typing\",\"score\":4,\"actionLevel\":2,\"scoreA\":3,"
                + "\"scoreB\":3,\"scoreC\":4,\"scoreD\":4,\"risk\":\"MEDIUM\",\"side\":\"right\","
                + "\"tableAVersion\":\"RULA_A_MC1993\",\"upperArm\":2,\"lowerArm\":2,\"wrist\":2,\"wristTwist\":1,"
                + "\"neck\":3,\"trunk\":2,\"legs\":1,\"muscleUseA\":1,\"forceA\":0,\"muscleUseB\":1,\"forceB\":0,"
                + "\"bodyParts\":[{\"part\":\"UPPER_ARM\",\"angleDeg\":25.0,\"score\":2,"
                + "\"explanation\":\"upper arm 25° flexion (20–45° flexion: 2)\"}");
        assertThat(line).contains("{\"task\":\"Lifting\",\"score\":7,\"actionLevel\":4,\"scoreA\":4,\"scoreB\":5,");
        assertThat(line).contains("\"reba\":[{\"task\":\"Typing\",\"score\":4,\"level\":\"MEDIUM\",\"actionLevel\":2,");
        assertThat(line).contains("{\"task\":\"Lifting\",\"score\":11,\"level\":\"VERY_HIGH\",\"actionLevel\":4,"
                + "\"scoreA\":8,\"scoreB\":6,\"scoreC\":10,\"risk\":\"HIGH\",\"side\":null,\"tableA\":6,\"load\":2,"
                + "\"tableB\":5,\"coupling\":1,\"activity\":1,");
        assertThat(line).contains("\"owas\":[{\"task\":\"Lifting\",\"code\":\"2131\",\"actionCategory\":2,"
                + "\"risk\":\"MEDIUM\",\"side\":null,\"back\":2,\"arms\":1,\"legs\":3,\"load\":1}]");
        assertThat(line).contains("\"posture\":{\"risk\":\"HIGH\",\"worstTask\":\"Lifting\","
                + "\"tableAVersion\":\"RULA_A_MC1993\",\"tasks\":[{\"task\":\"Typing\",\"side\":\"right\","
                + "\"risk\":\"MEDIUM\",\"defaulted\":[\"shoulder_raised\",");
        assertThat(line.indexOf("\"rula\":[")).isLessThan(line.indexOf("\"reba\":["));
        assertThat(line.indexOf("\"reba\":[")).isLessThan(line.indexOf("\"owas\":["));
        assertThat(line).doesNotContain("NaN").doesNotContain("Infinity").doesNotContain("\n");
    }

    @Test
    void owasKeyIsAbsentWhenNoRowHasACodeAndPostureIsAbsentWithoutRows() {
        String line = assessor.assess(EmployeeSurvey.of(Employee.builder("E-8").build(), typing())).toJsonLine();
        assertThat(line).contains("\"rula\":[", "\"reba\":[").doesNotContain("\"owas\"");
        String none = assessor.assess(EmployeeSurvey.of(Employee.builder("E-9").build())).toJsonLine();
        assertThat(none).doesNotContain("\"rula\"", "\"reba\"", "\"owas\"", "\"posture\"");
    }

    @Test
    void csvColumnsAreRegisteredAndFilledWithTheWorstValues() {
        AssessmentResult r = assessor.assess(EmployeeSurvey.of(Employee.builder("E-7").build(), typing(), lifting()));
        List<String> header = Assessor.csvHeader();
        List<String> row = Assessor.csvRow(r);
        assertThat(header).containsSubsequence("posture_tasks", "posture_worst_task", "rula_max_score",
                "rula_max_action_level", "reba_max_score", "reba_max_level", "owas_max_action_category",
                "posture_risk");
        assertThat(row.get(header.indexOf("posture_tasks"))).isEqualTo("2");
        assertThat(row.get(header.indexOf("posture_worst_task"))).isEqualTo("Lifting");
        assertThat(row.get(header.indexOf("rula_max_score"))).isEqualTo("7");
        assertThat(row.get(header.indexOf("rula_max_action_level"))).isEqualTo("4");
        assertThat(row.get(header.indexOf("reba_max_score"))).isEqualTo("11");
        assertThat(row.get(header.indexOf("reba_max_level"))).isEqualTo("VERY_HIGH");
        assertThat(row.get(header.indexOf("owas_max_action_category"))).isEqualTo("2");
        assertThat(row.get(header.indexOf("posture_risk"))).isEqualTo("HIGH");
        List<String> noOwas = Assessor.csvRow(assessor.assess(EmployeeSurvey.of(Employee.builder("E-8").build(), typing())));
        assertThat(noOwas.get(header.indexOf("owas_max_action_category"))).isEmpty();
    }

    @Test
    void factorLightIsTheWorstTaskAndTaskLightIsTheWorseOfRulaAndReba() {
        PostureResult p = assessor.assess(EmployeeSurvey.of(Employee.builder("E-7").build(), typing(), lifting()))
                .section(PostureResult.class).orElseThrow();
        assertThat(p.tasks()).extracting(PostureTaskResult::risk).containsExactly(Risk.MEDIUM, Risk.HIGH);
        assertThat(p.risk()).isEqualTo(Risk.HIGH);
        assertThat(p.worstTask().task()).isEqualTo("Lifting");
        assertThat(p.method()).contains("RULA", "REBA", "OWAS", "RULA_A_MC1993");
        assertThat(p.key()).isEqualTo("posture");
        // RULA AL1 (LOW) with REBA medium gives MEDIUM; OWAS does not raise the task light.
        PostureTaskResult t = PostureModule.scoreTask(
                neutral("Crouch").kneeDeg(90.0).legsBilateral(false).staticPosture(true).owasCode("4353").build(),
                RulaTableA.MCATAMNEY_CORLETT_1993);
        assertThat(t.rula().risk()).isEqualTo(Risk.LOW);
        assertThat(t.reba().score()).isEqualTo(4);
        assertThat(t.owas()).isNotNull().extracting(OwasResult::risk).isEqualTo(Risk.HIGH);
        assertThat(t.risk()).isEqualTo(Risk.MEDIUM);
    }

    @Test
    void engineAppliesTheWorkbookDefaultsAndReportsThem() {
        PostureTaskResult blank = PostureModule.scoreTask(neutral("Blank").build(), RulaTableA.MCATAMNEY_CORLETT_1993);
        assertThat(blank.defaulted()).containsExactly("shoulder_raised", "upper_arm_abducted", "arm_supported",
                "arm_across_midline", "wrist_deviated", "wrist_twisted", "neck_twisted", "neck_side_bent",
                "trunk_twisted", "trunk_side_bent", "seated", "legs_supported", "legs_bilateral", "knee_deg",
                "load_kg", "load_mode", "coupling", "static_posture", "repeated_action", "rapid_posture_change");
        assertThat(blank.defaultedValues()).containsEntry("legs_supported", "yes").containsEntry("legs_bilateral", "yes")
                .containsEntry("knee_deg", "0").containsEntry("load_kg", "0").containsEntry("load_mode", "intermittent")
                .containsEntry("coupling", "good").containsEntry("shoulder_raised", "no").containsEntry("seated", "no");
        PostureTaskResult explicit = PostureModule.scoreTask(neutralExplicit("Explicit").build(),
                RulaTableA.MCATAMNEY_CORLETT_1993);
        assertThat(explicit.defaulted()).isEmpty();
        // The defaults give the same scores as the explicit values they stand for.
        assertThat(blank.rula().score()).isEqualTo(explicit.rula().score()).isEqualTo(1);
        assertThat(blank.reba().score()).isEqualTo(explicit.reba().score()).isEqualTo(1);
        assertThat(blank.rula().legs()).isEqualTo(1);
        assertThat(blank.reba().legs()).isEqualTo(1);
        assertThat(Rula.score(neutral("x").legsSupported(false).build()).legs()).isEqualTo(2);
        assertThat(Reba.score(neutral("x").legsBilateral(false).build()).legs()).isEqualTo(2);
    }

    @Test
    void defaultedInputsBecomeNotesForTheAssessor() {
        AssessmentResult r = assessor.assess(EmployeeSurvey.of(Employee.builder("E-7").build(), typing(),
                neutralExplicit("Explicit").build()));
        assertThat(r.notes()).filteredOn(n -> n.startsWith("Posture task")).hasSize(1).first().asString()
                .startsWith("Posture task \"Typing\" (Postures row 2): blank inputs scored with their defaults:"
                        + " shoulder_raised no, upper_arm_abducted no,")
                .contains("legs_supported yes", "knee_deg 0", "load_mode intermittent", "coupling good")
                .doesNotContain("static_posture");
    }

    @Test
    void aTasksDefaultsNoteIsWordForWordTheNoteTheAssessmentAdds() {
        AssessmentResult r = assessor.assess(EmployeeSurvey.of(Employee.builder("E-7").build(), typing(),
                neutralExplicit("Explicit").build()));
        PostureResult p = r.section(PostureResult.class).orElseThrow();
        PostureTaskResult typing = p.tasks().stream().filter(t -> t.task().equals("Typing")).findFirst().orElseThrow();
        PostureTaskResult explicit = p.tasks().stream().filter(t -> t.task().equals("Explicit")).findFirst().orElseThrow();

        // what a report leaves out of its notes because it lists the defaults beside the task
        assertThat(typing.defaultsNote()).map(EngineTexts.english()::text).hasValueSatisfying(note ->
                assertThat(r.notes()).filteredOn(n -> n.startsWith("Posture task")).containsExactly(note));
        assertThat(explicit.defaultsNote()).isEmpty();
        // a task built in code has no row: the note does not name one
        assertThat(PostureModule.scoreTask(neutral("Blank").build(), RulaTableA.MCATAMNEY_CORLETT_1993).defaultsNote())
                .map(EngineTexts.english()::text).hasValueSatisfying(note ->
                        assertThat(note).startsWith("Posture task \"Blank\": blank inputs scored with their defaults:"
                                + " shoulder_raised no,").endsWith(", rapid_posture_change no."));
    }

    @Test
    void theChangeThatLowersTheScoreIsRecommendedWithTheNumbers() {
        PostureTaskResult t = PostureModule.scoreTask(neutral("Filing").trunkDeg(70.0).build(),
                RulaTableA.MCATAMNEY_CORLETT_1993);
        assertThat(t.rula().score()).isEqualTo(4);
        assertThat(t.reba().score()).isEqualTo(2);
        assertThat(t.risk()).isEqualTo(Risk.MEDIUM);
        assertThat(t.recommendations()).singleElement().satisfies(rec -> {
            assertThat(rec.code()).isEqualTo("POSTURE_TRUNK");
            assertThat(rec.priority()).isEqualTo(100);
            assertThat(rec.text()).isEqualTo("Task \"Filing\": Raise the work or bring it closer so you can keep"
                    + " your back upright (now bent forward 70°). This lowers RULA 4 → 1 and REBA 2 → 1.");
            assertThat(rec.values()).containsEntry("rulaBefore", 4.0).containsEntry("rulaAfter", 1.0)
                    .containsEntry("rebaBefore", 2.0).containsEntry("rebaAfter", 1.0);
            assertThat(rec.rule()).startsWith("re-scored with the trunk upright");
            assertThat(rec.source()).contains("docs/methods.md §4.1.3", "§4.2.2");
        });
    }

    /**
     * RULA-D4's posture. Worked by hand from §1 and §2: RULA 7 (C 8, D 8) and REBA 8 (A 4, B 7, C 7,
     * activity 1). One change at a time: trunk upright RULA 7, REBA 5; upper arm hanging 7, 5; neck
     * upright 7, 6; elbow 80° 7, 6; wrist straight 7, 6; no static holding 7, 7; legs supported 7, 8;
     * no load 7, 8 (RULA saturates at 7; REBA load is 0 at 5 kg). Ties keep the candidate order.
     */
    @Test
    void atMostThreeChangesRankedByCombinedDrop() {
        PostureObservation heavy = PostureObservation.builder("Heavy").upperArmDeg(100.0).lowerArmDeg(40.0)
                .wristDeg(20.0).wristTwisted(true).neckDeg(30.0).trunkDeg(40.0).legsSupported(false)
                .staticPosture(true).loadKg(5.0).loadMode(LoadMode.STATIC).build();
        PostureTaskResult t = PostureModule.scoreTask(heavy, RulaTableA.MCATAMNEY_CORLETT_1993);
        assertThat(t.rula().score()).isEqualTo(7);
        assertThat(t.reba().score()).isEqualTo(8);
        List<Recommendation> recs = t.recommendations();
        assertThat(recs).extracting(Recommendation::code)
                .containsExactly("POSTURE_TRUNK", "POSTURE_UPPER_ARM", "POSTURE_NECK");
        assertThat(recs).extracting(r -> r.values().get("rebaAfter")).containsExactly(5.0, 5.0, 6.0);
        assertThat(recs).extracting(Recommendation::priority).containsOnly(100);
        assertThat(recs.get(0).text()).isEqualTo("Task \"Heavy\": Raise the work or bring it closer so you can keep"
                + " your back upright (now bent forward 40°). This lowers REBA 8 → 5.");
        assertThat(recs.get(1).text()).isEqualTo("Task \"Heavy\": Bring the work closer and lower so your upper arms"
                + " can hang close to the body (now raised 100° forward). This lowers REBA 8 → 5.");
    }

    @Test
    void lowTasksGetNoRecommendations() {
        PostureTaskResult t = PostureModule.scoreTask(neutral("Reading").neckDeg(5.0).build(),
                RulaTableA.MCATAMNEY_CORLETT_1993);
        assertThat(t.risk()).isEqualTo(Risk.LOW);
        assertThat(t.recommendations()).isEmpty();
    }

    @Test
    void postureAdviceReachesTheAssessmentWorstTaskFirstAndBestChangeFirst() {
        AssessmentResult r = assessor.assess(EmployeeSurvey.of(Employee.builder("E-7").build(), typing(), lifting()));
        PostureResult p = r.section(PostureResult.class).orElseThrow();
        assertThat(p.tasksWorstFirst()).extracting(PostureTaskResult::task).containsExactly("Lifting", "Typing");
        List<Recommendation> expected = new java.util.ArrayList<>(p.tasks().get(1).recommendations());
        expected.addAll(p.tasks().get(0).recommendations());
        assertThat(r.recommendations()).isEqualTo(expected).isNotEmpty().allSatisfy(rec -> {
            assertThat(rec.code()).startsWith("POSTURE_");
            assertThat(rec.priority()).isEqualTo(100);
        });
        assertThat(r.recommendations().get(0).text()).startsWith("Task \"Lifting\": ");
        assertThat(r.toJsonLine()).contains("\"recommendations\":[{\"code\":\"POSTURE_");
    }

    @Test
    void tableVersionIsChosenByConstructorOrSetting() {
        PostureObservation d3 = neutral("D3").upperArmDeg(30.0).lowerArmDeg(40.0).build();
        assertThat(new PostureModule().tableA()).isEqualTo(RulaTableA.MCATAMNEY_CORLETT_1993);
        PostureResult mc = new PostureModule().assess(List.of(d3));
        PostureResult cornell = new PostureModule(RulaTableA.CORNELL).assess(List.of(d3));
        assertThat(mc.tasks().get(0).rula().score()).isEqualTo(3);
        assertThat(cornell.tasks().get(0).rula().score()).isEqualTo(2);
        assertThat(cornell.tasks().get(0).rula().tableA()).isEqualTo(RulaTableA.CORNELL);
        assertThat(cornell.method()).contains("RULA_A_CORNELL");
        AssessmentResult viaSetting = Assessor.of(AssessmentOptions.builder()
                        .set(PostureSettings.RULA_TABLE_A, RulaTableA.CORNELL).build())
                .assess(dev.ergo.model.EmployeeSurvey.of(dev.ergo.model.Employee.builder("P-1").build(), d3));
        assertThat(viaSetting.section(PostureResult.class).orElseThrow().tasks().get(0).rula().score()).isEqualTo(2);
        assertThat(Assessor.create().assess(dev.ergo.model.EmployeeSurvey.of(dev.ergo.model.Employee.builder("P-1").build(), d3))
                .section(PostureResult.class).orElseThrow().tasks().get(0).rula().score()).isEqualTo(3);
        assertThatThrownBy(() -> new PostureModule().assess(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tasks must not be empty");
    }

    @Test
    void sideIsRecordedInEveryResult() {
        PostureTaskResult t = PostureModule.scoreTask(typing(), RulaTableA.MCATAMNEY_CORLETT_1993);
        assertThat(t.side()).isEqualTo(Side.RIGHT);
        assertThat(t.rula().side()).isEqualTo(Side.RIGHT);
        assertThat(t.reba().side()).isEqualTo(Side.RIGHT);
        assertThat(t.origin()).isEqualTo(SourceRow.of("Postures", 2));
    }

    @Test
    void validationNamesTheFieldAndTheRange() {
        PostureObservation bad = PostureObservation.builder(" ").upperArmDeg(201.0).wristDeg(-91.0).neckDeg(0.0)
                .trunkDeg(120.0).kneeDeg(161.0).loadKg(-1.0).owasCode("2181").buildIncomplete();
        List<Violation> v = assessor.validator().validateRecord(bad);
        assertThat(v).extracting(Violation::property).containsExactlyInAnyOrder("task", "upperArmDeg", "lowerArmDeg",
                "wristDeg", "kneeDeg", "loadKg", "owasCode");
        assertThat(message(v, "upperArmDeg")).isEqualTo("must be between -90° and 200°");
        assertThat(message(v, "lowerArmDeg")).isEqualTo("must not be null");
        assertThat(message(v, "wristDeg")).isEqualTo("must be between -90° and 90°");
        assertThat(message(v, "owasCode"))
                .isEqualTo("must be 4 digits: back 1-4, arms 1-3, legs 1-7, load 1-3 (for example 2131)");
        assertThat(message(v, "task")).isEqualTo("must not be blank");
        assertThatThrownBy(() -> assessor.assess(EmployeeSurvey.of(Employee.builder("E-10").build(), bad)))
                .isInstanceOf(InvalidSurveyException.class);
    }

    @Test
    void rangesAreInclusiveAtBothEnds() {
        PostureObservation lo = PostureObservation.builder("lo").upperArmDeg(-90.0).lowerArmDeg(0.0).wristDeg(-90.0)
                .neckDeg(-60.0).trunkDeg(-60.0).kneeDeg(0.0).loadKg(0.0).owasCode("1111").build();
        PostureObservation hi = PostureObservation.builder("hi").upperArmDeg(200.0).lowerArmDeg(180.0).wristDeg(90.0)
                .neckDeg(90.0).trunkDeg(120.0).kneeDeg(160.0).loadKg(100.0).owasCode("4373").build();
        assertThat(assessor.validator().validateRecord(lo)).isEmpty();
        assertThat(assessor.validator().validateRecord(hi)).isEmpty();
        assertThat(assessor.validator().validateRecord(lo.toBuilder().neckDeg(-60.01).build()))
                .extracting(Violation::property).containsExactly("neckDeg");
        assertThat(assessor.validator().validateRecord(hi.toBuilder().trunkDeg(120.01).build()))
                .extracting(Violation::property).containsExactly("trunkDeg");
        assertThat(assessor.validator().validateRecord(hi.toBuilder().lowerArmDeg(Double.NaN).build()))
                .extracting(Violation::property).containsExactly("lowerArmDeg");
    }

    @Test
    void enumsParseTheWorkbookWords() {
        assertThat(Side.parse(" Left ")).isEqualTo(Side.LEFT);
        assertThat(LoadMode.parse("SHOCK")).isEqualTo(LoadMode.SHOCK);
        assertThat(RebaCoupling.parse("unacceptable")).isEqualTo(RebaCoupling.UNACCEPTABLE);
        assertThatThrownBy(() -> LoadMode.parse("often")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be intermittent, static, repeated or shock but was 'often'");
        assertThatThrownBy(() -> RebaCoupling.parse("ok")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be good, fair, poor or unacceptable but was 'ok'");
        assertThatThrownBy(() -> Side.parse("both")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be left or right but was 'both'");
    }

    private static String message(List<Violation> v, String property) {
        return v.stream().filter(x -> x.property().equals(property)).findFirst().orElseThrow().message();
    }
}
