package dev.ergo.engine.repetitive;

import dev.ergo.model.repetitive.Hand;
import dev.ergo.model.repetitive.RepetitiveTask;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The Revised Strain Index (Garg, Moore &amp; Kapellusch 2017): {@code RSI = IM × EM × DM × PM × HM},
 * with the continuous multipliers of docs/methods.md §7.3 (equations via R9, continuity checked at every
 * breakpoint). There is no speed multiplier in the RSI.
 *
 * <p>Wrist angles use the toolkit's sign (flexion positive, extension negative, as in the workbook);
 * R9 writes flexion negative, so R9's {@code PM(−30)} is this class's {@code pm(30)}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RevisedStrainIndex {
    private RevisedStrainIndex() {}

    /** Scores at or below this are low risk (R8 abstract: agreement with the 1995 SI's "safe" SI ≤ 3). */
    public static final double SAFE_MAX = 3.0;

    /** Scores above this are hazardous (commonly quoted RSI &gt; 10; UNCONFIRMED, docs/methods.md §7.3, §10 item 8). */
    public static final double HAZARDOUS_ABOVE = 10.0;

    /** IM uses its first cubic up to and including this intensity (fraction of maximum strength). */
    public static final double IM_BREAK = 0.4;

    /** EM is linear up to and including this many efforts per minute. */
    public static final double EM_BREAK = 90.0;

    /** DM is linear up to and including this many seconds per exertion. */
    public static final double DM_BREAK = 60.0;

    /** Extension up to and including this many degrees gives PM = 1. */
    public static final double PM_FREE_EXTENSION_DEG = 30.0;

    /** At or below this many hours a day HM is constant. */
    public static final double HM_BREAK_HOURS = 0.05;

    /**
     * Scores a task that carries the four RSI inputs.
     *
     * @param task the task, valid, not null
     * @return the score, not null
     * @throws IllegalArgumentException if an RSI input is missing
     */
    public static RsiScore score(RepetitiveTask task) {
        Objects.requireNonNull(task, "task must not be null");
        if (!task.hasRsiInputs()) {
            throw new IllegalArgumentException("task '" + task.task() + "' has no complete Revised Strain Index inputs");
        }
        return score(task.task(), task.hand(), task.rsiIntensityPctMvc() / 100.0, task.rsiEffortsPerMin(),
                task.rsiSecondsPerExertion(), task.rsiWristDeg(), task.hoursPerDay());
    }

    /**
     * Scores one task from its five inputs.
     *
     * @param task the task label, not null
     * @param hand the hand, not null
     * @param intensity I, fraction of maximum strength, 0 to 1
     * @param effortsPerMin E, efforts per minute, at least 0
     * @param secondsPerExertion D, seconds per exertion, at least 0
     * @param wristDeg wrist angle, degrees, flexion positive, extension negative
     * @param hoursPerDay H, hours per day, at least 0
     * @return the score, not null
     * @throws IllegalArgumentException if an input is outside its domain
     */
    public static RsiScore score(String task, Hand hand, double intensity, double effortsPerMin,
            double secondsPerExertion, double wristDeg, double hoursPerDay) {
        return new RsiScore(task, hand, intensity, effortsPerMin, secondsPerExertion, wristDeg, hoursPerDay,
                im(intensity), em(effortsPerMin), dm(secondsPerExertion), pm(wristDeg), hm(hoursPerDay));
    }

    /**
     * Intensity multiplier: I ≤ 0.4: {@code 30·I³ − 15.6·I² + 13·I + 0.4}; 0.4 &lt; I ≤ 1:
     * {@code 36·I³ − 33.3·I² + 24.77·I − 1.86} (docs/methods.md §7.3).
     *
     * @param intensity I, fraction of maximum strength, 0 to 1
     * @return IM
     * @throws IllegalArgumentException if I is outside 0 to 1
     */
    public static double im(double intensity) {
        require(intensity >= 0 && intensity <= 1, "intensity must be between 0 and 1 but was ", intensity);
        double i = intensity;
        if (i <= IM_BREAK) {
            return 30.00 * i * i * i - 15.60 * i * i + 13.00 * i + 0.40;
        }
        return 36.00 * i * i * i - 33.30 * i * i + 24.77 * i - 1.86;
    }

    /**
     * Efforts-per-minute multiplier: E ≤ 90: {@code 0.10 + 0.25·E}; E &gt; 90: {@code 0.00334·E^1.96}
     * (docs/methods.md §7.3).
     *
     * @param effortsPerMin E, at least 0
     * @return EM
     * @throws IllegalArgumentException if E is negative or not finite
     */
    public static double em(double effortsPerMin) {
        require(effortsPerMin >= 0 && Double.isFinite(effortsPerMin), "effortsPerMin must be at least 0 but was ",
                effortsPerMin);
        if (effortsPerMin <= EM_BREAK) {
            return 0.10 + 0.25 * effortsPerMin;
        }
        return 0.00334 * Math.pow(effortsPerMin, 1.96);
    }

    /**
     * Duration-per-exertion multiplier: D ≤ 60 s: {@code 0.45 + 0.31·D}; D &gt; 60 s:
     * {@code 19.17·ln(D) − 59.44} (docs/methods.md §7.3).
     *
     * @param secondsPerExertion D, at least 0
     * @return DM
     * @throws IllegalArgumentException if D is negative or not finite
     */
    public static double dm(double secondsPerExertion) {
        require(secondsPerExertion >= 0 && Double.isFinite(secondsPerExertion),
                "secondsPerExertion must be at least 0 but was ", secondsPerExertion);
        if (secondsPerExertion <= DM_BREAK) {
            return 0.45 + 0.31 * secondsPerExertion;
        }
        return 19.17 * Math.log(secondsPerExertion) - 59.44;
    }

    /**
     * Posture multiplier, toolkit sign: flexion (angle &gt; 0) {@code 1.2·e^(0.009·|P|) − 0.2};
     * extension up to 30° {@code 1.0}; extension beyond 30° {@code 1.0 + 0.00028·(|P| − 30)²}
     * (docs/methods.md §7.3; R9's flexion-negative convention mirrored). At 0° both sides give 1.0.
     *
     * @param wristDeg wrist angle, degrees, flexion positive, extension negative
     * @return PM
     * @throws IllegalArgumentException if the angle is not finite
     */
    public static double pm(double wristDeg) {
        require(Double.isFinite(wristDeg), "wristDeg must be finite but was ", wristDeg);
        if (wristDeg > 0) {
            return 1.2 * Math.exp(0.009 * wristDeg) - 0.2;
        }
        double extension = -wristDeg;
        if (extension <= PM_FREE_EXTENSION_DEG) {
            return 1.0;
        }
        double over = extension - PM_FREE_EXTENSION_DEG;
        return 1.0 + 0.00028 * over * over;
    }

    /**
     * Hours-per-day multiplier: H ≤ 0.05: {@code 0.20}; H &gt; 0.05: {@code 0.042·H + 0.090·ln(H) + 0.477}
     * (docs/methods.md §7.3; HM(8) = 1.000; the step from 0.200 to 0.209 at 0.05 h comes with the equations as
     * implemented in R9).
     *
     * @param hoursPerDay H, at least 0
     * @return HM
     * @throws IllegalArgumentException if H is negative or not finite
     */
    public static double hm(double hoursPerDay) {
        require(hoursPerDay >= 0 && Double.isFinite(hoursPerDay), "hoursPerDay must be at least 0 but was ",
                hoursPerDay);
        if (hoursPerDay <= HM_BREAK_HOURS) {
            return 0.20;
        }
        return 0.042 * hoursPerDay + 0.090 * Math.log(hoursPerDay) + 0.477;
    }

    private static void require(boolean ok, String message, double value) {
        if (!ok) {
            throw new IllegalArgumentException(message + value);
        }
    }
}
