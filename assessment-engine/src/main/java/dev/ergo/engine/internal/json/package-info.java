/**
 * The results contract on Jackson's streaming API: one serializer writes and reads {@code results.jsonl}
 * lines and flattens results to {@code results.csv} rows; each result section has a
 * {@link dev.ergo.engine.internal.json.SectionCodec}, registered by its factor module. Not for use outside
 * the toolkit.
 *
 * @since 0.2
 */
@NullMarked
package dev.ergo.engine.internal.json;

import org.jspecify.annotations.NullMarked;
