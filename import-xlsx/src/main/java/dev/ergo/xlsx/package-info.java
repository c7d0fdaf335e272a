/**
 * Reads the survey workbook ({@code .xlsx}) into {@link dev.ergo.model.EmployeeSurvey} records and
 * writes an empty, validated template of it.
 *
 * <p>Start with {@link dev.ergo.xlsx.SurveyImporter#create()} and {@link dev.ergo.xlsx.SurveyTemplate}.
 * Row problems are returned as {@link dev.ergo.xlsx.ImportProblem} values; only structural failures
 * throw an {@link dev.ergo.xlsx.ImportException}.
 *
 * @since 0.1
 */
@NullMarked
package dev.ergo.xlsx;

import org.jspecify.annotations.NullMarked;
