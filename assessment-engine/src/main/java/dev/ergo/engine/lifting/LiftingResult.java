package dev.ergo.engine.lifting;

import dev.ergo.engine.FactorResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import dev.ergo.engine.internal.EngineTexts;
import dev.ergo.model.text.Texts;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The lifting result of one employee: every task scored with the RNLE and, with two or more tasks, the
 * Composite Lifting Index.
 *
 * <p>Traffic light ({@link #riskOf(Double)}), from the lifting index (or CLI) and the manual's
 * statements (docs/methods.md §5.6; boundary conventions in README): LI ≤ 1.0 {@link Risk#LOW} (the design goal "1.0
 * or less"), 1.0 &lt; LI ≤ 3.0 {@link Risk#MEDIUM} (increased risk for some workers), LI &gt; 3.0 or no
 * safe load {@link Risk#HIGH} ("nearly all workers at increased risk"). The factor's light is the worst
 * of every task's LI and the CLI.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param tasks the tasks in workbook order, not empty
 * @param compositeLi the CLI when there are two or more tasks and it is defined, else null
 * @param compositeOrder the task labels in CLI order (decreasing STLI), empty for one task
 * @param duration the duration category shared by the tasks, not null
 * @param loadConstantKg the load constant used, kg
 * @param loadConstant the load constant's description, for example "NIOSH load constant 23 kg", not null
 * @param recommendations the redesign advice, not null
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record LiftingResult(List<LiftingTaskResult> tasks, @Nullable Double compositeLi, List<String> compositeOrder,
        DurationCategory duration, double loadConstantKg, String loadConstant, List<Recommendation> recommendations)
        implements FactorResult {

    /** LI at or below this is acceptable (design goal, L1 p.20). */
    public static final double LI_DESIGN_GOAL = 1.0;
    /** LI above this puts nearly all workers at increased risk (L1 p.20, "some experts"). */
    public static final double LI_HIGH = 3.0;

    /** Copies the lists. */
    public LiftingResult {
        tasks = List.copyOf(tasks);
        compositeOrder = List.copyOf(compositeOrder);
        recommendations = List.copyOf(recommendations);
    }

    /**
     * Maps a lifting index to the traffic light.
     *
     * @param li the LI or CLI; null means no safe load
     * @return the light, not null
     */
    public static Risk riskOf(@Nullable Double li) {
        if (li == null || li > LI_HIGH) {
            return Risk.HIGH;
        }
        return li > LI_DESIGN_GOAL ? Risk.MEDIUM : Risk.LOW;
    }

    /** @return true when the composite index applies but is undefined (a task or combination with no safe load) */
    public boolean compositeUndefined() {
        return tasks.size() >= 2 && compositeLi == null;
    }

    @Override
    public Risk risk() {
        Risk r = tasks.size() >= 2 ? riskOf(compositeLi) : Risk.LOW;
        for (LiftingTaskResult t : tasks) {
            r = r.worse(riskOf(t.li()));
        }
        return r;
    }

    /**
     * Returns the load constant's description in the language of some texts: the NIOSH constant worded by
     * the engine's bundle, any other (a user's label) as given.
     *
     * @param texts the engine's texts, or a report's texts whose parent they are, not null
     * @return the description, not null
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public String loadConstant(Texts texts) {
        return loadConstant.equals(EngineTexts.english().text(EngineTexts.NIOSH_LOAD_CONSTANT))
                ? texts.text(EngineTexts.NIOSH_LOAD_CONSTANT) : loadConstant;
    }

    @Override
    public String method() {
        return "Revised NIOSH Lifting Equation (Waters et al. 1993; NIOSH Applications Manual 1994, rev. 2021), "
                + "continuous multipliers, " + Rnle.FM_TABLE + (tasks.size() >= 2 ? ", Composite Lifting Index" : "")
                + "; " + loadConstant;
    }

    @Override
    public String key() {
        return "lifting";
    }
}
