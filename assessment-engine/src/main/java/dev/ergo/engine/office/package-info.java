/**
 * The office factor: ROSA scoring (docs/methods.md §3.1) and individual workstation
 * recommendations from measured or estimated body dimensions (§3.2, §3.3).
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.engine.office;

import org.jspecify.annotations.NullMarked;
