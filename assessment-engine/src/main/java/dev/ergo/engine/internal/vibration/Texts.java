package dev.ergo.engine.internal.vibration;

import dev.ergo.model.text.Message;
import java.util.List;

import dev.ergo.engine.vibration.VibrationLimits;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number and duration wording for vibration advice. */
public final class Texts {
    private Texts() {}

    /** Minutes or percents closer than this to a whole number count as that number (floating-point rounding). */
    private static final double ROUNDING_EPSILON = 1e-6;

    /**
     * The longest whole-minute duration strictly below a time limit, as "X h Y min": at the limit
     * itself a value is reached (see {@link VibrationLimits#reaches}), so 0.5 h gives "29 min".
     */
    public static String durationBelow(double limitHours) {
        long minutes = (long) Math.ceil(limitHours * 60 - ROUNDING_EPSILON) - 1;
        if (minutes < 1) {
            return "less than 1 min";
        }
        return minutes(minutes);
    }

    /** The largest whole percentage strictly below a fraction, as "81 %". */
    public static String percentBelow(double fraction) {
        long pct = (long) Math.ceil(fraction * 100 - ROUNDING_EPSILON) - 1;
        return pct < 1 ? "less than 1 %" : pct + " %";
    }

    /** A duration rounded to the nearest minute, as "X h Y min". */
    public static String duration(double hours) {
        long minutes = Math.round(hours * 60);
        if (minutes < 1) {
            return hours > 0 ? "less than 1 min" : "0 min";
        }
        return minutes(minutes);
    }

    private static String minutes(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        if (h == 0) {
            return m + " min";
        }
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }

    /** A number rounded half-up to at most {@code decimals} places, without trailing zeros. */
    public static String num(double v, int decimals) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** {@link #durationBelow(double)} as a message. */
    public static Message durationBelowMessage(double limitHours) {
        long minutes = (long) Math.ceil(limitHours * 60 - ROUNDING_EPSILON) - 1;
        return minutes < 1 ? Message.of("vib.duration.lessThanMin") : minutesMessage(minutes);
    }

    /** {@link #percentBelow(double)} as a message. */
    public static Message percentBelowMessage(double fraction) {
        long pct = (long) Math.ceil(fraction * 100 - ROUNDING_EPSILON) - 1;
        return pct < 1 ? Message.of("vib.percent.lessThanOne") : Message.of("vib.percent", "pct", Message.plain(pct, 0));
    }

    /** {@link #duration(double)} as a message. */
    public static Message durationMessage(double hours) {
        long minutes = Math.round(hours * 60);
        if (minutes < 1) {
            return Message.of(hours > 0 ? "vib.duration.lessThanMin" : "vib.duration.zero");
        }
        return minutesMessage(minutes);
    }

    private static Message minutesMessage(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        if (h == 0) {
            return Message.of("vib.duration.min", "m", Message.plain(m, 0));
        }
        return m == 0 ? Message.of("vib.duration.h", "h", Message.plain(h, 0))
                : Message.of("vib.duration.hMin", "h", Message.plain(h, 0), "m", Message.plain(m, 0));
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
