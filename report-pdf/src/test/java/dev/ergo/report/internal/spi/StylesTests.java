package dev.ergo.report.internal.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StylesTests {

    @Test
    void hoursAndMinutesAsPeopleSayThem() {
        assertThat(Styles.hoursMinutes(1.3889)).isEqualTo("1 h 23 min");
        assertThat(Styles.hoursMinutes(0.5)).isEqualTo("30 min");
        assertThat(Styles.hoursMinutes(2.0)).isEqualTo("2 h");
        assertThat(Styles.hoursMinutes(0.001)).isEqualTo("under 1 min");
        assertThat(Styles.hoursMinutes(0)).isEqualTo("0 min");
        assertThat(Styles.hoursMinutes(31.25)).isEqualTo("over 24 h");
    }

    @Test
    void fixedDecimalsWithoutNegativeZero() {
        assertThat(Styles.fixed(0.625, 2)).isEqualTo("0.63");
        assertThat(Styles.fixed(-0.0001, 2)).isEqualTo("0.00");
        assertThat(Styles.fixed(24.578, 1)).isEqualTo("24.6");
        assertThat(Styles.fixed(148.75, 0)).isEqualTo("149");
    }
}
