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
     * Returns the main key of this section in {@code results.jsonl}; also its identity in reports.
     *
     * @return the contract key, not null
     */
    String key();

    /**
     * Writes this section's members into the employee's JSON object: usually {@code name(key())} and
     * its value, but a section may write several contract keys (posture writes {@code rula},
     * {@code reba} and {@code owas}).
     *
     * @param json the writer, positioned inside the employee's object, not null
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
