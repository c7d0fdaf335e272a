package dev.ergo.engine.internal.vibration;

import static dev.ergo.engine.internal.vibration.Texts.numArg;
import static dev.ergo.engine.internal.vibration.Texts.percentBelowMessage;
import dev.ergo.engine.internal.EngineTexts;
import dev.ergo.model.text.Message;

import dev.ergo.engine.vibration.Axis;
import dev.ergo.engine.vibration.WholeBodySourceResult;
import dev.ergo.engine.vibration.WholeBodyVibrationResult;
import static dev.ergo.engine.internal.vibration.HandArmVibration.values;
import static dev.ergo.engine.vibration.VibrationLimits.REFERENCE_HOURS;
import static dev.ergo.engine.vibration.VibrationLimits.VDV_EAV;
import static dev.ergo.engine.vibration.VibrationLimits.VDV_ELV;
import static dev.ergo.engine.vibration.VibrationLimits.WBV_EAV;
import static dev.ergo.engine.vibration.VibrationLimits.WBV_EAV_POINTS;
import static dev.ergo.engine.vibration.VibrationLimits.WBV_ELV;
import static dev.ergo.engine.vibration.VibrationLimits.WBV_ELV_POINTS;
import static dev.ergo.engine.vibration.VibrationLimits.reaches;

import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import dev.ergo.model.vibration.VibrationSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Whole-body vibration A(8) per axis, HSE points, VDV, time limits and advice (methods-lifting-vibration §2.2). */
public final class WholeBodyVibration {
    private WholeBodyVibration() {}

    public static final String METHOD = "Whole-body vibration daily exposure A(8) per axis (k = 1.4 on x and y, 1.0 on z)"
            + " and HSE exposure points (Directive 2002/44/EC Art. 3; Control of Vibration at Work Regulations 2005"
            + " Sch. 2; HSE WBV calculator v1.06): EAV 0.5 m/s² (100 points), ELV 1.15 m/s² (529 points);"
            + " vibration dose value per ISO 2631-1:1997 (scaled by (T / T_meas)^¼, combined by fourth-power sum):"
            + " EAV 9.1, ELV 21 m/s^1.75; estimated VDV = 1.4 × k a_w × T^¼ (T in s), valid for crest factors up to 6"
            + " (VDV formulas UNCONFIRMED in docs/methods.md §6.2)";

    public static final String SOURCE = "docs/methods.md §6.2; Directive 2002/44/EC Art. 3 [V1];"
            + " Control of Vibration at Work Regulations 2005 Sch. 2 [V2]; HSE WBV calculator [V5]";

    public static final String SOURCE_VDV = "docs/methods.md §6.2 (ISO 2631-1:1997 VDV, UNCONFIRMED) [V6];"
            + " Directive 2002/44/EC Art. 3 [V1]";

    public static final String SOURCE_CONTROL = "toolkit advice (control measures are not specified in"
            + " docs/methods.md §6.2); limits §6.2 [V1, V2]";

    /** Points per hour per (m/s²)² of k a_w: points = 100 × (A(8) / 0.5)² = 50 × (k a_w)² × T (§2.2, V5). */
    public static final double POINTS_PER_HOUR_FACTOR = WBV_EAV_POINTS / (WBV_EAV * WBV_EAV * REFERENCE_HOURS);

    /** Estimation constant of the estimated VDV: 1.4, valid for crest factors up to 6 (§2.2, ISO 2631-1, UNCONFIRMED). */
    public static final double EVDV_CONSTANT = 1.4;

    /** Seconds per hour, for the estimated VDV's T in seconds. */
    private static final double SECONDS_PER_HOUR = 3600.0;

    public static WholeBodySourceResult source(VibrationSource s) {
        double t = s.hoursPerDay();
        double ax = Objects.requireNonNull(s.aX(), "a_x");
        double ay = Objects.requireNonNull(s.aY(), "a_y");
        double az = Objects.requireNonNull(s.aZ(), "a_z");
        double wx = Axis.X.multiplier() * ax;
        double wy = Axis.Y.multiplier() * ay;
        double wz = Axis.Z.multiplier() * az;
        double root = Math.sqrt(t / REFERENCE_HOURS);
        Axis dom = Axis.dominant(wx, wy, wz);
        double m = Math.max(wx, Math.max(wy, wz));
        Double toEav = m > 0 ? hoursTo(WBV_EAV, m) : null;
        Double toElv = m > 0 ? hoursTo(WBV_ELV, m) : null;

        Double vdvMeasured = s.vdv();
        Double measuredHours = s.vdvMeasuredHours();
        Double vdv = null;
        Double toVdvEav = null;
        Double toVdvElv = null;
        if (vdvMeasured != null && measuredHours != null && measuredHours > 0) {
            vdv = vdvMeasured * Math.pow(t / measuredHours, 0.25); // VDV_exp = VDV_meas × (T_exp / T_meas)^¼
            if (vdvMeasured > 0) {
                toVdvEav = hoursToVdv(VDV_EAV, vdvMeasured, measuredHours);
                toVdvElv = hoursToVdv(VDV_ELV, vdvMeasured, measuredHours);
            }
        }
        return new WholeBodySourceResult(s.source(), t, ax, ay, az, wx * root, wy * root, wz * root, dom,
                POINTS_PER_HOUR_FACTOR * wx * wx * t, POINTS_PER_HOUR_FACTOR * wy * wy * t,
                POINTS_PER_HOUR_FACTOR * wz * wz * t, toEav, toElv, vdvMeasured, measuredHours, vdv, toVdvEav,
                toVdvElv, estimatedVdv(m, t));
    }

    /** Time to reach an A(8) limit with one source: 8 h × (limit / (k a_w))² (§2.2). */
    public static double hoursTo(double limit, double weighted) {
        double r = limit / weighted;
        return REFERENCE_HOURS * r * r;
    }

    /** Time at which a measured VDV reaches a limit: T_meas × (limit / VDV_meas)⁴, inverse of the ¼-power scaling. */
    public static double hoursToVdv(double limit, double vdvMeasured, double measuredHours) {
        double r = limit / vdvMeasured;
        return measuredHours * r * r * r * r;
    }

    /** Estimated VDV of one axis: 1.4 × (k a_w) × T^¼, T in seconds (§2.2, ISO 2631-1, UNCONFIRMED). */
    public static double estimatedVdv(double weighted, double hours) {
        return EVDV_CONSTANT * weighted * Math.pow(hours * SECONDS_PER_HOUR, 0.25);
    }

    private static double fourth(double v) {
        double sq = v * v;
        return sq * sq;
    }

    public static WholeBodyVibrationResult assess(List<VibrationSource> rows) {
        return assess(rows, EngineTexts.english());
    }

    /**
     * Assesses the vehicles and machines of one employee, with advice in a language.
     *
     * @param rows the sources, not null
     * @param texts the engine's texts in the employee's language, not null
     * @return the result, not null
     */
    public static WholeBodyVibrationResult assess(List<VibrationSource> rows, dev.ergo.model.text.Texts texts) {
        List<WholeBodySourceResult> sources = rows.stream().map(WholeBodyVibration::source).toList();
        double sx = 0;
        double sy = 0;
        double sz = 0;
        double px = 0;
        double py = 0;
        double pz = 0;
        double ex = 0;
        double ey = 0;
        double ez = 0;
        double vdv4 = 0;
        boolean anyMeasured = false;
        boolean anyEstimated = false;
        for (WholeBodySourceResult s : sources) {
            // Several operations, per axis: A(8) = sqrt(Σ A_i(8)²) = k × sqrt((1/T0) Σ a_wi² T_i)
            sx += s.a8X() * s.a8X();
            sy += s.a8Y() * s.a8Y();
            sz += s.a8Z() * s.a8Z();
            px += s.pointsX();
            py += s.pointsY();
            pz += s.pointsZ();
            ex += fourth(estimatedVdv(Axis.X.multiplier() * s.awX(), s.hours()));
            ey += fourth(estimatedVdv(Axis.Y.multiplier() * s.awY(), s.hours()));
            ez += fourth(estimatedVdv(Axis.Z.multiplier() * s.awZ(), s.hours()));
            if (s.vdv() != null) {
                anyMeasured = true;
                vdv4 += fourth(s.vdv());
            } else {
                anyEstimated = true;
                vdv4 += fourth(s.estimatedVdv());
            }
        }
        double a8x = Math.sqrt(sx);
        double a8y = Math.sqrt(sy);
        double a8z = Math.sqrt(sz);
        Axis dom = Axis.dominant(a8x, a8y, a8z);
        double estimated = Math.pow(Math.max(ex, Math.max(ey, ez)), 0.25); // daily VDV = highest axis
        Double vdv = anyMeasured ? Math.pow(vdv4, 0.25) : null; // VDV = (Σ VDV_i⁴)^¼
        boolean includesEstimates = anyMeasured && anyEstimated;
        WholeBodyVibrationResult r = new WholeBodyVibrationResult(a8x, a8y, a8z, dom, px, py, pz, vdv,
                includesEstimates, estimated, sources, List.of());
        return new WholeBodyVibrationResult(a8x, a8y, a8z, dom, px, py, pz, vdv, includesEstimates, estimated,
                sources, advise(r, texts));
    }

    private static List<Recommendation> advise(WholeBodyVibrationResult r, dev.ergo.model.text.Texts texts) {
        List<Recommendation> recs = new ArrayList<>();
        if (r.risk() == Risk.LOW) {
            if (r.vdv() == null && reaches(r.estimatedVdv(), VDV_EAV)) {
                recs.add(measureVdv(r, texts));
            }
            return recs;
        }
        List<WholeBodySourceResult> used = r.sources().stream().filter(s -> s.hours() > 0).toList();
        boolean several = used.size() > 1;
        Axis axis = r.dominantAxis();
        WholeBodySourceResult top = used.stream()
                .max(Comparator.comparingDouble((WholeBodySourceResult s) -> s.points(axis)))
                .orElse(r.sources().get(0));
        double a8 = r.a8();
        double points = r.points();
        Double vdv = r.vdv();
        boolean a8Reached = reaches(a8, WBV_EAV);

        if (r.risk() == Risk.HIGH) {
            boolean byA8 = reaches(a8, WBV_ELV);
            recs.add(EngineTexts.recommendation("WBV_ABOVE_LIMIT", 120, texts,
                    Message.of("wbv.aboveLimit", "a8", numArg(a8, 3), "axis", axis.name(), "axisLabel", axis.label(),
                            "points", numArg(points, 0), "hasVdv", vdv == null ? "no" : "yes", "vdv",
                            numArg(vdv == null ? 0 : vdv, 1), "byA8", byA8 ? "yes" : "no", "elv", numArg(WBV_ELV, 2),
                            "elvPoints", numArg(WBV_ELV_POINTS, 0), "vdvElv", numArg(VDV_ELV, 1), "top", top.source()),
                    vdv == null
                            ? values("a8", a8, "points", points, "limitValue", WBV_ELV)
                            : values("a8", a8, "points", points, "vdv", vdv, "limitValue", WBV_ELV,
                                    "vdvLimitValue", VDV_ELV),
                    List.of(Message.of("wbv.rule.aboveLimit", "elv", numArg(WBV_ELV, 2), "elvPoints", numArg(WBV_ELV_POINTS, 0),
                            "vdvElv", numArg(VDV_ELV, 2))),
                    SOURCE));
        }
        for (WholeBodySourceResult s : used) {
            if (!reaches(s.a8(), WBV_EAV) || s.hoursToEav() == null || s.hoursToElv() == null) {
                continue;
            }
            recs.add(EngineTexts.recommendation("WBV_LIMIT_TIME", reaches(s.a8(), WBV_ELV) ? 121 : 122, texts,
                    Message.of("wbv.limitTime", "source", s.source(), "below", Message.durationBelow(s.hoursToEav()),
                            "now", Message.duration(s.hours()), "several", several ? "yes" : "no", "toElv",
                            Message.duration(s.hoursToElv())),
                    values("hoursToEav", s.hoursToEav(), "hoursToElv", s.hoursToElv(), "hours", s.hours()),
                    List.of(Message.of("wbv.rule.limitTime", "eav", numArg(WBV_EAV, 2), "elv", numArg(WBV_ELV, 2))),
                    SOURCE));
        }
        if (several && a8Reached) {
            double factor = WBV_EAV_POINTS / points;
            List<Message> plan = new ArrayList<>();
            for (WholeBodySourceResult s : used) {
                plan.add(Message.of("vib.plan.item", "source", s.source(), "time", Message.durationBelow(s.hours() * factor)));
            }
            recs.add(EngineTexts.recommendation("WBV_REDUCE_TOTAL", 123, texts,
                    Message.of("wbv.reduceTotal", "points", numArg(points, 0), "axis", axis.name(), "axisLabel",
                            axis.label(), "a8", numArg(a8, 3), "eavPoints", numArg(WBV_EAV_POINTS, 0), "eav",
                            numArg(WBV_EAV, 2), "pct", percentBelowMessage(factor), "plan", Texts.plan(plan)),
                    values("points", points, "a8", a8, "timeFactor", factor),
                    List.of(Message.of("wbv.rule.reduceTotal")), SOURCE));
        }
        if (a8Reached) {
            if (axis == Axis.Z) {
                recs.add(EngineTexts.recommendation("WBV_SEAT", 124, texts,
                        Message.of("wbv.seat", "a8", numArg(r.a8Z(), 3), "top", top.source()),
                        values("a8Z", r.a8Z()), List.of(Message.of("wbv.rule.seat")), SOURCE_CONTROL));
            } else {
                recs.add(EngineTexts.recommendation("WBV_SUSPENSION", 124, texts,
                        Message.of("wbv.suspension", "axis", axis.name(), "axisLabel", axis.label(), "a8",
                                numArg(r.a8(axis), 3)),
                        values("a8", r.a8(axis)), List.of(Message.of("wbv.rule.suspension", "axisLabel", axis.label())),
                        SOURCE_CONTROL));
            }
        }
        recs.add(EngineTexts.recommendation("WBV_ROUTE", 125, texts, Message.of("wbv.route", "top", top.source()),
                values(), List.of(Message.of("wbv.rule.route")), SOURCE_CONTROL));
        if (vdv != null && reaches(vdv, VDV_EAV)) {
            WholeBodySourceResult worst = used.stream().filter(s -> s.vdv() != null)
                    .max(Comparator.comparingDouble(s -> Objects.requireNonNull(s.vdv()))).orElse(null);
            recs.add(shocks(vdv, worst, texts));
        }
        if (vdv == null && reaches(r.estimatedVdv(), VDV_EAV)) {
            recs.add(measureVdv(r, texts));
        }
        return recs;
    }

    private static Recommendation shocks(double vdv, @Nullable WholeBodySourceResult worst,
            dev.ergo.model.text.Texts texts) {
        boolean limit = worst != null && worst.hoursToVdvEav() != null;
        return EngineTexts.recommendation("WBV_SHOCKS", 126, texts,
                Message.of("wbv.shocks", "vdv", numArg(vdv, 2), "vdvEav", numArg(VDV_EAV, 1), "vdvElv",
                        numArg(VDV_ELV, 1), "limit", limit ? "yes" : "no", "worst", worst == null ? "" : worst.source(),
                        "below", limit ? Message.durationBelow(worst.hoursToVdvEav()) : "",
                        "now", worst == null ? "" : Message.duration(worst.hours())),
                limit
                        ? values("vdv", vdv, "hoursToVdvEav", worst.hoursToVdvEav())
                        : values("vdv", vdv),
                List.of(Message.of("wbv.rule.shocks", "vdvEav", numArg(VDV_EAV, 2))), SOURCE_VDV);
    }

    private static Recommendation measureVdv(WholeBodyVibrationResult r, dev.ergo.model.text.Texts texts) {
        return EngineTexts.recommendation("WBV_MEASURE_VDV", 128, texts,
                Message.of("wbv.measureVdv", "vdv", numArg(r.estimatedVdv(), 2), "vdvEav", numArg(VDV_EAV, 1)),
                values("estimatedVdv", r.estimatedVdv()),
                List.of(Message.of("wbv.rule.measureVdv", "vdvEav", numArg(VDV_EAV, 2))), SOURCE_VDV);
    }
}
