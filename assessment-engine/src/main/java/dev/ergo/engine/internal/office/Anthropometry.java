package dev.ergo.engine.internal.office;

import dev.ergo.engine.office.Dimension;
import dev.ergo.engine.office.Dimension.Provenance;
import dev.ergo.model.Sex;
import org.jspecify.annotations.Nullable;

/**
 * Estimates missing body dimensions from stature and sex: ANSUR II least-squares regressions
 * (methods-posture-office §6.2) and sample medians and standard deviations (§6.1). All coefficients are
 * in mm, as published; results are returned in cm. The ± shown is the regression's standard error for a
 * regression estimate and the population standard deviation for a median.
 */
public enum Anthropometry {
    // name, label, §6.2 regression M (a, b, SEE), F (a, b, SEE), §6.1 median M, median F, SD M, SD F; a NaN = median only
    POPLITEAL("popliteal_height_cm", "Popliteal height", -107.0, 0.3056, 13.3, -94.1, 0.2962, 14.0, 430, 387, 24.8, 23.6),
    // §6.2: elbow rest height is essentially uncorrelated with stature (r 0.12–0.18): use the median.
    ELBOW_REST("elbow_rest_height_cm", "Elbow rest height (sitting)", Double.NaN, 0, 28.2, Double.NaN, 0, 26.1, 246, 233, 28.7, 26.3),
    EYE_SITTING("eye_height_sitting_cm", "Eye height (sitting)", 158.0, 0.3681, 21.5, 181.1, 0.3479, 20.6, 804, 748, 33.2, 30.4),
    BUTTOCK_POPLITEAL("buttock_popliteal_length_cm", "Buttock–popliteal length", -32.9, 0.3051, 17.7, -47.0, 0.3267, 19.6, 502, 483, 27.4, 28.7);

    final String column;
    final String label;
    private final double aM;
    private final double bM;
    private final double seM;
    private final double aF;
    private final double bF;
    private final double seF;
    private final double medianM;
    private final double medianF;
    private final double sdM;
    private final double sdF;

    Anthropometry(String column, String label, double aM, double bM, double seM, double aF, double bF, double seF,
            double medianM, double medianF, double sdM, double sdF) {
        this.column = column;
        this.label = label;
        this.aM = aM;
        this.bM = bM;
        this.seM = seM;
        this.aF = aF;
        this.bF = bF;
        this.seF = seF;
        this.medianM = medianM;
        this.medianF = medianF;
        this.sdM = sdM;
        this.sdF = sdF;
    }

    /**
     * Returns the plain-language label of a workbook column, for example {@code Popliteal height}.
     *
     * @param column the column name, for example {@code popliteal_height_cm}
     * @return the label, or the column name when it is not a body dimension
     */
    public static String label(String column) {
        for (Anthropometry a : values()) {
            if (a.column.equals(column)) {
                return a.label;
            }
        }
        return column;
    }

    /** Returns the measured value, or an estimate labelled with how it was made. */
    Dimension resolve(@Nullable Double measuredCm, @Nullable Sex sex, @Nullable Double statureCm) {
        if (measuredCm != null) {
            return new Dimension(column, label, measuredCm, Provenance.MEASURED, "");
        }
        boolean regression = !Double.isNaN(aM) && statureCm != null;
        double mm;
        double seMm;
        String who;
        if (sex == Sex.M || sex == Sex.F) {
            boolean m = sex == Sex.M;
            mm = regression ? (m ? aM + bM * statureCm * 10 : aF + bF * statureCm * 10) : (m ? medianM : medianF);
            seMm = regression ? (m ? seM : seF) : (m ? sdM : sdF);
            who = m ? "men" : "women";
        } else {
            mm = regression
                    ? ((aM + bM * statureCm * 10) + (aF + bF * statureCm * 10)) / 2
                    : (medianM + medianF) / 2;
            seMm = regression ? Math.max(seM, seF) : Math.max(sdM, sdF);
            who = "mean of men and women";
        }
        if (regression) {
            return new Dimension(column, label, mm / 10, Provenance.ESTIMATED_FROM_STATURE, String.format(
                    java.util.Locale.ROOT, "estimated from stature %.1f cm (ANSUR II regression, %s; ±%.1f cm)",
                    statureCm, who, seMm / 10));
        }
        return new Dimension(column, label, mm / 10, Provenance.POPULATION_MEDIAN, String.format(
                java.util.Locale.ROOT, "ANSUR II median, %s (SD ±%.1f cm)%s", who, seMm / 10,
                Double.isNaN(aM) ? "; not predictable from stature, please measure" : "; stature not recorded"));
    }
}
