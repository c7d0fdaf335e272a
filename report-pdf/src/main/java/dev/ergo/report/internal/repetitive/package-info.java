/**
 * Renderers of the repetitive-motion factor's sections: the ACGIH Hand Activity TLV with its HAL–NPF
 * chart, and the Revised Strain Index. Not for use outside the toolkit.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.report.internal.repetitive;

import org.jspecify.annotations.NullMarked;
