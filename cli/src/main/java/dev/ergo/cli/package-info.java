/**
 * The {@code ergo} command-line tool. Nothing here is API.
 */
@NullMarked
package dev.ergo.cli;

import org.jspecify.annotations.NullMarked;
