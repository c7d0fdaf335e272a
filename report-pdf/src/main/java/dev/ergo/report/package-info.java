/**
 * PDF reports: {@link dev.ergo.report.ReportRenderer} turns an
 * {@link dev.ergo.engine.AssessmentResult} into an employee report, and a list of
 * results into an organisation summary, in the language of {@link dev.ergo.report.ReportOptions#language()}.
 * The employee report has two parts: what the employee needs first, then an appendix for the assessor.
 *
 * <p>Only {@code ReportRenderer}, {@code ReportOptions}, {@code SummaryInfo} and
 * {@code ReportException} are API; no OpenPDF type appears in their signatures.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.report;

import org.jspecify.annotations.NullMarked;
