package dev.ergo.engine.internal.vibration;

import static dev.ergo.engine.internal.vibration.Texts.numArg;
import static dev.ergo.engine.internal.vibration.Texts.percentBelowMessage;
import dev.ergo.engine.internal.EngineTexts;
import dev.ergo.model.text.Message;

import dev.ergo.engine.vibration.HandArmSourceResult;
import dev.ergo.engine.vibration.HandArmVibrationResult;
import static dev.ergo.engine.vibration.VibrationLimits.HAV_EAV;
import static dev.ergo.engine.vibration.VibrationLimits.HAV_EAV_POINTS;
import static dev.ergo.engine.vibration.VibrationLimits.HAV_ELV;
import static dev.ergo.engine.vibration.VibrationLimits.HAV_ELV_POINTS;
import static dev.ergo.engine.vibration.VibrationLimits.REFERENCE_HOURS;
import static dev.ergo.engine.vibration.VibrationLimits.reaches;

import dev.ergo.engine.Recommendation;
import dev.ergo.model.vibration.VibrationSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Hand-arm vibration daily exposure, HSE points, time limits and advice (methods-lifting-vibration §2.1). */
public final class HandArmVibration {
    private HandArmVibration() {}

    public static final String METHOD = "Hand-arm vibration daily exposure A(8) and HSE exposure points"
            + " (Directive 2002/44/EC Art. 3; Control of Vibration at Work Regulations 2005 Sch. 1; HSE"
            + " ready-reckoner and exposure calculator; docs/methods.md §6.1): EAV 2.5 m/s² (100 points),"
            + " ELV 5 m/s² (400 points)";

    public static final String SOURCE = "docs/methods.md §6.1; Directive 2002/44/EC Art. 3 [V1];"
            + " Control of Vibration at Work Regulations 2005 [V2]; HSE ready-reckoner [V3]";

    /** Points per hour per (m/s²)²: points = 100 × (A(8) / 2.5)² = 2 × a_hv² × T, T in hours (§2.1, V3/V4). */
    public static final double POINTS_PER_HOUR_FACTOR = HAV_EAV_POINTS / (HAV_EAV * HAV_EAV * REFERENCE_HOURS);

    /**
     * Returns a_hv: the vibration total value as given, or the root sum of squares of the three axes
     * (§2.1, ISO 5349-1 via V2 Sch. 1).
     */
    public static double ahv(VibrationSource s) {
        if (s.aHv() != null) {
            return s.aHv();
        }
        double x = Objects.requireNonNull(s.aX(), "a_x");
        double y = Objects.requireNonNull(s.aY(), "a_y");
        double z = Objects.requireNonNull(s.aZ(), "a_z");
        return Math.sqrt(x * x + y * y + z * z);
    }

    public static HandArmSourceResult source(VibrationSource s) {
        double ahv = ahv(s);
        double t = s.hoursPerDay();
        double a8 = ahv * Math.sqrt(t / REFERENCE_HOURS); // A(8) = a_hv × sqrt(T / T0)
        double pph = POINTS_PER_HOUR_FACTOR * ahv * ahv; // points per hour = 2 × a_hv²
        Double toEav = ahv > 0 ? hoursTo(HAV_EAV, ahv) : null;
        Double toElv = ahv > 0 ? hoursTo(HAV_ELV, ahv) : null;
        return new HandArmSourceResult(s.source(), ahv, s.aHv() == null, t, a8, pph, pph * t, toEav, toElv);
    }

    /** Time to reach a limit with one tool: 8 h × (limit / a_hv)² (§2.1). */
    public static double hoursTo(double limit, double ahv) {
        double r = limit / ahv;
        return REFERENCE_HOURS * r * r;
    }

    public static HandArmVibrationResult assess(List<VibrationSource> rows) {
        return assess(rows, EngineTexts.english());
    }

    /**
     * Assesses the tools of one employee, with advice in a language.
     *
     * @param rows the tools, not null
     * @param texts the engine's texts in the employee's language, not null
     * @return the result, not null
     */
    public static HandArmVibrationResult assess(List<VibrationSource> rows, dev.ergo.model.text.Texts texts) {
        List<HandArmSourceResult> sources = rows.stream().map(HandArmVibration::source).toList();
        double sumSquares = 0;
        double points = 0;
        for (HandArmSourceResult s : sources) {
            sumSquares += s.a8() * s.a8(); // A(8) = sqrt(Σ A_i(8)²)
            points += s.points(); // points add across tools
        }
        double a8 = Math.sqrt(sumSquares);
        return new HandArmVibrationResult(a8, points, sources, advise(a8, points, sources, texts));
    }

    private static List<Recommendation> advise(double a8, double points, List<HandArmSourceResult> sources,
            dev.ergo.model.text.Texts texts) {
        List<Recommendation> recs = new ArrayList<>();
        if (!reaches(a8, HAV_EAV)) {
            return recs;
        }
        List<HandArmSourceResult> used = sources.stream().filter(s -> s.points() > 0).toList();
        HandArmSourceResult top = used.stream().max(Comparator.comparingDouble(HandArmSourceResult::points)).orElseThrow();
        boolean several = used.size() > 1;

        if (reaches(a8, HAV_ELV)) {
            recs.add(EngineTexts.recommendation("HAV_ABOVE_LIMIT", 100, texts,
                    Message.of("hav.aboveLimit", "a8", numArg(a8, 2), "points", numArg(points, 0), "elv",
                            numArg(HAV_ELV, 2), "elvPoints", numArg(HAV_ELV_POINTS, 0), "top", top.source(),
                            "topPoints", numArg(top.points(), 0)),
                    values("a8", a8, "points", points, "limitValue", HAV_ELV, "limitPoints", HAV_ELV_POINTS),
                    List.of(Message.of("hav.rule.aboveLimit", "elv", numArg(HAV_ELV, 2), "elvPoints", numArg(HAV_ELV_POINTS, 0))),
                    SOURCE));
        }
        for (HandArmSourceResult s : used) {
            if (!reaches(s.a8(), HAV_EAV) || s.hoursToEav() == null || s.hoursToElv() == null) {
                continue;
            }
            recs.add(EngineTexts.recommendation("HAV_LIMIT_TIME", reaches(s.a8(), HAV_ELV) ? 101 : 102, texts,
                    Message.of("hav.limitTime", "tool", s.source(), "below", Message.durationBelow(s.hoursToEav()),
                            "now", Message.duration(s.hours()), "several", several ? "yes" : "no", "toElv",
                            Message.duration(s.hoursToElv())),
                    values("hoursToEav", s.hoursToEav(), "hoursToElv", s.hoursToElv(), "hours", s.hours(),
                            "ahv", s.ahv()),
                    List.of(Message.of("hav.rule.limitTime", "eav", numArg(HAV_EAV, 2), "elv", numArg(HAV_ELV, 2))), SOURCE));
            double maxAhv = HAV_EAV * Math.sqrt(REFERENCE_HOURS / s.hours());
            recs.add(EngineTexts.recommendation("HAV_LOWER_VIBRATION_TOOL", 103, texts,
                    Message.of("hav.lowerTool", "tool", s.source(), "now", Message.duration(s.hours()), "maxAhv",
                            numArg(maxAhv, 2), "ahv", numArg(s.ahv(), 2)),
                    values("maxAhv", maxAhv, "ahv", s.ahv(), "hours", s.hours()),
                    List.of(Message.of("hav.rule.lowerTool", "eav", numArg(HAV_EAV, 2))), SOURCE));
        }
        if (several) {
            double factor = HAV_EAV_POINTS / points;
            List<Message> plan = new ArrayList<>();
            for (HandArmSourceResult s : used) {
                plan.add(Message.of("vib.plan.item", "source", s.source(), "time", Message.durationBelow(s.hours() * factor)));
            }
            recs.add(EngineTexts.recommendation("HAV_REDUCE_TOTAL", 104, texts,
                    Message.of("hav.reduceTotal", "points", numArg(points, 0), "a8", numArg(a8, 2), "eavPoints",
                            numArg(HAV_EAV_POINTS, 0), "eav", numArg(HAV_EAV, 2), "pct", percentBelowMessage(factor),
                            "plan", Texts.plan(plan), "top", top.source(), "topPoints", numArg(top.points(), 0)),
                    values("points", points, "a8", a8, "timeFactor", factor),
                    List.of(Message.of("hav.rule.reduceTotal")), SOURCE));
        }
        return recs;
    }

    public static Map<String, Double> values(Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Double) kv[i + 1]);
        }
        return m;
    }
}
