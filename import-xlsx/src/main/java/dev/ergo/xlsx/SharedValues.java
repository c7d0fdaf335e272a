package dev.ergo.xlsx;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance for values that surveys repeat, so that a workbook's 100 000 employees do not hold
 * three million boxed numbers and a copy of every department name: measurements in tenths (a posture
 * angle of 45, a weight of 12.5 kg) share one {@link Double} per value, and short texts (departments,
 * sites, task names) one {@link String} per text while the table has room. Only identity changes:
 * every value is equal, bit for bit, to the one it replaces. Not thread-safe (one per import or codec);
 * the number boxes are shared by all, safely (a {@code Double} is immutable, a lost race only costs a box).
 */
final class SharedValues {
    /** Numbers shared: multiples of 0.1 from -{@value #TENTHS_LIMIT}/10 to +{@value #TENTHS_LIMIT}/10. */
    static final int TENTHS_LIMIT = 20_000;
    /** Texts up to this many characters are shared; longer ones are seldom repeated. */
    static final int MAX_TEXT_CHARS = 48;
    /** Distinct texts a table keeps; unique texts (ids, names) fill it first, so it stays bounded. */
    static final int MAX_TEXTS = 4096;

    private static final Double[] TENTHS = new Double[2 * TENTHS_LIMIT + 1];

    private final Map<String, String> texts = new HashMap<>();

    /**
     * @return a shared box of {@code v} when {@code v} is a multiple of 0.1 in range (bit for bit: not
     *     -0.0), else a new one
     */
    static Double number(double v) {
        double scaled = v * 10;
        if (scaled >= -TENTHS_LIMIT && scaled <= TENTHS_LIMIT) {
            int k = (int) Math.rint(scaled);
            Double shared = TENTHS[k + TENTHS_LIMIT];
            if (shared == null) {
                double tenth = k / 10.0;
                if (Double.doubleToRawLongBits(tenth) != Double.doubleToRawLongBits(v)) {
                    return v;
                }
                shared = tenth;
                TENTHS[k + TENTHS_LIMIT] = shared;
                return shared;
            }
            if (Double.doubleToRawLongBits(shared) == Double.doubleToRawLongBits(v)) {
                return shared;
            }
        }
        return v;
    }

    /**
     * @return the table's instance of an equal text, or {@code s} itself (added while the table has room
     *     and the text is short)
     */
    String text(String s) {
        if (s.length() > MAX_TEXT_CHARS) {
            return s;
        }
        String shared = texts.get(s);
        if (shared != null) {
            return shared;
        }
        if (texts.size() < MAX_TEXTS) {
            texts.put(s, s);
        }
        return s;
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
