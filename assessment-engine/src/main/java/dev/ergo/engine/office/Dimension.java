package dev.ergo.engine.office;

import org.apiguardian.api.API;

/**
 * A body dimension used for the recommendations, with how it was obtained.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the workbook column name, for example {@code popliteal_height_cm}, not null
 * @param label a plain-language label, for example {@code Popliteal height}, not null
 * @param valueCm the value in cm
 * @param provenance measured or estimated, and how, not null
 * @param basis how an estimate was made (regression and its standard error), empty for measured values, not null
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Dimension(String name, String label, double valueCm, Provenance provenance, String basis) {

    /** How a dimension was obtained. */
    public enum Provenance {
        /** Measured and recorded on the Workstation sheet. */
        MEASURED,
        /** Estimated from stature and sex with the ANSUR II regressions (methods-posture-office §6.2). */
        ESTIMATED_FROM_STATURE,
        /** No stature: the ANSUR II median of the sex, or the mean of both sexes (§6.1). */
        POPULATION_MEDIAN
    }

    /** @return true unless measured */
    public boolean isEstimate() {
        return provenance != Provenance.MEASURED;
    }
}
