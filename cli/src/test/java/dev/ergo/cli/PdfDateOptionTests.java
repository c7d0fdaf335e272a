package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PdfDateOption}: {@code --pdf-date}, else {@code SOURCE_DATE_EPOCH}, else none. */
class PdfDateOptionTests {

    private static LocalDate fromEnv(String value) {
        return PdfDateOption.resolve(null, Map.of(PdfDateOption.ENV, value)::get);
    }

    @Test
    void neitherGivenMeansTheTimeOfWriting() {
        assertThat(PdfDateOption.resolve(null, name -> null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void anEmptyVariableCountsAsUnset(String value) {
        assertThat(fromEnv(value)).isNull();
    }

    @Test
    void theOptionWinsOverTheVariable() {
        assertThat(PdfDateOption.resolve(LocalDate.of(2026, 3, 5), Map.of(PdfDateOption.ENV, "0")::get))
                .isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @ParameterizedTest(name = "{0} s -> {1}")
    @CsvSource({
        "0, 1970-01-01",
        "86399, 1970-01-01", // the last second of the first day
        "86400, 1970-01-02", // the first second of the next
        "1796083200, 2026-12-01",
        "' 1796083200\n', 2026-12-01", // as a shell's $(date +%s) or a file may leave it
        "253402300799, 9999-12-31",
        "253402300800, +10000-01-01", // a date, which the reports then refuse (see PdfDateTests)
    })
    void theVariableIsTheDayOfItsSecondsInUtc(String seconds, String day) {
        assertThat(fromEnv(seconds)).isEqualTo(LocalDate.parse(day));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1.5", "1e9", "yesterday", "+86400", "12 34"})
    void aVariableThatIsNotWholeSecondsIsRefusedByName(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> fromEnv(value))
                .withMessage("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC"
                        + " (as `date +%s` prints) but was \"" + value + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999999", "9223372036854775807"})
    void aVariableTooLargeForADateIsRefused(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> fromEnv(value))
                .withMessage("SOURCE_DATE_EPOCH is too large: " + value + " seconds");
    }
}
