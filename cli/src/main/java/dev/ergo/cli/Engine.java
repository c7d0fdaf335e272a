package dev.ergo.cli;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.report.ReportOptions;
import dev.ergo.report.ReportRenderer;
import dev.ergo.report.SummaryInfo;
import java.io.OutputStream;
import java.util.List;

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
            public void writeSummary(List<AssessmentResult> results, SummaryInfo info, OutputStream out) {
                renderer.writeSummaryReport(results, info, out);
            }
        };
    };

    /** As {@link Assessor#assess}. */
    AssessmentResult assess(EmployeeSurvey survey);

    /** As {@link ReportRenderer#employeeReport}. */
    byte[] employeeReport(AssessmentResult result);

    /** As {@link ReportRenderer#writeSummaryReport}. */
    void writeSummary(List<AssessmentResult> results, SummaryInfo info, OutputStream out);
}
