/**
 * The plug-in seam for risk factors: each factor package implements {@link dev.ergo.engine.spi.FactorModule}
 * and is listed once in the engine's registry. Not for use outside the toolkit.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.engine.spi;

import org.jspecify.annotations.NullMarked;
