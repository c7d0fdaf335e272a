package dev.ergo.engine;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One part of an employee's result, written under one key of the results contract
 * ({@code rosa}, {@code workstation}, {@code lifting}, ...).
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface ResultSection {

    /**
     * Returns the main key of this section in {@code results.jsonl}; also its identity in reports.
     *
     * @return the contract key, not null
     */
    String key();

    /**
     * Writes this section's members into the employee's JSON object with the engine's serializer.
     * A section type of a library user, which the serializer does not know, is written by overriding
     * this method.
     *
     * @param json the writer, positioned inside the employee's object, not null
     * @throws IllegalArgumentException if the section is not one of the engine's types and does not
     *     override this method
     * @deprecated {@link ResultJson} writes and reads whole lines; sections no longer write themselves
     */
    @Deprecated(since = "0.2", forRemoval = true)
    @API(status = API.Status.DEPRECATED, since = "0.2")
    @SuppressWarnings("removal")
    default void writeJson(JsonWriter json) {
        Factors.SERIALIZER.writeSection(this, json.out());
    }

    /**
     * Puts this section's flattened values into a CSV row with the engine's serializer.
     *
     * @param row the row, not null
     * @throws IllegalArgumentException if the section is not one of the engine's types and does not
     *     override this method
     * @deprecated {@link Assessor#csvRow(AssessmentResult)} flattens whole results
     */
    @Deprecated(since = "0.2", forRemoval = true)
    @API(status = API.Status.DEPRECATED, since = "0.2")
    @SuppressWarnings("removal")
    default void writeCsv(CsvRow row) {
        Factors.SERIALIZER.writeCsv(this, row.cells());
    }

    /**
     * Returns the advice this section produced.
     *
     * @return the recommendations, possibly empty, not null
     */
    default List<Recommendation> recommendations() {
        return List.of();
    }
}
