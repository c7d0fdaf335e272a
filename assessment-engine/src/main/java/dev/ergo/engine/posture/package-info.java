/**
 * The posture factor: RULA (docs/methods.md §4.1), REBA (§4.2) and OWAS (§4.3) for every observed
 * task posture of the {@code Postures} sheet, the body-part scores behind them and the two or three
 * changes that lower each task's score most.
 *
 * <p>Every convention the methods leave open is one named constant of
 * {@link dev.ergo.engine.posture.PostureConventions}.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.engine.posture;

import org.jspecify.annotations.NullMarked;
