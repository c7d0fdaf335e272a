package dev.ergo.engine;

import dev.ergo.model.text.Languages;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How surveys are assessed: the validator, the reference date and the conventions that the methods
 * leave open.
 *
 * <p>This class is immutable and thread-safe. Start from {@link #DEFAULT} or {@link #builder()}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class AssessmentOptions {

    /** Default shoe allowance: 2.5 cm (HFES 100-2007 heel allowance, docs/methods.md §3.2.1). */
    public static final double DEFAULT_SHOE_ALLOWANCE_CM = 2.5;

    /** Default keyboard home-row height above the desk: 3.0 cm (survey-workbook, Workstation sheet). */
    public static final double DEFAULT_KEYBOARD_HEIGHT_CM = 3.0;

    /** The defaults: the library's own validator, today's date as reference. */
    public static final AssessmentOptions DEFAULT = builder().build();

    private final @Nullable Validator validator;
    private final @Nullable LocalDate referenceDate;
    private final Clock clock;
    private final double defaultShoeAllowanceCm;
    private final double defaultKeyboardHeightCm;
    private final Map<Setting<?>, Object> settings;
    private final ReviewIntervals reviewIntervals;
    private final Locale language;

    private AssessmentOptions(Builder b) {
        this.reviewIntervals = b.reviewIntervals;
        this.language = b.language;
        this.settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.settings));
        this.validator = b.validator;
        this.referenceDate = b.referenceDate;
        this.clock = b.clock;
        this.defaultShoeAllowanceCm = b.defaultShoeAllowanceCm;
        this.defaultKeyboardHeightCm = b.defaultKeyboardHeightCm;
    }

    /** @return a builder with the default values, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this object's values, not null */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.validator = validator;
        b.referenceDate = referenceDate;
        b.clock = clock;
        b.defaultShoeAllowanceCm = defaultShoeAllowanceCm;
        b.defaultKeyboardHeightCm = defaultKeyboardHeightCm;
        b.language = language;
        b.settings.putAll(settings);
        b.reviewIntervals = reviewIntervals;
        return b;
    }

    /**
     * Returns the value of a method setting: the one set on the builder, else its default.
     *
     * @param setting the setting, not null
     * @param <T> the value type
     * @return the value, not null
     */
    public <T> T get(Setting<T> setting) {
        Object v = settings.get(setting);
        return v == null ? setting.defaultValue() : setting.type().cast(v);
    }

    /** @return the host-supplied validator, or null to use the library's own */
    public @Nullable Validator validator() {
        return validator;
    }

    /** @return the date used when a survey has no assessment date; null means today by {@link #clock()} */
    public @Nullable LocalDate referenceDate() {
        return referenceDate;
    }

    /**
     * Returns the clock that gives "today" when neither the survey nor {@link #referenceDate()} does.
     *
     * @return the clock, the system clock in the default zone unless set, not null
     * @since 0.2
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Returns the date a survey without an assessment date is assessed on.
     *
     * @return the reference date, or today by the clock, not null
     * @since 0.2
     */
    public LocalDate today() {
        return referenceDate != null ? referenceDate : LocalDate.now(clock);
    }

    /** @return the shoe allowance used when the survey gives none, cm */
    public double defaultShoeAllowanceCm() {
        return defaultShoeAllowanceCm;
    }

    /** @return the keyboard home-row height above the desk used when the survey gives none, cm */
    public double defaultKeyboardHeightCm() {
        return defaultKeyboardHeightCm;
    }

    /**
     * Returns the months after which an employee should be assessed again, per overall light; they set
     * {@link AssessmentResult#reviewDue()}.
     *
     * @return the intervals, {@link ReviewIntervals#DEFAULT} unless set, not null
     * @since 0.2
     */
    public ReviewIntervals reviewIntervals() {
        return reviewIntervals;
    }

    /**
     * Returns the run's language: the language of an employee's texts when the employee has none, or
     * one without a translation.
     *
     * @return a supported language, English by default, not null
     * @since 0.2
     */
    public Locale language() {
        return language;
    }

    /** Builds {@link AssessmentOptions}; validates eagerly; not thread-safe. */
    public static final class Builder {
        private @Nullable Validator validator;
        private @Nullable LocalDate referenceDate;
        private Clock clock = Clock.systemDefaultZone();
        private double defaultShoeAllowanceCm = DEFAULT_SHOE_ALLOWANCE_CM;
        private double defaultKeyboardHeightCm = DEFAULT_KEYBOARD_HEIGHT_CM;
        private final Map<Setting<?>, Object> settings = new LinkedHashMap<>();
        private ReviewIntervals reviewIntervals = ReviewIntervals.DEFAULT;
        private Locale language = Languages.DEFAULT;

        private Builder() {}

        /**
         * Sets the months after which an employee should be assessed again, per overall light.
         *
         * @param intervals the intervals, not null
         * @return this builder
         * @since 0.2
         */
        public Builder reviewIntervals(ReviewIntervals intervals) {
            this.reviewIntervals = Objects.requireNonNull(intervals, "reviewIntervals must not be null");
            return this;
        }

        /**
         * Changes a method setting declared by a factor package.
         *
         * @param setting the setting, not null
         * @param value the value, not null
         * @param <T> the value type
         * @return this builder
         * @throws IllegalArgumentException if the value is not of the setting's type
         */
        public <T> Builder set(Setting<T> setting, T value) {
            Objects.requireNonNull(setting, "setting must not be null");
            Objects.requireNonNull(value, setting.name() + " must not be null");
            if (!setting.type().isInstance(value)) {
                throw new IllegalArgumentException(setting.name() + " must be a " + setting.type().getSimpleName()
                        + " but was " + value.getClass().getSimpleName());
            }
            settings.put(setting, value);
            return this;
        }

        /**
         * Uses a host-supplied validator instead of the library's own.
         *
         * @param validator the validator, not null
         * @return this builder
         */
        public Builder validator(Validator validator) {
            this.validator = Objects.requireNonNull(validator, "validator must not be null");
            return this;
        }

        /**
         * Sets the date used for surveys without an assessment date.
         *
         * @param date the date, not null
         * @return this builder
         */
        public Builder referenceDate(LocalDate date) {
            this.referenceDate = Objects.requireNonNull(date, "referenceDate must not be null");
            return this;
        }

        /**
         * Sets the clock that tells today's date for surveys without an assessment date when no
         * reference date is set; a host passes a fixed clock in tests.
         *
         * @param clock the clock, not null
         * @return this builder
         * @since 0.2
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        /**
         * Sets the default shoe allowance.
         *
         * @param cm the allowance, 0 to 8 cm
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder defaultShoeAllowanceCm(double cm) {
            if (!(cm >= 0 && cm <= 8)) {
                throw new IllegalArgumentException("defaultShoeAllowanceCm must be between 0 and 8 but was " + cm);
            }
            this.defaultShoeAllowanceCm = cm;
            return this;
        }

        /**
         * Sets the default keyboard home-row height above the desk.
         *
         * @param cm the height, 0 to 10 cm
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder defaultKeyboardHeightCm(double cm) {
            if (!(cm >= 0 && cm <= 10)) {
                throw new IllegalArgumentException("defaultKeyboardHeightCm must be between 0 and 10 but was " + cm);
            }
            this.defaultKeyboardHeightCm = cm;
            return this;
        }

        /**
         * Sets the run's language (see {@link AssessmentOptions#language()}).
         *
         * @param language a supported language ({@link Languages#supported()}; {@code de-AT} reads
         *     German), not null
         * @return this builder
         * @throws IllegalArgumentException if ergo has no translation for the language
         * @since 0.2
         */
        public Builder language(Locale language) {
            Objects.requireNonNull(language, "language must not be null");
            this.language = Languages.resolve(language).orElseThrow(() -> new IllegalArgumentException(
                    "language must be one of " + Languages.supported() + " but was " + language.toLanguageTag()));
            return this;
        }

        /** @return the options, not null */
        public AssessmentOptions build() {
            return new AssessmentOptions(this);
        }
    }
}
