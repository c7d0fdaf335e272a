package dev.ergo.engine.lifting;

import java.util.Locale;

/** Number formatting for advice texts. */
final class LiftingText {
    private LiftingText() {}

    /** One decimal, without a trailing ".0". */
    static String kg(double v) {
        return dev.ergo.engine.Numbers.oneDecimal(v);
    }

    static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
