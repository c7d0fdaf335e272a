package dev.ergo.engine.vibration;

import org.apiguardian.api.API;

/**
 * A measurement axis of whole-body vibration (ISO 2631-1 basicentric axes), with its A(8) multiplier.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Axis {
    /** Fore-and-aft; multiplier 1.4 (docs/methods.md §6.2, V2 Sch. 2). */
    X("x", 1.4, "fore-and-aft"),
    /** Side-to-side; multiplier 1.4 (§6.2, V2 Sch. 2). */
    Y("y", 1.4, "side-to-side"),
    /** Vertical; multiplier 1.0 (§6.2, V2 Sch. 2). */
    Z("z", 1.0, "vertical");

    private final String label;
    private final double multiplier;
    private final String direction;

    Axis(String label, double multiplier, String direction) {
        this.label = label;
        this.multiplier = multiplier;
        this.direction = direction;
    }

    /** @return {@code "x"}, {@code "y"} or {@code "z"}, as written in the results, not null */
    public String label() {
        return label;
    }

    /** @return the factor k of A(8) and VDV: 1.4 for x and y, 1.0 for z */
    public double multiplier() {
        return multiplier;
    }

    /** @return the direction in plain words, for example {@code "vertical"}, not null */
    public String direction() {
        return direction;
    }

    /**
     * Returns the axis with the greatest value; ties go to z, then x, then y (toolkit convention: the
     * vertical axis, usually dominant on seats, keeps the seat advice on a tie).
     *
     * @param x the x value
     * @param y the y value
     * @param z the z value
     * @return the dominant axis, not null
     */
    public static Axis dominant(double x, double y, double z) {
        Axis best = Z;
        double max = z;
        if (x > max) {
            best = X;
            max = x;
        }
        if (y > max) {
            best = Y;
        }
        return best;
    }
}
