package dev.ergo.engine.internal;

import dev.ergo.engine.FactorResult;
import dev.ergo.engine.contact.ContactStressResult;
import dev.ergo.engine.lifting.LiftingResult;
import dev.ergo.engine.office.RosaResult;
import dev.ergo.engine.posture.PostureResult;
import dev.ergo.engine.repetitive.HandActivityResult;
import dev.ergo.engine.repetitive.RevisedStrainIndexResult;
import dev.ergo.engine.repetitive.RsiScore;
import dev.ergo.engine.vibration.HandArmVibrationResult;
import dev.ergo.engine.vibration.WholeBodyVibrationResult;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Every factor's key figure and method variant in one place, for follow-up comparisons
 * ({@code followUp.factors} of results format 1.1):
 *
 * <table>
 * <caption>Key figures</caption>
 * <tr><th>factor</th><th>key figure</th><th>method variant</th></tr>
 * <tr><td>rosa</td><td>ROSA final score (integer)</td><td>none</td></tr>
 * <tr><td>posture</td><td>the highest RULA grand score of the tasks (integer)</td><td>RULA Table A version</td></tr>
 * <tr><td>lifting</td><td>the Composite Lifting Index with two or more tasks, else the task's LI;
 *     null when undefined (no safe load)</td><td>the load constant</td></tr>
 * <tr><td>handArmVibration</td><td>A(8), m/s²</td><td>none</td></tr>
 * <tr><td>wholeBodyVibration</td><td>A(8) of the dominant axis, m/s²</td><td>none</td></tr>
 * <tr><td>handActivity</td><td>the worst task's NPF minus the TLV's NPF at its HAL (positive above the
 *     TLV)</td><td>the TLV edition</td></tr>
 * <tr><td>revisedStrainIndex</td><td>the highest RSI</td><td>none</td></tr>
 * <tr><td>contactStress</td><td>the number of findings (integer)</td><td>none</td></tr>
 * </table>
 *
 * <p>A factor of a library user's own type has no key figure (null) and no variant.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class KeyFigures {
    private KeyFigures() {}

    /**
     * Returns a factor's key figure.
     *
     * @param factor the factor, not null
     * @return an {@link Integer} for scores and counts, a {@link Double} for measures, or null when undefined
     */
    public static @Nullable Number of(FactorResult factor) {
        if (factor instanceof RosaResult r) {
            return r.score();
        }
        if (factor instanceof PostureResult p) {
            return p.tasks().stream().mapToInt(t -> t.rula().score()).max().orElse(0);
        }
        if (factor instanceof LiftingResult l) {
            if (l.tasks().size() >= 2) {
                return l.compositeLi();
            }
            return l.tasks().isEmpty() ? null : l.tasks().get(0).li();
        }
        if (factor instanceof HandArmVibrationResult h) {
            return h.a8();
        }
        if (factor instanceof WholeBodyVibrationResult w) {
            return w.a8();
        }
        if (factor instanceof HandActivityResult h) {
            return h.worst().map(s -> (Number) s.npfAboveTlv()).orElse(null);
        }
        if (factor instanceof RevisedStrainIndexResult r) {
            java.util.OptionalDouble max = r.scores().stream().mapToDouble(RsiScore::rsi).max();
            return max.isPresent() ? max.getAsDouble() : null;
        }
        if (factor instanceof ContactStressResult c) {
            return c.findings().size();
        }
        return null;
    }

    /**
     * Returns the method variant a factor was scored with, where its method has variants whose scores
     * differ, in words for {@code methodChanges}: for example {@code "RULA Table A"} with
     * {@code "RULA_A_MC1993"}.
     *
     * @param factor the factor, not null
     * @return the variant's name and value, or null when the method has no variants
     */
    public static @Nullable Variant variant(FactorResult factor) {
        if (factor instanceof PostureResult p) {
            return new Variant("RULA Table A", p.tableA().id());
        }
        if (factor instanceof LiftingResult l) {
            return new Variant("lifting load constant", l.loadConstant());
        }
        if (factor instanceof HandActivityResult h) {
            return new Variant("ACGIH hand activity TLV edition", h.edition().label());
        }
        return null;
    }

    /**
     * A method variant: what varies and its value.
     *
     * @param name what varies, for example {@code "RULA Table A"}, not null
     * @param value the value, for example {@code "RULA_A_CORNELL"}, not null
     */
    public record Variant(String name, String value) {}
}
