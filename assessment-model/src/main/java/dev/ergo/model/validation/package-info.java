/**
 * Checks survey records against their Bean Validation constraints and reports each failure as a
 * {@link dev.ergo.model.validation.Violation} that a host can map back onto its form or sheet.
 *
 * @since 0.2
 */
@NullMarked
package dev.ergo.model.validation;

import org.jspecify.annotations.NullMarked;
