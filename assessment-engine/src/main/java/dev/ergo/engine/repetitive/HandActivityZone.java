package dev.ergo.engine.repetitive;

import dev.ergo.engine.Risk;
import org.apiguardian.api.API;

/**
 * Where a task's point (HAL, NPF) lies on the Hand Activity TLV chart, and its traffic light.
 *
 * <p>Traffic light: below the action limit {@link Risk#LOW}; from the action limit up to the TLV
 * {@link Risk#MEDIUM}; above the TLV {@link Risk#HIGH}. A point on a line counts as reaching the action
 * limit but not as exceeding the TLV (see {@link HandActivityTlv#zone(double, double, double)}).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum HandActivityZone {
    /** Below the action limit ("&lt; AL" on the 2001 form). */
    BELOW_ACTION_LIMIT(Risk.LOW),
    /** At or above the action limit, at or below the TLV ("AL to TLV"). */
    ACTION_LIMIT_TO_TLV(Risk.MEDIUM),
    /** Above the TLV ("&gt; TLV"). */
    ABOVE_TLV(Risk.HIGH);

    private final Risk risk;

    HandActivityZone(Risk risk) {
        this.risk = risk;
    }

    /**
     * Returns the traffic light of this zone.
     *
     * @return the light, not null
     */
    public Risk risk() {
        return risk;
    }
}
