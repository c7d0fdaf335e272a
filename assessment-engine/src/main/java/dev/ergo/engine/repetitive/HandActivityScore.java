package dev.ergo.engine.repetitive;

import dev.ergo.engine.Risk;
import dev.ergo.model.repetitive.Hand;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The Hand Activity TLV assessment of one task for one hand: the chart point (HAL, NPF), the action
 * limit and TLV at that HAL for the edition used, and the zone.
 *
 * <p>Traffic light, from {@link #zone()} (one place: {@link HandActivityZone#risk()}): below the action
 * limit {@link Risk#LOW}, from the action limit up to the TLV {@link Risk#MEDIUM}, above the TLV
 * {@link Risk#HIGH}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param task the task label, not null
 * @param hand the hand, not null
 * @param hal the hand activity level used, 0 to 10
 * @param halSource whether the HAL was given or computed with the Radwin equation, not null
 * @param exertionsPerSecond the exertion frequency the HAL was computed from, or null when given
 * @param dutyCyclePct the duty cycle the HAL was computed from, or null when given
 * @param npf the normalized peak force used, 0 to 10
 * @param forceSource whether the NPF was given or converted from %MVC, not null
 * @param edition the TLV edition, not null
 * @param actionLimitNpf the action-limit line at this HAL
 * @param tlvNpf the TLV line at this HAL
 * @param zone where the point lies, not null
 * @param hoursPerDay hours per day of the task
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record HandActivityScore(
        String task,
        Hand hand,
        double hal,
        HalSource halSource,
        @Nullable Double exertionsPerSecond,
        @Nullable Double dutyCyclePct,
        double npf,
        ForceSource forceSource,
        HandActivityEdition edition,
        double actionLimitNpf,
        double tlvNpf,
        HandActivityZone zone,
        double hoursPerDay) {

    /**
     * Creates the result. For the toolkit's own use: results come from the assessor or are read back
     * from a results line, and a minor version may add components, which changes this constructor; so
     * it is not stable API (read the components, do not call it).
     */
    @API(status = API.Status.INTERNAL, since = "0.2")
    public HandActivityScore {
        Objects.requireNonNull(task, "task must not be null");
        Objects.requireNonNull(hand, "hand must not be null");
        Objects.requireNonNull(halSource, "halSource must not be null");
        Objects.requireNonNull(forceSource, "forceSource must not be null");
        Objects.requireNonNull(edition, "edition must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
    }

    /**
     * Where the hand activity level came from.
     *
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public enum HalSource {
        /** Rated by the assessor ({@code hal} column). */
        GIVEN("given"),
        /** Computed from exertion frequency and duty cycle (Radwin et al. 2015, docs/methods.md §7.1). */
        RADWIN("radwin");

        private final String label;

        HalSource(String label) {
            this.label = label;
        }

        /** @return the word results format 1.0 wrote (1.1 writes {@link #name()}; readers accept both), not null */
        public String label() {
            return label;
        }
    }

    /**
     * Where the normalized peak force came from.
     *
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public enum ForceSource {
        /** Given as NPF ({@code peak_force_npf}). */
        GIVEN("given"),
        /** Converted from percent of maximum strength: NPF = %MVC / 10 ({@code peak_force_pct_mvc}). */
        PERCENT_MVC("pctMvc");

        private final String label;

        ForceSource(String label) {
            this.label = label;
        }

        /** @return the word results format 1.0 wrote (1.1 writes {@link #name()}; readers accept both), not null */
        public String label() {
            return label;
        }
    }

    /**
     * Returns the traffic light.
     *
     * @return the light of the zone, not null
     */
    public Risk risk() {
        return zone.risk();
    }

    /**
     * Returns how far the force lies above the TLV line (negative: below it).
     *
     * @return NPF − TLV NPF at this HAL
     */
    public double npfAboveTlv() {
        return npf - tlvNpf;
    }

    /**
     * Returns the 2001 form's ratio {@code NPF / (10 − HAL)}.
     *
     * @return the ratio, or null at HAL 10 (undefined)
     */
    public @Nullable Double ratio() {
        return hal < 10.0 ? npf / (10.0 - hal) : null;
    }

    /**
     * Returns whether the task's hours a day are within the edition's scope.
     *
     * @return true within scope
     */
    public boolean withinScope() {
        return edition.isWithinScope(hoursPerDay);
    }

    /**
     * Returns whether the HAL lies where the edition draws its lines.
     *
     * @return true inside the plotted range
     */
    public boolean insidePlottedRange() {
        return edition.isInsidePlottedRange(hal);
    }

    /** @return the task and hand as printed, for example {@code Crimping (right)}, not null */
    public String label() {
        return task + " (" + hand.label() + ")";
    }
}
