/**
 * Renderer of the lifting factor's section: the Revised NIOSH Lifting Equation per task and the
 * Composite Lifting Index. Not for use outside the toolkit.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.report.internal.lifting;

import org.jspecify.annotations.NullMarked;
