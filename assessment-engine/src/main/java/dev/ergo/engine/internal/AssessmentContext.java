package dev.ergo.engine.internal;

import dev.ergo.engine.AssessmentOptions;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What a {@link FactorModule} may use besides the survey: the options, and a place for notes to the
 * assessor (defaults applied, estimates used). Not thread-safe; one per assessment.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class AssessmentContext {
    private final AssessmentOptions options;
    private final List<String> notes = new ArrayList<>();

    /**
     * Creates a context.
     *
     * @param options the options, not null
     */
    public AssessmentContext(AssessmentOptions options) {
        this.options = options;
    }

    /** @return the options, not null */
    public AssessmentOptions options() {
        return options;
    }

    /**
     * Adds a note for the assessor; never put personal data in a note beyond what the report shows.
     *
     * @param note the note, not null
     */
    public void note(String note) {
        notes.add(note);
    }

    /** @return the notes so far, not null */
    public List<String> notes() {
        return List.copyOf(notes);
    }
}
