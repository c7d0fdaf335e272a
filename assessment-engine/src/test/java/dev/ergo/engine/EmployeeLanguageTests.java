package dev.ergo.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.SurveySection;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reports in the employee's language: texts translated, codes, values and rules language-neutral. */
class EmployeeLanguageTests {

    /**
     * English words and phrases of the engine's texts that no translation keeps ("lumbar" alone is Spanish too); the fixture's task
     * and tool names avoid them.
     */
    private static final List<String> ENGLISH_SENTINELS = List.of("footrest", "lumbar support", "lumbar cushion", "Use a", "Raise the",
            " the ", "keep it to", "Set your", "Your ", "screen", "points a day", "action value", " a day",
            "This lowers", "Task \"", "exertion", "hand force", "Ask your assessor", " and ", " or ", "seat ");

    private static AssessmentResult assess(Assessor assessor, Locale language) {
        return assessor.assess(EmployeeSurvey.of(ResultFixtures.employee("E-2001").language(language).build(),
                ResultFixtures.allFactors().toArray(SurveySection[]::new)));
    }

    @ParameterizedTest(name = "{0}: texts translated, codes, values and rules as in English")
    @ValueSource(strings = {"de", "fr", "es", "pl"})
    void anAllFactorEmployeeReadsInTheirLanguage(String tag) {
        Locale language = Locale.forLanguageTag(tag);
        AssessmentResult english = ResultFixtures.allFactors(ResultFixtures.ASSESSOR);
        AssessmentResult translated = assess(ResultFixtures.ASSESSOR, language);

        assertThat(english.language()).isEqualTo(Locale.ENGLISH);
        assertThat(translated.language()).isEqualTo(language);
        assertThat(translated.recommendations()).extracting(Recommendation::code, Recommendation::priority,
                        r -> r.values(), Recommendation::rule, Recommendation::source)
                .containsExactlyElementsOf(english.recommendations().stream()
                        .map(r -> org.assertj.core.groups.Tuple.tuple(r.code(), r.priority(), r.values(), r.rule(),
                                r.source()))
                        .toList());
        assertThat(translated.overallRisk()).isEqualTo(english.overallRisk());
        assertThat(translated.recommendations()).hasSizeGreaterThan(30);
        for (Recommendation r : translated.recommendations()) {
            for (String sentinel : ENGLISH_SENTINELS) {
                assertThat(r.text()).as(r.code() + " in " + tag + " has no English \"" + sentinel + "\"")
                        .doesNotContain(sentinel);
            }
            assertThat(r.message()).as(r.code()).isNotNull();
        }
        // a host re-renders every text in another language from the message
        for (int i = 0; i < english.recommendations().size(); i++) {
            assertThat(translated.recommendations().get(i).text(Locale.ENGLISH))
                    .isEqualTo(english.recommendations().get(i).text());
            assertThat(english.recommendations().get(i).text(language))
                    .isEqualTo(translated.recommendations().get(i).text());
        }
        String line = translated.toJsonLine();
        assertThat(line).contains("\"language\":\"" + tag + "\"");
        assertThat(line.replace("\"language\":\"" + tag + "\"", "\"language\":\"en\""))
                .as("only the texts and the language differ")
                .isNotEqualTo(english.toJsonLine());
        assertThat(ResultJson.parse(line).language()).isEqualTo(language);
    }

    @Test
    void germanNumbersUseTheDecimalComma() {
        AssessmentResult de = assess(ResultFixtures.ASSESSOR, Locale.GERMAN);
        assertThat(de.recommendations()).map(Recommendation::text)
                .anyMatch(t -> Pattern.compile("\\d,\\d").matcher(t).find())
                .noneMatch(t -> Pattern.compile("\\d\\.\\d").matcher(t).find());
    }

    @Test
    void aRegionalVariantReadsItsLanguage() {
        assertThat(assess(ResultFixtures.ASSESSOR, Locale.forLanguageTag("de-AT")).language()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void aLanguageWithoutTranslationFallsBackToTheRunsLanguage() {
        Locale japanese = Locale.JAPANESE;
        assertThat(assess(ResultFixtures.ASSESSOR, japanese).language()).isEqualTo(Locale.ENGLISH);
        Assessor french = Assessor.of(AssessmentOptions.builder().referenceDate(LocalDate.of(2026, 11, 24))
                .language(Locale.FRENCH).build());
        AssessmentResult r = assess(french, japanese);
        assertThat(r.language()).isEqualTo(Locale.FRENCH);
        assertThat(r.recommendations().get(0).text()).doesNotContain(" the ");
        assertThat(french.languageOf(ResultFixtures.employee("x").build())).isEqualTo(Locale.FRENCH);
    }

    @Test
    void theRunsLanguageMustHaveATranslation() {
        assertThat(AssessmentOptions.DEFAULT.language()).isEqualTo(Locale.ENGLISH);
        assertThat(AssessmentOptions.builder().language(Locale.forLanguageTag("pl-PL")).build().language())
                .isEqualTo(Locale.forLanguageTag("pl"));
        assertThatThrownBy(() -> AssessmentOptions.builder().language(Locale.JAPANESE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("language must be one of [en, de, fr, es, pl] but was ja");
    }

    @Test
    void aLineWithoutLanguageIsEnglish() {
        String line = ResultFixtures.allFactors(ResultFixtures.ASSESSOR).toJsonLine();
        assertThat(line).contains("\"language\":\"en\",");
        AssessmentResult read = ResultJson.parse(line.replace("\"language\":\"en\",", ""));
        assertThat(read.language()).isEqualTo(Locale.ENGLISH);
        assertThat(ResultJson.line(read, false)).isEqualTo(line);
    }

    @Test
    void theCsvEndsWithTheLanguage() {
        List<String> header = Assessor.csvHeader();
        assertThat(header.get(header.size() - 1)).isEqualTo("language");
        List<String> row = Assessor.csvRow(assess(ResultFixtures.ASSESSOR, Locale.forLanguageTag("es")));
        assertThat(row.get(row.size() - 1)).isEqualTo("es");
    }
}
