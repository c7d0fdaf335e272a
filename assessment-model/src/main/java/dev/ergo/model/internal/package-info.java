/**
 * Implementation of the model: the enumeration-word parser and constraint validators. Not exported;
 * not part of the API.
 */
@NullMarked
package dev.ergo.model.internal;

import org.jspecify.annotations.NullMarked;
