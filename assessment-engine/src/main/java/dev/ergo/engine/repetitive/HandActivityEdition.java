package dev.ergo.engine.repetitive;

import dev.ergo.engine.internal.EngineTexts;
import dev.ergo.model.text.Message;
import dev.ergo.model.text.Texts;
import org.apiguardian.api.API;

/**
 * The edition of the ACGIH TLV for Hand Activity: which TLV and action-limit lines on the HAL–NPF chart
 * are used (docs/methods.md §7.1).
 *
 * <p>Both lines are straight, {@code NPF = intercept − slope × HAL}, clamped at NPF ≥ 0. A report draws
 * them with {@link #tlvNpf(double)} and {@link #actionLimitNpf(double)} over
 * {@link #plottedHalMin()}–{@link #plottedHalMax()}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum HandActivityEdition {
    /**
     * The 2018 revision: TLV {@code NPF = 5.6 − 0.56·HAL}, action limit {@code NPF = 3.6 − 0.56·HAL};
     * scope 4 to 8 h a day. The line equations are UNCONFIRMED (docs/methods.md §7.1, §10 item 7): results
     * call them provisional. Lines drawn for HAL 1 to 9.
     */
    ACGIH_2018("2018", 5.6, 0.56, 3.6, 0.56, 1.0, 9.0, 4.0, 8.0, true),
    /**
     * The 2001 TLV: ratio {@code NPF / (10 − HAL)} above 0.78 exceeds the TLV, from 0.56 it reaches the
     * action limit; as lines TLV {@code NPF = 7.8 − 0.78·HAL}, action limit {@code NPF = 5.6 − 0.56·HAL}
     * (R1, data-collection form v1.5); scope 4 h a day or more. Lines drawn for HAL 0 to 10.
     */
    ACGIH_2001("2001", 7.8, 0.78, 5.6, 0.56, 0.0, 10.0, 4.0, 24.0, false);

    private final String label;
    private final double tlvIntercept;
    private final double tlvSlope;
    private final double alIntercept;
    private final double alSlope;
    private final double plottedHalMin;
    private final double plottedHalMax;
    private final double scopeMinHours;
    private final double scopeMaxHours;
    private final boolean provisional;

    HandActivityEdition(String label, double tlvIntercept, double tlvSlope, double alIntercept, double alSlope,
            double plottedHalMin, double plottedHalMax, double scopeMinHours, double scopeMaxHours,
            boolean provisional) {
        this.label = label;
        this.tlvIntercept = tlvIntercept;
        this.tlvSlope = tlvSlope;
        this.alIntercept = alIntercept;
        this.alSlope = alSlope;
        this.plottedHalMin = plottedHalMin;
        this.plottedHalMax = plottedHalMax;
        this.scopeMinHours = scopeMinHours;
        this.scopeMaxHours = scopeMaxHours;
        this.provisional = provisional;
    }

    /**
     * Returns the edition's year as written in results ({@code tlvEdition}).
     *
     * @return {@code "2018"} or {@code "2001"}, not null
     */
    public String label() {
        return label;
    }

    /**
     * Returns the TLV line: the highest normalized peak force that does not exceed the TLV at a hand
     * activity level, clamped at 0.
     *
     * @param hal the hand activity level, 0 to 10
     * @return the NPF on the TLV line, at least 0
     */
    public double tlvNpf(double hal) {
        return Math.max(0.0, tlvIntercept - tlvSlope * hal);
    }

    /**
     * Returns the action-limit line: the normalized peak force at which the action limit is reached at a
     * hand activity level, clamped at 0.
     *
     * @param hal the hand activity level, 0 to 10
     * @return the NPF on the action-limit line, at least 0
     */
    public double actionLimitNpf(double hal) {
        return Math.max(0.0, alIntercept - alSlope * hal);
    }

    /**
     * Returns the hand activity level at which the TLV line reaches a force: the pace that a task with
     * this force must not exceed. Negative when the force exceeds the TLV at any pace.
     *
     * @param npf the normalized peak force
     * @return the HAL on the TLV line at this force (may be negative)
     */
    public double halAtTlv(double npf) {
        return (tlvIntercept - npf) / tlvSlope;
    }

    /**
     * Returns the hand activity level at which the action-limit line reaches a force. Negative when the
     * force reaches the action limit at any pace.
     *
     * @param npf the normalized peak force
     * @return the HAL on the action-limit line at this force (may be negative)
     */
    public double halAtActionLimit(double npf) {
        return (alIntercept - npf) / alSlope;
    }

    /** @return the lowest HAL over which the edition's chart draws the lines */
    public double plottedHalMin() {
        return plottedHalMin;
    }

    /** @return the highest HAL over which the edition's chart draws the lines */
    public double plottedHalMax() {
        return plottedHalMax;
    }

    /**
     * Returns whether a hand activity level lies where the edition draws its lines (docs/methods.md §7.1: flag
     * HAL below 1 or above 9 for the 2018 lines).
     *
     * @param hal the hand activity level
     * @return true inside the plotted range, ends included
     */
    public boolean isInsidePlottedRange(double hal) {
        return hal >= plottedHalMin && hal <= plottedHalMax;
    }

    /**
     * Returns whether a task of this many hours a day is within the TLV's scope (2018: 4 to 8 h;
     * 2001: 4 h or more; ends included).
     *
     * @param hoursPerDay the hours per day
     * @return true within scope
     */
    public boolean isWithinScope(double hoursPerDay) {
        return hoursPerDay >= scopeMinHours && hoursPerDay <= scopeMaxHours;
    }

    /** @return the shortest task, hours a day, that the TLV applies to */
    public double scopeMinHours() {
        return scopeMinHours;
    }

    /** @return the longest task, hours a day, that the TLV applies to (24 when open-ended) */
    public double scopeMaxHours() {
        return scopeMaxHours;
    }

    /**
     * Returns whether the line equations are provisional (unconfirmed in docs/methods.md §7.1).
     *
     * @return true for the 2018 lines
     */
    public boolean provisional() {
        return provisional;
    }

    /**
     * Returns the method name and the line equations as printed in reports, in English.
     *
     * @return the description, not null
     */
    public String description() {
        return description(EngineTexts.english());
    }

    /**
     * Returns the method name and the line equations in the language of some texts.
     *
     * @param texts the engine's texts, or a report's texts whose parent they are, not null
     * @return the description, not null
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public String description(Texts texts) {
        return texts.text(Message.of("hat.edition." + name()));
    }

    /**
     * Parses {@code 2018} or {@code 2001}, with or without the {@code ACGIH_} prefix, case-insensitively.
     *
     * @param text the text, not null
     * @return the edition, not null
     * @throws IllegalArgumentException if the text names no edition
     */
    public static HandActivityEdition parse(String text) {
        String t = text.strip();
        for (HandActivityEdition e : values()) {
            if (e.label.equals(t) || e.name().equalsIgnoreCase(t)) {
                return e;
            }
        }
        throw new IllegalArgumentException("must be 2018 or 2001 but was '" + text + "'");
    }
}
