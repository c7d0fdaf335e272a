package dev.ergo.report.spi;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.ResultSection;
import java.util.List;
import org.apiguardian.api.API;

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
     * Returns the heading of the section, also used to name the factor's traffic light.
     *
     * @return a short plain-language title, not null
     */
    String title();

    /**
     * Adds the section's content, starting with its heading, to the document.
     *
     * @param section the section, not null
     * @param result the whole result, for context, not null
     * @param context the document being written, not null
     */
    void render(T section, AssessmentResult result, ReportContext context);

    /**
     * Returns the lines this method contributes to the methods footnote: method name, table
     * version, sources and how its result maps to a traffic light.
     *
     * @return the lines, not null
     */
    List<String> methodNotes();
}
