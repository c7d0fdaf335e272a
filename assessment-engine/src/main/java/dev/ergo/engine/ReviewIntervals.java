package dev.ergo.engine;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * When an employee should be assessed again: the number of months after the assessment date, per
 * overall light. The defaults (HIGH 3, MEDIUM 12, LOW 24 months) are toolkit conventions, not a
 * published rule; regulations ask for a review when there is reason to suspect an assessment is no
 * longer valid or there has been a significant change.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param highMonths months until review after a HIGH (red) overall light, 1 to {@value #MAX_MONTHS}
 * @param mediumMonths months after a MEDIUM (amber) overall light, at least {@code highMonths}
 * @param lowMonths months after a LOW (green) overall light, at least {@code mediumMonths}
 * @since 0.2
 */
@API(status = API.Status.STABLE, since = "0.2")
public record ReviewIntervals(int highMonths, int mediumMonths, int lowMonths) {

    /** The longest interval accepted: 120 months (ten years). */
    public static final int MAX_MONTHS = 120;

    /** The toolkit defaults: HIGH 3 months, MEDIUM 12 months, LOW 24 months. */
    public static final ReviewIntervals DEFAULT = new ReviewIntervals(3, 12, 24);

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a number is outside 1 to {@value #MAX_MONTHS}, or a lighter
     *     light would be reviewed sooner than a worse one
     */
    public ReviewIntervals {
        check("highMonths", highMonths);
        check("mediumMonths", mediumMonths);
        check("lowMonths", lowMonths);
        if (mediumMonths < highMonths) {
            throw new IllegalArgumentException("mediumMonths must be at least highMonths (" + highMonths
                    + ") but was " + mediumMonths);
        }
        if (lowMonths < mediumMonths) {
            throw new IllegalArgumentException("lowMonths must be at least mediumMonths (" + mediumMonths
                    + ") but was " + lowMonths);
        }
    }

    private static void check(String name, int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException(name + " must be between 1 and " + MAX_MONTHS + " but was " + months);
        }
    }

    /**
     * Returns the intervals for the three lights.
     *
     * @param highMonths months after HIGH
     * @param mediumMonths months after MEDIUM
     * @param lowMonths months after LOW
     * @return the intervals, not null
     * @throws IllegalArgumentException as the constructor
     */
    public static ReviewIntervals of(int highMonths, int mediumMonths, int lowMonths) {
        return new ReviewIntervals(highMonths, mediumMonths, lowMonths);
    }

    /**
     * Parses {@code "HIGH,MEDIUM,LOW"} months, for example {@code "3,12,24"} (spaces around the numbers
     * are allowed).
     *
     * @param text the text, not null
     * @return the intervals, not null
     * @throws IllegalArgumentException if the text is not three whole numbers separated by commas, or as
     *     the constructor; the message names the bad part
     */
    public static ReviewIntervals parse(String text) {
        Objects.requireNonNull(text, "text must not be null");
        String[] parts = text.split(",", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("expected three numbers of months, HIGH,MEDIUM,LOW (for example 3,12,24),"
                    + " but got " + parts.length + " part" + (parts.length == 1 ? "" : "s") + " in '" + text + "'");
        }
        String[] names = {"HIGH", "MEDIUM", "LOW"};
        int[] months = new int[3];
        for (int i = 0; i < 3; i++) {
            String p = parts[i].strip();
            if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("months for " + names[i] + " must be a whole number but was '"
                        + p + "'");
            }
            months[i] = Integer.parseInt(p);
        }
        return new ReviewIntervals(months[0], months[1], months[2]);
    }

    /**
     * Returns the months until review for an overall light.
     *
     * @param overall the overall light, not null
     * @return the months, at least 1
     */
    public int months(Risk overall) {
        return switch (Objects.requireNonNull(overall, "overall must not be null")) {
            case HIGH -> highMonths;
            case MEDIUM -> mediumMonths;
            case LOW -> lowMonths;
        };
    }

    /**
     * Returns the review date: the assessment date plus the light's months (the end of a shorter month
     * where the day does not exist, as {@link LocalDate#plusMonths(long)}).
     *
     * @param assessmentDate the assessment date, not null
     * @param overall the overall light, not null
     * @return the review date, not null
     */
    public LocalDate dueDate(LocalDate assessmentDate, Risk overall) {
        return Objects.requireNonNull(assessmentDate, "assessmentDate must not be null").plusMonths(months(overall));
    }

    /** @return {@code "HIGH 3, MEDIUM 12, LOW 24 months"} style text, not null */
    @Override
    public String toString() {
        return "HIGH " + highMonths + ", MEDIUM " + mediumMonths + ", LOW " + lowMonths + " months";
    }
}
