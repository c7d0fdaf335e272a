package dev.ergo.engine.internal;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.model.text.Message;
import dev.ergo.model.text.Texts;
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
    private final Texts texts;

    /**
     * Creates a context in the run's language.
     *
     * @param options the options, not null
     */
    public AssessmentContext(AssessmentOptions options) {
        this(options, options.language());
    }

    /**
     * Creates a context whose texts are in a language.
     *
     * @param options the options, not null
     * @param language the language of the employee's texts, not null
     * @since 0.2
     */
    public AssessmentContext(AssessmentOptions options, java.util.Locale language) {
        this.options = options;
        this.texts = EngineTexts.MESSAGES.in(language);
    }

    /**
     * Returns the engine's texts in the employee's language: recommendations are rendered with these.
     *
     * @return the texts, not null
     * @since 0.2
     */
    public Texts texts() {
        return texts;
    }

    /** @return the options, not null */
    public AssessmentOptions options() {
        return options;
    }

    /**
     * Adds a note for the assessor, rendered from the engine's bundle in the employee's language; never
     * put personal data in a note beyond what the report shows.
     *
     * @param key the message key, not null
     * @param namesAndValues alternating argument names and values, as {@link Texts#text(String, Object...)}
     * @throws IllegalArgumentException if no bundle has the key
     * @since 0.2
     */
    public void note(String key, Object... namesAndValues) {
        notes.add(texts.text(key, namesAndValues));
    }

    /**
     * Adds a note for the assessor, rendered from the engine's bundle in the employee's language; never
     * put personal data in a note beyond what the report shows.
     *
     * @param message the note, not null
     * @throws IllegalArgumentException if no bundle has its key
     * @since 0.2
     */
    public void note(Message message) {
        notes.add(texts.text(message));
    }

    /** @return the notes so far, not null */
    public List<String> notes() {
        return List.copyOf(notes);
    }
}
