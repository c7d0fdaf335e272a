package dev.ergo.engine.lifting;

/** Table 5, frequency multiplier (docs/methods.md §5.3; L1 p.15 via the reconciled transcription L2). */
final class FrequencyTable {
    private FrequencyTable() {}

    /** Row frequencies, lifts/min; the first row is "≤ 0.2". */
    static final double[] F = {0.2, 0.5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};

    /** Columns: ≤1 h V<75, ≤1 h V≥75, ≤2 h V<75, ≤2 h V≥75, ≤8 h V<75, ≤8 h V≥75. */
    static final double[][] FM = {
        {1.00, 1.00, .95, .95, .85, .85},
        {.97, .97, .92, .92, .81, .81},
        {.94, .94, .88, .88, .75, .75},
        {.91, .91, .84, .84, .65, .65},
        {.88, .88, .79, .79, .55, .55},
        {.84, .84, .72, .72, .45, .45},
        {.80, .80, .60, .60, .35, .35},
        {.75, .75, .50, .50, .27, .27},
        {.70, .70, .42, .42, .22, .22},
        {.60, .60, .35, .35, .18, .18},
        {.52, .52, .30, .30, .00, .15},
        {.45, .45, .26, .26, .00, .13},
        {.41, .41, .00, .23, .00, .00},
        {.37, .37, .00, .21, .00, .00},
        {.00, .34, .00, .00, .00, .00},
        {.00, .31, .00, .00, .00, .00},
        {.00, .28, .00, .00, .00, .00},
    };

    static int column(boolean high, DurationCategory duration) {
        return duration.ordinal() * 2 + (high ? 1 : 0);
    }

    static double maxFrequency(boolean high, DurationCategory duration) {
        int col = column(high, duration);
        for (int row = FM.length - 1; row >= 0; row--) {
            if (FM[row][col] > 0) {
                return F[row];
            }
        }
        return 0;
    }

    static double fm(double f, boolean high, DurationCategory duration) {
        if (Double.isNaN(f) || f < 0) {
            throw new IllegalArgumentException("frequency must not be negative but was " + f);
        }
        int col = column(high, duration);
        double freq = Math.max(f, Rnle.F_MIN);
        if (freq > maxFrequency(high, duration)) {
            return 0.0;
        }
        for (int row = 0; row < F.length - 1; row++) {
            if (freq <= F[row + 1]) {
                double t = (freq - F[row]) / (F[row + 1] - F[row]);
                return FM[row][col] + t * (FM[row + 1][col] - FM[row][col]);
            }
        }
        return FM[F.length - 1][col];
    }
}
