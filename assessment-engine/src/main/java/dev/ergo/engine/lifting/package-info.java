/**
 * The lifting factor: the Revised NIOSH Lifting Equation, single and multi-task, with the Composite
 * Lifting Index (docs/methods.md §5).
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.engine.lifting;

import org.jspecify.annotations.NullMarked;
