/**
 * Scoring: {@link dev.ergo.engine.Assessor} turns an {@link dev.ergo.model.EmployeeSurvey} into an
 * {@link dev.ergo.engine.AssessmentResult}; {@link dev.ergo.engine.ResultJson} writes it as a line of the
 * results contract and reads such lines back, {@link dev.ergo.engine.Assessor#csvRow} flattens it to a
 * CSV row.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.engine;

import org.jspecify.annotations.NullMarked;
