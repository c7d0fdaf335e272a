package dev.ergo.engine.repetitive;

import dev.ergo.engine.FactorResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The Hand Activity TLV factor of one employee: one {@link HandActivityScore} per task and hand.
 *
 * <p>Traffic light: the worst of the scores' lights, each from its zone (below the action limit
 * {@link Risk#LOW}, action limit to TLV {@link Risk#MEDIUM}, above the TLV {@link Risk#HIGH}). In
 * {@code results.jsonl}: the contract's {@code handActivity} list and, beside it, {@code handActivityRisk}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param edition the TLV edition used, not null
 * @param scores one per task and hand, in workbook order, not null
 * @param recommendations the advice, not null
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record HandActivityResult(
        HandActivityEdition edition, List<HandActivityScore> scores, List<Recommendation> recommendations)
        implements FactorResult {

    /** Copies the lists. */
    public HandActivityResult {
        Objects.requireNonNull(edition, "edition must not be null");
        scores = List.copyOf(scores);
        recommendations = List.copyOf(recommendations);
    }

    @Override
    public Risk risk() {
        return Risk.worst(scores.stream().map(HandActivityScore::risk).toList());
    }

    /**
     * Returns the task and hand with the worst light, ties broken by the force furthest above the TLV.
     *
     * @return the worst score, empty when there are none
     */
    public Optional<HandActivityScore> worst() {
        return scores.stream().max(Comparator.comparing(HandActivityScore::risk)
                .thenComparingDouble(HandActivityScore::npfAboveTlv));
    }

    @Override
    public String method() {
        return edition.description() + "; HAL rated or from exertion frequency and duty cycle (Radwin et al. 2015);"
                + " NPF = %MVC / 10";
    }

    @Override
    public String key() {
        return "handActivity";
    }
}
