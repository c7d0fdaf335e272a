package dev.ergo.engine.internal.vibration;

import dev.ergo.model.text.Message;
import java.util.List;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number wording for vibration advice; durations are {@link Message#duration(double)} arguments. */
public final class Texts {
    private Texts() {}

    /** Percents closer than this to a whole number count as that number (floating-point rounding). */
    private static final double ROUNDING_EPSILON = 1e-6;

    /** The largest whole percentage strictly below a fraction, as "81 %". */
    public static String percentBelow(double fraction) {
        long pct = (long) Math.ceil(fraction * 100 - ROUNDING_EPSILON) - 1;
        return pct < 1 ? "less than 1 %" : pct + " %";
    }

    /** A number rounded half-up to at most {@code decimals} places, without trailing zeros. */
    public static String num(double v, int decimals) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** {@link #percentBelow(double)} as a message. */
    public static Message percentBelowMessage(double fraction) {
        long pct = (long) Math.ceil(fraction * 100 - ROUNDING_EPSILON) - 1;
        return pct < 1 ? Message.of("vib.percent.lessThanOne") : Message.of("vib.percent", "pct", Message.plain(pct, 0));
    }

    /** {@link #num(double, int)} as a message argument. */
    public static Message.Decimal numArg(double v, int decimals) {
        return Message.plain(v, decimals);
    }

    /** The per-source plan: "drill 1 h 20 min, grinder 40 min". */
    public static Message plan(List<Message> items) {
        Message out = items.get(items.size() - 1);
        for (int i = items.size() - 2; i >= 0; i--) {
            out = Message.of("vib.plan.join", "first", items.get(i), "rest", out);
        }
        return out;
    }
}
