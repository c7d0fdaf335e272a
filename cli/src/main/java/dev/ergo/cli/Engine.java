package dev.ergo.cli;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.engine.FollowUp;
import dev.ergo.engine.RunSummary;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.report.ReportOptions;
import dev.ergo.report.ReportRenderer;
import dev.ergo.report.SummaryInfo;
import java.io.OutputStream;
import org.jspecify.annotations.Nullable;

/** The scoring and rendering an {@code assess} run uses: the library's, or failing ones in tests. */
interface Engine {

    /** Makes the engine of a run from its options. */
    @FunctionalInterface
    interface Factory {
        Engine create(AssessmentOptions assessment, ReportOptions reports);
    }

    /** The library's {@link Assessor} and {@link ReportRenderer}. */
    Factory LIBRARY = (assessment, reports) -> {
        Assessor assessor = Assessor.of(assessment);
        ReportRenderer renderer = ReportRenderer.of(reports);
        return new Engine() {
            @Override
            public AssessmentResult assess(EmployeeSurvey survey) {
                return assessor.assess(survey);
            }

            @Override
            public byte[] employeeReport(AssessmentResult result) {
                return renderer.employeeReport(result);
            }

            @Override
            public void writeSummary(RunSummary summary, SummaryInfo info, OutputStream out) {
                renderer.writeSummaryReport(summary, info, out);
            }

            @Override
            public byte[] employeeReport(AssessmentResult result, @Nullable FollowUp followUp) {
                return followUp == null ? renderer.employeeReport(result) : renderer.employeeReport(result, followUp);
            }
        };
    };

    /** As {@link Assessor#assess}. */
    AssessmentResult assess(EmployeeSurvey survey);

    /** As {@link ReportRenderer#employeeReport}. */
    byte[] employeeReport(AssessmentResult result);

    /** As {@link ReportRenderer#writeSummaryReport(RunSummary, SummaryInfo, OutputStream)}. */
    void writeSummary(RunSummary summary, SummaryInfo info, OutputStream out);

    /**
     * Renders an employee's report of a follow-up round, with "Since your last assessment" when the
     * employee has a baseline line; an engine that does not override it renders the plain report.
     *
     * @param result the result, not null
     * @param followUp the comparison with the employee's baseline line, or null
     * @return the PDF, not null
     */
    default byte[] employeeReport(AssessmentResult result, @Nullable FollowUp followUp) {
        return employeeReport(result);
    }
}
