/**
 * Atomic file writing shared by the importer's template writer and the command line. Exported only to
 * the toolkit's own modules; not part of the API.
 */
@NullMarked
package dev.ergo.model.internal.files;

import org.jspecify.annotations.NullMarked;
