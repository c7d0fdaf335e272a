package dev.ergo.engine.internal;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.FactorResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.ergo.model.text.Languages;
import dev.ergo.model.text.Message;
import org.apiguardian.api.API;

/**
 * The toolkit rule that every amber or red factor comes with something to do: a factor whose method
 * gave no recommendation gets one asking the assessor to review what drove its light.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class Reviews {
    private Reviews() {}

    /** After every method-based recommendation (the highest engine priority is below 200). */
    public static final int PRIORITY = 900;

    /** Source of the rule: a toolkit convention, not a method's criterion. */
    public static final String SOURCE = "Toolkit rule (not a published criterion): every MEDIUM or HIGH factor gets an"
            + " action; README, traffic lights";

    /**
     * Returns the review items of the factors at {@link Risk#MEDIUM} or above that have no recommendation.
     *
     * @param factors the factor results, not null
     * @return one item per such factor, in the order given, not null
     */
    public static List<Recommendation> missing(List<FactorResult> factors) {
        return missing(factors, Languages.DEFAULT);
    }

    /**
     * Returns the review items in a language.
     *
     * @param factors the factor results, not null
     * @param language the result's language, not null
     * @return one item per such factor, in the order given, not null
     * @since 0.2
     */
    public static List<Recommendation> missing(List<FactorResult> factors, Locale language) {
        List<Recommendation> out = new ArrayList<>();
        for (FactorResult f : factors) {
            if (f.risk() != Risk.LOW && f.recommendations().isEmpty()) {
                out.add(EngineTexts.recommendation(AssessmentResult.ASSESSOR_REVIEW, PRIORITY,
                        EngineTexts.MESSAGES.in(language), Message.of("review.ask", "driver", f.driverMessage(),
                                "light", Message.of("review.light." + f.risk().name())),
                        java.util.Map.of(),
                        List.of(Message.of("review.rule", "factor", f.key(), "risk", f.risk().name())), SOURCE));
            }
        }
        return out;
    }
}
