package dev.ergo.engine.vibration;

import dev.ergo.engine.internal.vibration.Texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTests {

    @ParameterizedTest(name = "limit {0} h → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1.3888888888888888 | 1 h 23 min
            0.5                | 29 min
            0.5000001          | 30 min
            2                  | 1 h 59 min
            2.0000000000000004 | 1 h 59 min
            8                  | 7 h 59 min
            0.0312             | 1 min
            0.01               | less than 1 min
            """)
    void durationBelowIsTheLongestWholeMinuteStrictlyBelowTheLimit(double hours, String text) {
        assertThat(Texts.durationBelow(hours)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} h → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3                  | 3 h
            0.25               | 15 min
            5.555555555555555  | 5 h 33 min
            29.38888888888889  | 29 h 23 min
            0                  | 0 min
            0.001              | less than 1 min
            """)
    void durationRoundsToTheNearestMinute(double hours, String text) {
        assertThat(Texts.duration(hours)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource({"2.7717, 2, 2.77", "6, 2, 6", "122.75, 0, 123", "0.4330127, 3, 0.433", "1.5, 2, 1.5"})
    void numbersAreRoundedHalfUpWithoutTrailingZeros(double v, int decimals, String text) {
        assertThat(Texts.num(v, decimals)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.8146639511201629 | 81 %
            0.5                | 49 %
            0.001              | less than 1 %
            """)
    void percentBelow(double fraction, String text) {
        assertThat(Texts.percentBelow(fraction)).isEqualTo(text);
    }
}
