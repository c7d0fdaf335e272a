package dev.ergo.engine.contact;

import dev.ergo.engine.internal.contact.ContactAdvisor;
import dev.ergo.engine.Recommendation;
import dev.ergo.model.contact.ContactStressTask;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates an employee's {@code ContactStress} rows against the contact-stress criteria
 * ({@link ContactCriterion}).
 *
 * <p>Conventions (toolkit; for the README):
 * <ul>
 *   <li>The Washington criteria count hours "total per day", so hours are added over the employee's
 *       rows: for an impact criterion, the {@code impact_hours_per_day} of every row whose rate exceeds
 *       the criterion's rate; for kneeling, every row's {@code kneeling_hours_per_day}. Sums are exact
 *       in decimal (1.1 h + 0.9 h is 2 h, not more).</li>
 *   <li>Hand and knee impacts are counted separately, each against its own threshold.</li>
 *   <li>For each exposure only the most severe zone met is reported: a hazard-zone finding makes the
 *       caution-zone finding of the same exposure redundant.</li>
 *   <li>Hard-edge contact is a toolkit rule, one finding per row with more than 0 h a day.</li>
 * </ul>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ContactStress {
    private ContactStress() {}

    /**
     * Evaluates the rows of one employee.
     *
     * @param tasks the employee's rows, valid, not null
     * @return the result, with advice, not null
     */
    public static ContactStressResult assess(List<ContactStressTask> tasks) {
        return assess(tasks, dev.ergo.model.text.Languages.DEFAULT);
    }

    /**
     * Evaluates the rows of one employee, with the advice in a language.
     *
     * @param tasks the employee's rows, valid, not null
     * @param language the language of the advice; one without translation reads English, not null
     * @return the result, with advice, not null
     * @since 0.2
     */
    public static ContactStressResult assess(List<ContactStressTask> tasks, java.util.Locale language) {
        List<ContactFinding> findings = findings(tasks);
        List<Recommendation> advice = new ArrayList<>();
        dev.ergo.model.text.Texts texts = dev.ergo.engine.internal.EngineTexts.MESSAGES.in(language);
        for (ContactFinding f : findings) {
            advice.add(ContactAdvisor.advise(f, texts));
        }
        return new ContactStressResult(tasks.size(), findings, advice);
    }

    /**
     * Returns the criteria the rows meet, most severe first.
     *
     * @param tasks the employee's rows, valid, not null
     * @return the findings, possibly empty, not null
     */
    public static List<ContactFinding> findings(List<ContactStressTask> tasks) {
        Objects.requireNonNull(tasks, "tasks must not be null");
        List<ContactFinding> out = new ArrayList<>();
        impact(tasks, ContactStressTask::handImpactsPerHour, ContactCriterion.WA_HAZARD_HAND_IMPACT,
                ContactCriterion.WA_CAUTION_HAND_IMPACT, out);
        impact(tasks, ContactStressTask::kneeImpactsPerHour, ContactCriterion.WA_HAZARD_KNEE_IMPACT,
                ContactCriterion.WA_CAUTION_KNEE_IMPACT, out);
        kneeling(tasks, out);
        for (ContactStressTask t : tasks) {
            Double h = t.hardEdgeContactHoursPerDay();
            if (h != null && h > ContactCriterion.TOOLKIT_HARD_EDGE.hoursPerDayAbove()) {
                out.add(new ContactFinding(ContactCriterion.TOOLKIT_HARD_EDGE, h,
                        List.of(new ContactFinding.Contribution(t.task(), null, h, t.bodyPart()))));
            }
        }
        out.sort(Comparator.comparing(ContactFinding::risk).reversed());
        return out;
    }

    /** Reports the first of the criteria (most severe first) whose total hours exceed its threshold. */
    private static void impact(List<ContactStressTask> tasks, Function<ContactStressTask, @Nullable Double> rate,
            ContactCriterion hazard, ContactCriterion caution, List<ContactFinding> out) {
        for (ContactCriterion c : List.of(hazard, caution)) {
            double above = Objects.requireNonNull(c.ratePerHourAbove());
            List<ContactFinding.Contribution> parts = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (ContactStressTask t : tasks) {
                Double r = rate.apply(t);
                Double h = t.impactHoursPerDay();
                if (r != null && r > above && h != null && h > 0) {
                    parts.add(new ContactFinding.Contribution(t.task(), r, h, null));
                    total = total.add(BigDecimal.valueOf(h));
                }
            }
            if (total.compareTo(BigDecimal.valueOf(c.hoursPerDayAbove())) > 0) {
                out.add(new ContactFinding(c, total.doubleValue(), parts));
                return;
            }
        }
    }

    private static void kneeling(List<ContactStressTask> tasks, List<ContactFinding> out) {
        List<ContactFinding.Contribution> parts = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (ContactStressTask t : tasks) {
            Double h = t.kneelingHoursPerDay();
            if (h != null && h > 0) {
                parts.add(new ContactFinding.Contribution(t.task(), null, h, null));
                total = total.add(BigDecimal.valueOf(h));
            }
        }
        for (ContactCriterion c : List.of(ContactCriterion.WA_HAZARD_KNEELING, ContactCriterion.WA_CAUTION_KNEELING)) {
            if (total.compareTo(BigDecimal.valueOf(c.hoursPerDayAbove())) > 0) {
                out.add(new ContactFinding(c, total.doubleValue(), parts));
                return;
            }
        }
    }
}
