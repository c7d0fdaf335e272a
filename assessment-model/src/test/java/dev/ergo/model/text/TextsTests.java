package dev.ergo.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTests {
    private static final Messages FIXTURE =
            Messages.load("/dev/ergo/model/text/fixture/test", TextsTests.class::getResourceAsStream);
    private static final Locale PL = Locale.forLanguageTag("pl");

    @ParameterizedTest(name = "Polish plural of {0}: {1}")
    @CsvSource({"1, 1 zadanie", "2, 2 zadania", "4, 4 zadania", "5, 5 zadań", "12, 12 zadań", "22, 22 zadania", "25, 25 zadań"})
    void polishHasThreePluralForms(int count, String expected) {
        assertThat(FIXTURE.in(PL).text("tasks", "count", count)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "English plural of {0}: {1}")
    @CsvSource({"0, 0 tasks", "1, 1 task", "2, 2 tasks"})
    void englishPlural(int count, String expected) {
        assertThat(FIXTURE.in(Locale.ENGLISH).text("tasks", "count", count)).isEqualTo(expected);
    }

    @Test
    void numbersInMessagesFollowTheLanguage() {
        assertThat(FIXTURE.in(Locale.ENGLISH).text("height", "cm", 52.5)).isEqualTo("Set the seat to 52.5 cm.");
        assertThat(FIXTURE.in(PL).text("height", "cm", 52.5)).isEqualTo("Ustaw siedzisko na 52,5 cm.");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {"en|4 December 2026", "en-XA|4 December 2026", "de|4. Dezember 2026", "fr|4 décembre 2026",
        "es|4 de diciembre de 2026", "pl|4 grudnia 2026"})
    void datesAreWrittenInFull(String tag, String expected) {
        assertThat(FIXTURE.in(Locale.forLanguageTag(tag)).date(LocalDate.of(2026, 12, 4))).isEqualTo(expected);
    }

    @Test
    void aDateArgumentIsALongDate() {
        assertThat(FIXTURE.in(PL).text("date", "date", LocalDate.of(2026, 12, 4))).isEqualTo("Oceniono 4 grudnia 2026.");
    }

    @Test
    void aListArgumentIsJoinedAsTheLanguageDoes() {
        assertThat(FIXTURE.in(Locale.ENGLISH).text("tasks.named", "names", List.of("A", "B", "C")))
                .isEqualTo("Tasks: A, B and C.");
        assertThat(FIXTURE.in(PL).text("tasks.named", "names", List.of("A", "B", "C"))).isEqualTo("Zadania: A, B i C.");
    }

    @Test
    void aSingleApostropheIsLiteral() {
        assertThat(FIXTURE.in(Locale.ENGLISH).text("plain")).isEqualTo("Don't lift alone.");
    }

    @ParameterizedTest(name = "{0} with at most {1} decimals in {2}: {3}")
    @CsvSource(delimiter = '|', value = {
        "52.5|1|en|52.5", "52.5|1|de|52,5", "19.0|1|en|19", "0.05|1|en|0.1", "0.04|1|en|0",
        "-0.04|1|en|0", "1234.5|1|en|1,234.5", "1234.5|1|de|1.234,5", "2.345|2|fr|2,35"})
    void numbersAreRoundedHalfUpAndLocalised(double value, int decimals, String tag, String expected) {
        assertThat(FIXTURE.in(Locale.forLanguageTag(tag)).number(value, decimals))
                .isEqualTo(expected.replace(' ', '\u202f'));
    }

    @Test
    void aNonFiniteNumberIsABug() {
        assertThatThrownBy(() -> FIXTURE.in(Locale.ENGLISH).number(Double.NaN, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingKeyFallsBackToEnglish() {
        assertThat(FIXTURE.in(PL).text("only.english")).isEqualTo("English only");
    }

    @Test
    void anUnknownKeyIsABug() {
        assertThatThrownBy(() -> FIXTURE.in(Locale.ENGLISH).text("no.such.key"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such.key");
    }

    @Test
    void problemsNameMissingKeysPlaceholdersSyntaxAndExtraKeys() {
        assertThat(FIXTURE.problems(PL)).containsExactly(
                "/dev/ergo/model/text/fixture/test_pl.properties: missing key only.english");
        assertThat(FIXTURE.problems(Locale.GERMAN)).contains(
                "/dev/ergo/model/text/fixture/test_de.properties: height has placeholders [centimetres] but English has [cm]",
                "/dev/ergo/model/text/fixture/test_de.properties: missing key only.english",
                "/dev/ergo/model/text/fixture/test_de.properties: key extra is not in English");
        assertThat(FIXTURE.problems(Locale.GERMAN)).filteredOn(p -> !p.contains("tasks.named does not parse")).hasSize(3);
        assertThat(FIXTURE.problems(Locale.FRENCH)).containsExactly("/dev/ergo/model/text/fixture/test_fr.properties: missing");
    }

    @Test
    void aMessageThatDoesNotParseIsAProblem() {
        assertThat(FIXTURE.problems(Locale.GERMAN)).anyMatch(p -> p.contains("tasks.named does not parse"));
    }

    @Test
    void aBundleWithoutEnglishIsRefused() {
        assertThatThrownBy(() -> Messages.load("/no/such/bundle", TextsTests.class::getResourceAsStream))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/no/such/bundle.properties");
    }

    @Test
    void aChildFamilyFallsBackToItsParent() {
        Messages child = Messages.load("/dev/ergo/model/text/fixture/child", TextsTests.class::getResourceAsStream, FIXTURE);
        assertThat(child.in(PL).text("plain")).isEqualTo("Nie podnoś sam.");
        assertThat(child.in(PL).text("own")).isEqualTo("własny");
        assertThat(child.in(PL).has("plain")).isTrue();
        assertThat(child.keys()).containsExactly("own");
    }

    @Test
    void pseudoLocaleAccentsTextLengthensItAndKeepsPlaceholders() {
        String pseudo = FIXTURE.in(Languages.PSEUDO).text("height", Map.of("cm", 52.5));
        String english = FIXTURE.in(Locale.ENGLISH).text("height", Map.of("cm", 52.5));
        assertThat(pseudo).contains("52.5").doesNotContain("Set the seat").contains("Šéţ ţĥé šéåţ");
        assertThat(pseudo.length()).isGreaterThanOrEqualTo((int) (english.length() * 1.4));
        assertThat(FIXTURE.in(Languages.PSEUDO).text("tasks", "count", 1)).contains("1 ţåšķ").doesNotContain("#");
    }

    @Test
    void pseudoAccentTableMapsEveryLetter() {
        assertThat(Pseudo.localize("{n} abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))
                .startsWith("[{n} ").doesNotContainPattern("[a-zA-Z]{2,}(?=.* one)");
    }

    @Test
    void unsupportedLocaleGetsEnglishAndRegionalVariantsGetTheirLanguage() {
        assertThat(FIXTURE.in(Locale.JAPANESE).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(FIXTURE.in(Locale.forLanguageTag("pl-PL")).locale()).isEqualTo(PL);
    }

    @ParameterizedTest(name = "''{0}'' resolves to ''{1}''")
    @CsvSource(delimiter = '|', value = {"de|de", "de-AT|de", "DE_at|de", "pl|pl", " fr |fr", "es-419|es", "en-GB|en",
        "en-XA|en-XA", "ja|", "''|", "'  '|", "x-not-a-tag-%|", "zz|"})
    void tagsResolveToASupportedLanguageOrNothing(String tag, String expected) {
        assertThat(Languages.resolve(tag).map(Locale::toLanguageTag).orElse(null)).isEqualTo(expected);
    }
}
