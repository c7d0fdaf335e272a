/**
 * Scoring: {@link dev.ergo.engine.Assessor} turns an {@link dev.ergo.model.EmployeeSurvey} into an
 * {@link dev.ergo.engine.AssessmentResult}, which renders itself as the JSON line and CSV row of the
 * results contract.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.engine;

import org.jspecify.annotations.NullMarked;
