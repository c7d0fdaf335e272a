/**
 * Renderer of the posture factor's section: RULA, REBA and OWAS per observed task, with the body-part
 * scores and what drives them. Not for use outside the toolkit.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.report.internal.posture;

import org.jspecify.annotations.NullMarked;
