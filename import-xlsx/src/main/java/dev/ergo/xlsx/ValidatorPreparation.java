package dev.ergo.xlsx;

import dev.ergo.model.validation.SurveyValidator;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up: builds a validator's constraint metadata of every survey record type on a daemon thread
 * while the first import with that validator opens its workbook, instead of on each type's first row.
 * Once per validator; the checks are the same whichever thread built the metadata.
 */
final class ValidatorPreparation {
    private static final Logger LOG = LoggerFactory.getLogger(SurveyImporter.class);
    private static final Set<SurveyValidator> STARTED = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));

    private ValidatorPreparation() {}

    /**
     * Starts preparing the validator unless that was started before.
     *
     * @return the thread, or null when it was started before
     */
    static @Nullable Thread start(SurveyValidator validator) {
        if (!STARTED.add(validator)) {
            return null;
        }
        Thread t = new Thread(() -> prepare(validator), "ergo-validator-prepare");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** @return the record types of every sheet of the format */
    static List<Class<? extends Record>> recordTypes() {
        return SheetSpecs.ALL.stream().<Class<? extends Record>>map(SheetSpec::recordType).toList();
    }

    private static void prepare(SurveyValidator validator) {
        try {
            validator.prepare(recordTypes());
        } catch (Throwable e) {
            // best effort and silent (no stack trace from a helper thread): the import's own check of the
            // first row meets the same failure and reports it
            LOG.debug("could not prepare the validator: {}", e.getClass().getName());
        }
    }
}
