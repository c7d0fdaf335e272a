package dev.ergo.engine.repetitive;

import dev.ergo.engine.Risk;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The 1995 Strain Index (Moore &amp; Garg 1995): {@code SI = IE × DE × EM × HWP × SW × DD} from six
 * categorical ratings (docs/methods.md §7.2; multiplier table via R7 citing R6). Library API only: the survey
 * workbook carries the Revised Strain Index instead.
 *
 * <pre>{@code
 * StrainIndex1995.Score s = StrainIndex1995.score(Intensity.HARD, DurationOfExertion.PCT_30_TO_49,
 *         EffortsPerMinute.PER_MIN_4_TO_8, HandWristPosture.BAD, SpeedOfWork.FAST, DurationPerDay.HOURS_2_TO_4);
 * s.si();   // 20.25
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class StrainIndex1995 {
    private StrainIndex1995() {}

    /** Scores at or below this are "probably safe" (R7 "SI &lt; 3"; SI = 3 assigned here, toolkit convention). */
    public static final double SAFE_MAX = 3.0;

    /** Scores above this are "probably hazardous" (R7 "SI &gt; 7"; SI = 7 stays "increased risk"). */
    public static final double HAZARDOUS_ABOVE = 7.0;

    /** Moore &amp; Garg 1995's single cut-off: SI ≥ 5 hazardous (docs/methods.md §7.2). */
    public static final double DICHOTOMY_HAZARDOUS_FROM = 5.0;

    /**
     * Computes the Strain Index from six ratings.
     *
     * @param ie intensity of exertion, not null
     * @param de duration of exertion, not null
     * @param em efforts per minute, not null
     * @param hwp hand/wrist posture, not null
     * @param sw speed of work, not null
     * @param dd duration per day, not null
     * @return the score, not null
     */
    public static Score score(Intensity ie, DurationOfExertion de, EffortsPerMinute em, HandWristPosture hwp,
            SpeedOfWork sw, DurationPerDay dd) {
        return new Score(ie, de, em, hwp, sw, dd);
    }

    /**
     * The six ratings and the Strain Index they give.
     *
     * <p>Traffic light (one place: {@link Band#risk()}): SI ≤ 3 {@link Risk#LOW}, 3 &lt; SI ≤ 7
     * {@link Risk#MEDIUM}, SI &gt; 7 {@link Risk#HIGH}. This class is immutable and thread-safe.
     *
     * @param intensity intensity of exertion, not null
     * @param durationOfExertion duration of exertion, % of cycle, not null
     * @param effortsPerMinute efforts per minute, not null
     * @param posture hand/wrist posture, not null
     * @param speed speed of work, not null
     * @param durationPerDay duration of the task per day, not null
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public record Score(
            Intensity intensity,
            DurationOfExertion durationOfExertion,
            EffortsPerMinute effortsPerMinute,
            HandWristPosture posture,
            SpeedOfWork speed,
            DurationPerDay durationPerDay) {

        /** Checks the components. */
        public Score {
            Objects.requireNonNull(intensity, "intensity must not be null");
            Objects.requireNonNull(durationOfExertion, "durationOfExertion must not be null");
            Objects.requireNonNull(effortsPerMinute, "effortsPerMinute must not be null");
            Objects.requireNonNull(posture, "posture must not be null");
            Objects.requireNonNull(speed, "speed must not be null");
            Objects.requireNonNull(durationPerDay, "durationPerDay must not be null");
        }

        /** @return the Strain Index, the product of the six multipliers */
        public double si() {
            return intensity.multiplier() * durationOfExertion.multiplier() * effortsPerMinute.multiplier()
                    * posture.multiplier() * speed.multiplier() * durationPerDay.multiplier();
        }

        /** @return the band of R7's results key, not null */
        public Band band() {
            return Band.of(si());
        }

        /** @return the traffic light, not null */
        public Risk risk() {
            return band().risk();
        }

        /** @return whether Moore &amp; Garg 1995's single cut-off (SI ≥ 5) calls the job hazardous */
        public boolean hazardousByDichotomy() {
            return si() >= DICHOTOMY_HAZARDOUS_FROM;
        }
    }

    /**
     * The interpretation bands of R7's results key.
     *
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public enum Band {
        /** SI ≤ 3: "job is probably safe". */
        PROBABLY_SAFE(Risk.LOW),
        /** 3 &lt; SI ≤ 7: "may place individual at increased risk for distal upper extremity disorders". */
        INCREASED_RISK(Risk.MEDIUM),
        /** SI &gt; 7: "job is probably hazardous". */
        PROBABLY_HAZARDOUS(Risk.HIGH);

        private final Risk risk;

        Band(Risk risk) {
            this.risk = risk;
        }

        /**
         * Returns the band of a score.
         *
         * @param si the score
         * @return the band, not null
         */
        public static Band of(double si) {
            if (si > HAZARDOUS_ABOVE) {
                return PROBABLY_HAZARDOUS;
            }
            return si > SAFE_MAX ? INCREASED_RISK : PROBABLY_SAFE;
        }

        /** @return the traffic light, not null */
        public Risk risk() {
            return risk;
        }
    }

    /**
     * Intensity of exertion (IE).
     *
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public enum Intensity {
        /** Light: barely noticeable or relaxed effort (Borg 0–2). */
        LIGHT(1),
        /** Somewhat hard: noticeable or definite effort (Borg 3). */
        SOMEWHAT_HARD(3),
        /** Hard: obvious effort, unchanged facial expression (Borg 4–5). */
        HARD(6),
        /** Very hard: substantial effort, changes expression (Borg 6–7). */
        VERY_HARD(9),
        /** Near maximal: uses shoulder or trunk for force (Borg 8–10). */
        NEAR_MAXIMAL(13);

        private final double multiplier;

        Intensity(double multiplier) {
            this.multiplier = multiplier;
        }

        /** @return the multiplier */
        public double multiplier() {
            return multiplier;
        }
    }

    /**
     * Duration of exertion, % of the cycle (DE).
     *
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public enum DurationOfExertion {
        /** Below 10 %. */
        BELOW_10(0.5, 0),
        /** 10 to 29 %. */
        PCT_10_TO_29(1.0, 10),
        /** 30 to 49 %. */
        PCT_30_TO_49(1.5, 30),
        /** 50 to 79 %. */
        PCT_50_TO_79(2.0, 50),
        /** 80 % or more. */
        FROM_80(3.0, 80);

        private final double multiplier;
        private final double from;

        DurationOfExertion(double multiplier, double from) {
            this.multiplier = multiplier;
            this.from = from;
        }

        /** @return the multiplier */
        public double multiplier() {
            return multiplier;
        }

        /**
         * Returns the rating of a measured duration. Toolkit convention for values between the printed
         * whole-number bands: each band runs from its printed lower bound up to the next band's, so
         * 29.5 % rates 10–29 % and 10 % rates 10–29 %.
         *
         * @param percentOfCycle 100 × exertion time / observation time, 0 to 100
         * @return the rating, not null
         * @throws IllegalArgumentException if outside 0 to 100
         */
        public static DurationOfExertion ofPercent(double percentOfCycle) {
            if (!(percentOfCycle >= 0 && percentOfCycle <= 100)) {
                throw new IllegalArgumentException("percentOfCycle must be between 0 and 100 but was " + percentOfCycle);
            }
            return band(values(), d -> d.from, percentOfCycle);
        }
    }

    /**
     * Efforts per minute (EM).
     *
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public enum EffortsPerMinute {
        /** Below 4 a minute. */
        BELOW_4(0.5, 0),
        /** 4 to 8 a minute. */
        PER_MIN_4_TO_8(1.0, 4),
        /** 9 to 14 a minute. */
        PER_MIN_9_TO_14(1.5, 9),
        /** 15 to 19 a minute. */
        PER_MIN_15_TO_19(2.0, 15),
        /** 20 a minute or more. */
        FROM_20(3.0, 20);

        private final double multiplier;
        private final double from;

        EffortsPerMinute(double multiplier, double from) {
            this.multiplier = multiplier;
            this.from = from;
        }

        /** @return the multiplier */
        public double multiplier() {
            return multiplier;
        }

        /**
         * Returns the rating of a measured rate. Toolkit convention for non-integer rates: each band runs
         * from its printed lower bound up to the next band's, so 8.5 a minute rates 4–8.
         *
         * @param effortsPerMinute exertions / observation minutes, at least 0
         * @return the rating, not null
         * @throws IllegalArgumentException if negative or not finite
         */
        public static EffortsPerMinute ofRate(double effortsPerMinute) {
            if (!(effortsPerMinute >= 0) || Double.isInfinite(effortsPerMinute)) {
                throw new IllegalArgumentException("effortsPerMinute must be at least 0 but was " + effortsPerMinute);
            }
            return band(values(), e -> e.from, effortsPerMinute);
        }
    }

    /**
     * Hand/wrist posture (HWP).
     *
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public enum HandWristPosture {
        /** Very good: perfectly neutral. */
        VERY_GOOD(1.0),
        /** Good: near neutral. */
        GOOD(1.0),
        /** Fair: non-neutral. */
        FAIR(1.5),
        /** Bad: marked deviation. */
        BAD(2.0),
        /** Very bad: near extreme. */
        VERY_BAD(3.0);

        private final double multiplier;

        HandWristPosture(double multiplier) {
            this.multiplier = multiplier;
        }

        /** @return the multiplier */
        public double multiplier() {
            return multiplier;
        }
    }

    /**
     * Speed of work (SW).
     *
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public enum SpeedOfWork {
        /** Very slow: extremely relaxed pace. */
        VERY_SLOW(1.0),
        /** Slow: taking one's own time. */
        SLOW(1.0),
        /** Fair: normal speed of motion. */
        FAIR(1.0),
        /** Fast: rushed, but able to keep up. */
        FAST(1.5),
        /** Very fast: rushed and barely or unable to keep up. */
        VERY_FAST(2.0);

        private final double multiplier;

        SpeedOfWork(double multiplier) {
            this.multiplier = multiplier;
        }

        /** @return the multiplier */
        public double multiplier() {
            return multiplier;
        }
    }

    /**
     * Duration of the task per day (DD).
     *
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public enum DurationPerDay {
        /** 1 h or less. */
        UP_TO_1_HOUR(0.25),
        /** Over 1 up to 2 h. */
        HOURS_1_TO_2(0.50),
        /** Over 2 up to 4 h. */
        HOURS_2_TO_4(0.75),
        /** Over 4 and under 8 h. */
        HOURS_4_TO_8(1.00),
        /** 8 h or more. */
        FROM_8_HOURS(1.50);

        private final double multiplier;

        DurationPerDay(double multiplier) {
            this.multiplier = multiplier;
        }

        /** @return the multiplier */
        public double multiplier() {
            return multiplier;
        }

        /**
         * Returns the rating of a duration. Toolkit convention honouring the printed "≤ 1" and "≥ 8"
         * and reading the ranges between as "over a, up to b": 1 h rates ≤ 1 h, 2 h rates 1–2 h, 4 h
         * rates 2–4 h, 8 h rates ≥ 8 h.
         *
         * @param hoursPerDay hours per day, at least 0
         * @return the rating, not null
         * @throws IllegalArgumentException if negative or not finite
         */
        public static DurationPerDay ofHours(double hoursPerDay) {
            if (!(hoursPerDay >= 0) || Double.isInfinite(hoursPerDay)) {
                throw new IllegalArgumentException("hoursPerDay must be at least 0 but was " + hoursPerDay);
            }
            if (hoursPerDay <= 1) {
                return UP_TO_1_HOUR;
            }
            if (hoursPerDay <= 2) {
                return HOURS_1_TO_2;
            }
            if (hoursPerDay <= 4) {
                return HOURS_2_TO_4;
            }
            return hoursPerDay < 8 ? HOURS_4_TO_8 : FROM_8_HOURS;
        }
    }

    /** The last band whose lower bound the value reaches; bands are in increasing order, the first from 0. */
    private static <E> E band(E[] bands, java.util.function.ToDoubleFunction<E> from, double value) {
        E r = bands[0];
        for (E b : bands) {
            if (value >= from.applyAsDouble(b)) {
                r = b;
            }
        }
        return r;
    }
}
