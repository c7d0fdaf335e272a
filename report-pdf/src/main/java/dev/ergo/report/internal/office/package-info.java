/**
 * Renderers of the office factor's sections: the ROSA score and the workstation set-up targets.
 * Not for use outside the toolkit.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.report.internal.office;

import org.jspecify.annotations.NullMarked;
