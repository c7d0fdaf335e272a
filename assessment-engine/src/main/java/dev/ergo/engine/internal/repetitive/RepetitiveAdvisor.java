package dev.ergo.engine.internal.repetitive;

import dev.ergo.engine.repetitive.HandActivityScore;
import dev.ergo.engine.repetitive.HandActivityZone;
import dev.ergo.engine.repetitive.RevisedStrainIndex;
import dev.ergo.engine.repetitive.RsiBand;
import dev.ergo.engine.repetitive.RsiScore;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.internal.EngineTexts;
import dev.ergo.model.repetitive.Hand;
import dev.ergo.model.text.Message;
import dev.ergo.model.text.Texts;
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

    public static final String SRC_TLV = "docs/methods.md §7.1; ACGIH Hand Activity TLV";
    public static final String SRC_RSI = "docs/methods.md §7.3; Garg, Moore & Kapellusch 2017 (R8, R9)";

    /** The advice for a Hand Activity TLV score, in English. */
    public static List<Recommendation> handActivity(HandActivityScore s) {
        return handActivity(s, EngineTexts.english());
    }

    /**
     * The advice for a Hand Activity TLV score: lower force, slower pace, rotation.
     *
     * @param s the score, not null
     * @param texts the engine's texts in the employee's language, not null
     * @return the recommendations, not null
     */
    public static List<Recommendation> handActivity(HandActivityScore s, Texts texts) {
        List<Recommendation> out = new ArrayList<>();
        if (s.zone() == HandActivityZone.BELOW_ACTION_LIMIT) {
            return out;
        }
        boolean high = s.zone() == HandActivityZone.ABOVE_TLV;
        Message who = who(s.task(), s.hand());
        String src = SRC_TLV + " " + s.edition().label();
        double limit = high ? s.tlvNpf() : s.actionLimitNpf();
        Message limitName = Message.of(high ? "rep.limit.tlv" : "rep.limit.actionLimit", "edition", s.edition().label());
        double halLimit = high ? s.edition().halAtTlv(s.npf()) : s.edition().halAtActionLimit(s.npf());

        boolean paceHelps = halLimit > 0;
        if (limit > 0 && (limit >= MIN_FORCE_TARGET_NPF || !paceHelps)) {
            Message text = Message.of(high ? "rep.tlv.force.high" : "rep.tlv.force.actionLimit", "who", who,
                    "npf", num(s.npf()), "pct", num(s.npf() * 10),
                    "target", num(floor1(high ? s.tlvNpf() : s.actionLimitNpf())), "limit", limitName,
                    "hal", num(s.hal()), "alsoBelow", yesNo(high && s.actionLimitNpf() >= MIN_FORCE_TARGET_NPF),
                    "actionLimit", num(floor1(s.actionLimitNpf())), "paceHelps", yesNo(paceHelps));
            out.add(EngineTexts.recommendation("REDUCE_HAND_FORCE", PRIORITY_FORCE, texts, text,
                    values("npf", s.npf(), "hal", s.hal(), "tlvNpf", s.tlvNpf(), "actionLimitNpf", s.actionLimitNpf()),
                    List.of(Message.of("rep.rule.tlv.force", "high", yesNo(high))),
                    src));
        }

        if (paceHelps) {
            boolean radwin = s.halSource() == HandActivityScore.HalSource.RADWIN && s.exertionsPerSecond() != null
                    && s.dutyCyclePct() != null;
            Message text = Message.of(high ? "rep.tlv.pace.high" : "rep.tlv.pace.actionLimit", "who", who,
                    "hal", num(s.hal()), "target", num(floor1(halLimit)), "limit", limitName, "npf", num(s.npf()),
                    "radwin", yesNo(radwin),
                    "perSecond", radwin ? rounded(s.exertionsPerSecond()) : 0.0,
                    "dutyPct", num(radwin ? s.dutyCyclePct() : 0));
            out.add(EngineTexts.recommendation("SLOW_PACE", PRIORITY_PACE, texts, text,
                    values("hal", s.hal(), "halLimit", halLimit, "npf", s.npf()),
                    List.of(Message.of("rep.rule.tlv.pace", "high", yesNo(high))),
                    src));
        }

        if (high) {
            out.add(EngineTexts.recommendation("JOB_ROTATION", PRIORITY_ROTATION, texts,
                    Message.of("rep.tlv.rotation", "who", who, "hand", s.hand().name(), "hours", num(s.hoursPerDay())),
                    values("hoursPerDay", s.hoursPerDay()), List.of(Message.of("rep.rule.tlv.rotation")), src));
        }
        return out;
    }

    /** The advice for a Revised Strain Index score, in English. */
    public static List<Recommendation> rsi(RsiScore s) {
        return rsi(s, EngineTexts.english());
    }

    /**
     * The advice for a Revised Strain Index score: lower force, slower pace, rotation, a straighter wrist.
     *
     * @param s the score, not null
     * @param texts the engine's texts in the employee's language, not null
     * @return the recommendations, not null
     */
    public static List<Recommendation> rsi(RsiScore s, Texts texts) {
        List<Recommendation> out = new ArrayList<>();
        RsiBand band = s.band();
        if (band == RsiBand.LOW_RISK) {
            return out;
        }
        double rsi = s.rsi();
        double target = band.target();
        double ratio = target / rsi;
        Message who = who(s.task(), s.hand());
        Message effect = Message.of("rep.rsi.effect", "rsi", num(rsi), "target", num(target), "goal",
                band == RsiBand.HAZARDOUS ? "hazard" : "lowRisk");
        Message rule = Message.of("rep.rule.rsi.above", "limit", dev.ergo.engine.internal.Numbers.decimal(
                band == RsiBand.HAZARDOUS ? RevisedStrainIndex.HAZARDOUS_ABOVE : RevisedStrainIndex.SAFE_MAX));

        double imTarget = s.im() * ratio;
        if (imTarget >= RevisedStrainIndex.im(0)) {
            double i = inverse(RevisedStrainIndex::im, 0, s.intensity(), imTarget);
            out.add(EngineTexts.recommendation("REDUCE_HAND_FORCE", PRIORITY_FORCE, texts,
                    Message.of("rep.rsi.force", "who", who, "pct", num(s.intensity() * 100), "targetPct",
                            num(floor1(i * 100)), "effect", effect),
                    values("intensityPct", s.intensity() * 100, "targetIntensityPct", i * 100, "rsi", rsi),
                    List.of(rule, Message.of("rep.rule.rsi.force")), SRC_RSI));
        }

        double emTarget = s.em() * ratio;
        double dmTarget = s.dm() * ratio;
        boolean fewer = emTarget >= RevisedStrainIndex.em(0);
        boolean shorter = dmTarget >= RevisedStrainIndex.dm(0);
        if (fewer || shorter) {
            double e = fewer ? inverse(RevisedStrainIndex::em, 0, s.effortsPerMin(), emTarget) : Double.NaN;
            double d = shorter ? inverse(RevisedStrainIndex::dm, 0, s.secondsPerExertion(), dmTarget) : Double.NaN;
            Message text = Message.of(fewer && shorter ? "rep.rsi.pace.both" : fewer ? "rep.rsi.pace.efforts"
                    : "rep.rsi.pace.exertions", "who", who, "effect", effect,
                    "efforts", num(fewer ? floor1(e) : 0), "effortsNow", num(s.effortsPerMin()),
                    "seconds", num(shorter ? floor1(d) : 0), "secondsNow", num(s.secondsPerExertion()));
            out.add(EngineTexts.recommendation("SLOW_PACE", PRIORITY_PACE, texts, text,
                    values("effortsPerMin", s.effortsPerMin(), "targetEffortsPerMin", fewer ? e : null,
                            "secondsPerExertion", s.secondsPerExertion(), "targetSecondsPerExertion", shorter ? d : null,
                            "rsi", rsi),
                    List.of(rule, Message.of("rep.rule.rsi.pace")), SRC_RSI));
        }

        double hmTarget = s.hm() * ratio;
        if (hmTarget >= RevisedStrainIndex.hm(0)) {
            double h = hmTarget < RevisedStrainIndex.hm(Math.nextUp(RevisedStrainIndex.HM_BREAK_HOURS))
                    ? RevisedStrainIndex.HM_BREAK_HOURS
                    : inverse(RevisedStrainIndex::hm, RevisedStrainIndex.HM_BREAK_HOURS, s.hoursPerDay(), hmTarget);
            out.add(EngineTexts.recommendation("JOB_ROTATION", PRIORITY_ROTATION, texts,
                    Message.of("rep.rsi.rotation", "who", who, "hours", num(floor1(h)), "hoursNow",
                            num(s.hoursPerDay()), "effect", effect),
                    values("hoursPerDay", s.hoursPerDay(), "targetHoursPerDay", h, "rsi", rsi),
                    List.of(rule, Message.of("rep.rule.rsi.rotation")), SRC_RSI));
        }

        if (s.pm() > 1.0) {
            double straight = rsi / s.pm();
            out.add(EngineTexts.recommendation("TOOL_CHANGE", PRIORITY_TOOL, texts,
                    Message.of("rep.rsi.wrist", "who", who, "deg", num(Math.abs(s.wristDeg())), "direction",
                            s.wristDeg() > 0 ? "flexion" : "extension", "rsi", num(rsi), "straight", num(straight)),
                    values("wristDeg", s.wristDeg(), "pm", s.pm(), "rsiWithStraightWrist", straight),
                    List.of(Message.of("rep.rule.rsi.wrist")), SRC_RSI));
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

    /** The task and hand, as the language quotes a task's name: 'harness assembly' (right hand). */
    private static Message who(String task, Hand hand) {
        return Message.of("rep.who", "task", task, "hand", hand.name());
    }

    private static Message.Decimal num(double v) {
        return dev.ergo.engine.internal.Numbers.decimal(v);
    }

    /** A count for a plural: rounded as {@link #fmt(double)} rounds. */
    private static double rounded(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == 0 ? 0 : r;
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
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
        return dev.ergo.engine.internal.EngineTexts.english().number(v, 1, false);
    }
}
