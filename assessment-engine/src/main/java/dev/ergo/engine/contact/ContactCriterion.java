package dev.ergo.engine.contact;

import dev.ergo.engine.internal.EngineTexts;
import dev.ergo.model.text.Message;
import dev.ergo.model.text.Texts;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The contact-stress criteria, with their exact thresholds (docs/methods.md §8, Table CS). Every threshold is
 * exclusive: "more than 10 times an hour for more than 2 hours a day".
 *
 * <p>The Washington rule (WSR 00-12-024) was repealed in 2003 and is used here as a widely cited
 * checklist. Kneeling in the caution zone is corroborated by a reproduction of the rule's Table 1; the
 * impact and hazard-zone wordings are recalled (docs/methods.md §8: unconfirmed wording), and the
 * hazard-zone impact rate ("more than once per minute") agrees with DOSH Malaysia 2017 (C3).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ContactCriterion {
    /** Hazard zone (WAC 296-62-05174): hand as a hammer more than once a minute, more than 2 h a day. */
    WA_HAZARD_HAND_IMPACT(ContactZone.HAZARD, ContactExposure.HAND_IMPACT, 60.0, 2.0),
    /** Hazard zone (WAC 296-62-05174): knee as a hammer more than once a minute, more than 2 h a day. */
    WA_HAZARD_KNEE_IMPACT(ContactZone.HAZARD, ContactExposure.KNEE_IMPACT, 60.0, 2.0),
    /** Hazard zone (WAC 296-62-05174): kneeling more than 4 h a day. */
    WA_HAZARD_KNEELING(ContactZone.HAZARD, ContactExposure.KNEELING, null, 4.0),
    /** Caution zone (WAC 296-62-05105, item 9): hand as a hammer more than 10 times an hour, more than 2 h a day. */
    WA_CAUTION_HAND_IMPACT(ContactZone.CAUTION, ContactExposure.HAND_IMPACT, 10.0, 2.0),
    /** Caution zone (WAC 296-62-05105, item 9): knee as a hammer more than 10 times an hour, more than 2 h a day. */
    WA_CAUTION_KNEE_IMPACT(ContactZone.CAUTION, ContactExposure.KNEE_IMPACT, 10.0, 2.0),
    /** Caution zone (WAC 296-62-05105, item 4): kneeling more than 2 h a day. */
    WA_CAUTION_KNEELING(ContactZone.CAUTION, ContactExposure.KNEELING, null, 2.0),
    /**
     * Toolkit rule: any recorded time (more than 0 h a day) of localized pressure from hard or sharp edges
     * or tool handles is amber. No published numeric criterion exists (docs/methods.md §8, §9.5
     * item 4); checklists treat the factor as present or absent.
     */
    TOOLKIT_HARD_EDGE(ContactZone.TOOLKIT_RULE, ContactExposure.HARD_EDGE, null, 0.0);

    private final ContactZone zone;
    private final ContactExposure exposure;
    private final @Nullable Double ratePerHourAbove;
    private final double hoursPerDayAbove;

    ContactCriterion(ContactZone zone, ContactExposure exposure, @Nullable Double ratePerHourAbove,
            double hoursPerDayAbove) {
        this.zone = zone;
        this.exposure = exposure;
        this.ratePerHourAbove = ratePerHourAbove;
        this.hoursPerDayAbove = hoursPerDayAbove;
    }

    /** @return the zone, not null */
    public ContactZone zone() {
        return zone;
    }

    /** @return what the criterion measures, not null */
    public ContactExposure exposure() {
        return exposure;
    }

    /** @return the impact rate per hour that must be exceeded, or null when the criterion has none */
    public @Nullable Double ratePerHourAbove() {
        return ratePerHourAbove;
    }

    /** @return the hours per day that must be exceeded */
    public double hoursPerDayAbove() {
        return hoursPerDayAbove;
    }

    /**
     * Returns the criterion in plain words, for example {@code knee used as a hammer more than 60 times an
     * hour for more than 2 hours a day}.
     *
     * @return the wording, not null
     */
    public String text() {
        return text(EngineTexts.english());
    }

    /**
     * Returns the criterion's wording in the language of some texts.
     *
     * @param texts the engine's texts, or a report's texts whose parent they are, not null
     * @return the wording, not null
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public String text(Texts texts) {
        return texts.text("contact.criterion." + name());
    }

    /**
     * Returns the criterion with its zone and reference, as findings start:
     * {@code Hazard zone (WAC 296-62-05174): knee used as a hammer …}.
     *
     * @return the heading, not null
     */
    public String heading() {
        return heading(EngineTexts.english());
    }

    /**
     * Returns the heading in the language of some texts; the WAC references stay as they are.
     *
     * @param texts the engine's texts, or a report's texts whose parent they are, not null
     * @return the heading, not null
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public String heading(Texts texts) {
        return texts.text(headingMessage());
    }

    /**
     * Returns the heading as a message of the engine's bundle, for a recommendation's rule.
     *
     * @return the message, not null
     * @since 0.2
     */
    public Message headingMessage() {
        return Message.of("contact.heading", "zone", Message.of("contact.zone." + zone.name()), "reference",
                zone.referenceMessage(), "criterion", Message.of("contact.criterion." + name()));
    }
}
