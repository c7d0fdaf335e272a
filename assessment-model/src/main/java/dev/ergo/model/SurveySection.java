package dev.ergo.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One row of an optional survey sheet (workstation set-up, ROSA checklist, a lifting task, ...).
 *
 * <p>Implementations are immutable records. A new risk factor adds its own section type in its own
 * package; nothing else in the model changes.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface SurveySection {

    /**
     * Returns where the row came from.
     *
     * @return the source row, or null for records built in code
     */
    @Nullable SourceRow origin();
}
