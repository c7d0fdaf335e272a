package dev.ergo.engine.internal;

import dev.ergo.engine.ResultSection;
import dev.ergo.engine.internal.json.SectionCodec;
import dev.ergo.model.EmployeeSurvey;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Scores one risk factor (or one group of related sections) for one employee.
 *
 * <p>Implementations are stateless and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public interface FactorModule {

    /**
     * Returns the codecs of the section types this module produces, in the order the sections appear;
     * they write the sections into {@code results.jsonl} and {@code results.csv} and read them back.
     *
     * @return the codecs, not null
     * @since 0.2
     */
    List<SectionCodec<?>> codecs();

    /**
     * Assesses the survey's sections that this module reads.
     *
     * @param survey the validated survey, not null
     * @param context the options and notes of this assessment, not null
     * @return the result sections, empty when the survey has no input for this module, not null
     */
    List<ResultSection> assess(EmployeeSurvey survey, AssessmentContext context);
}
