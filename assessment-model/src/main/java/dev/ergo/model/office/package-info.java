/**
 * Office survey sections: workstation measurements and the ROSA checklist.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.model.office;

import org.jspecify.annotations.NullMarked;
