package dev.ergo.model.contact;

import dev.ergo.model.InRange;
import dev.ergo.model.SourceRow;
import dev.ergo.model.SurveySection;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import dev.ergo.model.internal.Required;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Contact stress and repeated impact in one task: a row of the {@code ContactStress} sheet.
 *
 * <p>This class is immutable and thread-safe. Blank cells are {@code null}.
 *
 * @param task short label of the task, not blank
 * @param handImpactsPerHour times per hour the hand (heel or base of the palm) is used as a hammer (0 to 5000)
 * @param kneeImpactsPerHour times per hour the knee is used as a hammer (0 to 5000)
 * @param impactHoursPerDay hours per day of the hammering (0 to 24); needed with a positive impact count
 * @param kneelingHoursPerDay hours per day spent kneeling (0 to 24)
 * @param hardEdgeContactHoursPerDay hours per day of localized pressure from hard or sharp edges or tool
 *     handles (0 to 24)
 * @param bodyPart where the edge contact occurs, for example {@code forearm} or {@code palm}, or null
 * @param origin where the row came from, or null for records built in code
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ContactStressTask(
        @NotBlank String task,
        @InRange(min = "0", max = "5000", unit = "/h") @Nullable Double handImpactsPerHour,
        @InRange(min = "0", max = "5000", unit = "/h") @Nullable Double kneeImpactsPerHour,
        @InRange(min = "0", max = "24", unit = "h") @Nullable Double impactHoursPerDay,
        @InRange(min = "0", max = "24", unit = "h") @Nullable Double kneelingHoursPerDay,
        @InRange(min = "0", max = "24", unit = "h") @Nullable Double hardEdgeContactHoursPerDay,
        @Nullable String bodyPart,
        @Nullable SourceRow origin) implements SurveySection {

    /**
     * Checks that the hours of hammering are given whenever hammering is recorded. Property
     * {@code impactHoursGiven}; columns {@code impact_hours_per_day}, {@code hand_impacts_per_hour},
     * {@code knee_impacts_per_hour}.
     *
     * @return false when an impact count above zero has no {@code impact_hours_per_day}
     */
    @AssertTrue(message = "{dev.ergo.model.contact.ContactStressTask.impactHoursGiven}")
    public boolean isImpactHoursGiven() {
        return impactHoursPerDay != null || !(positive(handImpactsPerHour) || positive(kneeImpactsPerHour));
    }

    /**
     * Checks that the row records some exposure. Property {@code anyExposureGiven}; columns
     * {@code hand_impacts_per_hour}, {@code knee_impacts_per_hour}, {@code kneeling_hours_per_day},
     * {@code hard_edge_contact_hours_per_day}.
     *
     * @return false when all four are blank
     */
    @AssertTrue(message = "{dev.ergo.model.contact.ContactStressTask.anyExposureGiven}")
    public boolean isAnyExposureGiven() {
        return handImpactsPerHour != null || kneeImpactsPerHour != null || kneelingHoursPerDay != null
                || hardEdgeContactHoursPerDay != null;
    }

    private static boolean positive(@Nullable Double v) {
        return v != null && v > 0;
    }

    /**
     * Returns a builder for a task.
     *
     * @param task the task label, not null
     * @return a new builder, not null
     */
    public static Builder builder(String task) {
        return new Builder().task(task);
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ContactStressTask}; not thread-safe. */
    public static final class Builder {
        private @Nullable String task;
        private @Nullable Double handImpactsPerHour;
        private @Nullable Double kneeImpactsPerHour;
        private @Nullable Double impactHoursPerDay;
        private @Nullable Double kneelingHoursPerDay;
        private @Nullable Double hardEdgeContactHoursPerDay;
        private @Nullable String bodyPart;
        private @Nullable SourceRow origin;

        private Builder() {}

        /** @param v short label of the task @return this builder */
        public Builder task(@Nullable String v) { task = v; return this; }
        /** @param v hand used as a hammer, times per hour (0 to 5000) @return this builder */
        public Builder handImpactsPerHour(@Nullable Number v) { handImpactsPerHour = v == null ? null : v.doubleValue(); return this; }
        /** @param v knee used as a hammer, times per hour (0 to 5000) @return this builder */
        public Builder kneeImpactsPerHour(@Nullable Number v) { kneeImpactsPerHour = v == null ? null : v.doubleValue(); return this; }
        /** @param v hours per day of hammering (0 to 24) @return this builder */
        public Builder impactHoursPerDay(@Nullable Number v) { impactHoursPerDay = v == null ? null : v.doubleValue(); return this; }
        /** @param v hours per day kneeling (0 to 24) @return this builder */
        public Builder kneelingHoursPerDay(@Nullable Number v) { kneelingHoursPerDay = v == null ? null : v.doubleValue(); return this; }
        /** @param v hours per day of hard-edge contact (0 to 24) @return this builder */
        public Builder hardEdgeContactHoursPerDay(@Nullable Number v) { hardEdgeContactHoursPerDay = v == null ? null : v.doubleValue(); return this; }
        /** @param v where the edge contact occurs @return this builder */
        public Builder bodyPart(@Nullable String v) { bodyPart = v; return this; }
        /** @param v where the row came from @return this builder */
        public Builder origin(@Nullable SourceRow v) { origin = v; return this; }

        /** @return the record, not null; ranges are checked by validation, not here @throws IllegalStateException if a required value is not set */
        public ContactStressTask build() {
            return Required.check(buildIncomplete());
        }

        /**
         * Returns the record even when required values are missing, for checking input such as a form:
         * {@link dev.ergo.model.validation.SurveyValidator} then reports each missing value with its path.
         *
         * @return the record, not null
         * @since 0.2
         */
        public ContactStressTask buildIncomplete() {
            return new ContactStressTask(task, handImpactsPerHour, kneeImpactsPerHour, impactHoursPerDay,
                    kneelingHoursPerDay, hardEdgeContactHoursPerDay, bodyPart, origin);
        }
    }
}
