package dev.ergo.engine;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One part of an employee's result, rendered under one key of the results contract
 * ({@code rosa}, {@code workstation}, {@code lifting}, ...).
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface ResultSection {

    /**
     * Returns the key of this section in {@code results.jsonl}.
     *
     * @return the contract key, not null
     */
    String key();

    /**
     * Writes this section's value (an object or an array) at the writer's current position.
     *
     * @param json the writer, not null
     */
    void writeJson(JsonWriter json);

    /**
     * Puts this section's flattened values into a CSV row.
     *
     * @param row the row, not null
     */
    void writeCsv(CsvRow row);

    /**
     * Returns the advice this section produced.
     *
     * @return the recommendations, possibly empty, not null
     */
    default List<Recommendation> recommendations() {
        return List.of();
    }
}
