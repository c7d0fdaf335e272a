package dev.ergo.engine.internal.office;

import dev.ergo.engine.ResultSection;
import dev.ergo.engine.internal.AssessmentContext;
import dev.ergo.engine.internal.FactorModule;
import dev.ergo.engine.internal.json.SectionCodec;
import dev.ergo.engine.office.Rosa;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.office.RosaChecklist;
import dev.ergo.model.office.Workstation;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The office factor module: ROSA from the {@code ROSA} sheet, recommendations from the
 * {@code Workstation} sheet and the employee's stature and sex.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class OfficeModule implements FactorModule {

    /** Creates the module. */
    public OfficeModule() {}

    @Override
    public List<SectionCodec<?>> codecs() {
        return List.of(new RosaCodec(), new WorkstationCodec());
    }

    @Override
    public List<ResultSection> assess(EmployeeSurvey survey, AssessmentContext context) {
        List<ResultSection> out = new ArrayList<>();
        survey.section(RosaChecklist.class).ifPresent(r -> out.add(Rosa.score(r)));
        survey.section(Workstation.class)
                .ifPresent(w -> out.add(WorkstationAdvisor.advise(survey.employee(), w, context)));
        return out;
    }
}
