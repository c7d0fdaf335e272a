package dev.ergo.engine.internal.contact;

import dev.ergo.engine.contact.ContactFinding;
import dev.ergo.engine.contact.ContactStress;
import dev.ergo.engine.ResultSection;
import dev.ergo.engine.internal.AssessmentContext;
import dev.ergo.engine.internal.FactorModule;
import dev.ergo.engine.internal.json.SectionCodec;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.contact.ContactStressTask;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The contact-stress factor module: the rows of the {@code ContactStress} sheet against the Washington
 * caution-zone and hazard-zone criteria and the toolkit's hard-edge rule ({@link ContactStress}).
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ContactStressModule implements FactorModule {

    /** Creates the module. */
    public ContactStressModule() {}

    @Override
    public List<SectionCodec<?>> codecs() {
        return List.of(new ContactStressCodec());
    }

    @Override
    public List<ResultSection> assess(EmployeeSurvey survey, AssessmentContext context) {
        List<ContactStressTask> tasks = survey.sections(ContactStressTask.class);
        if (tasks.isEmpty()) {
            return List.of();
        }
        double kneeling = tasks.stream().mapToDouble(t -> t.kneelingHoursPerDay() == null ? 0 : t.kneelingHoursPerDay())
                .sum();
        if (kneeling > 24) {
            context.note("note.contact.kneeling", "hours", dev.ergo.model.text.Message.plain(kneeling, 1));
        }
        return List.of(ContactStress.assess(tasks, context.texts().locale()));
    }
}
