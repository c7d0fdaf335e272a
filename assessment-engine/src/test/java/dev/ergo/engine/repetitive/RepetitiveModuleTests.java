package dev.ergo.engine.repetitive;

import dev.ergo.engine.internal.repetitive.RepetitiveAdvisor;
import dev.ergo.engine.internal.repetitive.RepetitiveModule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.ResultSection;
import dev.ergo.engine.Risk;
import dev.ergo.engine.internal.AssessmentContext;
import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.repetitive.Hand;
import dev.ergo.model.repetitive.RepetitiveTask;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepetitiveModuleTests {

    private final Assessor assessor =
            Assessor.of(AssessmentOptions.builder().referenceDate(LocalDate.of(2026, 11, 24)).build());

    /** The §5.5 RSI example plus a rated HAL 4 / NPF 4 (above the 2018 TLV). */
    static RepetitiveTask crimpingRight() {
        return RepetitiveTask.builder("Crimping", Hand.RIGHT).hal(4.0).peakForceNpf(4.0).hoursPerDay(8.0)
                .rsiIntensityPctMvc(30.0).rsiEffortsPerMin(10.0).rsiSecondsPerExertion(2.0).rsiWristDeg(0.0).build();
    }

    /** Radwin HAL 6.14 from 1 Hz and 50 %, 20 %MVC: 2018 TLV at that HAL is 2.16, so NPF 2 lies between AL and TLV. */
    static RepetitiveTask packingLeft() {
        return RepetitiveTask.builder("Packing", Hand.LEFT).exertionsPerSecond(1.0).dutyCyclePct(50.0)
                .peakForcePctMvc(20.0).hoursPerDay(6.0).build();
    }

    private AssessmentResult assess(RepetitiveTask... tasks) {
        EmployeeSurvey s = EmployeeSurvey.of(Employee.builder("E-7").build());
        for (RepetitiveTask t : tasks) {
            s = s.withSection(t);
        }
        return assessor.assess(s);
    }

    @Test
    void registryProducesOneFactorResultPerContractKey() {
        AssessmentResult r = assess(crimpingRight(), packingLeft());
        assertThat(r.factors()).extracting(ResultSection::key).containsExactly("handActivity", "revisedStrainIndex");
        HandActivityResult tlv = r.section(HandActivityResult.class).orElseThrow();
        assertThat(tlv.edition()).isEqualTo(HandActivityEdition.ACGIH_2018);
        assertThat(tlv.scores()).extracting(HandActivityScore::risk).containsExactly(Risk.HIGH, Risk.MEDIUM);
        assertThat(tlv.risk()).isEqualTo(Risk.HIGH);
        assertThat(tlv.worst()).get().extracting(HandActivityScore::task).isEqualTo("Crimping");
        RevisedStrainIndexResult rsi = r.section(RevisedStrainIndexResult.class).orElseThrow();
        assertThat(rsi.scores()).hasSize(1);
        assertThat(rsi.risk()).isEqualTo(Risk.HIGH);
        assertThat(r.overallRisk()).isEqualTo(Risk.HIGH);
        assertThat(tlv.method()).contains("2018", "provisional", "Radwin");
        assertThat(rsi.method()).contains("Revised Strain Index", "IM × EM × DM × PM × HM");
    }

    @Test
    void withoutRsiInputsTheRsiFactorIsAbsent() {
        AssessmentResult r = assess(packingLeft());
        assertThat(r.factors()).extracting(ResultSection::key).containsExactly("handActivity");
        assertThat(r.toJsonLine()).doesNotContain("revisedStrainIndex");
        assertThat(assess().toJsonLine()).doesNotContain("handActivity");
    }

    @Test
    void jsonHasTheContractKeys() {
        String line = assess(crimpingRight(), packingLeft()).toJsonLine();
        assertThat(JsonKeys.after(line, "\"handActivity\":[")).containsExactly(
                "task", "hand", "hal", "halSource", "exertionsPerSecond", "dutyCyclePct", "npf", "npfSource",
                "tlvEdition", "provisionalLines", "actionLimitNpf", "tlvNpf", "npfAboveTlv", "zone", "risk",
                "hoursPerDay", "withinScope", "insidePlottedRange");
        assertThat(line).contains("\"handActivity\":[{\"task\":\"Crimping\",\"hand\":\"right\",\"hal\":4.0,"
                + "\"halSource\":\"GIVEN\",\"exertionsPerSecond\":null,\"dutyCyclePct\":null,\"npf\":4.0,"
                + "\"npfSource\":\"GIVEN\",\"tlvEdition\":\"2018\"");
        assertThat(line).contains("{\"task\":\"Packing\",\"hand\":\"left\",\"hal\":6.139442802777186,"
                + "\"halSource\":\"RADWIN\",\"exertionsPerSecond\":1.0,\"dutyCyclePct\":50.0,\"npf\":2.0,"
                + "\"npfSource\":\"PERCENT_MVC\"");
        assertThat(line).contains("\"handActivityRisk\":\"HIGH\"", "\"revisedStrainIndexRisk\":\"HIGH\"");
        assertThat(JsonKeys.after(line, "\"revisedStrainIndex\":[")).containsExactly(
                "task", "hand", "rsi", "im", "em", "dm", "pm", "hm", "band", "risk", "intensity", "effortsPerMin",
                "secondsPerExertion", "wristDeg", "hoursPerDay");
        assertThat(line).contains("\"revisedStrainIndex\":[{\"task\":\"Crimping\",\"hand\":\"right\",\"rsi\":10.31");
        assertThat(line).doesNotContain("\"ratio\"").doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void the2001EditionIsAvailableToLibraryUsers() {
        RepetitiveModule m = new RepetitiveModule(HandActivityEdition.ACGIH_2001);
        List<ResultSection> out = m.assess(EmployeeSurvey.of(Employee.builder("E-8").build(), crimpingRight()),
                new AssessmentContext(AssessmentOptions.DEFAULT));
        HandActivityResult r = (HandActivityResult) out.get(0);
        assertThat(r.edition()).isEqualTo(HandActivityEdition.ACGIH_2001);
        assertThat(r.risk()).isEqualTo(Risk.MEDIUM);
        assertThat(r.method()).contains("2001", "0.78", "0.56");
        String json = new dev.ergo.engine.AssessmentResult(Employee.builder("E-8").build(),
                java.time.LocalDate.of(2026, 11, 24), out, List.of()).toJsonLine();
        assertThat(json).contains("\"tlvEdition\":\"2001\"", "\"provisionalLines\":false", "\"ratio\":0.6666666666666666");
        assertThat(new RepetitiveModule().edition()).isNull(); // the assessment's setting decides
        assertThat(HandActivityTlv.assess(crimpingRight(), HandActivityEdition.ACGIH_2001).zone())
                .isEqualTo(HandActivityZone.ACTION_LIMIT_TO_TLV);
    }

    @Test
    void csvColumnsAreFilled() {
        AssessmentResult r = assess(crimpingRight(), packingLeft());
        List<String> header = Assessor.csvHeader();
        List<String> row = Assessor.csvRow(r);
        assertThat(header).containsSubsequence("hand_activity_risk", "hand_activity_tlv_edition", "hand_activity_tasks",
                "hand_activity_worst", "hand_activity_worst_hal", "hand_activity_worst_npf",
                "hand_activity_worst_tlv_npf", "rsi_risk", "rsi_max", "rsi_worst");
        assertThat(row.get(header.indexOf("hand_activity_risk"))).isEqualTo("HIGH");
        assertThat(row.get(header.indexOf("hand_activity_tlv_edition"))).isEqualTo("2018");
        assertThat(row.get(header.indexOf("hand_activity_tasks"))).isEqualTo("2");
        assertThat(row.get(header.indexOf("hand_activity_worst"))).isEqualTo("Crimping (right)");
        assertThat(Double.parseDouble(row.get(header.indexOf("hand_activity_worst_tlv_npf"))))
                .isCloseTo(3.36, within(1e-9));
        assertThat(Double.parseDouble(row.get(header.indexOf("rsi_max")))).isCloseTo(10.31, within(0.005));
        assertThat(row.get(header.indexOf("rsi_worst"))).isEqualTo("Crimping (right)");
    }

    @Test
    void notesFlagTasksOutsideTheScopeAndThePlottedRange() {
        AssessmentResult r = assess(RepetitiveTask.builder("Sorting", Hand.RIGHT).hal(0.5).peakForceNpf(1.0)
                .hoursPerDay(2.0).build());
        assertThat(r.notes()).anyMatch(n -> n.contains("Sorting (right) takes 2 h a day, outside the 2018 TLV's scope"
                + " of 4 to 8 h a day"));
        assertThat(r.notes()).anyMatch(n -> n.contains("hand activity level 0.5, outside the plotted range of the"
                + " 2018 lines (HAL 1 to 9)"));
        assertThat(assess(crimpingRight()).notes()).isEmpty();
    }

    @Test
    void tlvAdviceGivesForceAndPaceTargetsThatMeetTheTlv() {
        HandActivityScore s = HandActivityTlv.assess(crimpingRight());
        List<Recommendation> recs = RepetitiveAdvisor.handActivity(s);
        assertThat(recs).extracting(Recommendation::code).containsExactly("REDUCE_HAND_FORCE", "SLOW_PACE", "JOB_ROTATION");
        Recommendation force = recs.get(0);
        assertThat(force.text()).contains("from NPF 4 (40 % of maximum strength) to 3.3 or less, the TLV (2018) at hand"
                + " activity level 4", "Below 1.3 it would also be under the action limit");
        assertThat(force.values()).containsEntry("npf", 4.0);
        assertThat(force.priority()).isGreaterThanOrEqualTo(100);
        double statedNpf = 3.3;
        assertThat(HandActivityTlv.zone(statedNpf, s.actionLimitNpf(), s.tlvNpf())).isNotEqualTo(HandActivityZone.ABOVE_TLV);
        Recommendation pace = recs.get(1);
        assertThat(pace.text()).contains("falls from 4 to 2.8 or less (the TLV (2018) at NPF 4)");
        assertThat(s.edition().tlvNpf(2.8)).isGreaterThanOrEqualTo(4.0);
        assertThat(recs.get(2).text()).contains("rest the right hand", "8 h a day");
    }

    @Test
    void tlvAdviceForRadwinTasksNamesFrequencyAndDutyCycle() {
        // AL at HAL 6.14 is NPF 0.16: below MIN_FORCE_TARGET_NPF, so the pace is the only advice
        List<Recommendation> recs = RepetitiveAdvisor.handActivity(HandActivityTlv.assess(packingLeft()));
        assertThat(recs).extracting(Recommendation::code).containsExactly("SLOW_PACE");
        assertThat(recs.get(0).text()).startsWith("Where practicable");
        assertThat(recs.get(0).text()).contains("Now 1 exertion a second, the hand exerting 50 % of the time: fewer or shorter exertions lower it.");
    }

    /** Force targets below NPF 1 are not offered (RepetitiveAdvisor.MIN_FORCE_TARGET_NPF): both sides. */
    @Test
    void forceTargetsBelowOneNpfAreNotOffered() {
        // 2018 AL at HAL 4 is 1.36 (offered), at HAL 5 it is 0.8 (not offered); NPF 2 is between AL and TLV in both
        assertThat(RepetitiveAdvisor.handActivity(HandActivityTlv.assess(RepetitiveTask.builder("A", Hand.LEFT).hal(4.0)
                .peakForceNpf(2.0).hoursPerDay(8.0).build()))).extracting(Recommendation::code)
                .containsExactly("REDUCE_HAND_FORCE", "SLOW_PACE");
        assertThat(RepetitiveAdvisor.handActivity(HandActivityTlv.assess(RepetitiveTask.builder("A", Hand.LEFT).hal(5.0)
                .peakForceNpf(2.0).hoursPerDay(8.0).build()))).extracting(Recommendation::code)
                .containsExactly("SLOW_PACE");
        // above the TLV at HAL 5 (TLV 2.8 ≥ 1 offered) the action-limit hint (0.8 < 1) is left out
        List<Recommendation> high = RepetitiveAdvisor.handActivity(HandActivityTlv.assess(RepetitiveTask
                .builder("A", Hand.LEFT).hal(5.0).peakForceNpf(4.0).hoursPerDay(8.0).build()));
        assertThat(high.get(0).text()).contains("to 2.8 or less").doesNotContain("action limit");
    }

    @Test
    void forceAboveTheTlvAtAnyPaceSaysSo() {
        HandActivityScore s = HandActivityTlv.assess(RepetitiveTask.builder("Press", Hand.RIGHT).hal(2.0)
                .peakForceNpf(6.0).hoursPerDay(8.0).build());
        List<Recommendation> recs = RepetitiveAdvisor.handActivity(s);
        assertThat(recs).extracting(Recommendation::code).containsExactly("REDUCE_HAND_FORCE", "JOB_ROTATION");
        assertThat(recs.get(0).text()).contains("At this force no pace is within the TLV");
    }

    @Test
    void belowTheActionLimitGivesNoAdvice() {
        HandActivityScore s = HandActivityTlv.assess(RepetitiveTask.builder("Light", Hand.LEFT).hal(2.0)
                .peakForceNpf(1.0).hoursPerDay(8.0).build());
        assertThat(s.risk()).isEqualTo(Risk.LOW);
        assertThat(RepetitiveAdvisor.handActivity(s)).isEmpty();
    }

    @Test
    void rsiAdviceTargetsMeetTheHazardThreshold() {
        RsiScore s = RevisedStrainIndex.score(crimpingRight());
        List<Recommendation> recs = RepetitiveAdvisor.rsi(s);
        assertThat(recs).extracting(Recommendation::code).containsExactly("REDUCE_HAND_FORCE", "SLOW_PACE", "JOB_ROTATION");
        double i = recs.get(0).values().get("targetIntensityPct") / 100;
        double e = recs.get(1).values().get("targetEffortsPerMin");
        double d = recs.get(1).values().get("targetSecondsPerExertion");
        double h = recs.get(2).values().get("targetHoursPerDay");
        assertThat(RevisedStrainIndex.score("x", Hand.RIGHT, i, 10, 2, 0, 8).rsi()).isCloseTo(10.0, within(1e-6));
        assertThat(RevisedStrainIndex.score("x", Hand.RIGHT, 0.3, e, 2, 0, 8).rsi()).isCloseTo(10.0, within(1e-6));
        assertThat(RevisedStrainIndex.score("x", Hand.RIGHT, 0.3, 10, d, 0, 8).rsi()).isCloseTo(10.0, within(1e-6));
        assertThat(RevisedStrainIndex.score("x", Hand.RIGHT, 0.3, 10, 2, 0, h).rsi()).isCloseTo(10.0, within(1e-6));
        // the rounded figures in the text are rounded down, so they meet the target too
        assertThat(recs.get(0).text()).contains("from 30 % to " + RepetitiveAdvisor.fmt(RepetitiveAdvisor.floor1(i * 100)) + " %");
        assertThat(RevisedStrainIndex.score("x", Hand.RIGHT, RepetitiveAdvisor.floor1(i * 100) / 100, 10, 2, 0, 8).rsi())
                .isLessThanOrEqualTo(10.0);
        assertThat(recs.get(2).text()).contains("for more than " + RepetitiveAdvisor.fmt(RepetitiveAdvisor.floor1(h))
                + " h a day (now 8 h)", "falls from 10.3 to 10 (the hazard threshold)");
    }

    @Test
    void rsiAdviceForABentWristSuggestsAToolChange() {
        RsiScore s = RevisedStrainIndex.score("Screwing", Hand.RIGHT, 0.2, 6, 3, -50, 6);
        assertThat(s.band()).isEqualTo(RsiBand.INCREASED_RISK);
        List<Recommendation> recs = RepetitiveAdvisor.rsi(s);
        assertThat(recs).extracting(Recommendation::code).contains("TOOL_CHANGE");
        Recommendation tool = recs.stream().filter(x -> x.code().equals("TOOL_CHANGE")).findFirst().orElseThrow();
        assertThat(tool.text()).contains("now 50° extension");
        assertThat(tool.values().get("rsiWithStraightWrist")).isCloseTo(s.rsi() / s.pm(), within(1e-12));
        assertThat(recs.get(0).text()).contains("(the low-risk limit)");
    }

    @Test
    void lowRsiGivesNoAdvice() {
        assertThat(RepetitiveAdvisor.rsi(RevisedStrainIndex.score("x", Hand.LEFT, 0.05, 2, 1, 0, 2))).isEmpty();
    }

    @Test
    void inverseFindsTheLargestInputMeetingTheTarget() {
        assertThat(RepetitiveAdvisor.inverse(x -> 2 * x, 0, 10, 5)).isCloseTo(2.5, within(1e-9));
        assertThat(RepetitiveAdvisor.inverse(x -> 2 * x, 0, 10, 50)).isEqualTo(10.0);
        assertThat(RepetitiveAdvisor.floor1(3.3599999999999994)).isEqualTo(3.3);
        assertThat(RepetitiveAdvisor.floor1(2.7999999999999994)).isEqualTo(2.8);
    }

    @Test
    void editionFollowsTheSetting() {
        Assessor with2001 = Assessor.of(AssessmentOptions.builder()
                .set(RepetitiveSettings.HAND_ACTIVITY_EDITION, HandActivityEdition.ACGIH_2001).build());
        AssessmentResult r = with2001.assess(EmployeeSurvey.of(Employee.builder("E-8").build(), crimpingRight()));
        assertThat(r.section(HandActivityResult.class).orElseThrow().edition()).isEqualTo(HandActivityEdition.ACGIH_2001);
        assertThat(r.toJsonLine()).contains("\"tlvEdition\":\"2001\"");
        assertThat(assess(crimpingRight()).toJsonLine()).contains("\"tlvEdition\":\"2018\"");
    }
}
