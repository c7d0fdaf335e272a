package dev.ergo.engine.internal;

import dev.ergo.model.text.Message;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Number formatting for texts people read (advice, findings, reports); JSON keeps full precision.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Numbers {
    private Numbers() {}

    /**
     * Rounds to one decimal and drops a trailing ".0": 50.66 → "50.7", 19.0 → "19".
     *
     * @param v the value
     * @return the text, not null
     */
    public static String oneDecimal(double v) {
        double r = Math.round(v * 10) / 10.0;
        if (r == 0) {
            r = 0; // no "-0"
        }
        return r == Math.rint(r) ? String.format(Locale.ROOT, "%.0f", r) : String.format(Locale.ROOT, "%.1f", r);
    }

    /**
     * Returns a message argument written as {@link #oneDecimal(double)} writes it in English, with the
     * language's decimal mark elsewhere.
     *
     * @param v the value, finite
     * @return the argument, not null
     * @since 0.2
     */
    public static Message.Decimal decimal(double v) {
        double r = Math.round(v * 10) / 10.0;
        return Message.plain(r == 0 ? 0 : r, 1);
    }
}
