package dev.ergo.engine.office;

import dev.ergo.engine.FactorResult;
import dev.ergo.engine.Risk;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The ROSA result with every intermediate score (methods-posture-office §3).
 *
 * <p>Traffic light: final score 1–3 {@link Risk#LOW}, 4 {@link Risk#MEDIUM}, at or above the action
 * level {@link RosaTables#ACTION_LEVEL} (5, Sonne et al. 2012) {@link Risk#HIGH}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param score the final ROSA score, 1–10
 * @param chair the chair score (Section A after chair duration), 1–10
 * @param monitorPhone the monitor and telephone score (Section B), 1–9
 * @param mouseKeyboard the mouse and keyboard score (Section C), 1–9
 * @param peripherals the peripherals and monitor score, 1–9
 * @param seatHeight seat pan height with add-ons, 1–5
 * @param seatDepth seat pan depth with add-ons, 1–3
 * @param armrest armrests with add-ons, 1–5
 * @param backSupport back support with add-ons, 1–4
 * @param chairTable the Chair table value before duration, 2–9
 * @param chairDuration duration adjustment of the chair (−1, 0, +1)
 * @param monitor monitor score with add-ons and duration, clamped to 0–7
 * @param phone telephone score with add-ons and duration, 0–6
 * @param mouse mouse score with add-ons and duration, 0–7
 * @param keyboard keyboard score with add-ons and duration, 0–7
 * @param clamped the item names whose score was clamped to the table axis, not null
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RosaResult(
        int score,
        int chair,
        int monitorPhone,
        int mouseKeyboard,
        int peripherals,
        int seatHeight,
        int seatDepth,
        int armrest,
        int backSupport,
        int chairTable,
        int chairDuration,
        int monitor,
        int phone,
        int mouse,
        int keyboard,
        List<String> clamped)
        implements FactorResult {

    /** Copies the list. */
    public RosaResult {
        clamped = List.copyOf(clamped);
    }

    /** @return whether the final score reaches the action level (≥ 5) */
    public boolean actionRequired() {
        return score >= RosaTables.ACTION_LEVEL;
    }

    @Override
    public Risk risk() {
        if (score >= RosaTables.ACTION_LEVEL) {
            return Risk.HIGH;
        }
        return score >= RosaTables.MEDIUM_FROM ? Risk.MEDIUM : Risk.LOW;
    }

    @Override
    public String method() {
        return "ROSA, Rapid Office Strain Assessment (Sonne, Villalta & Andrews 2012); tables " + RosaTables.VERSION;
    }

    @Override
    public String key() {
        return "rosa";
    }
}
