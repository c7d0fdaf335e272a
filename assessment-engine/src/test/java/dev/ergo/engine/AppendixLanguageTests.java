package dev.ergo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.contact.ContactCriterion;
import dev.ergo.engine.contact.ContactZone;
import dev.ergo.engine.internal.EngineTexts;
import dev.ergo.engine.posture.BodyPartScore;
import dev.ergo.engine.posture.PostureResult;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.SurveySection;
import dev.ergo.model.text.Texts;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The assessor's words held as messages (posture explanations, rules, contact criteria): English as
 * before in the result, and worded in the employee's language on request.
 */
class AppendixLanguageTests {
    private static final Texts DE = EngineTexts.MESSAGES.in(Locale.GERMAN);

    private static AssessmentResult allFactors(Locale language) {
        return ResultFixtures.ASSESSOR.assess(EmployeeSurvey.of(
                ResultFixtures.employee("E-2001").language(language).build(),
                ResultFixtures.allFactors().toArray(SurveySection[]::new)));
    }

    private static List<BodyPartScore> rulaParts(AssessmentResult r) {
        return r.section(PostureResult.class).orElseThrow().tasks().stream()
                .flatMap(t -> t.rula().bodyParts().stream()).toList();
    }

    @Test
    void postureExplanationsAreEnglishInTheResultAndGermanOnRequest() {
        List<BodyPartScore> parts = rulaParts(allFactors(Locale.GERMAN));

        assertThat(parts).extracting(BodyPartScore::explanation)
                .contains("upper arm 95° flexion (over 90° flexion: 4) + abducted (+1)",
                        "wrist twist mainly in mid-range: 1");
        assertThat(parts).extracting(p -> p.explanation(DE))
                .contains("Oberarm 95° Beugung (über 90° Beugung: 4) + abgespreizt (+1)",
                        "Handgelenkdrehung überwiegend im mittleren Bereich: 1");
        assertThat(parts).allSatisfy(p -> assertThat(p.explanation(EngineTexts.english())).isEqualTo(p.explanation()));
    }

    @Test
    void rulesKeepTheirEnglishWordingAndReadInGerman() {
        AssessmentResult r = allFactors(Locale.GERMAN);
        List<Recommendation> worded = r.recommendations().stream().filter(x -> !x.ruleMessages().isEmpty()).toList();

        assertThat(worded).extracting(Recommendation::code).contains("SEAT_HEIGHT", "POSTURE_TRUNK", "KNEE_PADS");
        assertThat(worded).allSatisfy(x -> assertThat(x.rule(EngineTexts.english())).isEqualTo(x.rule()));
        assertThat(worded).extracting(x -> x.rule(DE)).anySatisfy(rule -> assertThat(rule)
                .startsWith("ROSA Rückenstütze: Arbeitsfläche zu hoch +1; "));
    }

    @Test
    void aRuleWithoutMessagesIsItsText() {
        Recommendation plain = Recommendation.of("X", 1, "text", "the rule", "source");

        assertThat(plain.rule(DE)).isEqualTo("the rule");
    }

    @Test
    void contactCriteriaKeepTheWacReferenceInEveryLanguage() {
        assertThat(ContactCriterion.WA_CAUTION_KNEELING.heading())
                .isEqualTo("Caution zone (WAC 296-62-05105): kneeling more than 2 hours a day");
        assertThat(ContactCriterion.WA_CAUTION_KNEELING.heading(DE))
                .isEqualTo("Vorsichtsbereich (WAC 296-62-05105): Knien an mehr als 2 Stunden am Tag");
        assertThat(ContactZone.TOOLKIT_RULE.reference()).isEqualTo("not a published criterion");
        assertThat(ContactZone.TOOLKIT_RULE.reference(DE)).isEqualTo("kein veröffentlichtes Kriterium");
        assertThat(ContactZone.HAZARD.title()).isEqualTo("Hazard zone");
    }
}
