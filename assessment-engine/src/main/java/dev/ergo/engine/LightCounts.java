package dev.ergo.engine;

import java.util.Collection;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Numbers of employees per traffic light.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param low employees at LOW (green), at least 0
 * @param medium employees at MEDIUM (amber), at least 0
 * @param high employees at HIGH (red), at least 0
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record LightCounts(int low, int medium, int high) {

    /** No employee at any light. */
    public static final LightCounts NONE = new LightCounts(0, 0, 0);

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public LightCounts {
        if (low < 0 || medium < 0 || high < 0) {
            throw new IllegalArgumentException("counts must not be negative but were LOW " + low + ", MEDIUM "
                    + medium + ", HIGH " + high);
        }
    }

    /**
     * Returns the counts of some lights.
     *
     * @param lights the lights, one per employee, not null
     * @return the counts, not null
     */
    public static LightCounts of(Collection<Risk> lights) {
        LightCounts c = NONE;
        for (Risk r : lights) {
            c = c.plus(r);
        }
        return c;
    }

    /**
     * Returns these counts with one more employee at a light.
     *
     * @param light the light, not null
     * @return the new counts, not null
     */
    public LightCounts plus(Risk light) {
        return switch (Objects.requireNonNull(light, "light must not be null")) {
            case LOW -> new LightCounts(low + 1, medium, high);
            case MEDIUM -> new LightCounts(low, medium + 1, high);
            case HIGH -> new LightCounts(low, medium, high + 1);
        };
    }

    /**
     * Returns the count of one light.
     *
     * @param light the light, not null
     * @return the count, at least 0
     */
    public int get(Risk light) {
        return switch (Objects.requireNonNull(light, "light must not be null")) {
            case LOW -> low;
            case MEDIUM -> medium;
            case HIGH -> high;
        };
    }

    /** @return the number of employees counted */
    public int total() {
        return low + medium + high;
    }
}
