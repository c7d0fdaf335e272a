/**
 * Contact stress and repeated impact: rows of the {@code ContactStress} sheet (hand or knee used as a
 * hammer, kneeling, pressure from hard edges).
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.model.contact;

import org.jspecify.annotations.NullMarked;
