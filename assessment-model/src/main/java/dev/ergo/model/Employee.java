package dev.ergo.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One employee: a row of the {@code Employees} sheet.
 *
 * <p>This class is immutable and thread-safe. Blank optional fields are {@code null}.
 *
 * @param id the employee id, 1 to 64 characters, not null
 * @param name the name printed on the report, or null
 * @param department the department, or null
 * @param site the site, or null
 * @param jobTitle the job title, or null
 * @param sex the sex used for anthropometric defaults, or null when not recorded
 * @param age age in whole years (14 to 100), or null
 * @param statureCm stature in cm (120 to 230), or null
 * @param assessmentDate the assessment date, or null for the run's reference date
 * @param assessor who assessed, or null
 * @param origin where the row came from, or null for records built in code
 * @param language the language of the employee's report (a BCP 47 tag's locale such as {@code de} or
 *     {@code de-AT}), or null for the run's language; since 0.2
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Employee(
        @NotBlank @Size(max = 64, message = "must be at most {max} characters") String id,
        @Nullable String name,
        @Nullable String department,
        @Nullable String site,
        @Nullable String jobTitle,
        @Nullable Sex sex,
        @InRange(min = "14", max = "100", unit = "years") @Nullable Integer age,
        @InRange(min = "120", max = "230", unit = "cm") @Nullable Double statureCm,
        @Nullable LocalDate assessmentDate,
        @Nullable String assessor,
        @Nullable SourceRow origin,
        @Nullable Locale language) {

    /** Checks that the id is present. */
    public Employee {
        Objects.requireNonNull(id, "id must not be null");
    }

    /**
     * Creates an employee without a language of their own (the run's language applies).
     *
     * @param id the employee id, not null
     * @param name the name, or null
     * @param department the department, or null
     * @param site the site, or null
     * @param jobTitle the job title, or null
     * @param sex the sex, or null
     * @param age the age in years, or null
     * @param statureCm the stature in cm, or null
     * @param assessmentDate the assessment date, or null
     * @param assessor the assessor, or null
     * @param origin the source row, or null
     */
    public Employee(String id, @Nullable String name, @Nullable String department, @Nullable String site,
            @Nullable String jobTitle, @Nullable Sex sex, @Nullable Integer age, @Nullable Double statureCm,
            @Nullable LocalDate assessmentDate, @Nullable String assessor, @Nullable SourceRow origin) {
        this(id, name, department, site, jobTitle, sex, age, statureCm, assessmentDate, assessor, origin, null);
    }

    /**
     * Returns a builder for an employee with the given id.
     *
     * @param id the employee id, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Returns the name when present, else the id.
     *
     * @return a label for the employee, not null
     */
    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }

    /**
     * Returns the id and the source row only: name, age, sex and stature are personal data and stay
     * out of logs that print this record.
     *
     * @return a description without personal data, not null
     */
    @Override
    public String toString() {
        return "Employee[id=" + id + (origin == null ? "" : ", " + origin) + "]";
    }

    /** Builds an {@link Employee}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private @Nullable String name;
        private @Nullable String department;
        private @Nullable String site;
        private @Nullable String jobTitle;
        private @Nullable Sex sex;
        private @Nullable Integer age;
        private @Nullable Double statureCm;
        private @Nullable LocalDate assessmentDate;
        private @Nullable String assessor;
        private @Nullable SourceRow origin;
        private @Nullable Locale language;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id must not be null");
        }

        /** @param v the name @return this builder */
        public Builder name(@Nullable String v) { name = v; return this; }
        /** @param v the department @return this builder */
        public Builder department(@Nullable String v) { department = v; return this; }
        /** @param v the site @return this builder */
        public Builder site(@Nullable String v) { site = v; return this; }
        /** @param v the job title @return this builder */
        public Builder jobTitle(@Nullable String v) { jobTitle = v; return this; }
        /** @param v the sex @return this builder */
        public Builder sex(@Nullable Sex v) { sex = v; return this; }
        /** @param v the age in years @return this builder */
        public Builder age(@Nullable Integer v) { age = v; return this; }
        /** @param v the stature in cm @return this builder */
        public Builder statureCm(@Nullable Number v) { statureCm = v == null ? null : v.doubleValue(); return this; }
        /** @param v the assessment date @return this builder */
        public Builder assessmentDate(@Nullable LocalDate v) { assessmentDate = v; return this; }
        /** @param v the assessor @return this builder */
        public Builder assessor(@Nullable String v) { assessor = v; return this; }
        /** @param v the source row @return this builder */
        public Builder origin(@Nullable SourceRow v) { origin = v; return this; }
        /** @param v the language of the employee's report, or null for the run's @return this builder @since 0.2 */
        public Builder language(@Nullable Locale v) { language = v; return this; }

        /** @return the employee, not null */
        public Employee build() {
            return new Employee(id, name, department, site, jobTitle, sex, age, statureCm, assessmentDate, assessor, origin, language);
        }
    }
}
