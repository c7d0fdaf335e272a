package dev.ergo.engine;

import dev.ergo.engine.internal.KeyFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How one employee's assessment compares with the same employee's line of an earlier round (the
 * baseline): the {@code followUp} object of results format 1.1.
 *
 * <p>Each factor present in either round gets its light and its key figure before and after: the ROSA
 * score, the highest RULA grand score, the Composite Lifting Index (else the task's LI), A(8) for
 * vibration, the worst hand-activity task's NPF above the TLV, the highest RSI, the number of contact
 * stress findings. When a factor was scored with another method variant in the two rounds (RULA Table A,
 * the lifting load constant, the ACGIH TLV edition), {@link #methodChanges()} names it: its figures are
 * shown but are not comparable. {@link #change()} compares the overall lights.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param baselineDate the baseline line's {@code assessmentDate}, not null
 * @param overallRiskBefore the baseline's overall light, not null
 * @param change the change of the overall light, not null
 * @param factors per factor key ({@code rosa}, {@code lifting}, ...) of either round, in the order of the
 *     current line then the baseline's other factors, not null
 * @param resolved recommendation codes of the baseline that are gone now, in the baseline's order, not null
 * @param stillOpen codes in both rounds, in the current order, not null
 * @param newCodes codes only in the current round, in the current order ({@code new} in the JSON), not null
 * @param methodChanges for example {@code "RULA Table A: RULA_A_MC1993 -> RULA_A_CORNELL"}, not null
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record FollowUp(LocalDate baselineDate, Risk overallRiskBefore, Change change, Map<String, FactorChange> factors,
        List<String> resolved, List<String> stillOpen, List<String> newCodes, List<String> methodChanges) {

    /** Copies the collections. */
    public FollowUp {
        Objects.requireNonNull(baselineDate, "baselineDate must not be null");
        Objects.requireNonNull(overallRiskBefore, "overallRiskBefore must not be null");
        Objects.requireNonNull(change, "change must not be null");
        factors = Collections.unmodifiableMap(new LinkedHashMap<>(factors));
        resolved = List.copyOf(resolved);
        stillOpen = List.copyOf(stillOpen);
        newCodes = List.copyOf(newCodes);
        methodChanges = List.copyOf(methodChanges);
    }

    /** The change of the overall light between the rounds. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public enum Change {
        /** The overall light is better now. */
        IMPROVED,
        /** The overall light is worse now. */
        WORSENED,
        /** The overall light is the same. */
        UNCHANGED;

        /**
         * Returns the change from one light to another.
         *
         * @param before the earlier light, not null
         * @param after the later light, not null
         * @return the change, not null
         */
        public static Change of(Risk before, Risk after) {
            int c = after.compareTo(Objects.requireNonNull(before, "before must not be null"));
            return c < 0 ? IMPROVED : c > 0 ? WORSENED : UNCHANGED;
        }
    }

    /**
     * One factor in the two rounds; null where the factor is absent in that round (or its key figure is
     * undefined, such as a lifting task without a safe load).
     *
     * @param riskBefore the light in the baseline, or null
     * @param riskAfter the light now, or null
     * @param before the key figure in the baseline, or null
     * @param after the key figure now, or null
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public record FactorChange(@Nullable Risk riskBefore, @Nullable Risk riskAfter, @Nullable Number before,
            @Nullable Number after) {}

    /**
     * Compares an employee's current result with the same employee's baseline result (read back from an
     * earlier {@code results.jsonl}, see {@link ResultJson#parse}).
     *
     * @param baseline the earlier result, not null
     * @param current the new result, not null
     * @return the comparison, not null
     * @throws IllegalArgumentException if the two results are of different employee ids
     */
    public static FollowUp compare(AssessmentResult baseline, AssessmentResult current) {
        Objects.requireNonNull(baseline, "baseline must not be null");
        Objects.requireNonNull(current, "current must not be null");
        if (!baseline.employee().id().equals(current.employee().id())) {
            throw new IllegalArgumentException("baseline is of employee " + baseline.employee().id()
                    + " but current is of employee " + current.employee().id());
        }
        Map<String, FactorResult> before = byKey(baseline);
        Map<String, FactorResult> after = byKey(current);
        Set<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        Map<String, FactorChange> factors = new LinkedHashMap<>();
        List<String> methodChanges = new ArrayList<>();
        for (String key : keys) {
            FactorResult b = before.get(key);
            FactorResult a = after.get(key);
            factors.put(key, new FactorChange(b == null ? null : b.risk(), a == null ? null : a.risk(),
                    b == null ? null : KeyFigures.of(b), a == null ? null : KeyFigures.of(a)));
            KeyFigures.Variant vb = b == null ? null : KeyFigures.variant(b);
            KeyFigures.Variant va = a == null ? null : KeyFigures.variant(a);
            if (vb != null && va != null && !vb.equals(va)) {
                methodChanges.add(vb.name() + ": " + vb.value() + " -> " + va.value());
            }
        }
        Set<String> codesBefore = codes(baseline);
        Set<String> codesAfter = codes(current);
        List<String> resolved = codesBefore.stream().filter(c -> !codesAfter.contains(c)).toList();
        List<String> stillOpen = codesAfter.stream().filter(codesBefore::contains).toList();
        List<String> added = codesAfter.stream().filter(c -> !codesBefore.contains(c)).toList();
        return new FollowUp(baseline.assessmentDate(), baseline.overallRisk(),
                Change.of(baseline.overallRisk(), current.overallRisk()), factors, resolved, stillOpen, added,
                methodChanges);
    }

    private static Map<String, FactorResult> byKey(AssessmentResult r) {
        Map<String, FactorResult> out = new LinkedHashMap<>();
        for (FactorResult f : r.factors()) {
            out.putIfAbsent(f.key(), f);
        }
        return out;
    }

    private static Set<String> codes(AssessmentResult r) {
        Set<String> out = new LinkedHashSet<>();
        for (Recommendation rec : r.recommendations()) {
            out.add(rec.code());
        }
        return out;
    }
}
