package dev.ergo.engine.internal.office;

import dev.ergo.engine.office.Dimension;
import dev.ergo.engine.office.Dimension.Provenance;
import dev.ergo.engine.internal.EngineTexts;
import dev.ergo.model.Sex;
import dev.ergo.model.text.Message;
import dev.ergo.model.text.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Estimates missing body dimensions from stature and sex: ANSUR II least-squares regressions
 * (methods-posture-office §6.2) and sample medians and standard deviations (§6.1). All coefficients are
 * in mm, as published; results are returned in cm. The ± shown is the regression's standard error for a
 * regression estimate and the population standard deviation for a median.
 */
public enum Anthropometry {
    // name, §6.2 regression M (a, b, SEE), F (a, b, SEE), §6.1 median M, median F, SD M, SD F; a NaN = median only
    POPLITEAL("popliteal_height_cm", -107.0, 0.3056, 13.3, -94.1, 0.2962, 14.0, 430, 387, 24.8, 23.6),
    // §6.2: elbow rest height is essentially uncorrelated with stature (r 0.12–0.18): use the median.
    ELBOW_REST("elbow_rest_height_cm", Double.NaN, 0, 28.2, Double.NaN, 0, 26.1, 246, 233, 28.7, 26.3),
    EYE_SITTING("eye_height_sitting_cm", 158.0, 0.3681, 21.5, 181.1, 0.3479, 20.6, 804, 748, 33.2, 30.4),
    BUTTOCK_POPLITEAL("buttock_popliteal_length_cm", -32.9, 0.3051, 17.7, -47.0, 0.3267, 19.6, 502, 483, 27.4, 28.7);

    final String column;
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

    Anthropometry(String column, double aM, double bM, double seM, double aF, double bF, double seF,
            double medianM, double medianF, double sdM, double sdF) {
        this.column = column;
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

    private static final Texts ENGLISH = EngineTexts.english();

    /**
     * Returns the English label of a workbook column, for example {@code Popliteal height}, from the
     * engine's bundle ({@code dimension.<column>}).
     *
     * @param column the column name, for example {@code popliteal_height_cm}
     * @return the label, or the column name when it is not a body dimension
     */
    public static String label(String column) {
        String key = "dimension." + column;
        return ENGLISH.has(key) ? ENGLISH.text(key) : column;
    }

    /** Returns the measured value, or an estimate labelled with how it was made. */
    Dimension resolve(@Nullable Double measuredCm, @Nullable Sex sex, @Nullable Double statureCm) {
        if (measuredCm != null) {
            return new Dimension(column, label(column), measuredCm, Provenance.MEASURED, "");
        }
        boolean regression = !Double.isNaN(aM) && statureCm != null;
        double mm;
        double seMm;
        String who;
        if (sex == Sex.M || sex == Sex.F) {
            boolean m = sex == Sex.M;
            mm = regression ? (m ? aM + bM * statureCm * 10 : aF + bF * statureCm * 10) : (m ? medianM : medianF);
            seMm = regression ? (m ? seM : seF) : (m ? sdM : sdF);
            who = sex.name();
        } else {
            mm = regression
                    ? ((aM + bM * statureCm * 10) + (aF + bF * statureCm * 10)) / 2
                    : (medianM + medianF) / 2;
            seMm = regression ? Math.max(seM, seF) : Math.max(sdM, sdF);
            who = "both";
        }
        Message basis = regression
                ? Message.of("dimension.basis.regression", "statureCm", oneDecimal(statureCm), "who", who, "seCm",
                        oneDecimal(seMm / 10))
                : Message.of("dimension.basis.median", "who", who, "sdCm", oneDecimal(seMm / 10), "why",
                        Double.isNaN(aM) ? "unpredictable" : "noStature");
        return new Dimension(column, label(column), mm / 10,
                regression ? Provenance.ESTIMATED_FROM_STATURE : Provenance.POPULATION_MEDIAN, ENGLISH.text(basis), basis);
    }

    /** Rounded half up to one decimal, as the pattern's {@code 0.0} shows it. */
    private static double oneDecimal(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
