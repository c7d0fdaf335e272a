package dev.ergo.engine.office;

import dev.ergo.engine.office.Dimension.Provenance;
import dev.ergo.model.Sex;
import org.jspecify.annotations.Nullable;

/**
 * Estimates missing body dimensions from stature and sex: ANSUR II least-squares regressions
 * (methods-posture-office §6.2, table ANSUR2-REG) and sample medians (§6.1, table ANSUR2-P50). All
 * coefficients are in mm, as published; results are returned in cm.
 */
enum Anthropometry {
    // name, label, regression M (a, b, SEE), F (a, b, SEE), median M, median F; regression null = median only
    POPLITEAL("popliteal_height_cm", "Popliteal height", -107.0, 0.3056, 13.3, -94.1, 0.2962, 14.0, 430, 387),
    // §6.2: elbow rest height is essentially uncorrelated with stature (r 0.12–0.18): use the median.
    ELBOW_REST("elbow_rest_height_cm", "Elbow rest height (sitting)", Double.NaN, 0, 28.7, Double.NaN, 0, 26.3, 246, 233),
    EYE_SITTING("eye_height_sitting_cm", "Eye height (sitting)", 158.0, 0.3681, 21.5, 181.1, 0.3479, 20.6, 804, 748),
    BUTTOCK_POPLITEAL("buttock_popliteal_length_cm", "Buttock–popliteal length", -32.9, 0.3051, 17.7, -47.0, 0.3267, 19.6, 502, 483);

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

    Anthropometry(String column, String label, double aM, double bM, double seM, double aF, double bF, double seF,
            double medianM, double medianF) {
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
            seMm = m ? seM : seF;
            who = m ? "men" : "women";
        } else {
            mm = regression
                    ? ((aM + bM * statureCm * 10) + (aF + bF * statureCm * 10)) / 2
                    : (medianM + medianF) / 2;
            seMm = Math.max(seM, seF);
            who = "mean of men and women";
        }
        if (regression) {
            return new Dimension(column, label, mm / 10, Provenance.ESTIMATED_FROM_STATURE, String.format(
                    java.util.Locale.ROOT, "estimated from stature %.1f cm (ANSUR II regression, %s; ±%.1f cm)",
                    statureCm, who, seMm / 10));
        }
        return new Dimension(column, label, mm / 10, Provenance.POPULATION_MEDIAN, String.format(
                java.util.Locale.ROOT, "ANSUR II median, %s (±%.1f cm)%s", who, seMm / 10,
                Double.isNaN(aM) ? "; not predictable from stature, please measure" : "; stature not recorded"));
    }
}
