package dev.ergo.report.internal.spi;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.ResultSection;
import dev.ergo.model.text.Message;
import dev.ergo.model.text.Texts;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Renders one type of result section into the employee report.
 *
 * <p>A new risk factor adds one implementation in its own package and one line to the report
 * module's registry; sections without a renderer are listed as not shown. Implementations are
 * stateless and thread-safe.
 *
 * @param <T> the section type
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public interface SectionRenderer<T extends ResultSection> {

    /**
     * Returns the section type this renderer draws.
     *
     * @return the class, not null
     */
    Class<T> sectionType();

    /**
     * Returns the prefix of this renderer's words in the report bundle: {@code <prefix>.title},
     * {@code <prefix>.shortTitle} (optional) and {@code <prefix>.method}, for example {@code "rosa"}.
     *
     * @return the prefix, not null
     * @since 0.2
     */
    String keyPrefix();

    /**
     * Returns the heading of the section, also used to name the factor's traffic light:
     * {@code <prefix>.title} by default.
     *
     * @param texts the report's language, not null
     * @return a short plain-language title, not null
     */
    default String title(Texts texts) {
        return texts.text(keyPrefix() + ".title");
    }

    /**
     * Returns the section's one-sentence verdict in plain words, starting with the factor and its light,
     * for the employee's part of the report ("What the assessment found").
     *
     * @param section the section, not null
     * @param texts the report's language, not null
     * @return the sentence, or null for a section without a light of its own
     * @since 0.2
     */
    default @Nullable String verdict(T section, Texts texts) {
        return null;
    }

    /**
     * Adds what the employee needs of this section to the employee's part of the report, before the
     * assessor's appendix: for example their own set-up numbers. Nothing by default: the checklist holds
     * the advice and {@link #verdict} the reason.
     *
     * @param section the section, not null
     * @param result the whole result, not null
     * @param context the document being written, not null
     * @since 0.2
     */
    default void renderForEmployee(T section, AssessmentResult result, ReportContext context) {}

    /**
     * Adds the section's details for the assessor, starting with its heading, to the document: tables,
     * scores, multipliers and defaults. The advice is not repeated: it is in the checklist.
     *
     * @param section the section, not null
     * @param result the whole result, for context, not null
     * @param context the document being written, not null
     */
    void render(T section, AssessmentResult result, ReportContext context);

    /**
     * Returns the lines this method contributes to the methods footnote: method name, table
     * version, sources and how its result maps to a traffic light.
     * By default the one line {@code <prefix>.method}; a renderer whose note names constants overrides this.
     *
     * @param texts the report's language, not null
     * @return the lines, not null
     */
    default List<String> methodNotes(Texts texts) {
        return List.of(texts.text(keyPrefix() + ".method"));
    }

    /**
     * Returns a short name of the factor for the summary's tables, for example {@code "Lifting (RNLE)"}.
     *
     * @param texts the report's language, not null
     * @return the short name: {@code <prefix>.shortTitle} where the bundle has it, else the title, not null
     */
    default String shortTitle(Texts texts) {
        String key = keyPrefix() + ".shortTitle";
        return texts.has(key) ? texts.text(key) : title(texts);
    }

    /**
     * Returns the section's key figure for the summary's list of employees, for example
     * {@code "ROSA 6"} or {@code "HAV 3.1 m/s²"}.
     *
     * @param section the section, not null
     * @param texts the report's language, not null
     * @return a few words, or null when the section has no figure worth listing
     */
    default @Nullable String keyFigure(T section, Texts texts) {
        return null;
    }

    /**
     * Returns the plain words that the summary's "What to buy or change" list uses for the
     * recommendation codes of this section, for example {@code FOOTREST → "Footrests to provide"}.
     * The summary takes the union over all registered renderers; a code that two renderers share
     * must have the same words in both.
     *
     * @param texts the report's language, not null
     * @return code to words, not null
     */
    default Map<String, String> actionLabels(Texts texts) {
        return Map.of();
    }

    /**
     * Returns the bundle's {@code action.<CODE>} words for each code, in order: what most renderers'
     * {@link #actionLabels(Texts)} return.
     *
     * @param codes the recommendation codes, not null
     * @param texts the report's language, not null
     * @return code to words, in the order of the codes, not null
     */
    static Map<String, String> actionLabels(List<String> codes, Texts texts) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String code : codes) {
            out.put(code, texts.text("action." + code));
        }
        return out;
    }

    /**
     * Returns the action of one of this section's recommendations in a few words, for the summary's
     * "Top recommendations" column, for example {@code "Footrest 9.5 cm high"}.
     *
     * @param recommendation a recommendation, possibly of another section, not null
     * @param texts the report's language, not null
     * @return the words, or null when the code is not this renderer's (the summary then uses
     *     {@link #actionLabels()})
     * @since 0.2
     */
    default @Nullable String shortAction(Recommendation recommendation, Texts texts) {
        return null;
    }

    /**
     * Returns a sentence for the top of the report's "What to do" checklist about this section's items,
     * for example how many of them bring a score below its action level.
     *
     * @param section the section, not null
     * @param result the whole result, whose {@code recommendations()} is the checklist, not null
     * @param texts the report's language, not null
     * @return the sentence, or null for none
     * @since 0.2
     */
    default @Nullable String checklistNote(T section, AssessmentResult result, Texts texts) {
        return null;
    }

    /**
     * Returns the assessor's notes of {@code AssessmentResult.notes()} that {@link #render} already shows
     * beside the section's details, for example the defaults a posture task was scored with; the report's
     * "Notes for the assessor" leaves them out. None by default.
     *
     * @param section the section, not null
     * @return the notes as the assessment words them, not null
     * @since 0.2
     */
    default List<Message> notesShown(T section) {
        return List.of();
    }
}
