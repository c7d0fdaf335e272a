/**
 * Immutable survey records: one employee and the sections of the survey workbook that describe
 * their work, each validated with Jakarta Bean Validation constraints that carry the plausible
 * ranges of the survey workbook contract.
 *
 * <p>Every type in this package is immutable and thread-safe.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.model;

import org.jspecify.annotations.NullMarked;
