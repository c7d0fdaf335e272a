package dev.ergo.engine.internal.posture;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number and angle wording for explanations and advice. */
public final class Fmt {
    private Fmt() {}

    /** A number with at most two decimals and no trailing zeros, for example {@code 47.5} or {@code 20}. */
    public static String num(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        String s = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** A signed sagittal angle in words: {@code 50° flexion}, {@code 30° extension} or {@code 0°}. */
    public static String flexion(double deg) {
        if (deg > 0) {
            return num(deg) + "° flexion";
        }
        if (deg < 0) {
            return num(-deg) + "° extension";
        }
        return "0°";
    }

    /** Makes the first letter upper case. */
    public static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
