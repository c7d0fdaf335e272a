package dev.ergo.engine.office;

import dev.ergo.model.text.Message;
import dev.ergo.model.text.Texts;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A body dimension used for the recommendations, with how it was obtained.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the workbook column name, for example {@code popliteal_height_cm}, not null
 * @param label a plain-language label, for example {@code Popliteal height}, not null
 * @param valueCm the value in cm
 * @param provenance measured or estimated, and how, not null
 * @param basis how an estimate was made (regression and its standard error) in English, empty for measured
 *     values, not null
 * @param basisMessage the same as a message of the engine's bundle, to word it in any language; null for measured
 *     values and for a result read back from {@code results.jsonl}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Dimension(String name, String label, double valueCm, Provenance provenance, String basis,
        @Nullable Message basisMessage) {

    /**
     * Creates a dimension whose basis is only a text.
     *
     * @param name the workbook column name, not null
     * @param label a plain-language label, not null
     * @param valueCm the value in cm
     * @param provenance measured or estimated, and how, not null
     * @param basis how an estimate was made, empty for measured values, not null
     */
    public Dimension(String name, String label, double valueCm, Provenance provenance, String basis) {
        this(name, label, valueCm, provenance, basis, null);
    }

    /**
     * Returns the label in the language of some texts, or {@link #label()} when they have none for this column.
     *
     * @param texts the engine's texts, or a report's texts whose parent they are, not null
     * @return the label, not null
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public String label(Texts texts) {
        String key = "dimension." + name;
        return texts.has(key) ? texts.text(key) : label;
    }

    /**
     * Returns how an estimate was made in the language of some texts, or {@link #basis()} without a message.
     *
     * @param texts the engine's texts, or a report's texts whose parent they are, not null
     * @return the basis, empty for measured values, not null
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public String basis(Texts texts) {
        return basisMessage == null ? basis : texts.text(basisMessage);
    }

    /** How a dimension was obtained. */
    public enum Provenance {
        /** Measured and recorded on the Workstation sheet. */
        MEASURED,
        /** Estimated from stature and sex with the ANSUR II regressions (docs/methods.md §3.3.2, Table ANSUR-2). */
        ESTIMATED_FROM_STATURE,
        /** No stature: the ANSUR II median of the sex, or the mean of both sexes (docs/methods.md §3.3.1, Table ANSUR-1). */
        POPULATION_MEDIAN
    }

    /** @return true unless measured */
    public boolean isEstimate() {
        return provenance != Provenance.MEASURED;
    }
}
