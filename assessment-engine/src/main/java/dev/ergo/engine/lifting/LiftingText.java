package dev.ergo.engine.lifting;

import java.util.Locale;

/** Number formatting for advice texts. */
final class LiftingText {
    private LiftingText() {}

    /** One decimal, without a trailing ".0". */
    static String kg(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? String.format(Locale.ROOT, "%.0f", r) : String.format(Locale.ROOT, "%.1f", r);
    }

    static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
