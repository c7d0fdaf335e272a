/**
 * The repetitive-motion factor: the ACGIH Hand Activity TLV (2018 lines by default, 2001 lines as an
 * option) with the Radwin equation for the hand activity level, the Revised Strain Index (Garg, Moore
 * &amp; Kapellusch 2017) and, as a library API only, the 1995 Strain Index (docs/methods.md
 * §7).
 *
 * <p>Entry points for library users: {@link dev.ergo.engine.repetitive.HandActivityTlv},
 * {@link dev.ergo.engine.repetitive.RevisedStrainIndex} and {@link dev.ergo.engine.repetitive.StrainIndex1995}.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.engine.repetitive;

import org.jspecify.annotations.NullMarked;
