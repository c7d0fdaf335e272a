package dev.ergo.engine.repetitive;

import dev.ergo.engine.Risk;
import dev.ergo.model.repetitive.Hand;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The Revised Strain Index of one task for one hand: inputs, the five multipliers and their product
 * (docs/methods.md §7.3).
 *
 * <p>Traffic light, from the band (one place: {@link RsiBand#of(double)} and {@link RsiBand#risk()}):
 * RSI ≤ 3 {@link Risk#LOW}, 3 &lt; RSI ≤ 10 {@link Risk#MEDIUM}, RSI &gt; 10 {@link Risk#HIGH}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param task the task label, not null
 * @param hand the hand, not null
 * @param intensity I, fraction of maximum strength, 0 to 1
 * @param effortsPerMin E, efforts per minute
 * @param secondsPerExertion D, seconds per exertion
 * @param wristDeg hand/wrist angle, degrees, toolkit sign (flexion positive, extension negative)
 * @param hoursPerDay H, hours per day of the task
 * @param im intensity multiplier
 * @param em efforts-per-minute multiplier
 * @param dm duration-per-exertion multiplier
 * @param pm posture multiplier
 * @param hm hours-per-day multiplier
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RsiScore(
        String task,
        Hand hand,
        double intensity,
        double effortsPerMin,
        double secondsPerExertion,
        double wristDeg,
        double hoursPerDay,
        double im,
        double em,
        double dm,
        double pm,
        double hm) {

    /**
     * Creates the result. For the toolkit's own use: results come from the assessor or are read back
     * from a results line, and a minor version may add components, which changes this constructor; so
     * it is not stable API (read the components, do not call it).
     */
    @API(status = API.Status.INTERNAL, since = "0.2")
    public RsiScore {
        Objects.requireNonNull(task, "task must not be null");
        Objects.requireNonNull(hand, "hand must not be null");
    }

    /**
     * Returns the Revised Strain Index, {@code IM × EM × DM × PM × HM}.
     *
     * @return the score
     */
    public double rsi() {
        return im * em * dm * pm * hm;
    }

    /** @return the band of the score, not null */
    public RsiBand band() {
        return RsiBand.of(rsi());
    }

    /** @return the traffic light, not null */
    public Risk risk() {
        return band().risk();
    }

    /** @return the task and hand as printed, for example {@code Crimping (right)}, not null */
    public String label() {
        return task + " (" + hand.label() + ")";
    }
}
