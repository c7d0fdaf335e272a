package dev.ergo.engine;

import java.util.Collection;
import org.apiguardian.api.API;

/**
 * The traffic light every factor maps its native result to: green, amber, red.
 *
 * <p>The mapping from each method's native result is documented on the method's result type and in
 * the README.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Risk {
    /** Green: no action needed beyond good practice. */
    LOW,
    /** Amber: investigate and improve when practicable. */
    MEDIUM,
    /** Red: act now. */
    HIGH;

    /**
     * Returns the worse of this and another light.
     *
     * @param other the other light, not null
     * @return the worse light, not null
     */
    public Risk worse(Risk other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Returns the worst light of a collection, {@link #LOW} when empty.
     *
     * @param lights the lights, not null
     * @return the worst, not null
     */
    public static Risk worst(Collection<Risk> lights) {
        Risk w = LOW;
        for (Risk r : lights) {
            w = w.worse(r);
        }
        return w;
    }

    /**
     * Returns the plain-language colour name.
     *
     * @return "green", "amber" or "red"
     */
    public String colour() {
        return switch (this) {
            case LOW -> "green";
            case MEDIUM -> "amber";
            case HIGH -> "red";
        };
    }
}
