/**
 * The contact-stress factor: Washington State caution-zone (WAC 296-62-05105) and hazard-zone
 * (WAC 296-62-05174) criteria for the hand or knee used as a hammer and for kneeling, and the toolkit's
 * own documented rule for pressure from hard edges (docs/methods.md §8).
 *
 * <p>Entry point for library users: {@link dev.ergo.engine.contact.ContactStress}.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.engine.contact;

import org.jspecify.annotations.NullMarked;
