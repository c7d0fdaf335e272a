package dev.ergo.engine;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The results of an earlier round (read back from its {@code results.jsonl}), by employee id, to compare
 * a follow-up round with: {@link #followUp(AssessmentResult)} gives an employee's {@link FollowUp}.
 *
 * <p>Employees are matched by their exact id. An id that matches a baseline id only when case and white
 * space are ignored ({@code "e 1001"} and {@code "E1001"}) is not matched: {@link #nearMiss(String)} finds
 * it so that a caller can tell the user.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class Baseline {
    private final List<AssessmentResult> lines;
    private final Map<String, AssessmentResult> byId;
    /** Folded id to the baseline ids with that folding. */
    private final Map<String, List<String>> byFolded;
    private final LocalDate latestDate;

    private Baseline(List<AssessmentResult> lines) {
        this.lines = List.copyOf(lines);
        Map<String, AssessmentResult> ids = new LinkedHashMap<>();
        Map<String, List<String>> folded = new HashMap<>();
        LocalDate latest = null;
        for (AssessmentResult r : this.lines) {
            String id = r.employee().id();
            if (ids.putIfAbsent(id, r) != null) {
                throw new IllegalArgumentException("employee id " + id + " has more than one line in the baseline");
            }
            folded.computeIfAbsent(fold(id), k -> new ArrayList<>()).add(id);
            if (latest == null || r.assessmentDate().isAfter(latest)) {
                latest = r.assessmentDate();
            }
        }
        if (latest == null) {
            throw new IllegalArgumentException("the baseline has no results lines");
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.byFolded = folded;
        this.latestDate = latest;
    }

    /**
     * Returns a baseline of the given results.
     *
     * @param lines the earlier round's results, at least one, not null
     * @return the baseline, not null
     * @throws IllegalArgumentException if there is no result or an employee id has two
     */
    public static Baseline of(List<AssessmentResult> lines) {
        return new Baseline(Objects.requireNonNull(lines, "lines must not be null"));
    }

    /**
     * Reads a baseline: an earlier output folder (its {@code results.jsonl}) or a {@code results.jsonl}
     * file of results format version 1 (1.0 lines without {@code formatVersion} included).
     *
     * @param path the folder or file, not null
     * @return the baseline, not null
     * @throws NoSuchFileException if the path, or the folder's {@code results.jsonl}, does not exist
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the file is not a results file, is empty, or an employee id has
     *     two lines; the message names the file and the line
     */
    public static Baseline read(Path path) throws IOException {
        Objects.requireNonNull(path, "path must not be null");
        Path file = Files.isDirectory(path) ? path.resolve("results.jsonl") : path;
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null,
                    Files.isDirectory(path) ? "the folder has no results.jsonl" : "does not exist");
        }
        List<AssessmentResult> lines;
        try {
            lines = ResultJson.readLines(file);
        } catch (MalformedInputException e) {
            throw new IllegalArgumentException(file + " is not a results file: it is not UTF-8 text", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is not a results file of format version 1: "
                    + e.getMessage(), e);
        }
        try {
            return of(lines);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** @return the baseline's results in file order, not null */
    public List<AssessmentResult> lines() {
        return lines;
    }

    /** @return the latest {@code assessmentDate} of the baseline's lines, not null */
    public LocalDate latestDate() {
        return latestDate;
    }

    /**
     * Returns the baseline result of an employee id, matched exactly.
     *
     * @param id the employee id, not null
     * @return the result, or empty
     */
    public Optional<AssessmentResult> find(String id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id must not be null")));
    }

    /**
     * Returns the baseline id that an id matches only when case and white space are ignored, when the
     * baseline has no line with exactly this id and exactly one with such an id.
     *
     * @param id the employee id of the current round, not null
     * @return the baseline id that differs only in case or white space, or empty
     */
    public Optional<String> nearMiss(String id) {
        if (byId.containsKey(Objects.requireNonNull(id, "id must not be null"))) {
            return Optional.empty();
        }
        List<String> ids = byFolded.getOrDefault(fold(id), List.of());
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    /**
     * Compares an employee's current result with the baseline line of the same id.
     *
     * @param current the current result, not null
     * @return the comparison, or empty when the baseline has no line with exactly this id
     */
    public Optional<FollowUp> followUp(AssessmentResult current) {
        return find(current.employee().id()).map(b -> FollowUp.compare(b, current));
    }

    /**
     * Renders a result of the follow-up round as a line of {@code results.jsonl}: as
     * {@link ResultJson#line(AssessmentResult, boolean)}, with {@code followUp} when the baseline has a
     * line of exactly the employee's id.
     *
     * @param current the current result, not null
     * @param includeName whether to add the employee's name ({@code name}) when present
     * @return the JSON object on one line, not null
     */
    public String line(AssessmentResult current, boolean includeName) {
        return Factors.SERIALIZER.line(current, includeName, followUp(current).orElse(null));
    }

    /**
     * Returns the ids of baseline employees without a current result, in baseline order.
     *
     * @param current the current round's results, not null
     * @return the ids, not null
     */
    public List<String> notReassessed(Collection<AssessmentResult> current) {
        Set<String> now = ids(current);
        return byId.keySet().stream().filter(id -> !now.contains(id)).toList();
    }

    /**
     * Returns the ids of current employees without a baseline line, in the current order.
     *
     * @param current the current round's results, not null
     * @return the ids, not null
     */
    public List<String> newEmployees(Collection<AssessmentResult> current) {
        return current.stream().map(r -> r.employee().id()).filter(id -> !byId.containsKey(id)).toList();
    }

    private static Set<String> ids(Collection<AssessmentResult> results) {
        Set<String> out = new HashSet<>();
        results.forEach(r -> out.add(r.employee().id()));
        return out;
    }

    /** An id without white space, in lower case: two ids with the same folding are near-misses. */
    static String fold(String id) {
        return id.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** @return the number of lines and the latest date; no ids or scores */
    @Override
    public String toString() {
        return "Baseline[lines=" + lines.size() + ", latestDate=" + latestDate + "]";
    }
}
