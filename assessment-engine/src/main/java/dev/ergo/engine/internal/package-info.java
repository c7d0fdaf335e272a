/**
 * The plug-in seam for risk factors: each factor package implements {@link dev.ergo.engine.internal.FactorModule}
 * and is listed once in the engine's registry. Not for use outside the toolkit.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.engine.internal;

import org.jspecify.annotations.NullMarked;
