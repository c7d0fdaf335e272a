/**
 * The office factor: ROSA scoring (methods-posture-office §3) and individual workstation
 * recommendations from measured or estimated body dimensions (§5.9, §6.2).
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.engine.office;

import org.jspecify.annotations.NullMarked;
