/**
 * Vibration survey sections: one row of the {@code Vibration} sheet per tool (hand-arm) or vehicle
 * or platform (whole-body), with the measured or declared magnitudes and the daily exposure time.
 *
 * <p>Every type in this package is immutable and thread-safe.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.model.vibration;

import org.jspecify.annotations.NullMarked;
