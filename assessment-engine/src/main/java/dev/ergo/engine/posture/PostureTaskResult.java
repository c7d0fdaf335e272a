package dev.ergo.engine.posture;

import dev.ergo.engine.internal.posture.PostureDefaults;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import dev.ergo.model.SourceRow;
import dev.ergo.model.posture.Side;
import dev.ergo.model.text.Message;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The scores of one observed task posture: RULA, REBA and, when coded, OWAS, with the inputs that
 * took their defaults and the changes that lower the score most.
 *
 * <p>Traffic light ({@link #risk()}): the worse of the RULA light ({@link RulaResult#risk()}) and the
 * REBA light ({@link RebaLevel#risk()}). The OWAS light ({@link OwasResult#risk()}) is reported with
 * the OWAS entry but does not drive the task light: OWAS is a work-sampling code entered separately,
 * its single-posture category ignores time fractions (docs/methods.md §4.3), and RULA and REBA score the same row.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param task the task label, not null
 * @param side the side scored, or null when not recorded
 * @param origin where the row came from, or null for records built in code
 * @param rula the RULA result, not null
 * @param reba the REBA result, not null
 * @param owas the OWAS result, or null when the row has no OWAS code
 * @param defaulted the {@code Postures} columns that were blank and took their default, in workbook order, not null
 * @param recommendations at most 3 changes that lower the score most, best first; empty when the task is LOW, not null
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PostureTaskResult(
        String task,
        @Nullable Side side,
        @Nullable SourceRow origin,
        RulaResult rula,
        RebaResult reba,
        @Nullable OwasResult owas,
        List<String> defaulted,
        List<Recommendation> recommendations) {

    /**
     * Creates the result. For the toolkit's own use: results come from the assessor or are read back
     * from a results line, and a minor version may add components, which changes this constructor; so
     * it is not stable API (read the components, do not call it).
     */
    @API(status = API.Status.INTERNAL, since = "0.2")
    public PostureTaskResult {
        Objects.requireNonNull(task, "task must not be null");
        Objects.requireNonNull(rula, "rula must not be null");
        Objects.requireNonNull(reba, "reba must not be null");
        defaulted = List.copyOf(defaulted);
        recommendations = List.copyOf(recommendations);
    }

    /**
     * Returns the task's traffic light: the worse of the RULA and REBA lights.
     *
     * @return the light, not null
     */
    public Risk risk() {
        return taskRisk(rula, reba);
    }

    /**
     * Returns the task light, in one place: the worse of the RULA and REBA lights.
     *
     * @param rula the RULA result, not null
     * @param reba the REBA result, not null
     * @return the light, not null
     * @since 0.2
     */
    public static Risk taskRisk(RulaResult rula, RebaResult reba) {
        return rula.risk().worse(reba.risk());
    }

    /**
     * Returns the defaulted columns with the value used for each, for example {@code knee_deg → 0}.
     *
     * @return column to default value as the workbook writes it, in workbook order, not null
     */
    public Map<String, String> defaultedValues() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String column : defaulted) {
            out.put(column, PostureDefaults.defaultValue(column));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Returns the note the assessment adds to {@code AssessmentResult.notes()} for this task's blank
     * inputs: the task, the row it came from (when {@link #origin()} is known) and each defaulted column
     * with the value used. Word it with the engine's texts, or a report's texts whose parent they are.
     * A result read back from {@code results.jsonl} keeps no origin, so its note names no row and
     * differs from the stored one.
     *
     * @return the note, or empty when no input took its default
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Optional<Message> defaultsNote() {
        if (defaulted.isEmpty()) {
            return Optional.empty();
        }
        List<Message> used = new ArrayList<>();
        defaultedValues().forEach((column, value) ->
                used.add(Message.of("note.posture.default", "column", column, "value", value)));
        Message joined = used.get(used.size() - 1); // "a, b, c": the column names stay, the values are worded
        for (int i = used.size() - 2; i >= 0; i--) {
            joined = Message.of("note.posture.defaults.join", "head", used.get(i), "tail", joined);
        }
        return Optional.of(origin == null
                ? Message.of("note.posture.defaults", "task", task, "hasOrigin", "no", "used", joined)
                : Message.of("note.posture.defaults", "task", task, "hasOrigin", "yes", "origin", origin, "used", joined));
    }
}
