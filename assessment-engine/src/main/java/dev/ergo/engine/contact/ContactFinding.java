package dev.ergo.engine.contact;

import dev.ergo.engine.Risk;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One contact-stress criterion that an employee's tasks meet, with the tasks that contribute to it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param criterion the criterion met, not null
 * @param hoursPerDay the hours per day counted against the criterion, added over the contributing tasks
 * @param contributions the tasks that count, in workbook order, not empty
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ContactFinding(ContactCriterion criterion, double hoursPerDay, List<Contribution> contributions) {

    /** Checks and copies. */
    public ContactFinding {
        Objects.requireNonNull(criterion, "criterion must not be null");
        contributions = List.copyOf(contributions);
        if (contributions.isEmpty()) {
            throw new IllegalArgumentException("contributions must not be empty");
        }
    }

    /**
     * One task's part in a finding.
     *
     * @param task the task label, not null
     * @param ratePerHour impacts per hour, or null for kneeling and edge contact
     * @param hoursPerDay the task's hours per day counted
     * @param bodyPart where edge contact occurs, or null
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public record Contribution(String task, @Nullable Double ratePerHour, double hoursPerDay, @Nullable String bodyPart) {

        /** Checks the task. */
        public Contribution {
            Objects.requireNonNull(task, "task must not be null");
        }

        String describe() {
            String what = ratePerHour != null ? fmt(ratePerHour) + " times an hour for " + fmt(hoursPerDay) + " h"
                    : fmt(hoursPerDay) + " h";
            return "'" + task + "'" + (bodyPart != null && !bodyPart.isBlank() ? ", " + bodyPart : "") + " " + what;
        }
    }

    /** @return the traffic light of this finding, from its zone, not null */
    public Risk risk() {
        return criterion.zone().risk();
    }

    /**
     * Returns the finding in plain words: which criterion fired and why, for example
     * {@code Hazard zone (WAC 296-62-05174): knee used as a hammer more than 60 times an hour for more than
     * 2 hours a day (Flooring 120 times an hour for 3 h a day)}.
     *
     * @return the text, not null
     */
    public String text() {
        String detail;
        if (contributions.size() == 1) {
            detail = contributions.get(0).describe() + " a day";
        } else {
            detail = fmt(hoursPerDay) + " h a day in all: "
                    + String.join("; ", contributions.stream().map(Contribution::describe).toList());
        }
        return criterion.heading() + " (" + detail + ")";
    }

    /** @return the labels of the contributing tasks, in workbook order, without repeats, not null */
    public List<String> tasks() {
        return contributions.stream().map(Contribution::task).distinct().toList();
    }

    /** One decimal, without a trailing ".0". */
    static String fmt(double v) {
        return dev.ergo.engine.internal.EngineTexts.english().number(v, 1, false);
    }
}
