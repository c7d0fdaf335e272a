package dev.ergo.engine;

import dev.ergo.engine.internal.json.JsonObject;
import dev.ergo.engine.internal.json.JsonOut;
import dev.ergo.engine.internal.json.Versions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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

    /** Most in need first: worst light (not scored last), then more factors at HIGH, then employee id. */
    private static final Comparator<AssessmentResult> NEED = Comparator
            .comparingInt((AssessmentResult r) -> r.factors().isEmpty() ? -1 : r.overallRisk().ordinal()).reversed()
            .thenComparing(Comparator.comparingInt(RunSummary::highs).reversed())
            .thenComparing(r -> r.employee().id());

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

    private RunSummary(List<AssessmentResult> results, LocalDate runDate, @Nullable Baseline baseline) {
        this.runDate = Objects.requireNonNull(runDate, "runDate must not be null");
        this.employees = results.size();
        int unscored = 0;
        LightCounts all = LightCounts.NONE;
        Map<String, LightCounts> factor = new TreeMap<>();
        Map<String, LightCounts> site = new TreeMap<>();
        Map<String, LightCounts> department = new TreeMap<>();
        Map<String, Integer> codes = new HashMap<>();
        for (AssessmentResult r : results) {
            for (FactorResult f : r.factors()) {
                factor.merge(f.key(), LightCounts.NONE.plus(f.risk()), RunSummary::add);
            }
            String s = name(r.employee().site());
            String d = name(r.employee().department());
            site.putIfAbsent(s, LightCounts.NONE);
            department.putIfAbsent(d, LightCounts.NONE);
            if (r.factors().isEmpty()) {
                unscored++;
            } else {
                all = all.plus(r.overallRisk());
                site.put(s, site.get(s).plus(r.overallRisk()));
                department.put(d, department.get(d).plus(r.overallRisk()));
            }
            Set<String> given = new LinkedHashSet<>();
            r.recommendations().forEach(rec -> given.add(rec.code()));
            given.forEach(c -> codes.merge(c, 1, Integer::sum));
        }
        this.notScored = unscored;
        this.overall = all;
        this.byFactor = Collections.unmodifiableMap(new LinkedHashMap<>(factor));
        this.bySite = Collections.unmodifiableMap(new LinkedHashMap<>(site));
        this.byDepartment = Collections.unmodifiableMap(new LinkedHashMap<>(department));
        List<AssessmentResult> sorted = new ArrayList<>(results);
        sorted.sort(NEED);
        this.prioritised = sorted.stream().map(r -> r.employee().id()).toList();
        Map<String, Integer> codesSorted = new LinkedHashMap<>();
        codes.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> codesSorted.put(e.getKey(), e.getValue()));
        this.recommendationCodes = Collections.unmodifiableMap(codesSorted);
        this.comparison = baseline == null ? null : compare(results, baseline);
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
        return new RunSummary(List.copyOf(results), runDate, null);
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
        return new RunSummary(List.copyOf(results), runDate, Objects.requireNonNull(baseline, "baseline must not be null"));
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

    private Comparison compare(List<AssessmentResult> results, Baseline baseline) {
        Map<String, AssessmentResult> current = new HashMap<>();
        results.forEach(r -> current.putIfAbsent(r.employee().id(), r));
        LightCounts before = LightCounts.NONE;
        Map<String, LightCounts> siteBefore = new TreeMap<>();
        Map<String, LightCounts> departmentBefore = new TreeMap<>();
        for (AssessmentResult b : baseline.lines()) {
            AssessmentResult now = current.get(b.employee().id());
            String s = name(now != null ? now.employee().site() : b.employee().site());
            String d = name(now != null ? now.employee().department() : b.employee().department());
            siteBefore.putIfAbsent(s, LightCounts.NONE);
            departmentBefore.putIfAbsent(d, LightCounts.NONE);
            if (!b.factors().isEmpty()) {
                before = before.plus(b.overallRisk());
                siteBefore.put(s, siteBefore.get(s).plus(b.overallRisk()));
                departmentBefore.put(d, departmentBefore.get(d).plus(b.overallRisk()));
            }
        }
        int improved = 0;
        int worsened = 0;
        int unchanged = 0;
        for (AssessmentResult r : results) {
            Optional<FollowUp> f = baseline.followUp(r);
            if (f.isPresent()) {
                switch (f.get().change()) {
                    case IMPROVED -> improved++;
                    case WORSENED -> worsened++;
                    case UNCHANGED -> unchanged++;
                }
            }
        }
        return new Comparison(baseline.latestDate(), new BeforeAfter(before, overall),
                beforeAfter(siteBefore, bySite), beforeAfter(departmentBefore, byDepartment), improved, worsened,
                unchanged, baseline.notReassessed(results), baseline.newEmployees(results));
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
     * Renders this summary as {@code summary.json}: one JSON object (schema
     * {@link ResultJson#summarySchema()}), with {@code formatVersion} and {@code toolkitVersion}.
     *
     * @return the JSON text on one line, without a line break, not null
     */
    public String toJson() {
        JsonOut w = new JsonOut().beginObject();
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
        return w.endObject().toString();
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
}
