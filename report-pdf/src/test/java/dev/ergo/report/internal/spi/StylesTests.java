package dev.ergo.report.internal.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.internal.EngineTexts;
import dev.ergo.model.text.Texts;
import org.junit.jupiter.api.Test;

class StylesTests {
    private static final Texts EN = EngineTexts.english();

    @Test
    void fixedDecimalsWithoutNegativeZero() {
        assertThat(Styles.fixed(EN, 0.625, 2)).isEqualTo("0.63");
        assertThat(Styles.fixed(EN, -0.0001, 2)).isEqualTo("0.00");
        assertThat(Styles.fixed(EN, 24.578, 1)).isEqualTo("24.6");
        assertThat(Styles.fixed(EN, 148.75, 0)).isEqualTo("149");
        assertThat(Styles.fixed(EN, 1.0, 2)).isEqualTo("1.00");
    }
}
