package dev.ergo.engine.internal;

import dev.ergo.model.text.Message;
import org.apiguardian.api.API;

/**
 * Numbers as message arguments for texts people read; {@link dev.ergo.model.text.Texts#number} formats them
 * (the one number formatter), JSON keeps full precision.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Numbers {
    private Numbers() {}

    /**
     * Returns a message argument rounded to one decimal half up, as {@link dev.ergo.model.text.Texts#number}
     * rounds, so that the advice's numbers and its text agree.
     *
     * @param v the value, finite
     * @return the argument, not null
     * @since 0.2
     */
    public static Message.Decimal decimal(double v) {
        double r = java.math.BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
        return Message.plain(r == 0 ? 0 : r, 1);
    }
}
