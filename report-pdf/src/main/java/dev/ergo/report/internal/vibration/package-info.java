/**
 * Renderers of the vibration factor's sections: hand-arm and whole-body daily exposure, with a bar
 * chart of exposure points per source. Not for use outside the toolkit.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.report.internal.vibration;

import org.jspecify.annotations.NullMarked;
