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

    /** The rule keys of the workstation, lifting, vibration, hand-activity, strain-index and review advice. */
    private static final java.util.regex.Pattern RULE_KEY =
            java.util.regex.Pattern.compile("(ws|lift|hav|wbv|rep)\\.rule\\..+|review\\.rule");

    private static java.util.Properties bundle(String suffix) throws java.io.IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = AppendixLanguageTests.class.getResourceAsStream("/dev/ergo/engine/messages" + suffix + ".properties")) {
            p.load(new java.io.InputStreamReader(java.util.Objects.requireNonNull(in, suffix),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"_de", "_fr", "_es", "_pl"})
    void everyRuleOfTheAdviceIsWordedInTheLanguageNotCopiedFromEnglish(String suffix) throws java.io.IOException {
        java.util.Properties en = bundle("");
        java.util.Properties other = bundle(suffix);
        List<String> keys = en.stringPropertyNames().stream().filter(k -> RULE_KEY.matcher(k).matches()).sorted().toList();

        assertThat(keys).hasSizeGreaterThanOrEqualTo(30);
        assertThat(keys.stream().filter(k -> en.getProperty(k).equals(other.getProperty(k))).toList())
                .as("rules left in English in messages%s", suffix).isEmpty();
    }

    @Test
    void adviceRulesAreEnglishWordForWordInTheResultAndGermanOnRequest() {
        AssessmentResult r = allFactors(Locale.GERMAN);
        List<Recommendation> recs = r.recommendations();

        Recommendation seat = recs.stream().filter(x -> x.code().equals("SEAT_HEIGHT")).findFirst().orElseThrow();
        assertThat(seat.rule()).isEqualTo("ROSA back support: work surface too high +1; seat raised until the elbow is"
                + " level with the home row: desk + keyboard height − elbow rest height");
        assertThat(seat.rule(DE)).endsWith("; Sitz angehoben, bis der Ellenbogen auf Höhe der Grundreihe der Tastatur ist:"
                + " Tisch + Tastaturhöhe − Ellenbogenhöhe (sitzend)");
        assertThat(recs).allSatisfy(x -> assertThat(x.ruleMessages()).isNotEmpty());
        assertThat(recs).allSatisfy(x -> assertThat(x.rule(EngineTexts.english())).isEqualTo(x.rule()));
        assertThat(recs).filteredOn(x -> x.code().startsWith("HAV_") || x.code().startsWith("WBV_"))
                .isNotEmpty().allSatisfy(x -> assertThat(x.rule(DE)).doesNotContain("EAV", "ELV", "action value"));
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
