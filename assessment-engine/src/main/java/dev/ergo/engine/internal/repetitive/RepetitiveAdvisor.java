package dev.ergo.engine.internal.repetitive;

import dev.ergo.engine.repetitive.HandActivityScore;
import dev.ergo.engine.repetitive.HandActivityZone;
import dev.ergo.engine.repetitive.RevisedStrainIndex;
import dev.ergo.engine.repetitive.RsiBand;
import dev.ergo.engine.repetitive.RsiScore;
import dev.ergo.engine.Recommendation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/** Advice from the Hand Activity TLV and the Revised Strain Index, with the numbers behind it. */
public final class RepetitiveAdvisor {
    private RepetitiveAdvisor() {}

    /** Checklist positions: after the office advice (10–60). */
    public static final int PRIORITY_FORCE = 100;
    public static final int PRIORITY_PACE = 102;
    public static final int PRIORITY_ROTATION = 104;
    public static final int PRIORITY_TOOL = 106;

    /**
     * Force targets below NPF 1 (10 % of strength) are not offered as advice: the 2018 TLV counts only
     * exertions above 10 % of posture-specific strength (methods §3.1, R2), so such a target means "no
     * exertion" and the pace is the lever (toolkit convention).
     */
    public static final double MIN_FORCE_TARGET_NPF = 1.0;

    public static final String SRC_TLV = "methods-lifting-vibration-repetitive-contact §3.1; ACGIH Hand Activity TLV";
    public static final String SRC_RSI = "methods-lifting-vibration-repetitive-contact §3.3; Garg, Moore & Kapellusch 2017 (R8, R9)";

    public static List<Recommendation> handActivity(HandActivityScore s) {
        List<Recommendation> out = new ArrayList<>();
        if (s.zone() == HandActivityZone.BELOW_ACTION_LIMIT) {
            return out;
        }
        boolean high = s.zone() == HandActivityZone.ABOVE_TLV;
        String who = who(s.task(), s.hand().label());
        String ed = "(" + s.edition().label() + ")";
        String src = SRC_TLV + " " + s.edition().label();
        double limit = high ? s.tlvNpf() : s.actionLimitNpf();
        String limitName = high ? "the TLV " + ed : "the action limit " + ed;
        double halLimit = high ? s.edition().halAtTlv(s.npf()) : s.edition().halAtActionLimit(s.npf());

        boolean paceHelps = halLimit > 0;
        if (limit > 0 && (limit >= MIN_FORCE_TARGET_NPF || !paceHelps)) {
            String text;
            if (high) {
                text = "Reduce the peak hand force in " + who + " from NPF " + fmt(s.npf()) + " (" + fmt(s.npf() * 10)
                        + " % of maximum strength) to " + fmt(floor1(s.tlvNpf())) + " or less, " + limitName
                        + " at hand activity level " + fmt(s.hal()) + ".";
                if (s.actionLimitNpf() >= MIN_FORCE_TARGET_NPF) {
                    text += " Below " + fmt(floor1(s.actionLimitNpf())) + " it would also be under the action limit.";
                }
            } else {
                text = "Where practicable, reduce the peak hand force in " + who + " from NPF " + fmt(s.npf()) + " ("
                        + fmt(s.npf() * 10) + " % of maximum strength) to below " + fmt(floor1(s.actionLimitNpf()))
                        + ", " + limitName + " at hand activity level " + fmt(s.hal()) + ".";
            }
            if (!paceHelps) {
                text += " At this force no pace is " + (high ? "within the TLV" : "below the action limit")
                        + ", so the force has to come down.";
            }
            text += " Use a powered or better-balanced tool, a jig or fixture, lighter parts or easier-fitting"
                    + " connectors.";
            out.add(new Recommendation("REDUCE_HAND_FORCE", PRIORITY_FORCE, text,
                    values("npf", s.npf(), "hal", s.hal(), "tlvNpf", s.tlvNpf(), "actionLimitNpf", s.actionLimitNpf()),
                    high ? "NPF above the TLV line at the task's HAL" : "NPF at or above the action-limit line",
                    src));
        }

        if (paceHelps) {
            String text = (high ? "Slow the pace or add recovery pauses in " : "Where practicable, slow the pace or add"
                    + " pauses in ") + who + " so that the hand activity level falls from " + fmt(s.hal())
                    + (high ? " to " + fmt(floor1(halLimit)) + " or less (" : " to below " + fmt(floor1(halLimit)) + " (")
                    + limitName + " at NPF " + fmt(s.npf()) + ").";
            if (s.halSource() == HandActivityScore.HalSource.RADWIN && s.exertionsPerSecond() != null
                    && s.dutyCyclePct() != null) {
                String f = fmt(s.exertionsPerSecond());
                text += " Now " + f + (f.equals("1") ? " exertion" : " exertions") + " a second, the hand exerting "
                        + fmt(s.dutyCyclePct()) + " % of the time: fewer or shorter exertions lower it.";
            }
            out.add(new Recommendation("SLOW_PACE", PRIORITY_PACE, text,
                    values("hal", s.hal(), "halLimit", halLimit, "npf", s.npf()),
                    high ? "HAL above the TLV line at the task's NPF" : "HAL at or above the action-limit line",
                    src));
        }

        if (high) {
            out.add(new Recommendation("JOB_ROTATION", PRIORITY_ROTATION,
                    "Until the force or the pace of " + who + " is changed, rotate workers between it and tasks that"
                            + " rest the " + s.hand().label() + " hand (it now takes " + fmt(s.hoursPerDay())
                            + " h a day).",
                    values("hoursPerDay", s.hoursPerDay()), "task above the Hand Activity TLV", src));
        }
        return out;
    }

    public static List<Recommendation> rsi(RsiScore s) {
        List<Recommendation> out = new ArrayList<>();
        RsiBand band = s.band();
        if (band == RsiBand.LOW_RISK) {
            return out;
        }
        double rsi = s.rsi();
        double target = band.target();
        double ratio = target / rsi;
        String who = who(s.task(), s.hand().label());
        String goal = band == RsiBand.HAZARDOUS ? "the hazard threshold" : "the low-risk limit";
        String effect = "the Revised Strain Index falls from " + fmt(rsi) + " to " + fmt(target) + " (" + goal + ")";
        String rule = band == RsiBand.HAZARDOUS ? "RSI above " + fmt(RevisedStrainIndex.HAZARDOUS_ABOVE)
                : "RSI above " + fmt(RevisedStrainIndex.SAFE_MAX);

        double imTarget = s.im() * ratio;
        if (imTarget >= RevisedStrainIndex.im(0)) {
            double i = inverse(RevisedStrainIndex::im, 0, s.intensity(), imTarget);
            out.add(new Recommendation("REDUCE_HAND_FORCE", PRIORITY_FORCE,
                    "Reduce the hand force in " + who + " from " + fmt(s.intensity() * 100) + " % to "
                            + fmt(floor1(i * 100)) + " % of maximum strength or less: " + effect
                            + ". Use a powered or better-balanced tool, a jig, or lighter or easier-fitting parts.",
                    values("intensityPct", s.intensity() * 100, "targetIntensityPct", i * 100, "rsi", rsi),
                    rule + "; intensity for the target with the other multipliers unchanged", SRC_RSI));
        }

        double emTarget = s.em() * ratio;
        double dmTarget = s.dm() * ratio;
        boolean fewer = emTarget >= RevisedStrainIndex.em(0);
        boolean shorter = dmTarget >= RevisedStrainIndex.dm(0);
        if (fewer || shorter) {
            double e = fewer ? inverse(RevisedStrainIndex::em, 0, s.effortsPerMin(), emTarget) : Double.NaN;
            double d = shorter ? inverse(RevisedStrainIndex::dm, 0, s.secondsPerExertion(), dmTarget) : Double.NaN;
            List<String> ways = new ArrayList<>();
            if (fewer) {
                ways.add("at most " + fmt(floor1(e)) + " efforts a minute (now " + fmt(s.effortsPerMin()) + ")");
            }
            if (shorter) {
                ways.add("exertions of at most " + fmt(floor1(d)) + " s each (now " + fmt(s.secondsPerExertion())
                        + " s) with more recovery between them");
            }
            out.add(new Recommendation("SLOW_PACE", PRIORITY_PACE,
                    "Slow the pace of " + who + ": " + String.join(", or ", ways) + ". Either change alone means "
                            + effect + ".",
                    values("effortsPerMin", s.effortsPerMin(), "targetEffortsPerMin", fewer ? e : null,
                            "secondsPerExertion", s.secondsPerExertion(), "targetSecondsPerExertion", shorter ? d : null,
                            "rsi", rsi),
                    rule + "; efforts per minute or seconds per exertion for the target, the rest unchanged", SRC_RSI));
        }

        double hmTarget = s.hm() * ratio;
        if (hmTarget >= RevisedStrainIndex.hm(0)) {
            double h = hmTarget < RevisedStrainIndex.hm(Math.nextUp(RevisedStrainIndex.HM_BREAK_HOURS))
                    ? RevisedStrainIndex.HM_BREAK_HOURS
                    : inverse(RevisedStrainIndex::hm, RevisedStrainIndex.HM_BREAK_HOURS, s.hoursPerDay(), hmTarget);
            out.add(new Recommendation("JOB_ROTATION", PRIORITY_ROTATION,
                    "Rotate workers so that no one does " + who + " for more than " + fmt(floor1(h)) + " h a day (now "
                            + fmt(s.hoursPerDay()) + " h): " + effect + ".",
                    values("hoursPerDay", s.hoursPerDay(), "targetHoursPerDay", h, "rsi", rsi),
                    rule + "; hours per day for the target, the rest unchanged", SRC_RSI));
        }

        if (s.pm() > 1.0) {
            double straight = rsi / s.pm();
            String posture = fmt(Math.abs(s.wristDeg())) + "° " + (s.wristDeg() > 0 ? "flexion" : "extension");
            out.add(new Recommendation("TOOL_CHANGE", PRIORITY_TOOL,
                    "Change the tool, its grip or the work height in " + who + " so that the wrist stays near straight"
                            + " (now " + posture + "): that alone lowers the Revised Strain Index from " + fmt(rsi)
                            + " to " + fmt(straight) + ".",
                    values("wristDeg", s.wristDeg(), "pm", s.pm(), "rsiWithStraightWrist", straight),
                    "posture multiplier above 1", SRC_RSI));
        }
        return out;
    }

    /**
     * Returns the largest x in [lo, hi] with f(x) ≤ y for a non-decreasing f, by bisection; lo when
     * f(lo) already exceeds y.
     */
    public static double inverse(DoubleUnaryOperator f, double lo, double hi, double y) {
        if (f.applyAsDouble(hi) <= y) {
            return hi;
        }
        double a = lo;
        double b = hi;
        for (int k = 0; k < 100 && b - a > 1e-12; k++) {
            double m = (a + b) / 2;
            if (f.applyAsDouble(m) <= y) {
                a = m;
            } else {
                b = m;
            }
        }
        return a;
    }

    private static String who(String task, String hand) {
        return "'" + task + "' (" + hand + " hand)";
    }

    private static Map<String, Double> values(Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put((String) kv[i], (Double) kv[i + 1]);
            }
        }
        return m;
    }

    /** Rounds down to one decimal, so that a stated "at most" target really meets the limit. */
    public static double floor1(double v) {
        return Math.floor(v * 10 + 1e-9) / 10.0;
    }

    /** One decimal, without a trailing ".0": 3.4, 40. */
    public static String fmt(double v) {
        return dev.ergo.engine.internal.Numbers.oneDecimal(v);
    }
}
