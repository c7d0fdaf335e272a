package dev.ergo.engine.office;

import dev.ergo.engine.FactorResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import java.util.List;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * The ROSA result with every intermediate score (docs/methods.md §3.1).
 *
 * <p>Traffic light: final score 1–3 {@link Risk#LOW}, 4 {@link Risk#MEDIUM}, at or above the action
 * level {@link RosaTables#ACTION_LEVEL} (5, Sonne et al. 2012) {@link Risk#HIGH}.
 *
 * <p>The recommendations fix the ROSA findings (items above their neutral score 1 and the form's "+"
 * add-ons) in checklist order: what lowers the score most first. Each carries in its
 * {@link Recommendation#values()} the score now ({@link #SCORE_NOW}), the score with only it fixed
 * ({@link #SCORE_IF_FIXED}) and the score with it and every recommendation before it fixed
 * ({@link #SCORE_WITH_ITEMS_ABOVE}), each re-scored with {@link Rosa#score}. {@link Rosa#score} itself
 * returns no recommendations; the assessor adds them.
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
 * @param recommendations the fixes of the ROSA findings in checklist order, not null (since 0.2)
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
        List<String> clamped,
        List<Recommendation> recommendations)
        implements FactorResult {

    /** Value name of the ROSA score now. */
    public static final String SCORE_NOW = "rosaNow";
    /** Value name of the ROSA score with only this recommendation's findings fixed. */
    public static final String SCORE_IF_FIXED = "rosaIfFixed";
    /** Value name of the ROSA score with this and every earlier ROSA recommendation's findings fixed. */
    public static final String SCORE_WITH_ITEMS_ABOVE = "rosaWithItemsAbove";

    /**
     * Creates the result. For the toolkit's own use: results come from the assessor or are read back
     * from a results line, and a minor version may add components, which changes this constructor; so
     * it is not stable API (read the components, do not call it).
     */
    @API(status = API.Status.INTERNAL, since = "0.2")
    public RosaResult {
        clamped = List.copyOf(clamped);
        recommendations = List.copyOf(recommendations);
    }

    /**
     * Creates a result without recommendations, as {@link Rosa#score} returns it; for the toolkit's own use,
     * like the canonical constructor.
     *
     * @param score the final score
     * @param chair the chair score
     * @param monitorPhone the monitor and telephone score
     * @param mouseKeyboard the mouse and keyboard score
     * @param peripherals the peripherals and monitor score
     * @param seatHeight seat pan height with add-ons
     * @param seatDepth seat pan depth with add-ons
     * @param armrest armrests with add-ons
     * @param backSupport back support with add-ons
     * @param chairTable the Chair table value
     * @param chairDuration the chair duration adjustment
     * @param monitor monitor score
     * @param phone telephone score
     * @param mouse mouse score
     * @param keyboard keyboard score
     * @param clamped the clamped item names, not null
     */
    @API(status = API.Status.INTERNAL, since = "0.2")
    public RosaResult(int score, int chair, int monitorPhone, int mouseKeyboard, int peripherals, int seatHeight,
            int seatDepth, int armrest, int backSupport, int chairTable, int chairDuration, int monitor, int phone,
            int mouse, int keyboard, List<String> clamped) {
        this(score, chair, monitorPhone, mouseKeyboard, peripherals, seatHeight, seatDepth, armrest, backSupport,
                chairTable, chairDuration, monitor, phone, mouse, keyboard, clamped, List.of());
    }

    /**
     * Returns how many recommendations, done in checklist order, bring the score below a level.
     *
     * @param level the score to get below, for example {@link RosaTables#ACTION_LEVEL}
     * @return the number of leading recommendations (at least 1), or empty when the score is already below
     *     the level or the recommendations do not get there
     */
    public OptionalInt itemsToScoreBelow(int level) {
        if (score < level) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < recommendations.size(); i++) {
            Double after = recommendations.get(i).values().get(SCORE_WITH_ITEMS_ABOVE);
            if (after != null && after < level) {
                int p = recommendations.get(i).priority();
                while (i + 1 < recommendations.size() && recommendations.get(i + 1).priority() == p) {
                    i++; // an item that goes with it (a footrest with a raised seat)
                }
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Returns the score with the first {@code items} recommendations done.
     *
     * @param items how many recommendations, 0 to {@code recommendations().size()}
     * @return the re-scored ROSA score
     * @throws IndexOutOfBoundsException if {@code items} is out of range
     */
    public int scoreAfter(int items) {
        if (items == 0) {
            return score;
        }
        Double after = recommendations.get(items - 1).values().get(SCORE_WITH_ITEMS_ABOVE);
        return after == null ? score : after.intValue();
    }

    @Override
    public String driver() {
        return "your ROSA score of " + score + " (chair " + chair + ", monitor and telephone " + monitorPhone
                + ", mouse and keyboard " + mouseKeyboard + ")";
    }

    @Override
    public dev.ergo.model.text.Message driverMessage() {
        return dev.ergo.model.text.Message.of("driver.rosa", "score", score, "chair", chair, "monitorPhone",
                monitorPhone, "mouseKeyboard", mouseKeyboard);
    }

    /** @return whether the final score reaches the action level (≥ 5) */
    public boolean actionRequired() {
        return score >= RosaTables.ACTION_LEVEL;
    }

    @Override
    public Risk risk() {
        return RosaTables.light(score);
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
