package com.example.spark;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.engine.InvalidSurveyException;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.xlsx.SurveyImporter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The repository's sample workbook, assessed on one machine without Spark: the reference. */
final class Samples {
    private Samples() {}

    static final Path WORKBOOK = Path.of("../sample-survey.xlsx");
    /** {@code problems.csv} of {@code ergo assess} on the sample: the CLI's golden file, which its build checks. */
    static final Path PROBLEMS_CSV = Path.of("../../cli/src/test/resources/golden/problems.csv");
    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 24);

    /** The results of a workbook in workbook order; employees the assessor refuses are left out, as the job does. */
    static List<AssessmentResult> assess(Path workbook) {
        Assessor assessor = Assessor.of(AssessmentOptions.builder().referenceDate(RUN_DATE).build());
        List<AssessmentResult> out = new ArrayList<>();
        for (EmployeeSurvey s : SurveyImporter.create().read(workbook).surveys()) {
            try {
                out.add(assessor.assess(s));
            } catch (InvalidSurveyException e) {
                // not assessed
            }
        }
        return out;
    }
}
