/**
 * Renderer of the contact-stress factor's section: the criteria met, in plain words, with advice.
 * Not for use outside the toolkit.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.report.internal.contact;

import org.jspecify.annotations.NullMarked;
