package dev.ergo.engine.contact;

import org.apiguardian.api.API;

/**
 * What a contact-stress criterion measures.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ContactExposure {
    /** The hand (heel or base of the palm) used as a hammer: impacts per hour and hours per day. */
    HAND_IMPACT,
    /** The knee used as a hammer: impacts per hour and hours per day. */
    KNEE_IMPACT,
    /** Kneeling: hours per day. */
    KNEELING,
    /** Localized pressure from hard or sharp edges or tool handles: hours per day. */
    HARD_EDGE
}
