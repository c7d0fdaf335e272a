package dev.ergo.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.engine.contact.ContactStressResult;
import dev.ergo.engine.internal.contact.ContactAdvisor;
import dev.ergo.engine.internal.lifting.LiftingAdvice;
import dev.ergo.engine.internal.office.WorkstationAdvisor;
import dev.ergo.engine.internal.repetitive.RepetitiveAdvisor;
import dev.ergo.engine.internal.vibration.HandArmVibration;
import dev.ergo.engine.internal.vibration.WholeBodyVibration;
import dev.ergo.engine.lifting.LiftingResult;
import dev.ergo.engine.lifting.LiftingTaskResult;
import dev.ergo.engine.office.Dimension;
import dev.ergo.engine.office.RosaResult;
import dev.ergo.engine.office.WorkstationResult;
import dev.ergo.engine.posture.PostureResult;
import dev.ergo.engine.posture.PostureTaskResult;
import dev.ergo.engine.repetitive.HandActivityResult;
import dev.ergo.engine.repetitive.RevisedStrainIndexResult;
import dev.ergo.engine.vibration.HandArmVibrationResult;
import dev.ergo.engine.vibration.WholeBodyVibrationResult;
import dev.ergo.model.office.Workstation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code results.jsonl} lines read back with {@link ResultJson#parse(String)} and written again. */
class ResultJsonRoundTripTests {

    static Stream<Arguments> results() {
        return Stream.of(
                Arguments.of("every factor", ResultFixtures.allFactors(ResultFixtures.ASSESSOR)),
                Arguments.of("every factor, Cornell Table A and the 2001 TLV",
                        ResultFixtures.allFactors(ResultFixtures.ALTERNATIVES)),
                Arguments.of("text that needs escaping, no safe load", ResultFixtures.awkwardText()),
                Arguments.of("nothing assessed", ResultFixtures.nothingAssessed()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("results")
    void aLineReadBackIsWrittenAgainByteForByte(String name, AssessmentResult original) {
        for (boolean withName : List.of(false, true)) {
            String line = ResultJson.line(original, withName);
            AssessmentResult read = ResultJson.parse(line);
            assertThat(ResultJson.line(read, withName)).isEqualTo(line);
            assertThat(Assessor.csvRow(read)).isEqualTo(Assessor.csvRow(original));
            assertThat(read.overallRisk()).isEqualTo(original.overallRisk());
            assertThat(read.sections()).extracting(ResultSection::key)
                    .containsExactlyElementsOf(original.sections().stream().map(ResultSection::key).toList());
        }
    }

    @Test
    void theEveryFactorFixtureHasEverySectionTypeAndAdviceFromEach() {
        AssessmentResult r = ResultFixtures.allFactors(ResultFixtures.ASSESSOR);
        assertThat(r.sections()).extracting(s -> s.getClass().getSimpleName()).containsExactly(
                "RosaResult", "WorkstationResult", "PostureResult", "LiftingResult", "HandArmVibrationResult",
                "WholeBodyVibrationResult", "HandActivityResult", "RevisedStrainIndexResult", "ContactStressResult");
        assertThat(r.sections()).filteredOn(s -> !(s instanceof RosaResult))
                .allSatisfy(s -> assertThat(s.recommendations()).as(s.key()).isNotEmpty());
        assertThat(r.section(PostureResult.class).orElseThrow().tasks())
                .filteredOn(t -> !t.recommendations().isEmpty()).hasSizeGreaterThan(1);
    }

    @Test
    void readBackKeepsEveryScoreAndGivesAdviceBackToTheSectionAndTaskThatIssuedIt() {
        AssessmentResult original = ResultFixtures.allFactors(ResultFixtures.ASSESSOR);
        AssessmentResult read = ResultJson.parse(ResultJson.line(original, true));

        assertThat(read.employee().id()).isEqualTo("E-2001");
        assertThat(read.employee().name()).isEqualTo(original.employee().name());
        assertThat(read.assessmentDate()).isEqualTo(original.assessmentDate());
        assertThat(read.notes()).isEqualTo(original.notes()).isNotEmpty();
        // every score equal; the advice is compared below (its priorities come back as line positions)
        assertThat(read.section(RosaResult.class).orElseThrow()).usingRecursiveComparison()
                .ignoringFields("recommendations").isEqualTo(original.section(RosaResult.class).orElseThrow());
        for (int i = 0; i < original.sections().size(); i++) {
            // a section's advice comes back in the line's order, by priority
            List<Recommendation> issued = new java.util.ArrayList<>(original.sections().get(i).recommendations());
            issued.sort(java.util.Comparator.comparingInt(Recommendation::priority));
            assertThat(texts(read.sections().get(i).recommendations()))
                    .as(original.sections().get(i).key())
                    .isEqualTo(texts(issued));
        }

        List<PostureTaskResult> tasks = read.section(PostureResult.class).orElseThrow().tasks();
        List<PostureTaskResult> before = original.section(PostureResult.class).orElseThrow().tasks();
        for (int i = 0; i < before.size(); i++) {
            PostureTaskResult t = tasks.get(i);
            PostureTaskResult b = before.get(i);
            assertThat(t.task()).isEqualTo(b.task());
            assertThat(t.side()).isEqualTo(b.side());
            // the explanations' reasons (their wording as messages) are not in results.jsonl: the English text is
            assertThat(t.rula()).usingRecursiveComparison().ignoringFields("bodyParts.reasons").isEqualTo(b.rula());
            assertThat(t.reba()).usingRecursiveComparison().ignoringFields("bodyParts.reasons").isEqualTo(b.reba());
            assertThat(t.rula().bodyParts()).allSatisfy(p -> assertThat(p.reasons()).isEmpty());
            assertThat(t.owas()).isEqualTo(b.owas());
            assertThat(t.defaulted()).isEqualTo(b.defaulted());
            assertThat(texts(t.recommendations())).as(t.task() + " " + t.side())
                    .isEqualTo(texts(b.recommendations()));
        }

        LiftingResult lifting = read.section(LiftingResult.class).orElseThrow();
        LiftingResult liftingBefore = original.section(LiftingResult.class).orElseThrow();
        assertThat(lifting.compositeLi()).isEqualTo(liftingBefore.compositeLi());
        assertThat(lifting.compositeOrder()).isEqualTo(liftingBefore.compositeOrder());
        assertThat(lifting.duration()).isEqualTo(liftingBefore.duration());
        assertThat(lifting.tasks()).extracting(LiftingTaskResult::li, t -> t.governing().end(), LiftingTaskResult::fili,
                        LiftingTaskResult::coupling)
                .isEqualTo(liftingBefore.tasks().stream()
                        .map(t -> org.assertj.core.groups.Tuple.tuple(t.li(), t.governing().end(), t.fili(), t.coupling()))
                        .toList());

        assertThat(read.section(HandArmVibrationResult.class).orElseThrow().sources())
                .isEqualTo(original.section(HandArmVibrationResult.class).orElseThrow().sources());
        assertThat(read.section(WholeBodyVibrationResult.class).orElseThrow().sources())
                .isEqualTo(original.section(WholeBodyVibrationResult.class).orElseThrow().sources());
        assertThat(read.section(HandActivityResult.class).orElseThrow().scores())
                .isEqualTo(original.section(HandActivityResult.class).orElseThrow().scores());
        assertThat(read.section(RevisedStrainIndexResult.class).orElseThrow().scores())
                .isEqualTo(original.section(RevisedStrainIndexResult.class).orElseThrow().scores());
        assertThat(read.section(ContactStressResult.class).orElseThrow().findings())
                .isEqualTo(original.section(ContactStressResult.class).orElseThrow().findings());
    }

    @Test
    void whatTheLineDoesNotHoldComesBackEmptyAndPrioritiesAreLinePositions() {
        AssessmentResult original = ResultFixtures.allFactors(ResultFixtures.ASSESSOR);
        AssessmentResult read = ResultJson.parse(original.toJsonLine());

        assertThat(read.employee().name()).isNull(); // not written without includeName
        assertThat(read.employee().department()).isNull();
        assertThat(read.employee().statureCm()).isNull();
        WorkstationResult w = read.section(WorkstationResult.class).orElseThrow();
        assertThat(w.input()).isEqualTo(Workstation.builder().build());
        assertThat(w.dimensions()).extracting(Dimension::basis).containsOnly("");
        assertThat(w.dimensions()).extracting(Dimension::label)
                .isEqualTo(original.section(WorkstationResult.class).orElseThrow().dimensions().stream()
                        .map(Dimension::label).toList());
        LiftingTaskResult lift = read.section(LiftingResult.class).orElseThrow().tasks().get(0);
        assertThat(lift.governing().h()).isNaN();
        assertThat(lift.sourceRow()).isNull();
        assertThat(read.section(PostureResult.class).orElseThrow().tasks()).allSatisfy(t -> assertThat(t.origin()).isNull());
        assertThat(read.recommendations()).extracting(Recommendation::priority)
                .isEqualTo(IntStream.range(0, original.recommendations().size()).boxed().toList());
        assertThat(read.recommendations()).extracting(Recommendation::code)
                .isEqualTo(original.recommendations().stream().map(Recommendation::code).toList());
    }

    @Test
    void membersTheContractDoesNotKnowAreIgnored() {
        String line = ResultFixtures.nothingAssessed().toJsonLine();
        String future = line.replace("\"notes\":", "\"later\":{\"x\":[1,2.5,null,true]},\"notes\":");
        assertThat(ResultJson.line(ResultJson.parse(future), false)).isEqualTo(line);
    }

    @Test
    void aLineThatIsNotAResultsLineIsRejectedNamingTheMember() {
        String rosa = ResultFixtures.allFactors(ResultFixtures.ASSESSOR).toJsonLine();
        assertThatThrownBy(() -> ResultJson.parse("not json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> ResultJson.parse("[1]")).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> ResultJson.parse("{\"employeeId\":\"E-1\"} {}")).hasMessageContaining("text after");
        assertThatThrownBy(() -> ResultJson.parse("{\"employeeId\":\"E-1\"}"))
                .hasMessage("assessmentDate: expected a string but it is missing");
        assertThatThrownBy(() -> ResultJson.parse("{\"employeeId\":\"E-1\",\"employeeId\":\"E-2\"}"))
                .hasMessageContaining("Duplicate");
        assertThatThrownBy(() -> ResultJson.parse(rosa.replaceFirst("\"rosa\":\\{\"score\":\\d+", "\"rosa\":{\"score\":\"six\"")))
                .hasMessage("rosa.score: expected an integer but was a string");
        assertThatThrownBy(() -> ResultJson.parse(rosa.replace("\"assessmentDate\":\"2026-11-24\"",
                "\"assessmentDate\":\"2026-13-01\""))).hasMessageStartingWith("assessmentDate: ");
        assertThatThrownBy(() -> ResultJson.parse(rosa.replace("\"part\":\"UPPER_ARM\"", "\"part\":\"ELBOW\"")))
                .hasMessage("rula[0].bodyParts[0].part: unknown value \"ELBOW\"");
        String unclaimed = ResultFixtures.nothingAssessed().toJsonLine().replace("\"recommendations\":[]",
                "\"recommendations\":[{\"code\":\"NEW_ADVICE\",\"text\":\"t\",\"rule\":\"r\",\"source\":\"s\"}]");
        assertThatThrownBy(() -> ResultJson.parse(unclaimed))
                .hasMessage("recommendations[0]: no section of this line issues code NEW_ADVICE");
    }

    @Test
    void readLinesReadsAFileSkippingBlankLinesAndNamesTheLineThatFails(@TempDir Path tmp) throws IOException {
        AssessmentResult a = ResultFixtures.allFactors(ResultFixtures.ASSESSOR);
        AssessmentResult b = ResultFixtures.nothingAssessed();
        Path file = tmp.resolve("results.jsonl");
        Files.writeString(file, a.toJsonLine() + "\n" + b.toJsonLine() + "\n\n", StandardCharsets.UTF_8);
        assertThat(ResultJson.readLines(file)).extracting(AssessmentResult::toJsonLine)
                .containsExactly(a.toJsonLine(), b.toJsonLine());

        Files.writeString(file, b.toJsonLine() + "\n\n{\"employeeId\":7}\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ResultJson.readLines(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("results.jsonl line 3: employeeId: expected a string but was 7");
    }

    private static List<String> texts(List<Recommendation> recommendations) {
        return recommendations.stream().map(Recommendation::text).toList();
    }

    /**
     * The recommendation sources as ergo 0.1 wrote them, when they cited the internal specification files
     * instead of {@code docs/methods.md}: the whole source, or the part every source of its kind starts with.
     */
    private static final Map<String, String> SOURCES_0_1 = Map.of(
            HandArmVibration.SOURCE, "methods-lifting-vibration §2.1; Directive 2002/44/EC Art. 3 [V1];"
                    + " Control of Vibration at Work Regulations 2005 [V2]; HSE ready-reckoner [V3]",
            WholeBodyVibration.SOURCE, "methods-lifting-vibration §2.2; Directive 2002/44/EC Art. 3 [V1];"
                    + " Control of Vibration at Work Regulations 2005 Sch. 2 [V2]; HSE WBV calculator [V5]",
            WholeBodyVibration.SOURCE_VDV, "methods-lifting-vibration §2.2 (ISO 2631-1:1997 VDV, UNCONFIRMED) [V6];"
                    + " Directive 2002/44/EC Art. 3 [V1]",
            WholeBodyVibration.SOURCE_CONTROL, "toolkit advice (control measures are not specified in"
                    + " methods-lifting-vibration §2.2); limits §2.2 [V1, V2]",
            LiftingAdvice.SOURCE, "methods-lifting-vibration-repetitive-contact §1.1–§1.3 (NIOSH Applications Manual, L1)",
            RepetitiveAdvisor.SRC_TLV, "methods-lifting-vibration-repetitive-contact §3.1; ACGIH Hand Activity TLV",
            RepetitiveAdvisor.SRC_RSI, "methods-lifting-vibration-repetitive-contact §3.3; Garg, Moore & Kapellusch 2017 (R8, R9)",
            ContactAdvisor.SOURCE_PREFIX, "methods-lifting-vibration-repetitive-contact §4; ",
            WorkstationAdvisor.SOURCE_PREFIX, "methods-posture-office §5.9 ");

    @Test
    void aLineWrittenBeforeTheSourcesCitedTheMethodsDocumentIsStillRead() {
        AssessmentResult original = ResultFixtures.allFactors(ResultFixtures.ASSESSOR);
        String line = ResultJson.line(original, false);
        String old = line;
        for (Map.Entry<String, String> e : SOURCES_0_1.entrySet()) {
            assertThat(old).as(e.getKey()).contains("\"source\":\"" + e.getKey());
            old = old.replace("\"source\":\"" + e.getKey(), "\"source\":\"" + e.getValue());
        }

        AssessmentResult read = ResultJson.parse(old);

        assertThat(read.sections()).extracting(ResultSection::key)
                .containsExactlyElementsOf(original.sections().stream().map(ResultSection::key).toList());
        for (int i = 0; i < original.sections().size(); i++) {
            assertThat(read.sections().get(i).recommendations()).as(original.sections().get(i).key())
                    .extracting(Recommendation::code)
                    .containsExactlyInAnyOrderElementsOf(original.sections().get(i).recommendations().stream()
                            .map(Recommendation::code).toList());
        }
        assertThat(read.recommendations()).extracting(Recommendation::source)
                .anySatisfy(s -> assertThat(s).startsWith("methods-lifting-vibration §2.1"))
                .anySatisfy(s -> assertThat(s).startsWith("methods-posture-office §5.9 "));
        assertThat(read.overallRisk()).isEqualTo(original.overallRisk());
    }
}
