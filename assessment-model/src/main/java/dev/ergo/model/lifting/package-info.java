/**
 * Lifting survey sections: one row of the {@code Lifting} sheet per lifting task.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.model.lifting;

import org.jspecify.annotations.NullMarked;
