package dev.ergo.engine.vibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Compares a full-precision value with a value printed in the methods file, at the printed precision. */
final class Printed {
    private Printed() {}

    /**
     * Asserts that {@code value} rounds (half up) to {@code printed} at the printed number of decimals:
     * the tolerance the methods file gives by printing its numbers. A printed value may end in
     * {@code " min"} or {@code " h"}, in which case {@code hours} is converted to that unit.
     */
    static void assertPrinted(String what, double value, String printed) {
        String number = printed;
        double v = value;
        if (printed.endsWith(" min")) {
            number = printed.substring(0, printed.length() - 4);
            v = value * 60;
        } else if (printed.endsWith(" h")) {
            number = printed.substring(0, printed.length() - 2);
        }
        BigDecimal expected = new BigDecimal(number);
        BigDecimal actual = BigDecimal.valueOf(v).setScale(Math.max(0, expected.scale()), RoundingMode.HALF_UP);
        assertThat(actual).as("%s: %s printed as %s", what, v, printed).isEqualByComparingTo(expected);
    }
}
