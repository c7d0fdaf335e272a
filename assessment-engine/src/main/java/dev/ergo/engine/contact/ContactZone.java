package dev.ergo.engine.contact;

import dev.ergo.engine.Risk;
import dev.ergo.engine.internal.EngineTexts;
import dev.ergo.model.text.Message;
import dev.ergo.model.text.Texts;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

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
    HAZARD("WAC 296-62-05174", "WAC 296-62-05174, Appendix B (docs/methods.md §8, C1)", Risk.HIGH),
    /** Washington State caution zone, WAC 296-62-05105. */
    CAUTION("WAC 296-62-05105", "WAC 296-62-05105 (docs/methods.md §8, C1)", Risk.MEDIUM),
    /** A rule of this toolkit, not a published criterion. */
    TOOLKIT_RULE(null,
            "ergo toolkit rule (docs/methods.md §8, §9.5 item 4)", Risk.MEDIUM);

    private final @Nullable String reference;
    private final String source;
    private final Risk risk;

    ContactZone(@Nullable String reference, String source, Risk risk) {
        this.reference = reference;
        this.source = source;
        this.risk = risk;
    }

    /**
     * Returns the zone's name in English, for example {@code "Hazard zone"}.
     *
     * @return the name, not null
     */
    public String title() {
        return title(EngineTexts.english());
    }

    /**
     * Returns the zone's name in the language of some texts.
     *
     * @param texts the engine's texts, or a report's texts whose parent they are, not null
     * @return the name, not null
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public String title(Texts texts) {
        return texts.text("contact.zone." + name());
    }

    /**
     * Returns the rule the zone comes from in English: a WAC section, or {@code "not a published criterion"}.
     *
     * @return the reference, not null
     */
    public String reference() {
        return reference(EngineTexts.english());
    }

    /**
     * Returns the rule the zone comes from in the language of some texts; a WAC section stays as it is.
     *
     * @param texts the engine's texts, or a report's texts whose parent they are, not null
     * @return the reference, not null
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public String reference(Texts texts) {
        return texts.text(referenceMessage());
    }

    /** The reference as a message: a WAC section as given, else the bundle's words. */
    Message referenceMessage() {
        return reference != null ? Message.of("rule.plain", "text", reference) : Message.of("contact.reference." + name());
    }

    /**
     * @return the source as recorded in {@code findingDetails[].source} of the results, not null (a
     *     recommendation's source cites docs/methods.md §8 once, then this without its own citation)
     */
    public String source() {
        return source;
    }

    /** @return the traffic light of a finding in this zone, not null */
    public Risk risk() {
        return risk;
    }
}
