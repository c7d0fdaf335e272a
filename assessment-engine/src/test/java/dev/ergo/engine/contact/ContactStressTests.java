package dev.ergo.engine.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import dev.ergo.model.validation.Violation;
import dev.ergo.engine.repetitive.JsonKeys;
import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.contact.ContactStressTask;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ContactStressTests {

    private static List<ContactCriterion> criteria(ContactStressTask... tasks) {
        return ContactStress.findings(List.of(tasks)).stream().map(ContactFinding::criterion).toList();
    }

    private static ContactStressTask hand(double perHour, double hours) {
        return ContactStressTask.builder("Fitting").handImpactsPerHour(perHour).impactHoursPerDay(hours).build();
    }

    private static ContactStressTask knee(double perHour, double hours) {
        return ContactStressTask.builder("Carpet").kneeImpactsPerHour(perHour).impactHoursPerDay(hours).build();
    }

    private static ContactStressTask kneeling(double hours) {
        return ContactStressTask.builder("Tiling").kneelingHoursPerDay(hours).build();
    }

    /** WAC 296-62-05105 item 9 (caution) and WAC 296-62-05174 (hazard): rate thresholds 10/h and 60/h, exclusive. */
    @ParameterizedTest(name = "hand {0}/h for {1} h/day -> {2}")
    @CsvSource({
        "10, 3, NONE", "10.01, 3, WA_CAUTION_HAND_IMPACT", "11, 3, WA_CAUTION_HAND_IMPACT",
        "60, 3, WA_CAUTION_HAND_IMPACT", "60.01, 3, WA_HAZARD_HAND_IMPACT", "61, 3, WA_HAZARD_HAND_IMPACT",
        "11, 2, NONE", "11, 2.01, WA_CAUTION_HAND_IMPACT", "61, 2, NONE", "61, 2.01, WA_HAZARD_HAND_IMPACT",
        "61, 1.99, NONE", "0, 8, NONE"
    })
    void handImpactThresholds(double perHour, double hours, String expected) {
        assertThat(criteria(hand(perHour, hours))).isEqualTo(expected.equals("NONE") ? List.of()
                : List.of(ContactCriterion.valueOf(expected)));
    }

    @ParameterizedTest(name = "knee {0}/h for {1} h/day -> {2}")
    @CsvSource({
        "10, 3, NONE", "10.01, 3, WA_CAUTION_KNEE_IMPACT", "11, 3, WA_CAUTION_KNEE_IMPACT",
        "60, 3, WA_CAUTION_KNEE_IMPACT", "60.01, 3, WA_HAZARD_KNEE_IMPACT", "61, 3, WA_HAZARD_KNEE_IMPACT",
        "11, 2, NONE", "11, 2.01, WA_CAUTION_KNEE_IMPACT", "61, 2, NONE", "61, 2.01, WA_HAZARD_KNEE_IMPACT",
        "61, 1.99, NONE"
    })
    void kneeImpactThresholds(double perHour, double hours, String expected) {
        assertThat(criteria(knee(perHour, hours))).isEqualTo(expected.equals("NONE") ? List.of()
                : List.of(ContactCriterion.valueOf(expected)));
    }

    /** WAC 296-62-05105 item 4 (caution: more than 2 h) and WAC 296-62-05174 (hazard: more than 4 h). */
    @ParameterizedTest(name = "kneeling {0} h/day -> {1}")
    @CsvSource({
        "0, NONE", "1.99, NONE", "2, NONE", "2.01, WA_CAUTION_KNEELING", "3.99, WA_CAUTION_KNEELING",
        "4, WA_CAUTION_KNEELING", "4.01, WA_HAZARD_KNEELING", "8, WA_HAZARD_KNEELING"
    })
    void kneelingThresholds(double hours, String expected) {
        assertThat(criteria(kneeling(hours))).isEqualTo(expected.equals("NONE") ? List.of()
                : List.of(ContactCriterion.valueOf(expected)));
    }

    @Test
    void everyFindingSaysWhichCriterionFired() {
        ContactStressResult r = ContactStress.assess(List.of(knee(120, 3)));
        assertThat(r.findingTexts()).containsExactly("Hazard zone (WAC 296-62-05174): knee used as a hammer more than 60"
                + " times an hour for more than 2 hours a day ('Carpet' 120 times an hour for 3 h a day)");
        assertThat(ContactStress.assess(List.of(hand(20, 2.5))).findingTexts()).containsExactly("Caution zone"
                + " (WAC 296-62-05105): hand (heel or base of the palm) used as a hammer more than 10 times an hour for"
                + " more than 2 hours a day ('Fitting' 20 times an hour for 2.5 h a day)");
        assertThat(ContactStress.assess(List.of(kneeling(5))).findingTexts())
                .containsExactly("Hazard zone (WAC 296-62-05174): kneeling more than 4 hours a day ('Tiling' 5 h a day)");
    }

    @Test
    void hardEdgeContactIsAToolkitRuleNamedAsSuch() {
        ContactStressTask t = ContactStressTask.builder("Assembly").hardEdgeContactHoursPerDay(1.5).bodyPart("forearm")
                .build();
        ContactStressResult r = ContactStress.assess(List.of(t));
        assertThat(r.findingTexts()).containsExactly("Toolkit rule (not a published criterion): localized pressure from"
                + " hard or sharp edges or tool handles ('Assembly', forearm 1.5 h a day)");
        assertThat(r.risk()).isEqualTo(Risk.MEDIUM);
        assertThat(r.recommendations()).singleElement().satisfies(rec -> {
            assertThat(rec.code()).isEqualTo("PADDING");
            assertThat(rec.text()).startsWith("Remove the hard-edge pressure on the forearm in 'Assembly' (1.5 h a day)");
            assertThat(rec.source()).contains("toolkit rule");
        });
        assertThat(criteria(ContactStressTask.builder("A").hardEdgeContactHoursPerDay(0.0).build())).isEmpty();
        assertThat(criteria(ContactStressTask.builder("A").hardEdgeContactHoursPerDay(0.01).build()))
                .containsExactly(ContactCriterion.TOOLKIT_HARD_EDGE);
    }

    @Test
    void hazardMakesTheCautionFindingOfTheSameExposureRedundant() {
        assertThat(criteria(hand(120, 3))).containsExactly(ContactCriterion.WA_HAZARD_HAND_IMPACT);
        assertThat(criteria(kneeling(6))).containsExactly(ContactCriterion.WA_HAZARD_KNEELING);
    }

    @Test
    void hoursAreAddedOverTasksExactlyInDecimal() {
        ContactStressTask a = ContactStressTask.builder("A").kneelingHoursPerDay(1.1).build();
        ContactStressTask b = ContactStressTask.builder("B").kneelingHoursPerDay(0.9).build();
        assertThat(criteria(a, b)).isEmpty(); // 1.1 + 0.9 = 2, not more than 2
        ContactStressTask c = ContactStressTask.builder("C").kneelingHoursPerDay(0.01).build();
        List<ContactFinding> f = ContactStress.findings(List.of(a, b, c));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.criterion()).isEqualTo(ContactCriterion.WA_CAUTION_KNEELING);
            assertThat(x.hoursPerDay()).isEqualTo(2.01);
            assertThat(x.tasks()).containsExactly("A", "B", "C");
            assertThat(x.text()).endsWith("(2 h a day in all: 'A' 1.1 h; 'B' 0.9 h; 'C' 0 h)");
        });
    }

    @Test
    void onlyTasksAboveTheRateCountTowardsAnImpactCriterion() {
        ContactStressTask fast = ContactStressTask.builder("Fast").handImpactsPerHour(100.0).impactHoursPerDay(1.5).build();
        ContactStressTask slow = ContactStressTask.builder("Slow").handImpactsPerHour(20.0).impactHoursPerDay(1.5).build();
        List<ContactFinding> f = ContactStress.findings(List.of(fast, slow));
        // hazard: only 'Fast' is above 60/h and 1.5 h is not above 2 h; caution: both are above 10/h, 3 h in all
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.criterion()).isEqualTo(ContactCriterion.WA_CAUTION_HAND_IMPACT);
            assertThat(x.hoursPerDay()).isEqualTo(3.0);
            assertThat(x.text()).endsWith("(3 h a day in all: 'Fast' 100 times an hour for 1.5 h; 'Slow' 20 times an"
                    + " hour for 1.5 h)");
        });
    }

    @Test
    void handAndKneeAreCountedSeparately() {
        ContactStressTask t = ContactStressTask.builder("Mixed").handImpactsPerHour(6.0).kneeImpactsPerHour(6.0)
                .impactHoursPerDay(8.0).build();
        assertThat(criteria(t)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ContactZone.class)
    void zoneLights(ContactZone z) {
        assertThat(z.risk()).isEqualTo(z == ContactZone.HAZARD ? Risk.HIGH : Risk.MEDIUM);
    }

    @Test
    void lightIsTheWorstFindingAndLowWithoutFindings() {
        assertThat(ContactStress.assess(List.of(kneeling(1))).risk()).isEqualTo(Risk.LOW);
        assertThat(ContactStress.assess(List.of(kneeling(3))).risk()).isEqualTo(Risk.MEDIUM);
        ContactStressResult r = ContactStress.assess(List.of(kneeling(3), knee(120, 3)));
        assertThat(r.risk()).isEqualTo(Risk.HIGH);
        assertThat(r.findings()).extracting(ContactFinding::criterion)
                .containsExactly(ContactCriterion.WA_HAZARD_KNEE_IMPACT, ContactCriterion.WA_CAUTION_KNEELING);
    }

    @Test
    void adviceWithNumbers() {
        ContactStressResult r = ContactStress.assess(List.of(hand(120, 3), knee(30, 3), kneeling(5)));
        assertThat(r.recommendations()).extracting(Recommendation::code)
                .containsExactly("TOOL_CHANGE", "KNEE_PADS", "KNEE_PADS");
        assertThat(r.recommendations().get(0).text()).contains("(now 120 times an hour for 3 h a day)",
                "keep it to 10 times an hour or fewer, or to 2 h a day or less");
        assertThat(r.recommendations().get(0).values()).containsEntry("ratePerHour", 120.0).containsEntry("hoursPerDay", 3.0);
        // most severe first: the two hazard-zone findings, then the caution-zone knee strikes
        assertThat(r.recommendations().get(1).text()).startsWith("Cut kneeling in 'Tiling' from 5 h to 2 h a day or less");
        assertThat(r.recommendations().get(2).text()).contains("knee strikes in 'Carpet' (now 30 times an hour for 3 h a day)");
        assertThat(r.recommendations()).allSatisfy(x -> assertThat(x.priority()).isGreaterThanOrEqualTo(100));
        assertThat(r.recommendations().get(0).rule()).startsWith("Hazard zone (WAC 296-62-05174)");
    }

    /** A recommendation cites the methods document once, then the zone's rule and its source key. */
    @Test
    void adviceCitesTheMethodsSectionOnceThenTheZonesRule() {
        ContactStressTask edge = ContactStressTask.builder("Assembly").hardEdgeContactHoursPerDay(1.5).build();
        ContactStressResult r = ContactStress.assess(List.of(hand(120, 3), knee(30, 3), edge));
        assertThat(r.recommendations()).extracting(Recommendation::source).containsExactlyInAnyOrder(
                "docs/methods.md §8; WAC 296-62-05174, Appendix B (C1)", "docs/methods.md §8; WAC 296-62-05105 (C1)",
                "docs/methods.md §8; ergo toolkit rule (§9.5 item 4)");
    }

    @Test
    void jsonHasTheContractKeys() {
        Assessor assessor = Assessor.of(AssessmentOptions.builder().referenceDate(LocalDate.of(2026, 11, 24)).build());
        AssessmentResult r = assessor.assess(EmployeeSurvey.of(Employee.builder("E-9").build(), knee(120, 3),
                ContactStressTask.builder("Assembly").hardEdgeContactHoursPerDay(1.0).bodyPart("palm").build()));
        String line = r.toJsonLine();
        assertThat(JsonKeys.after(line, "\"contactStress\":"))
                .containsExactly("risk", "findings", "findingDetails", "tasksAssessed");
        assertThat(line).contains("\"contactStress\":{\"risk\":\"HIGH\",\"findings\":[\"Hazard zone (WAC 296-62-05174):"
                + " knee used as a hammer more than 60 times an hour for more than 2 hours a day");
        assertThat(JsonKeys.after(line, "\"findingDetails\":[")).containsExactly("criterion", "zone", "exposure", "risk",
                "source", "ratePerHourAbove", "hoursPerDayAbove", "hoursPerDay", "text", "tasks");
        assertThat(JsonKeys.after(line, "\"tasks\":[")).containsExactly("task", "ratePerHour", "hoursPerDay", "bodyPart");
        assertThat(line).contains("\"criterion\":\"TOOLKIT_HARD_EDGE\",\"zone\":\"TOOLKIT_RULE\"");
        assertThat(r.overallRisk()).isEqualTo(Risk.HIGH);
        List<String> header = Assessor.csvHeader();
        List<String> row = Assessor.csvRow(r);
        assertThat(row.get(header.indexOf("contact_stress_risk"))).isEqualTo("HIGH");
        assertThat(row.get(header.indexOf("contact_stress_criteria"))).isEqualTo("WA_HAZARD_KNEE_IMPACT TOOLKIT_HARD_EDGE");
        assertThat(row.get(header.indexOf("contact_stress_findings"))).isEqualTo("2");
        assertThat(assessor.assess(EmployeeSurvey.of(Employee.builder("E-10").build())).toJsonLine())
                .doesNotContain("contactStress");
    }

    @Test
    void validationOfTheRow() {
        Assessor assessor = Assessor.create();
        assertThat(assessor.validator().validateRecord(ContactStressTask.builder("A").handImpactsPerHour(20.0).build()))
                .extracting(Violation::property, Violation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("impactHoursGiven",
                        "give impactHoursPerDay with handImpactsPerHour or kneeImpactsPerHour"));
        assertThat(assessor.validator().validateRecord(ContactStressTask.builder("A").handImpactsPerHour(0.0).build())).isEmpty();
        assertThat(assessor.validator().validateRecord(ContactStressTask.builder("A").bodyPart("palm").build()))
                .extracting(Violation::property).containsExactly("anyExposureGiven");
        assertThat(assessor.validator().validateRecord(ContactStressTask.builder(" ").kneelingHoursPerDay(1.0).build()))
                .extracting(Violation::property).containsExactly("task");
        assertThat(assessor.validator().validateRecord(ContactStressTask.builder("A").kneeImpactsPerHour(5000.1)
                .impactHoursPerDay(24.1).kneelingHoursPerDay(-1.0).hardEdgeContactHoursPerDay(25.0).build()))
                .extracting(Violation::property).containsExactlyInAnyOrder("kneeImpactsPerHour", "impactHoursPerDay",
                        "kneelingHoursPerDay", "hardEdgeContactHoursPerDay");
    }

    @Test
    void criteriaCarryTheirThresholds() {
        assertThat(ContactCriterion.WA_HAZARD_HAND_IMPACT.ratePerHourAbove()).isEqualTo(60.0);
        assertThat(ContactCriterion.WA_CAUTION_KNEE_IMPACT.ratePerHourAbove()).isEqualTo(10.0);
        assertThat(ContactCriterion.WA_CAUTION_KNEELING.ratePerHourAbove()).isNull();
        assertThat(ContactCriterion.WA_HAZARD_KNEELING.hoursPerDayAbove()).isEqualTo(4.0);
        assertThat(ContactCriterion.WA_CAUTION_HAND_IMPACT.heading())
                .startsWith("Caution zone (WAC 296-62-05105): hand (heel or base of the palm)");
    }
}
