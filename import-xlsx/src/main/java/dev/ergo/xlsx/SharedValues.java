package dev.ergo.xlsx;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance for values that surveys repeat, so that a workbook's 100 000 employees do not hold
 * three million boxed numbers and a copy of every department name: measurements in tenths (a posture
 * angle of 45, a weight of 12.5 kg) share one {@link Double} per value, and short texts (departments,
 * sites, task names) one {@link String} per text, by the admission rule of {@link TextTable}. Only
 * identity changes: every value is equal, bit for bit, to the one it replaces. An instance serves one
 * import and is not thread-safe; the number boxes are shared by all, safely (a {@code Double} is
 * immutable, and a lost race only costs a box). The import spool shares texts with a {@link TextTable}
 * of its own and numbers with {@link #number}.
 */
final class SharedValues {
    /** Numbers shared: multiples of 0.1 from -{@value #TENTHS_LIMIT}/10 to +{@value #TENTHS_LIMIT}/10. */
    static final int TENTHS_LIMIT = 20_000;

    private static final Double[] TENTHS = new Double[2 * TENTHS_LIMIT + 1];

    private final TextTable texts = new TextTable();

    /**
     * @return a shared box of {@code v} when {@code v} is a multiple of 0.1 in range (bit for bit: not
     *     -0.0), else a new one
     */
    static Double number(double v) {
        return number(v, TENTHS);
    }

    /** As {@link #number(double)}, with the boxes in {@code tenths} (tests pass a fresh one). */
    static Double number(double v, Double[] tenths) {
        double scaled = v * 10;
        if (scaled >= -TENTHS_LIMIT && scaled <= TENTHS_LIMIT) {
            int k = (int) Math.rint(scaled);
            Double shared = tenths[k + TENTHS_LIMIT];
            if (shared == null) {
                double tenth = k / 10.0;
                if (Double.doubleToRawLongBits(tenth) != Double.doubleToRawLongBits(v)) {
                    return v;
                }
                shared = tenth;
                tenths[k + TENTHS_LIMIT] = shared;
                return shared;
            }
            if (Double.doubleToRawLongBits(shared) == Double.doubleToRawLongBits(v)) {
                return shared;
            }
        }
        return v;
    }

    /** @return an equal text the table holds, or {@code s} itself */
    String text(String s) {
        int id = texts.id(s);
        return id < 0 ? s : texts.text(id);
    }

    /** The value itself, or a shared equal one for a Double or a String (see the class comment). */
    Object value(Object v) {
        if (v instanceof Double d) {
            return number(d);
        }
        if (v instanceof String s) {
            return text(s);
        }
        return v;
    }
}
