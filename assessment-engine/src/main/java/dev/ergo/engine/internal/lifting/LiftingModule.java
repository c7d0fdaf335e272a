package dev.ergo.engine.internal.lifting;

import dev.ergo.model.text.Message;
import dev.ergo.engine.lifting.DurationCategory;
import dev.ergo.engine.lifting.LiftingEquation;
import dev.ergo.engine.lifting.LiftingResult;
import dev.ergo.engine.lifting.LiftingSettings;
import dev.ergo.engine.lifting.LiftingTaskResult;
import dev.ergo.engine.lifting.LoadConstant;
import dev.ergo.engine.lifting.Rnle;
import dev.ergo.engine.lifting.UnitSystem;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.ResultSection;
import dev.ergo.engine.internal.AssessmentContext;
import dev.ergo.engine.internal.FactorModule;
import dev.ergo.engine.internal.json.SectionCodec;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.lifting.LiftingTask;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The lifting factor module: the RNLE for every row of the {@code Lifting} sheet of an employee, the
 * Composite Lifting Index for two or more tasks, and redesign advice.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class LiftingModule implements FactorModule {

    /** Creates the module. */
    public LiftingModule() {}

    @Override
    public List<SectionCodec<?>> codecs() {
        return List.of(new LiftingCodec());
    }

    @Override
    public List<ResultSection> assess(EmployeeSurvey survey, AssessmentContext context) {
        List<LiftingTask> tasks = survey.sections(LiftingTask.class);
        if (tasks.isEmpty()) {
            return List.of();
        }
        LoadConstant rule = context.options().get(LiftingSettings.LOAD_CONSTANT);
        double lc = rule.kg(survey.employee());
        DurationCategory duration = LiftingEquation.sharedDuration(tasks);
        List<LiftingTaskResult> results = new ArrayList<>();
        List<Recommendation> advice = new ArrayList<>();
        int priority = 100;
        for (LiftingTask t : tasks) {
            LiftingTaskResult r = LiftingEquation.evaluate(t, lc, duration, UnitSystem.METRIC);
            results.add(r);
            advice.addAll(LiftingAdvice.advise(t, r, lc, duration, priority, context.texts()));
            priority += 10;
            if (t.frequencyPerMin() < Rnle.F_MIN) {
                context.note("note.lift.minFrequency", "task", t.task(), "f", Message.plain(t.frequencyPerMin(), 4),
                        "fMin", Message.plain(Rnle.F_MIN, 1));
            }
        }
        if (tasks.size() > 1 && tasks.stream().anyMatch(t -> DurationCategory.of(t.durationHours()) != duration)) {
            context.note("note.lift.sharedDuration", "duration", Message.of("lifting.duration." + duration.name()));
        }
        Double cli = null;
        List<String> order = List.of();
        if (results.size() >= 2) {
            cli = LiftingEquation.compositeLi(results, duration, UnitSystem.METRIC);
            order = LiftingEquation.compositeOrder(results).stream().map(LiftingTaskResult::task).toList();
        }
        return List.of(new LiftingResult(results, cli, order, duration, lc, rule.describe(survey.employee()), advice));
    }
}
