package dev.ergo.engine.repetitive;

import dev.ergo.engine.FactorResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The Revised Strain Index factor of one employee: one {@link RsiScore} per task and hand that has the
 * RSI inputs.
 *
 * <p>Traffic light: the worst of the scores' lights, each from its band (RSI ≤ 3 {@link Risk#LOW},
 * 3 &lt; RSI ≤ 10 {@link Risk#MEDIUM}, RSI &gt; 10 {@link Risk#HIGH}; see {@link RsiBand}). In
 * {@code results.jsonl}: the contract's {@code revisedStrainIndex} list and, beside it, {@code revisedStrainIndexRisk}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param scores one per task and hand, in workbook order, not null
 * @param recommendations the advice, not null
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RevisedStrainIndexResult(List<RsiScore> scores, List<Recommendation> recommendations)
        implements FactorResult {

    /** Copies the lists. */
    public RevisedStrainIndexResult {
        scores = List.copyOf(scores);
        recommendations = List.copyOf(recommendations);
    }

    @Override
    public Risk risk() {
        return Risk.worst(scores.stream().map(RsiScore::risk).toList());
    }

    /**
     * Returns the task and hand with the highest index.
     *
     * @return the highest score, empty when there are none
     */
    public Optional<RsiScore> worst() {
        return scores.stream().max(Comparator.comparingDouble(RsiScore::rsi));
    }

    @Override
    public String method() {
        return "Revised Strain Index (Garg, Moore & Kapellusch 2017), RSI = IM × EM × DM × PM × HM (docs/methods.md §7.3);"
                + " bands: ≤ 3 low, > 10 hazardous (provisional cut-offs)";
    }

    @Override
    public String key() {
        return "revisedStrainIndex";
    }
}
