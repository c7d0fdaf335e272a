/**
 * Posture survey sections: one {@link dev.ergo.model.posture.PostureObservation} per observed task
 * posture (the {@code Postures} sheet), scored by RULA, REBA and, when coded, OWAS.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.model.posture;

import org.jspecify.annotations.NullMarked;
