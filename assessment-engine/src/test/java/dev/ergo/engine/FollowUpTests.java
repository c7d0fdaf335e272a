package dev.ergo.engine;

import static dev.ergo.engine.FollowUpFixtures.BASELINE_DAY;
import static dev.ergo.engine.FollowUpFixtures.FOLLOW_UP_DAY;
import static dev.ergo.engine.FollowUpFixtures.lifting;
import static dev.ergo.engine.FollowUpFixtures.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.engine.FollowUp.Change;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpTests {

    @Test
    void theFixtureLoadsGiveTheThreeLights() {
        assertThat(lifting("A", 10, BASELINE_DAY).overallRisk()).isEqualTo(Risk.LOW);
        assertThat(lifting("A", 30, BASELINE_DAY).overallRisk()).isEqualTo(Risk.MEDIUM);
        assertThat(lifting("A", 80, BASELINE_DAY).overallRisk()).isEqualTo(Risk.HIGH);
    }

    @Test
    void changeIsByOverallLight() {
        assertThat(Change.of(Risk.HIGH, Risk.MEDIUM)).isEqualTo(Change.IMPROVED);
        assertThat(Change.of(Risk.LOW, Risk.MEDIUM)).isEqualTo(Change.WORSENED);
        assertThat(Change.of(Risk.MEDIUM, Risk.MEDIUM)).isEqualTo(Change.UNCHANGED);
    }

    @Test
    void aRedesignedLiftIsImprovedWithTheLiBeforeAndAfter() {
        AssessmentResult before = roundTrip(lifting("E1", 80, BASELINE_DAY));
        AssessmentResult after = lifting("E1", 10, FOLLOW_UP_DAY);
        FollowUp f = FollowUp.compare(before, after);
        assertThat(f.baselineDate()).isEqualTo(BASELINE_DAY);
        assertThat(f.overallRiskBefore()).isEqualTo(Risk.HIGH);
        assertThat(f.change()).isEqualTo(Change.IMPROVED);
        FollowUp.FactorChange lift = f.factors().get("lifting");
        assertThat(lift.riskBefore()).isEqualTo(Risk.HIGH);
        assertThat(lift.riskAfter()).isEqualTo(Risk.LOW);
        assertThat(lift.before().doubleValue()).isEqualTo(80 / 23.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(lift.after().doubleValue()).isLessThan(lift.before().doubleValue());
        assertThat(f.resolved()).contains("LIFT_LOAD");
        assertThat(f.newCodes()).isEmpty();
        assertThat(f.methodChanges()).isEmpty();
    }

    @Test
    void aFactorPresentInOneRoundOnlyHasNullsForTheOther() {
        AssessmentResult before = roundTrip(lifting("E1", 30, BASELINE_DAY));
        AssessmentResult after = FollowUpFixtures.none("E1", FOLLOW_UP_DAY);
        FollowUp f = FollowUp.compare(before, after);
        assertThat(f.factors()).containsOnlyKeys("lifting");
        assertThat(f.factors().get("lifting").riskAfter()).isNull();
        assertThat(f.factors().get("lifting").after()).isNull();
        assertThat(f.factors().get("lifting").riskBefore()).isEqualTo(Risk.MEDIUM);
        String json = Baseline.of(List.of(before)).line(after, false);
        assertThat(json).contains("\"followUp\":{\"baselineDate\":\"2026-03-10\",\"overallRiskBefore\":\"MEDIUM\","
                + "\"change\":\"IMPROVED\",\"factors\":{\"lifting\":{\"riskBefore\":\"MEDIUM\",\"riskAfter\":null,");
        assertThat(json).contains("\"after\":null}},\"resolved\":[");
        assertThat(json).endsWith("\"stillOpen\":[],\"new\":[],\"methodChanges\":[]}}");
    }

    @Test
    void codesAreSplitIntoResolvedStillOpenAndNew() {
        AssessmentResult all = ResultFixtures.allFactors(ResultFixtures.ASSESSOR);
        AssessmentResult lift = lifting(all.employee().id(), 80, FOLLOW_UP_DAY);
        FollowUp f = FollowUp.compare(roundTrip(all), lift);
        List<String> before = all.recommendations().stream().map(Recommendation::code).distinct().toList();
        List<String> after = lift.recommendations().stream().map(Recommendation::code).distinct().toList();
        assertThat(f.stillOpen()).isEqualTo(after.stream().filter(before::contains).toList()).isNotEmpty();
        assertThat(f.resolved()).isEqualTo(before.stream().filter(c -> !after.contains(c)).toList()).isNotEmpty();
        assertThat(f.newCodes()).isEqualTo(after.stream().filter(c -> !before.contains(c)).toList());
        assertThat(f.factors()).containsKeys("rosa", "posture", "lifting", "handArmVibration", "wholeBodyVibration",
                "handActivity", "revisedStrainIndex", "contactStress");
        assertThat(f.factors().get("rosa").before()).isInstanceOf(Integer.class);
        assertThat(f.factors().get("posture").before()).isInstanceOf(Integer.class);
        assertThat(f.factors().get("handArmVibration").before()).isInstanceOf(Double.class);
    }

    @Test
    void anotherRulaTableOrTlvEditionIsAMethodChange() {
        AssessmentResult before = roundTrip(ResultFixtures.allFactors(ResultFixtures.ASSESSOR));
        AssessmentResult after = ResultFixtures.allFactors(ResultFixtures.ALTERNATIVES);
        FollowUp f = FollowUp.compare(before, after);
        assertThat(f.methodChanges()).containsExactly("RULA Table A: RULA_A_MC1993 -> RULA_A_CORNELL",
                "ACGIH hand activity TLV edition: 2018 -> 2001");
        assertThat(FollowUp.compare(before, ResultFixtures.allFactors(ResultFixtures.ASSESSOR)).methodChanges()).isEmpty();
    }

    @Test
    void resultsOfDifferentEmployeesAreNotCompared() {
        assertThatThrownBy(() -> FollowUp.compare(lifting("E1", 10, BASELINE_DAY), lifting("e1", 10, FOLLOW_UP_DAY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("E1").hasMessageContaining("e1");
    }

    /** Each factor's codec names its key figure: scores and counts as Integer, measures as Double. */
    @Test
    void everyBuiltInFactorHasAKeyFigureOfItsKind() {
        AssessmentResult all = ResultFixtures.allFactors(ResultFixtures.ASSESSOR);
        FollowUp f = FollowUp.compare(roundTrip(all), all);
        java.util.Map<String, Class<?>> kinds = java.util.Map.of("rosa", Integer.class, "posture", Integer.class,
                "handArmVibration", Double.class, "wholeBodyVibration", Double.class,
                "handActivity", Double.class, "revisedStrainIndex", Double.class, "contactStress", Integer.class);
        assertThat(f.factors().keySet()).containsAll(kinds.keySet()).contains("lifting").hasSize(kinds.size() + 1);
        // the fixture's lifts have an undefined Composite Lifting Index: no key figure (a defined one: aRedesignedLift...)
        assertThat(all.factors().stream().filter(x -> x.key().equals("lifting")).findFirst().orElseThrow())
                .isInstanceOfSatisfying(dev.ergo.engine.lifting.LiftingResult.class, l -> {
                    assertThat(l.tasks()).hasSizeGreaterThanOrEqualTo(2);
                    assertThat(l.compositeLi()).isNull();
                });
        assertThat(f.factors().get("lifting").after()).isNull();
        kinds.forEach((key, kind) -> assertThat(f.factors().get(key).after()).as(key).isInstanceOf(kind)
                .as(key + " read back").isEqualTo(f.factors().get(key).before()));
    }
}
