package dev.ergo.engine.contact;

import dev.ergo.engine.Risk;
import org.apiguardian.api.API;

/**
 * The kind of criterion a contact-stress finding comes from, and its traffic light.
 *
 * <p>Traffic light: {@link #HAZARD} {@link Risk#HIGH}; {@link #CAUTION} and {@link #TOOLKIT_RULE}
 * {@link Risk#MEDIUM}; no finding {@link Risk#LOW}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ContactZone {
    /** Washington State hazard zone, WAC 296-62-05174 (Appendix B). */
    HAZARD("Hazard zone", "WAC 296-62-05174", "WAC 296-62-05174, Appendix B (methods §4.2, C1)", Risk.HIGH),
    /** Washington State caution zone, WAC 296-62-05105. */
    CAUTION("Caution zone", "WAC 296-62-05105", "WAC 296-62-05105 (methods §4.1, C1)", Risk.MEDIUM),
    /** A rule of this toolkit, not a published criterion. */
    TOOLKIT_RULE("Toolkit rule", "not a published criterion",
            "ergo toolkit rule (methods §4 introduction, open question 20)", Risk.MEDIUM);

    private final String title;
    private final String reference;
    private final String source;
    private final Risk risk;

    ContactZone(String title, String reference, String source, Risk risk) {
        this.title = title;
        this.reference = reference;
        this.source = source;
        this.risk = risk;
    }

    /** @return the title printed at the start of a finding, for example {@code Hazard zone}, not null */
    public String title() {
        return title;
    }

    /**
     * Returns what the heading of a finding names in brackets: the rule, or that it is not a published
     * criterion.
     *
     * @return for example {@code WAC 296-62-05174}, not null
     */
    public String reference() {
        return reference;
    }

    /** @return the source as recorded in results and advice, not null */
    public String source() {
        return source;
    }

    /** @return the traffic light of a finding in this zone, not null */
    public Risk risk() {
        return risk;
    }
}
