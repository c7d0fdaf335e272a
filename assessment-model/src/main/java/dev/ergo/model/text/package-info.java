/**
 * Words people read, in their language: message bundles (one UTF-8 properties file per language, ICU
 * message syntax with plural rules), the supported {@link dev.ergo.model.text.Languages} and the one
 * locale-aware number, date and list formatter, {@link dev.ergo.model.text.Texts}.
 *
 * <p>The engine decides (codes and named values); this package says it. The report module and a host
 * render the same codes in any supported language.
 *
 * @since 0.2
 */
@NullMarked
package dev.ergo.model.text;

import org.jspecify.annotations.NullMarked;
