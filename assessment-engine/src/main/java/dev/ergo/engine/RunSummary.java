package dev.ergo.engine;

import dev.ergo.engine.internal.json.JsonObject;
import dev.ergo.engine.internal.json.JsonOut;
import dev.ergo.engine.internal.json.Versions;
import dev.ergo.model.Employee;
import dev.ergo.model.Sex;
import dev.ergo.model.SourceRow;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamException;
import java.io.Serial;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The organisation summary of a run as data: the content of {@code summary.json} (results format 1.1).
 *
 * <p>Counting rules, the same wherever ergo counts lights (the console line of {@code ergo assess}, this
 * summary): an employee is counted at the overall light only when at least one factor was assessed;
 * employees without any factor are counted as {@link #notScored()}. Per factor, an employee counts at
 * the factor's light when the factor is present. Per site and department (empty name for none), as
 * overall. {@link #prioritised()} lists every employee, most in need of action first: worst overall light
 * (not scored last), then more factors at HIGH, then employee id. {@link #recommendationCodes()} counts
 * the employees given each code.
 *
 * <p>With a {@link Baseline}, {@link #comparison()} adds the before/after counts. Results read back from
 * {@code results.jsonl} carry no site or department, so the "before" counts per site and department use
 * the employee's site and department in the current round; baseline employees not reassessed count under
 * the empty name.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class RunSummary {

    /** How many results {@link #mostInNeed()} keeps: the employees the summary report lists. */
    public static final int MOST_IN_NEED = 25;

    private final LocalDate runDate;
    private final int employees;
    private final int notScored;
    private final LightCounts overall;
    private final Map<String, LightCounts> byFactor;
    private final Map<String, LightCounts> bySite;
    private final Map<String, LightCounts> byDepartment;
    private final List<String> prioritised;
    private final Map<String, Integer> recommendationCodes;
    private final @Nullable Comparison comparison;
    private final List<AssessmentResult> mostInNeed;
    private final Map<Set<String>, Integer> codeSets;
    private final List<String> worsened;
    private final Map<String, Class<? extends FactorResult>> factorTypes;
    /** What this summary was made of, for {@link #merge}; null when read back from JSON. */
    private final @Nullable Aggregate source;

    private RunSummary(Aggregate a) {
        this.source = a.copy();
        this.runDate = a.runDate;
        this.employees = a.employees;
        this.notScored = a.notScored;
        this.overall = a.overall;
        this.byFactor = Collections.unmodifiableMap(new LinkedHashMap<>(a.byFactor));
        this.bySite = Collections.unmodifiableMap(new LinkedHashMap<>(a.bySite));
        this.byDepartment = Collections.unmodifiableMap(new LinkedHashMap<>(a.byDepartment));
        this.prioritised = source.keys.byNeed(); // the copy's keys, which no one changes
        Map<String, Integer> codesSorted = new LinkedHashMap<>();
        a.codes.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> codesSorted.put(e.getKey(), e.getValue()));
        this.recommendationCodes = Collections.unmodifiableMap(codesSorted);
        this.mostInNeed = a.top.stream().map(Top::result).toList();
        this.codeSets = source.codeSets.asMap();
        this.worsened = List.copyOf(a.worsenedIds);
        this.factorTypes = Collections.unmodifiableMap(new LinkedHashMap<>(a.factorTypes));
        this.comparison = a.baseline == null ? null : a.compare(overall, bySite, byDepartment);
    }

    /** A summary read back from {@code summary.json}. */
    private RunSummary(LocalDate runDate, int employees, int notScored, LightCounts overall,
            Map<String, LightCounts> byFactor, Map<String, LightCounts> bySite, Map<String, LightCounts> byDepartment,
            List<String> prioritised, Map<String, Integer> recommendationCodes, @Nullable Comparison comparison) {
        this.runDate = runDate;
        this.employees = employees;
        this.notScored = notScored;
        this.overall = overall;
        this.byFactor = Collections.unmodifiableMap(new LinkedHashMap<>(byFactor));
        this.bySite = Collections.unmodifiableMap(new LinkedHashMap<>(bySite));
        this.byDepartment = Collections.unmodifiableMap(new LinkedHashMap<>(byDepartment));
        this.prioritised = List.copyOf(prioritised);
        this.recommendationCodes = Collections.unmodifiableMap(new LinkedHashMap<>(recommendationCodes));
        this.comparison = comparison;
        this.mostInNeed = List.of();
        this.codeSets = Map.of();
        this.worsened = List.of();
        this.factorTypes = Map.of();
        this.source = null;
    }

    /**
     * Reads a {@code summary.json} back (results format 1.x); members it does not know are ignored, and
     * {@code employees} and {@code notScored}, added in 1.1, count as 0 when absent.
     *
     * @param json the JSON object, not null
     * @return the summary, not null
     * @throws IllegalArgumentException if the text is not a summary; the message names the member
     */
    public static RunSummary parse(String json) {
        JsonObject o = JsonObject.parse(Objects.requireNonNull(json, "json must not be null"));
        String version = o.optText("formatVersion");
        if (version != null && !(version.equals("1") || version.startsWith("1."))) {
            throw new IllegalArgumentException("formatVersion: this toolkit reads summary format version 1 but the"
                    + " summary is version " + version);
        }
        Map<String, Integer> codes = new LinkedHashMap<>();
        JsonObject c = o.object("recommendationCodes");
        for (String k : c.keys()) {
            codes.put(k, c.integer(k));
        }
        Comparison comparison = null;
        if (o.has("baseline")) {
            JsonObject b = o.object("baseline");
            comparison = new Comparison(b.parsed("baselineDate", LocalDate::parse), beforeAfter(b.object("overall")),
                    beforeAfterByName(b, "bySite"), beforeAfterByName(b, "byDepartment"), b.integer("improved"),
                    b.integer("worsened"), b.integer("unchanged"), b.texts("notReassessed"), b.texts("newEmployees"));
        }
        return new RunSummary(o.parsed("runDate", LocalDate::parse), o.has("employees") ? o.integer("employees") : 0,
                o.has("notScored") ? o.integer("notScored") : 0, counts(o.object("overall")), countsByName(o, "byFactor"),
                countsByName(o, "bySite"), countsByName(o, "byDepartment"), o.texts("prioritised"), codes, comparison);
    }

    private static LightCounts counts(JsonObject o) {
        return new LightCounts(light(o, "LOW"), light(o, "MEDIUM"), light(o, "HIGH"));
    }

    /** A light's count; its name in any case, as enumeration values are read everywhere. */
    private static int light(JsonObject o, String light) {
        return o.integer(o.keys().stream().filter(light::equalsIgnoreCase).findFirst().orElse(light));
    }

    private static Map<String, LightCounts> countsByName(JsonObject o, String key) {
        Map<String, LightCounts> out = new LinkedHashMap<>();
        JsonObject m = o.object(key);
        for (String k : m.keys()) {
            out.put(k, counts(m.object(k)));
        }
        return out;
    }

    private static BeforeAfter beforeAfter(JsonObject o) {
        return new BeforeAfter(counts(o.object("before")), counts(o.object("after")));
    }

    private static Map<String, BeforeAfter> beforeAfterByName(JsonObject o, String key) {
        Map<String, BeforeAfter> out = new LinkedHashMap<>();
        if (o.has(key)) {
            JsonObject m = o.object(key);
            for (String k : m.keys()) {
                out.put(k, beforeAfter(m.object(k)));
            }
        }
        return out;
    }

    /**
     * Summarises the results of a run.
     *
     * @param results the employees' results, not null
     * @param runDate the run's reference date, not null
     * @return the summary, not null
     */
    public static RunSummary of(List<AssessmentResult> results, LocalDate runDate) {
        Aggregate a = new Aggregate(runDate, null);
        results.forEach(a::add);
        return a.summary();
    }

    /**
     * Summarises the results of a follow-up run, with the counts before and after.
     *
     * @param results the employees' results, not null
     * @param runDate the run's reference date, not null
     * @param baseline the earlier round, not null
     * @return the summary, not null
     */
    public static RunSummary of(List<AssessmentResult> results, LocalDate runDate, Baseline baseline) {
        Aggregate a = new Aggregate(runDate, Objects.requireNonNull(baseline, "baseline must not be null"));
        results.forEach(a::add);
        return a.summary();
    }

    /** @return the run's reference date, not null */
    public LocalDate runDate() {
        return runDate;
    }

    /** @return the number of employees assessed */
    public int employees() {
        return employees;
    }

    /** @return the number of employees without any factor assessed (not counted at a light) */
    public int notScored() {
        return notScored;
    }

    /** @return the employees with a factor, per overall light, not null */
    public LightCounts overall() {
        return overall;
    }

    /** @return per factor key ({@code rosa}, {@code lifting}, ...), in key order, the employees per light, not null */
    public Map<String, LightCounts> byFactor() {
        return byFactor;
    }

    /** @return per site (empty for none), in name order, the employees with a factor per overall light, not null */
    public Map<String, LightCounts> bySite() {
        return bySite;
    }

    /** @return per department (empty for none), in name order, as {@link #bySite()}, not null */
    public Map<String, LightCounts> byDepartment() {
        return byDepartment;
    }

    /** @return every employee id, most in need of action first (see the class description), not null */
    public List<String> prioritised() {
        return prioritised;
    }

    /** @return per recommendation code, the number of employees given it, most frequent first, not null */
    public Map<String, Integer> recommendationCodes() {
        return recommendationCodes;
    }

    /** @return the comparison with the baseline, present when the summary was made with one */
    public Optional<Comparison> comparison() {
        return Optional.ofNullable(comparison);
    }

    /**
     * Returns the employees most in need of action, at most {@link #MOST_IN_NEED}, in the order of
     * {@link #prioritised()}: the rows of the summary report. Not part of {@code summary.json}; empty for
     * a summary read back.
     *
     * @return the results, not null
     * @since 0.2
     */
    public List<AssessmentResult> mostInNeed() {
        return mostInNeed;
    }

    /**
     * Returns, per distinct set of recommendation codes given to an employee, the number of employees
     * given exactly that set (employees without a recommendation are left out): enough to count employees
     * per group of codes. Not part of {@code summary.json}; empty for a summary read back.
     *
     * @return the sets, in the order first met, not null
     * @since 0.2
     */
    public Map<Set<String>, Integer> recommendationCodeSets() {
        return codeSets;
    }

    /**
     * Returns the ids of scored employees in both rounds whose overall light is worse now, in the run's
     * order (with a baseline; empty without one or for a summary read back).
     *
     * @return the ids, not null
     * @since 0.2
     */
    public List<String> worsened() {
        return worsened;
    }

    /**
     * Returns, per factor key of {@link #byFactor()}, the type of its results (the first met), so that a
     * report can name the factor. Not part of {@code summary.json}; empty for a summary read back.
     *
     * @return the types by key, not null
     * @since 0.2
     */
    public Map<String, Class<? extends FactorResult>> factorTypes() {
        return factorTypes;
    }

    /**
     * Merges two summaries of the same run date (and baseline) as if the other's employees followed
     * this one's: counts add up, the lists keep that order. Merging is associative, so parts of a run may
     * be summarised apart (in threads or partitions) and merged in order.
     *
     * @param other the summary of the employees after this one's, not null
     * @return the merged summary, not null
     * @throws IllegalArgumentException if the run dates or baselines differ
     * @throws IllegalStateException if either summary was read back from JSON (it has no ranking keys)
     * @since 0.2
     */
    public RunSummary merge(RunSummary other) {
        Objects.requireNonNull(other, "other must not be null");
        if (source == null || other.source == null) {
            throw new IllegalStateException("a summary read back from summary.json cannot be merged");
        }
        Aggregate a = source.copy();
        a.merge(other.source);
        return a.summary();
    }

    /**
     * Light counts before and after.
     *
     * @param before in the baseline, not null
     * @param after in this run, not null
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public record BeforeAfter(LightCounts before, LightCounts after) {
        /** Checks the components. */
        public BeforeAfter {
            Objects.requireNonNull(before, "before must not be null");
            Objects.requireNonNull(after, "after must not be null");
        }
    }

    /**
     * A follow-up run compared with its baseline: {@code baseline} in {@code summary.json}.
     *
     * @param baselineDate the latest assessment date of the baseline, not null
     * @param overall the employees with a factor per overall light, in all the baseline and in this run, not null
     * @param bySite the same per site, not null
     * @param byDepartment the same per department, not null
     * @param improved employees in both rounds whose overall light is better
     * @param worsened employees in both rounds whose overall light is worse
     * @param unchanged employees in both rounds with the same overall light
     * @param notReassessed ids of baseline employees without a result in this run, not null
     * @param newEmployees ids of this run's employees without a baseline line, not null
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public record Comparison(LocalDate baselineDate, BeforeAfter overall, Map<String, BeforeAfter> bySite,
            Map<String, BeforeAfter> byDepartment, int improved, int worsened, int unchanged,
            List<String> notReassessed, List<String> newEmployees) {
        /** Copies the collections. */
        public Comparison {
            Objects.requireNonNull(baselineDate, "baselineDate must not be null");
            Objects.requireNonNull(overall, "overall must not be null");
            bySite = Collections.unmodifiableMap(new LinkedHashMap<>(bySite));
            byDepartment = Collections.unmodifiableMap(new LinkedHashMap<>(byDepartment));
            notReassessed = List.copyOf(notReassessed);
            newEmployees = List.copyOf(newEmployees);
        }
    }

    private static Map<String, BeforeAfter> beforeAfter(Map<String, LightCounts> before, Map<String, LightCounts> after) {
        Map<String, BeforeAfter> out = new TreeMap<>();
        before.forEach((k, v) -> out.put(k, new BeforeAfter(v, after.getOrDefault(k, LightCounts.NONE))));
        after.forEach((k, v) -> out.putIfAbsent(k, new BeforeAfter(LightCounts.NONE, v)));
        return out;
    }

    private static LightCounts add(LightCounts a, LightCounts b) {
        return new LightCounts(a.low() + b.low(), a.medium() + b.medium(), a.high() + b.high());
    }

    private static String name(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    /**
     * Returns the number of factors at HIGH, the second sort key of {@link #prioritised()}.
     *
     * @param r a result, not null
     * @return the count
     */
    static int highs(AssessmentResult r) {
        return (int) r.factors().stream().filter(f -> f.risk() == Risk.HIGH).count();
    }

    /**
     * What an {@linkplain Aggregate aggregate} counts of one employee: id, site, department, overall light
     * (null when no factor was scored), each factor's key, light and type, and the distinct
     * recommendation codes, sorted.
     *
     * @param id the employee id, not null
     * @param site the site as imported, or null
     * @param department the department as imported, or null
     * @param overall the overall light, or null when no factor was scored
     * @param factors the scored factors in result order, not null
     * @param codes the distinct recommendation codes, sorted, not null
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public record Entry(String id, @Nullable String site, @Nullable String department, @Nullable Risk overall,
            List<Factor> factors, List<String> codes) {
        /** Copies the lists. */
        public Entry {
            Objects.requireNonNull(id, "id must not be null");
            factors = List.copyOf(factors);
            codes = List.copyOf(new TreeSet<>(codes));
        }

        /**
         * One scored factor of an entry.
         *
         * @param key the factor key, not null
         * @param risk its light, not null
         * @param type the result's type, not null
         */
        public record Factor(String key, Risk risk, Class<? extends FactorResult> type) {
            /** Checks the parts. */
            public Factor {
                Objects.requireNonNull(key, "key must not be null");
                Objects.requireNonNull(risk, "risk must not be null");
                Objects.requireNonNull(type, "type must not be null");
            }
        }

        /**
         * Returns what an aggregate counts of a result.
         *
         * @param r the result, not null
         * @return the entry, not null
         */
        public static Entry of(AssessmentResult r) {
            List<Factor> factors = new ArrayList<>();
            for (FactorResult f : r.factors()) {
                factors.add(new Factor(f.key(), f.risk(), f.getClass()));
            }
            List<String> codes = new ArrayList<>();
            r.recommendations().forEach(rec -> codes.add(rec.code()));
            return new Entry(r.employee().id(), r.employee().site(), r.employee().department(),
                    factors.isEmpty() ? null : r.overallRisk(), factors, codes);
        }
    }

    /**
     * A run's summary being built: employees are {@linkplain #add added} in run order, and an aggregate
     * of the employees that follow can be {@linkplain #merge merged} in. Memory grows with the employees
     * only by their ids and 8 bytes each, packed in arrays (for {@link RunSummary#prioritised()}), and by
     * each distinct set of recommendation codes; at most
     * {@link RunSummary#MOST_IN_NEED} full results are kept.
     *
     * <p>Not thread-safe: give each thread its own and merge them in order.
     *
     * <p>Serializable, so that aggregates made in other processes (a Spark executor's partition, for
     * example) can be merged in one place. Counts, keys and the order of need come back exactly; the
     * results kept for {@link RunSummary#mostInNeed()} come back as a results line reads them
     * ({@link ResultJson#parse}), with the whole {@link dev.ergo.model.Employee}. An aggregate of a
     * follow-up run (with a {@link Baseline}) cannot be serialized.
     *
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public static final class Aggregate implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final LocalDate runDate;
        private final @Nullable Baseline baseline;
        private int employees;
        private int notScored;
        private LightCounts overall = LightCounts.NONE;
        private final Map<String, LightCounts> byFactor = new TreeMap<>();
        private final Map<String, Class<? extends FactorResult>> factorTypes = new TreeMap<>();
        private final Map<String, LightCounts> bySite = new TreeMap<>();
        private final Map<String, LightCounts> byDepartment = new TreeMap<>();
        private final Map<String, Integer> codes = new HashMap<>();
        private CodeSetCounts codeSets = new CodeSetCounts();
        /** Whether {@link #codeSets} is shared with a copy: whichever adds first copies it. */
        private boolean codeSetsShared;
        private RankKeys keys = new RankKeys();
        /** Whether {@link #keys} is shared with a copy: whichever adds first copies it. */
        private boolean keysShared;
        /** The best {@link RunSummary#MOST_IN_NEED}, sorted. */
        private final List<Top> top = new ArrayList<>();
        private int improved;
        private int worsened;
        private int unchanged;
        private final List<String> worsenedIds = new ArrayList<>();

        /**
         * Starts an empty aggregate.
         *
         * @param runDate the run's reference date, not null
         * @param baseline the earlier round of a follow-up run, or null
         */
        public Aggregate(LocalDate runDate, @Nullable Baseline baseline) {
            this.runDate = Objects.requireNonNull(runDate, "runDate must not be null");
            this.baseline = baseline;
        }

        /**
         * Adds the next employee of the run.
         *
         * @param r the result, not null
         * @return this aggregate
         */
        public Aggregate add(AssessmentResult r) {
            Objects.requireNonNull(r, "result must not be null");
            return add(Entry.of(r), () -> r);
        }

        /**
         * Adds the next employee of the run from what the aggregate counts of it; the full result is asked
         * for only when the employee is among the {@link RunSummary#MOST_IN_NEED} so far or the run has a
         * baseline. For callers that keep entries instead of results (the CLI's re-runs).
         *
         * @param e the employee's entry, {@link Entry#of} of its result, not null
         * @param result gives the employee's result, not null
         * @return this aggregate
         */
        @API(status = API.Status.EXPERIMENTAL, since = "0.2")
        public Aggregate add(Entry e, java.util.function.Supplier<AssessmentResult> result) {
            Objects.requireNonNull(e, "entry must not be null");
            Objects.requireNonNull(result, "result must not be null");
            long seq = employees++;
            int highs = 0;
            for (Entry.Factor f : e.factors()) {
                byFactor.merge(f.key(), LightCounts.NONE.plus(f.risk()), RunSummary::add);
                factorTypes.putIfAbsent(f.key(), f.type());
                highs += f.risk() == Risk.HIGH ? 1 : 0;
            }
            String s = name(e.site());
            String d = name(e.department());
            bySite.putIfAbsent(s, LightCounts.NONE);
            byDepartment.putIfAbsent(d, LightCounts.NONE);
            Risk overallRisk = e.overall();
            if (overallRisk == null) {
                notScored++;
            } else {
                overall = overall.plus(overallRisk);
                bySite.put(s, bySite.get(s).plus(overallRisk));
                byDepartment.put(d, byDepartment.get(d).plus(overallRisk));
            }
            e.codes().forEach(c -> codes.merge(c, 1, Integer::sum));
            if (!e.codes().isEmpty()) {
                writableCodeSets().add(e.codes(), 1);
            }
            int light = overallRisk == null ? -1 : overallRisk.ordinal();
            writableKeys().add(light, highs, e.id(), baseline == null ? null : s, baseline == null ? null : d);
            Ranked key = new Ranked(light, highs, e.id(), seq, null, null);
            AssessmentResult r = null;
            int place = placeInTop(key);
            if (place < MOST_IN_NEED) {
                r = Objects.requireNonNull(result.get(), "result");
                insert(place, new Top(key, r));
            }
            if (baseline != null) {
                Optional<FollowUp> f = baseline.followUp(r != null ? r : Objects.requireNonNull(result.get(), "result"));
                if (f.isPresent()) {
                    switch (f.get().change()) {
                        case IMPROVED -> improved++;
                        case WORSENED -> worsened++;
                        case UNCHANGED -> unchanged++;
                    }
                    if (overallRisk != null && f.get().change() == FollowUp.Change.WORSENED) {
                        worsenedIds.add(e.id());
                    }
                }
            }
            return this;
        }

        /**
         * Adds the employees of another aggregate as if they followed this one's.
         *
         * @param other an aggregate of the same run date and baseline, not null; left unchanged
         * @return this aggregate
         * @throws IllegalArgumentException if the run dates or baselines differ
         */
        public Aggregate merge(Aggregate other) {
            Objects.requireNonNull(other, "other must not be null");
            if (!runDate.equals(other.runDate) || baseline != other.baseline) {
                throw new IllegalArgumentException("only aggregates of the same run date and baseline can be merged");
            }
            writableKeys().addAll(other.keys);
            writableCodeSets().addAll(other.codeSets);
            mergeAllButKeys(other);
            return this;
        }

        private CodeSetCounts writableCodeSets() {
            if (codeSetsShared) {
                codeSets = codeSets.copy();
                codeSetsShared = false;
            }
            return codeSets;
        }

        private RankKeys writableKeys() {
            if (keysShared) {
                keys = keys.copy();
                keysShared = false;
            }
            return keys;
        }

        /** Merges all but the keys and the code sets, which {@link #merge} and {@link #copy} handle. */
        private void mergeAllButKeys(Aggregate other) {
            long offset = employees;
            employees += other.employees;
            notScored += other.notScored;
            overall = RunSummary.add(overall, other.overall);
            other.byFactor.forEach((k, v) -> byFactor.merge(k, v, RunSummary::add));
            other.factorTypes.forEach(factorTypes::putIfAbsent);
            other.bySite.forEach((k, v) -> bySite.merge(k, v, RunSummary::add));
            other.byDepartment.forEach((k, v) -> byDepartment.merge(k, v, RunSummary::add));
            other.codes.forEach((k, v) -> codes.merge(k, v, Integer::sum));
            for (Top t : other.top) {
                Ranked key = t.key().shifted(offset);
                insert(placeInTop(key), new Top(key, t.result()));
            }
            improved += other.improved;
            worsened += other.worsened;
            unchanged += other.unchanged;
            worsenedIds.addAll(other.worsenedIds);
        }

        /** @return the summary of the employees added so far, not null */
        public RunSummary summary() {
            return new RunSummary(this);
        }

        private int placeInTop(Ranked key) {
            int lo = 0;
            int hi = top.size();
            while (lo < hi) { // the first kept key not before this one
                int mid = (lo + hi) >>> 1;
                if (Ranked.NEED.compare(top.get(mid).key(), key) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** Keeps {@code t} at {@code i} ({@link #placeInTop} of its key) if that is among the most in need. */
        private void insert(int i, Top t) {
            if (i < MOST_IN_NEED) {
                top.add(i, t);
                if (top.size() > MOST_IN_NEED) {
                    top.remove(top.size() - 1);
                }
            }
        }

        @Serial
        private Object writeReplace() throws ObjectStreamException {
            if (baseline != null) {
                throw new NotSerializableException("an aggregate of a follow-up run (with a baseline) cannot be serialized");
            }
            return new Wire(this);
        }

        @Serial
        private void readObject(ObjectInputStream in) throws InvalidObjectException {
            throw new InvalidObjectException("an aggregate is read through its serialized form only");
        }

        private Aggregate copy() {
            Aggregate a = new Aggregate(runDate, baseline);
            a.mergeAllButKeys(this);
            a.keys = keys; // shared until either adds, so that a summary does not copy every id
            a.keysShared = true;
            keysShared = true;
            a.codeSets = codeSets; // likewise every set of codes
            a.codeSetsShared = true;
            codeSetsShared = true;
            return a;
        }

        private Comparison compare(LightCounts after, Map<String, LightCounts> siteAfter,
                Map<String, LightCounts> departmentAfter) {
            Baseline b = Objects.requireNonNull(baseline);
            Map<String, Integer> current = new HashMap<>(); // id to the first employee with it
            for (int i = 0; i < keys.size(); i++) {
                current.putIfAbsent(keys.id(i), i);
            }
            LightCounts before = LightCounts.NONE;
            Map<String, LightCounts> siteBefore = new TreeMap<>();
            Map<String, LightCounts> departmentBefore = new TreeMap<>();
            List<String> notReassessed = new ArrayList<>();
            for (AssessmentResult line : b.lines()) {
                Integer now = current.get(line.employee().id());
                if (now == null) {
                    notReassessed.add(line.employee().id());
                }
                String s = now != null ? Objects.requireNonNull(keys.site(now)) : name(line.employee().site());
                String d = now != null ? Objects.requireNonNull(keys.department(now)) : name(line.employee().department());
                siteBefore.putIfAbsent(s, LightCounts.NONE);
                departmentBefore.putIfAbsent(d, LightCounts.NONE);
                if (!line.factors().isEmpty()) {
                    before = before.plus(line.overallRisk());
                    siteBefore.put(s, siteBefore.get(s).plus(line.overallRisk()));
                    departmentBefore.put(d, departmentBefore.get(d).plus(line.overallRisk()));
                }
            }
            List<String> newEmployees = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                String id = keys.id(i);
                if (b.find(id).isEmpty()) {
                    newEmployees.add(id);
                }
            }
            return new Comparison(b.latestDate(), new BeforeAfter(before, after), beforeAfter(siteBefore, siteAfter),
                    beforeAfter(departmentBefore, departmentAfter), improved, worsened, unchanged, notReassessed,
                    newEmployees);
        }
    }

    /**
     * One employee's place in the order of need: the key of a {@link Top} and, in the serialized form, of
     * every employee ({@code seq} their place in run order; no site or department, which only a baseline
     * comparison needs, and such an aggregate is not serialized).
     */
    private record Ranked(int light, int highs, String id, long seq, @Nullable String site, @Nullable String department)
            implements Serializable {
        /** Most in need first, as {@link RankKeys#byNeed()}. */
        static final Comparator<Ranked> NEED = Comparator.comparingInt(Ranked::light).reversed()
                .thenComparing(Comparator.comparingInt(Ranked::highs).reversed())
                .thenComparing(Ranked::id)
                .thenComparingLong(Ranked::seq);

        Ranked shifted(long offset) {
            return new Ranked(light, highs, id, seq + offset, site, department);
        }
    }

    private record Top(Ranked key, AssessmentResult result) {}

    /**
     * The serialized form of an {@link Aggregate} without a baseline: plain JDK values; light counts as
     * {@code {low, medium, high}}; each kept result as its results line and its employee's fields.
     */
    private record Wire(LocalDate runDate, int employees, int notScored, int[] overall, Map<String, int[]> byFactor,
            Map<String, Class<?>> factorTypes, Map<String, int[]> bySite, Map<String, int[]> byDepartment,
            Map<String, Integer> codes, List<List<String>> codeSets, List<Integer> codeSetCounts, List<Ranked> ranked,
            List<Ranked> topKeys, List<String> topLines, List<Object[]> topEmployees) implements Serializable {

        Wire(Aggregate a) {
            this(a.runDate, a.employees, a.notScored, ints(a.overall), ints(a.byFactor), new TreeMap<>(a.factorTypes),
                    ints(a.bySite), ints(a.byDepartment), new HashMap<>(a.codes),
                    a.codeSets.asMap().keySet().stream().map(k -> (List<String>) new ArrayList<>(k)).toList(),
                    new ArrayList<>(a.codeSets.asMap().values()), ranked(a.keys),
                    a.top.stream().map(Top::key).toList(), a.top.stream().map(t -> ResultJson.line(t.result(), true)).toList(),
                    a.top.stream().map(t -> employee(t.result().employee())).toList());
        }

        @Serial
        private Object readResolve() throws ObjectStreamException {
            try {
                Aggregate a = new Aggregate(runDate, null);
                if (employees != ranked.size() || notScored < 0 || notScored > employees || topKeys.size() != topLines.size()
                        || topKeys.size() != topEmployees.size() || topKeys.size() > MOST_IN_NEED
                        || codeSets.size() != codeSetCounts.size()) {
                    throw new IllegalArgumentException("inconsistent counts");
                }
                a.employees = employees;
                a.notScored = notScored;
                a.overall = counts(overall);
                byFactor.forEach((k, v) -> a.byFactor.put(k, counts(v)));
                factorTypes.forEach((k, v) -> a.factorTypes.put(k, v.asSubclass(FactorResult.class)));
                bySite.forEach((k, v) -> a.bySite.put(k, counts(v)));
                byDepartment.forEach((k, v) -> a.byDepartment.put(k, counts(v)));
                a.codes.putAll(codes);
                for (int i = 0; i < codeSets.size(); i++) {
                    a.writableCodeSets().add(codeSets.get(i), codeSetCounts.get(i));
                }
                for (int i = 0; i < ranked.size(); i++) {
                    Ranked k = ranked.get(i);
                    if (k.seq() != i || k.site() != null || k.department() != null) {
                        throw new IllegalArgumentException("key " + i + " out of run order");
                    }
                    a.keys.add(k.light(), k.highs(), k.id(), null, null);
                }
                for (int i = 0; i < topKeys.size(); i++) {
                    AssessmentResult r = ResultJson.parse(topLines.get(i));
                    a.top.add(new Top(topKeys.get(i), new AssessmentResult(employee(topEmployees.get(i)), r.assessmentDate(),
                            r.sections(), r.notes(), r.reviewDue(), r.language(), r.notAssessed())));
                }
                return a;
            } catch (RuntimeException e) { // a damaged or forged stream
                InvalidObjectException bad = new InvalidObjectException("not a serialized aggregate: " + e.getMessage());
                bad.initCause(e);
                throw bad;
            }
        }

        private static List<Ranked> ranked(RankKeys keys) {
            List<Ranked> out = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                out.add(new Ranked(keys.light(i), keys.highs(i), keys.id(i), i, keys.site(i), keys.department(i)));
            }
            return out;
        }

        private static int[] ints(LightCounts c) {
            return new int[] {c.low(), c.medium(), c.high()};
        }

        private static Map<String, int[]> ints(Map<String, LightCounts> m) {
            Map<String, int[]> out = new TreeMap<>();
            m.forEach((k, v) -> out.put(k, ints(v)));
            return out;
        }

        private static LightCounts counts(int[] c) {
            return new LightCounts(c[0], c[1], c[2]);
        }

        private static Object[] employee(Employee e) {
            SourceRow o = e.origin();
            return new Object[] {e.id(), e.name(), e.department(), e.site(), e.jobTitle(), e.sex(), e.age(), e.statureCm(),
                e.assessmentDate(), e.assessor(), o == null ? null : o.sheet(), o == null ? null : o.rowNumber(),
                e.language()};
        }

        private static Employee employee(Object[] f) {
            SourceRow origin = f[10] == null ? null : new SourceRow((String) f[10], (Integer) f[11]);
            return new Employee((String) f[0], (String) f[1], (String) f[2], (String) f[3], (String) f[4], (Sex) f[5],
                    (Integer) f[6], (Double) f[7], (LocalDate) f[8], (String) f[9], origin, (Locale) f[12]);
        }
    }

    /**
     * Renders this summary as {@code summary.json}: one JSON object (schema
     * {@link ResultJson#summarySchema()}), with {@code formatVersion} and {@code toolkitVersion}.
     *
     * @return the JSON text on one line, without a line break, not null
     */
    public String toJson() {
        StringWriter out = new StringWriter(4096);
        try {
            writeJson(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Writes this summary as {@code summary.json} to {@code out}, exactly the text of {@link #toJson()},
     * without holding it all in memory (the order of need lists every employee). {@code out} is flushed,
     * not closed.
     *
     * @param out where the JSON goes, not null
     * @throws IOException if {@code out} fails
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public void writeJson(Writer out) throws IOException {
        Objects.requireNonNull(out, "out must not be null");
        try {
            writeJson(new JsonOut(out));
            out.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void writeJson(JsonOut w) {
        w.beginObject();
        w.field("formatVersion", Versions.FORMAT);
        w.field("toolkitVersion", Versions.TOOLKIT);
        w.field("runDate", runDate.toString());
        w.field("employees", employees);
        w.field("notScored", notScored);
        w.name("overall");
        counts(w, overall);
        countsByName(w, "byFactor", byFactor);
        countsByName(w, "bySite", bySite);
        countsByName(w, "byDepartment", byDepartment);
        w.strings("prioritised", prioritised);
        w.name("recommendationCodes").beginObject();
        recommendationCodes.forEach(w::field);
        w.endObject();
        if (comparison != null) {
            Comparison c = comparison;
            w.name("baseline").beginObject();
            w.field("baselineDate", c.baselineDate().toString());
            w.name("overall");
            beforeAfter(w, c.overall());
            w.name("bySite").beginObject();
            c.bySite().forEach((k, v) -> beforeAfter(w.name(k), v));
            w.endObject();
            w.name("byDepartment").beginObject();
            c.byDepartment().forEach((k, v) -> beforeAfter(w.name(k), v));
            w.endObject();
            w.field("improved", c.improved());
            w.field("worsened", c.worsened());
            w.field("unchanged", c.unchanged());
            w.strings("notReassessed", c.notReassessed());
            w.strings("newEmployees", c.newEmployees());
            w.endObject();
        }
        w.endObject().flush();
    }

    private static void beforeAfter(JsonOut w, BeforeAfter ba) {
        w.beginObject().name("before");
        counts(w, ba.before());
        w.name("after");
        counts(w, ba.after());
        w.endObject();
    }

    private static void countsByName(JsonOut w, String name, Map<String, LightCounts> map) {
        w.name(name).beginObject();
        map.forEach((k, v) -> counts(w.name(k), v));
        w.endObject();
    }

    private static void counts(JsonOut w, LightCounts c) {
        w.beginObject().field("LOW", c.low()).field("MEDIUM", c.medium()).field("HIGH", c.high()).endObject();
    }

    /** @return the counts only; no ids */
    @Override
    public String toString() {
        return "RunSummary[runDate=" + runDate + ", employees=" + employees + ", overall=" + overall
                + ", notScored=" + notScored + "]";
    }
    /**
     * An unmodifiable set of recommendation codes in sorted order, kept as one array: a run holds one per
     * distinct set of codes, up to one per employee, so it must be small (a {@code TreeSet} of 15 codes
     * takes about 650 bytes, this about 100). Equal to any {@link Set} with the same codes.
     */
    static final class CodeSet extends AbstractSet<String> {
        private final String[] codes;
        private final int hash;

        private CodeSet(String[] sortedDistinct) {
            this.codes = sortedDistinct;
            int h = 0;
            for (String c : sortedDistinct) {
                h += c.hashCode();
            }
            this.hash = h;
        }

        static CodeSet of(Collection<String> codes) {
            return new CodeSet(new TreeSet<>(codes).toArray(String[]::new));
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.asList(codes).iterator();
        }

        @Override
        public int size() {
            return codes.length;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof String c && Arrays.binarySearch(codes, c) >= 0;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (o instanceof CodeSet other) {
                return hash == other.hash && Arrays.equals(codes, other.codes);
            }
            return super.equals(o);
        }
    }
}
