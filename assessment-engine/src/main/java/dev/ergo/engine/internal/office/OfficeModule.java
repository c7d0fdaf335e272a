package dev.ergo.engine.internal.office;

import dev.ergo.engine.ResultSection;
import dev.ergo.engine.internal.AssessmentContext;
import dev.ergo.engine.internal.FactorModule;
import dev.ergo.engine.office.WorkstationResult;
import dev.ergo.engine.internal.json.SectionCodec;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.office.RosaChecklist;
import dev.ergo.model.office.Workstation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The office factor module: ROSA from the {@code ROSA} sheet with an action for every finding,
 * recommendations from the {@code Workstation} sheet and the employee's stature and sex.
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
        WorkstationResult workstation = survey.section(Workstation.class)
                .map(w -> WorkstationAdvisor.advise(survey.employee(), w, context)).orElse(null);
        Optional<RosaChecklist> rosa = survey.section(RosaChecklist.class);
        if (rosa.isPresent()) {
            // ROSA findings become actions; advice on the same thing as the workstation's is merged into one.
            RosaAdvisor.Advice advice = RosaAdvisor.advise(rosa.get(), workstation, context.texts());
            out.add(advice.rosa());
            workstation = advice.workstation();
        }
        if (workstation != null) {
            out.add(workstation);
        }
        return out;
    }
}
