package dev.ergo.engine.internal.vibration;

import dev.ergo.engine.vibration.HandArmSourceResult;
import dev.ergo.engine.vibration.HandArmVibrationResult;
import static dev.ergo.engine.internal.vibration.Texts.duration;
import static dev.ergo.engine.internal.vibration.Texts.durationBelow;
import static dev.ergo.engine.internal.vibration.Texts.num;
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
            + " ready-reckoner and exposure calculator; methods-lifting-vibration §2.1): EAV 2.5 m/s² (100 points),"
            + " ELV 5 m/s² (400 points)";

    public static final String SOURCE = "methods-lifting-vibration §2.1; Directive 2002/44/EC Art. 3 [V1];"
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
        List<HandArmSourceResult> sources = rows.stream().map(HandArmVibration::source).toList();
        double sumSquares = 0;
        double points = 0;
        for (HandArmSourceResult s : sources) {
            sumSquares += s.a8() * s.a8(); // A(8) = sqrt(Σ A_i(8)²)
            points += s.points(); // points add across tools
        }
        double a8 = Math.sqrt(sumSquares);
        return new HandArmVibrationResult(a8, points, sources, advise(a8, points, sources));
    }

    private static List<Recommendation> advise(double a8, double points, List<HandArmSourceResult> sources) {
        List<Recommendation> recs = new ArrayList<>();
        if (!reaches(a8, HAV_EAV)) {
            return recs;
        }
        List<HandArmSourceResult> used = sources.stream().filter(s -> s.points() > 0).toList();
        HandArmSourceResult top = used.stream().max(Comparator.comparingDouble(HandArmSourceResult::points)).orElseThrow();
        boolean several = used.size() > 1;

        if (reaches(a8, HAV_ELV)) {
            recs.add(new Recommendation("HAV_ABOVE_LIMIT", 100,
                    "Your daily hand-arm vibration exposure is " + num(a8, 2) + " m/s² A(8) (" + num(points, 0)
                            + " points), at or above the exposure limit value of 5 m/s² (400 points), which must not"
                            + " be exceeded: cut the time with vibrating tools at once, starting with the "
                            + top.source() + " (" + num(top.points(), 0) + " points).",
                    values("a8", a8, "points", points, "limitValue", HAV_ELV, "limitPoints", HAV_ELV_POINTS),
                    "daily A(8) at or above the ELV of 5 m/s² (400 points)", SOURCE));
        }
        for (HandArmSourceResult s : used) {
            if (!reaches(s.a8(), HAV_EAV) || s.hoursToEav() == null || s.hoursToElv() == null) {
                continue;
            }
            recs.add(new Recommendation("HAV_LIMIT_TIME", reaches(s.a8(), HAV_ELV) ? 101 : 102,
                    "Limit the " + s.source() + " to " + durationBelow(s.hoursToEav())
                            + " a day to stay below the action value (now " + duration(s.hours()) + ")"
                            + (several ? ", with no other vibrating tools that day" : "") + "; "
                            + duration(s.hoursToElv()) + " a day would reach the limit value.",
                    values("hoursToEav", s.hoursToEav(), "hoursToElv", s.hoursToElv(), "hours", s.hours(),
                            "ahv", s.ahv()),
                    "time to EAV = 8 h × (2.5 / a_hv)²; time to ELV = 8 h × (5 / a_hv)²", SOURCE));
            double maxAhv = HAV_EAV * Math.sqrt(REFERENCE_HOURS / s.hours());
            recs.add(new Recommendation("HAV_LOWER_VIBRATION_TOOL", 103,
                    "Or use a lower-vibration tool instead of the " + s.source() + ": to use it for "
                            + duration(s.hours()) + " a day and stay below the action value, its vibration total"
                            + " value must be under " + num(maxAhv, 2) + " m/s² (now " + num(s.ahv(), 2) + " m/s²).",
                    values("maxAhv", maxAhv, "ahv", s.ahv(), "hours", s.hours()),
                    "a_hv below 2.5 m/s² × sqrt(8 h / T)", SOURCE));
        }
        if (several) {
            double factor = HAV_EAV_POINTS / points;
            StringBuilder plan = new StringBuilder();
            for (HandArmSourceResult s : used) {
                plan.append(plan.length() == 0 ? "" : ", ").append(s.source()).append(' ')
                        .append(durationBelow(s.hours() * factor));
            }
            recs.add(new Recommendation("HAV_REDUCE_TOTAL", 104,
                    "Together your tools give " + num(points, 0) + " points a day (" + num(a8, 2)
                            + " m/s² A(8)); the action value is 100 points (2.5 m/s²). To stay below it, cut the time"
                            + " on every tool to " + Texts.percentBelow(factor) + " of now (" + plan
                            + "), or replace the tools with the most points first (" + top.source() + ", "
                            + num(top.points(), 0) + " points) with lower-vibration tools.",
                    values("points", points, "a8", a8, "timeFactor", factor),
                    "points add across tools; each time × 100 / total points", SOURCE));
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
