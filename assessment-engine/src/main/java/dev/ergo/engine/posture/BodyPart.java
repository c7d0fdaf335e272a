package dev.ergo.engine.posture;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A body part (or body-part item) scored by RULA or REBA.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum BodyPart {
    /** Upper arm (RULA and REBA). */
    UPPER_ARM,
    /** Lower arm, from the elbow angle (RULA and REBA). */
    LOWER_ARM,
    /** Wrist (RULA and REBA). */
    WRIST,
    /** Wrist twist (RULA only). */
    WRIST_TWIST,
    /** Neck (RULA and REBA). */
    NECK,
    /** Trunk (RULA and REBA). */
    TRUNK,
    /** Legs (RULA and REBA). */
    LEGS;

    /** @return the part in plain words, for example {@code upper arm}, not null */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
