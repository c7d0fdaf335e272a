package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.repetitive.HandActivityEdition;
import dev.ergo.model.text.Languages;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The report's bundles: complete in every language, and the one place that picks a report's language. */
class ReportTextsTests {

    static Stream<Locale> languages() {
        return Languages.supported().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyLanguageHasEveryKeyWithTheSamePlaceholders(Locale language) {
        assertThat(ReportTexts.MESSAGES.problems(language)).isEmpty();
    }

    @Test
    void theReportFamilyFallsBackToTheEngine() {
        assertThat(ReportTexts.english().text("risk.HIGH")).isEqualTo("High");
        assertThat(ReportTexts.english().text("light.HIGH")).isEqualTo("HIGH");
    }

    @Test
    void anEmployeesReportIsInTheResultsLanguageExceptThePseudoLocale() {
        ReportOptions de = ReportOptions.builder().language(Locale.forLanguageTag("de-AT")).build();
        assertThat(ReportTexts.language(Fixtures.polish(), de)).as("the options set the summary only").isEqualTo(Locale.ENGLISH);
        assertThat(ReportTexts.language(Fixtures.in(Fixtures.polish(), Locale.forLanguageTag("pl")), ReportOptions.DEFAULT))
                .isEqualTo(Locale.forLanguageTag("pl"));
        ReportOptions pseudo = ReportOptions.builder().language(Languages.PSEUDO).build();
        assertThat(ReportTexts.language(Fixtures.polish(), pseudo)).isEqualTo(Languages.PSEUDO);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HandActivityEdition.class)
    void theHandActivityEditionIsWordedByTheEngineInTheReportsLanguage(HandActivityEdition edition) {
        assertThat(edition.description(ReportTexts.english())).isEqualTo(edition.description())
                .startsWith("ACGIH TLV for Hand Activity, " + edition.label());
        String german = edition.description(ReportTexts.MESSAGES.in(Locale.GERMAN));
        // the English word "methods" nowhere; the document it cites keeps its name, docs/methods.md
        assertThat(german).startsWith("ACGIH-TLV für Handaktivität").contains("docs/methods.md §7.1")
                .doesNotContain("Hand Activity").doesNotContainPattern("methods(?!\\.md)");
    }
}
