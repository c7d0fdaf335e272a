/**
 * The vibration factor: hand-arm vibration daily exposure A(8) with HSE exposure points
 * (methods-lifting-vibration §2.1) and whole-body vibration A(8) per axis, exposure points and
 * vibration dose value (§2.2), with time limits and advice computed from the numbers.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.engine.vibration;

import org.jspecify.annotations.NullMarked;
