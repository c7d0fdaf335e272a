package dev.ergo.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTests {
    private static final Messages FIXTURE =
            Messages.load("/dev/ergo/model/text/fixture/test", DurationTests.class::getResourceAsStream);
    private static final Texts EN = FIXTURE.in(Locale.ENGLISH);
    private static final Messages DURATIONS =
            Messages.load("/dev/ergo/model/text/durations", Texts.class::getResourceAsStream);

    @ParameterizedTest(name = "{0} h → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3                  | 3 h
            0.25               | 15 min
            1.3889             | 1 h 23 min
            5.555555555555555  | 5 h 33 min
            24                 | 24 h
            24.000001          | over 24 h
            Infinity           | over 24 h
            0                  | 0 min
            0.001              | less than 1 min
            0.0083             | less than 1 min
            0.0084             | 1 min
            """)
    void durationRoundsToTheNearestMinute(double hours, String text) {
        assertThat(EN.duration(hours)).isEqualTo(text);
    }

    @ParameterizedTest(name = "limit {0} h → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1.3888888888888888 | 1 h 23 min
            0.5                | 29 min
            0.5000001          | 30 min
            2                  | 1 h 59 min
            2.0000000000000004 | 1 h 59 min
            8                  | 7 h 59 min
            24                 | 23 h 59 min
            24.5               | over 24 h
            0.0312             | 1 min
            0.0334             | 2 min
            0.01               | less than 1 min
            0                  | less than 1 min
            """)
    void durationBelowIsTheLongestWholeMinuteStrictlyBelowTheLimit(double hours, String text) {
        assertThat(EN.durationBelow(hours)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            de | weniger als 1 min | 1 h 23 min | über 24 h
            fr | moins d’1 min     | 1 h 23 min | plus de 24 h
            es | menos de 1 min    | 1 h 23 min | más de 24 h
            pl | mniej niż 1 min   | 1 h 23 min | ponad 24 h
            """)
    void everyLanguageHasTheWords(String tag, String lessThanMinute, String hoursMinutes, String over24) {
        Texts t = FIXTURE.in(Locale.forLanguageTag(tag));
        assertThat(t.duration(0.001)).isEqualTo(lessThanMinute);
        assertThat(t.duration(1.3889)).isEqualTo(hoursMinutes);
        assertThat(t.duration(25)).isEqualTo(over24);
    }

    @Test
    void theDurationBundlesAreComplete() {
        for (Locale language : Languages.supported()) {
            assertThat(DURATIONS.problems(language)).as(language.toString()).isEmpty();
        }
    }

    @Test
    void messageArgumentsUseTheSameFormatter() {
        Texts t = FIXTURE.in(Locale.ENGLISH);
        assertThat(t.text("tasks.named", "names", Message.duration(0.001))).isEqualTo("Tasks: less than 1 min.");
        assertThat(t.text("tasks.named", "names", Message.durationBelow(0.5))).isEqualTo("Tasks: 29 min.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {-0.001, Double.NaN})
    void negativeOrNaNHoursAreRejected(double hours) {
        assertThatThrownBy(() -> EN.duration(hours)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EN.durationBelow(hours)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Message.duration(hours)).isInstanceOf(IllegalArgumentException.class);
    }
}
