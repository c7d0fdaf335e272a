package dev.ergo.engine.internal.json;

import dev.ergo.engine.Recommendation;
import dev.ergo.engine.ResultSection;
import dev.ergo.engine.internal.KeyFigures;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Writes one type of result section into a {@code results.jsonl} line and a {@code results.csv} row,
 * and reads it back. A factor module registers one codec per section type it produces
 * ({@link dev.ergo.engine.internal.FactorModule#codecs()}).
 *
 * <p>Implementations are stateless and thread-safe.
 *
 * @param <T> the section type
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public interface SectionCodec<T extends ResultSection> {

    /** @return the section type, a record, not null */
    Class<T> type();

    /**
     * Returns the contract key that marks the section in a line, {@link ResultSection#key()}.
     *
     * @return the key, not null
     */
    String key();

    /**
     * Writes the section's members into the employee's object (usually {@code key()} and its value;
     * posture writes {@code rula}, {@code reba}, {@code owas} and {@code posture}).
     *
     * @param section the section, not null
     * @param out the writer, inside the employee's object, not null
     */
    void write(T section, JsonOut out);

    /**
     * Reads the section from a line that has {@link #key()}.
     *
     * @param line the employee's object, not null
     * @param recommendations the advice this codec {@linkplain #claims claimed}, in line order, with
     *     their position in the line as priority, not null
     * @return the section, not null
     * @throws IllegalArgumentException if a member is missing or has the wrong type
     */
    T read(JsonObject line, List<Recommendation> recommendations);

    /**
     * Returns whether this section type issues a recommendation (the line does not say which section
     * did); the reader gives each recommendation to the first section of the line that claims it.
     *
     * @param recommendation a recommendation read from the line, not null
     * @return true when this section type issues it
     */
    default boolean claims(Recommendation recommendation) {
        return false;
    }

    /**
     * Returns the {@code results.csv} columns this section fills, in order; the same for every employee.
     *
     * @return the columns, not null
     */
    List<CsvColumn<T>> csvColumns();

    /**
     * Returns the section's key figure for follow-up comparisons ({@code followUp.factors}); the
     * codec's class description says what it is.
     *
     * @param section the section, not null
     * @return an {@link Integer} for scores and counts, a {@link Double} for measures, or null when
     *     undefined or the section has none
     */
    default @Nullable Number keyFigure(T section) {
        return null;
    }

    /**
     * Returns the method variant the section was scored with, where its method has variants whose
     * scores differ ({@code methodChanges}).
     *
     * @param section the section, not null
     * @return the variant, or null when the method has none
     */
    default KeyFigures.@Nullable Variant variant(T section) {
        return null;
    }
}
