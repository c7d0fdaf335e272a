package dev.ergo.engine.vibration;

import dev.ergo.engine.internal.vibration.Texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTests {

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
