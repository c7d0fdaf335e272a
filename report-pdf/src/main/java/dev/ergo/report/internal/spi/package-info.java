/**
 * The seam for section renderers: one {@link dev.ergo.report.internal.spi.SectionRenderer} per result-section
 * type, listed once in the report module's registry. Not for use outside the toolkit.
 *
 * <p>These types expose OpenPDF classes on purpose; they stay inside the {@code report-pdf} module.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.report.internal.spi;

import org.jspecify.annotations.NullMarked;
