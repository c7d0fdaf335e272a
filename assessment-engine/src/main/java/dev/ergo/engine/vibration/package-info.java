/**
 * The vibration factor: hand-arm vibration daily exposure A(8) with HSE exposure points
 * (docs/methods.md §6.1) and whole-body vibration A(8) per axis, exposure points and
 * vibration dose value (§6.2), with time limits and advice computed from the numbers.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.engine.vibration;

import org.jspecify.annotations.NullMarked;
