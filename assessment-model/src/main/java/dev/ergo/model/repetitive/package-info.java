/**
 * Repetitive hand work: rows of the {@code Repetitive} sheet, one per task and hand, carrying the
 * inputs of the ACGIH Hand Activity TLV and of the Revised Strain Index.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.model.repetitive;

import org.jspecify.annotations.NullMarked;
