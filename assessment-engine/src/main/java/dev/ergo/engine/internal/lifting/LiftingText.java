package dev.ergo.engine.internal.lifting;

import java.util.Locale;

/** Number formatting for advice texts. */
public final class LiftingText {
    private LiftingText() {}

    /** One decimal, without a trailing ".0". */
    public static String kg(double v) {
        return dev.ergo.engine.internal.EngineTexts.english().number(v, 1, false);
    }

    public static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
