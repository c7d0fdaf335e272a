package dev.ergo.engine.internal.office;

import dev.ergo.engine.office.Dimension;
import dev.ergo.engine.office.OfficeAction;
import dev.ergo.engine.office.WorkstationResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.internal.EngineTexts;
import dev.ergo.engine.internal.AssessmentContext;
import dev.ergo.model.Employee;
import dev.ergo.model.Equipment;
import dev.ergo.model.office.Workstation;
import dev.ergo.model.text.Message;
import dev.ergo.model.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Computes the individual set-up targets of methods-posture-office §5.9 and the advice that follows. */
public final class WorkstationAdvisor {
    private WorkstationAdvisor() {}

    /** A desk within this many cm of the ideal work-surface height needs no change (toolkit convention). */
    public static final double DESK_TOLERANCE_CM = 1.0;
    /** A seat within this many cm of the target needs no change (toolkit convention). */
    public static final double SEAT_TOLERANCE_CM = 1.0;
    /** Footrests lower than this are not recommended (toolkit convention: below shoe-sole variation). */
    public static final double MIN_FOOTREST_CM = 1.0;
    /** Lumbar support apex above the compressed seat: 190 mm mean preference (Coleman et al. 1998 [S14]). */
    public static final double LUMBAR_APEX_CM = 19.0;
    /** Recommended eye-to-screen window: 50–75 cm (OSHA ≥ 50 cm [S16]; ROSA > 75 cm too far; §5.9 step 7). */
    public static final double MONITOR_MIN_DISTANCE_CM = 50.0;
    /** Upper end of the eye-to-screen window, cm. */
    public static final double MONITOR_MAX_DISTANCE_CM = 75.0;
    /** A screen top more than this many cm above eye height is too high (toolkit tolerance). */
    public static final double MONITOR_TOLERANCE_CM = 1.0;
    /**
     * Clearance between the seat's front edge and the back of the knee: at least 5 cm, the lenient end of
     * §5.9 step 5's 50–75 mm (Physio-pedia's 5–7 cm, §5.8; ROSA's "about 7.5 cm", S11).
     */
    public static final double SEAT_DEPTH_CLEARANCE_CM = 5.0;
    /** Backrest angle window, degrees (ROSA form; §5.9 step 9). */
    public static final double BACKREST_MIN_DEG = 95.0;
    /** Upper end of the backrest angle window, degrees. */
    public static final double BACKREST_MAX_DEG = 110.0;

    /** HFES 100-2007 recommended seat-height range, cm (§5.1, §5.9 step 1). */
    public static final double HFES_SEAT_MIN_CM = 38.0;
    /** Upper end of the HFES seat-height range, cm. */
    public static final double HFES_SEAT_MAX_CM = 56.0;
    /** HFES 100-2007 sit-only input-surface range, cm (§5.1, §5.9 step 2). */
    public static final double HFES_INPUT_SURFACE_MIN_CM = 56.0;
    /** Upper end of the HFES sit-only input-surface range, cm. */
    public static final double HFES_INPUT_SURFACE_MAX_CM = 72.0;
    /** A non-adjustable seat deeper than this fails HFES 100-2007, cm (§5.1, §5.9 step 5). */
    public static final double HFES_FIXED_SEAT_DEPTH_MAX_CM = 43.0;

    // Checklist order of the workstation's own advice; ROSA findings come first (RosaAdvisor, from 1).
    static final int P_DESK = 50;
    static final int P_CHAIR_RANGE = 52;
    static final int P_LUMBAR = 60;
    static final int P_FOOTREST = 70;
    static final int P_SEAT = 75;
    static final int P_MONITOR_HEIGHT = 80;
    static final int P_MONITOR_DISTANCE = 85;
    static final int P_ARMRESTS = 90;
    static final int P_SEAT_DEPTH = 95;
    static final int P_BACKREST = 99;

    /** Every workstation recommendation's source starts with this: how the reader tells them from other advice. */
    public static final String SOURCE_PREFIX = "docs/methods.md §3.2.2 ";
    public static final String SRC_SEAT = SOURCE_PREFIX + "step 1; Helander [S13]; HFES 100-2007 [S12]";
    public static final String SRC_DESK = SOURCE_PREFIX + "steps 2–4; Helander [S13]; OSHA eTool [S16]";
    public static final String SRC_FOOTREST = SOURCE_PREFIX + "step 3; Helander [S13]; USQ [S20]";
    public static final String SRC_LUMBAR = SOURCE_PREFIX + "step 6; Coleman et al. 1998 [S14]; CSA Z412 [S19]";
    public static final String SRC_MONITOR = SOURCE_PREFIX + "step 7; OSHA eTool [S16]; ISO 9241-5 via Ankrum [S18]";
    public static final String SRC_ARMREST = SOURCE_PREFIX + "step 8; ROSA armrest 1 [S10]";
    public static final String SRC_DEPTH = SOURCE_PREFIX + "step 5; ROSA seat depth [S11]; HFES 100-2007 [S12]";
    public static final String SRC_BACKREST = SOURCE_PREFIX + "step 9; ROSA form [S10]";

    /** Footrest surface: at least this many cm square (USQ [S20]). */
    public static final double FOOTREST_MIN_SIZE_CM = 30.0;
    /** Footrest tilt window, degrees (USQ [S20]). */
    public static final double FOOTREST_TILT_MIN_DEG = 10.0;
    /** Upper end of the footrest tilt window, degrees. */
    public static final double FOOTREST_TILT_MAX_DEG = 20.0;

    /**
     * Computes the set-up targets and the advice that follows, one rule after another, in checklist
     * order of appearance.
     *
     * @param e the employee, not null
     * @param w the workstation row, not null
     * @param ctx the options, notes and texts of this assessment, not null
     * @return the targets with their recommendations, not null
     */
    public static WorkstationResult advise(Employee e, Workstation w, AssessmentContext ctx) {
        Plan p = new Plan(targets(e, w, ctx), w, ctx.texts());
        p.deskHeight();
        p.deskTooLow();
        p.chairRange();
        p.seatHeight();
        p.footrest();
        p.lumbarSupport();
        p.backrestAngle();
        p.monitorHeight();
        p.monitorDistance();
        p.armrests();
        p.seatDepth();
        Targets t = p.t;
        return new WorkstationResult(t.dimensions(), t.shoe(), t.keyboard(), t.s0(), t.elbow(), t.idealDesk(),
                p.seat, p.recommendedDesk, p.footrest, LUMBAR_APEX_CM, p.eyeY, t.erh().valueCm(), p.maxDepth,
                p.recs, w);
    }

    /**
     * The body dimensions and the targets that follow from them alone (§5.9 steps 1–2).
     *
     * @param ph popliteal height
     * @param erh elbow rest height
     * @param ehs eye height sitting
     * @param bpl buttock-popliteal length
     * @param shoe shoe allowance, cm
     * @param keyboard keyboard home-row height above the desk, cm
     * @param s0 target seat height: popliteal height + shoe
     * @param elbow seated elbow height above the floor
     * @param idealDesk ideal work-surface height: elbow − keyboard
     */
    record Targets(Dimension ph, Dimension erh, Dimension ehs, Dimension bpl, double shoe, double keyboard,
            double s0, double elbow, double idealDesk) {
        List<Dimension> dimensions() {
            return List.of(ph, erh, ehs, bpl);
        }
    }

    static Targets targets(Employee e, Workstation w, AssessmentContext ctx) {
        Dimension ph = Anthropometry.POPLITEAL.resolve(w.poplitealHeightCm(), e.sex(), e.statureCm());
        Dimension erh = Anthropometry.ELBOW_REST.resolve(w.elbowRestHeightCm(), e.sex(), e.statureCm());
        Dimension ehs = Anthropometry.EYE_SITTING.resolve(w.eyeHeightSittingCm(), e.sex(), e.statureCm());
        Dimension bpl = Anthropometry.BUTTOCK_POPLITEAL.resolve(w.buttockPoplitealLengthCm(), e.sex(), e.statureCm());
        for (Dimension d : List.of(ph, erh, ehs, bpl)) {
            if (d.isEstimate()) {
                ctx.note("note.ws.estimate", "dimension", Message.of("dimension." + d.name()),
                        "cm", Message.plain(d.valueCm(), 1), "basis", d.basisMessage() != null ? d.basisMessage() : d.basis());
            }
        }
        double shoe = w.shoeAllowanceCm() != null ? w.shoeAllowanceCm() : ctx.options().defaultShoeAllowanceCm();
        double kb = w.keyboardHeightAboveDeskCm() != null
                ? w.keyboardHeightAboveDeskCm()
                : ctx.options().defaultKeyboardHeightCm();
        double s0 = ph.valueCm() + shoe; // §5.9 step 1
        double elbow = s0 + erh.valueCm(); // §5.9 step 2
        double idealDesk = elbow - kb;
        if (s0 < HFES_SEAT_MIN_CM || s0 > HFES_SEAT_MAX_CM) {
            ctx.note("note.ws.seatRange", "seatCm", Message.plain(s0, 1), "minCm", Message.plain(HFES_SEAT_MIN_CM, 1),
                    "maxCm", Message.plain(HFES_SEAT_MAX_CM, 1));
        }
        if (idealDesk < HFES_INPUT_SURFACE_MIN_CM || idealDesk > HFES_INPUT_SURFACE_MAX_CM) {
            ctx.note("note.ws.keyboardRange", "deskCm", Message.plain(idealDesk, 1),
                    "minCm", Message.plain(HFES_INPUT_SURFACE_MIN_CM, 1), "maxCm", Message.plain(HFES_INPUT_SURFACE_MAX_CM, 1));
        }
        return new Targets(ph, erh, ehs, bpl, shoe, kb, s0, elbow, idealDesk);
    }

    /** The rules, in the order their advice is listed; each reads what the rules before it decided. */
    private static final class Plan {
        final Targets t;
        final Workstation w;
        final Texts texts;
        final List<Recommendation> recs = new ArrayList<>();
        @Nullable Double recommendedDesk;
        @Nullable Double desk;
        double seat;
        double wanted;
        double footrest;
        double eyeY;
        double maxDepth;

        Plan(Targets t, Workstation w, Texts texts) {
            this.t = t;
            this.w = w;
            this.texts = texts;
            this.desk = w.deskHeightCm();
            this.seat = t.s0();
        }

        private void add(OfficeAction action, int priority, Message text, Map<String, Double> values, Message rule,
                String source) {
            recs.add(EngineTexts.recommendation(action.code(), priority, texts, text, values, List.of(rule), source));
        }

        /** §5.9 step 2: an adjustable desk is set to the ideal work surface, within its range. */
        void deskHeight() {
            if (!Boolean.TRUE.equals(w.deskAdjustable())) {
                return;
            }
            double min = w.deskHeightMinCm() != null ? w.deskHeightMinCm() : Double.NEGATIVE_INFINITY;
            double max = w.deskHeightMaxCm() != null ? w.deskHeightMaxCm() : Double.POSITIVE_INFINITY;
            double set = Math.max(min, Math.min(max, t.idealDesk()));
            recommendedDesk = set;
            desk = set;
            if (w.deskHeightCm() == null || Math.abs(w.deskHeightCm() - set) > DESK_TOLERANCE_CM) {
                add(OfficeAction.DESK_HEIGHT, P_DESK,
                        now(Message.of("ws.desk.set", "deskCm", cm(set)), w.deskHeightCm()),
                        values("deskHeightCm", set, "idealWorkSurfaceHeightCm", t.idealDesk()),
                        Message.of("ws.rule.desk", "limited", yesNo(set != t.idealDesk())),
                        SRC_DESK);
            }
        }

        /** §5.9 steps 3–4: a desk above the ideal raises the seat; a desk below it is too low. */
        void deskTooLow() {
            if (desk == null) {
                return;
            }
            if (desk > t.idealDesk() + DESK_TOLERANCE_CM) {
                seat = desk + t.keyboard() - t.erh().valueCm(); // S₁: raise the seat until the elbow is level with the home row
            } else if (desk < t.idealDesk() - DESK_TOLERANCE_CM) {
                add(OfficeAction.DESK_TOO_LOW, P_DESK,
                        Message.of("ws.desk.tooLow", "raiseCm", cm(t.idealDesk() - desk), "idealCm", cm(t.idealDesk()),
                                "seatCm", cm(t.s0())),
                        values("deskHeightCm", desk, "idealWorkSurfaceHeightCm", t.idealDesk()),
                        Message.of("ws.rule.deskTooLow"),
                        SRC_DESK);
            }
        }

        /** §5.9 step 1: the needed seat height within the chair's range (a fixed seat has a range of one). */
        void chairRange() {
            Double seatMin = w.seatHeightMinCm();
            Double seatMax = w.seatHeightMaxCm();
            boolean fixed = Boolean.FALSE.equals(w.seatAdjustable());
            if (fixed && w.seatHeightCm() != null) {
                seatMin = w.seatHeightCm();
                seatMax = w.seatHeightCm();
            }
            wanted = seat;
            if (seatMax != null && seat > seatMax) {
                seat = seatMax;
            }
            if (seatMin != null && seat < seatMin) {
                seat = seatMin;
            }
            if (seat != wanted) {
                boolean tooLow = wanted > seat;
                String key = fixed ? "ws.chair.fixed" : tooLow ? "ws.chair.tooLow" : "ws.chair.tooHigh";
                add(OfficeAction.CHAIR_RANGE, P_CHAIR_RANGE,
                        Message.of(key, "seatCm", cm(seat), "wantedCm", cm(wanted), "tooLow", yesNo(tooLow)),
                        values("neededSeatHeightCm", wanted, "usableSeatHeightCm", seat),
                        Message.of("ws.rule.chairRange"), SRC_SEAT);
            }
            footrest = Math.max(0, seat - t.s0()); // F = S₁ − S₀ (§5.9 step 3)
            if (footrest < MIN_FOOTREST_CM) {
                footrest = 0;
            }
        }

        /** §5.9 steps 1 and 3: the seat at its target, or raised for the desk. */
        void seatHeight() {
            if (w.seatHeightCm() == null || Math.abs(w.seatHeightCm() - seat) > SEAT_TOLERANCE_CM) {
                add(OfficeAction.SEAT_HEIGHT, P_SEAT, now(Message.of("ws.seat.set", "seatCm", cm(seat)), w.seatHeightCm()),
                        values("seatHeightCm", seat, "targetSeatHeightCm", t.s0()),
                        Message.of(footrest > 0 ? "ws.rule.seatRaised" : "ws.rule.seat"),
                        SRC_SEAT);
            }
        }

        /** §5.9 step 3: a footrest for a raised seat; else feet that do not rest flat lower the seat. */
        void footrest() {
            if (footrest > 0) {
                boolean has = Boolean.TRUE.equals(w.footrest());
                add(has ? OfficeAction.FOOTREST_ADJUST : OfficeAction.FOOTREST, P_FOOTREST,
                        has ? Message.of("ws.footrest.adjust", "footrestCm", cm(footrest))
                                : Message.of("ws.footrest.use", "footrestCm", cm(footrest), "sizeCm",
                                        cm(FOOTREST_MIN_SIZE_CM), "tiltMinDeg", cm(FOOTREST_TILT_MIN_DEG), "tiltMaxDeg",
                                        cm(FOOTREST_TILT_MAX_DEG)),
                        values("footrestHeightCm", footrest),
                        Message.of("ws.rule.footrest"), SRC_FOOTREST);
            } else if (Boolean.FALSE.equals(w.feetFlatOnFloor()) && w.seatHeightCm() != null && w.seatHeightCm() > seat) {
                add(OfficeAction.SEAT_TOO_HIGH, P_FOOTREST, Message.of("ws.seat.tooHigh", "seatCm", cm(seat)),
                        values("seatHeightCm", seat), Message.of("ws.rule.seat"), SRC_SEAT);
            }
        }

        /** §5.9 step 6: the lumbar support's apex about 19 cm above the compressed seat. */
        void lumbarSupport() {
            Equipment lumbar = w.lumbarSupport();
            Map<String, Double> values = values("lumbarSupportHeightCm", LUMBAR_APEX_CM);
            if (lumbar == Equipment.NONE) {
                add(OfficeAction.LUMBAR_CUSHION, P_LUMBAR, Message.of("ws.lumbar.cushion", "apexCm", cm(LUMBAR_APEX_CM)),
                        values, Message.of("ws.rule.lumbarNone", "apexCm", cm(LUMBAR_APEX_CM)), SRC_LUMBAR);
            } else if (lumbar == Equipment.FIXED) {
                add(OfficeAction.LUMBAR_CHECK, P_LUMBAR, Message.of("ws.lumbar.check", "apexCm", cm(LUMBAR_APEX_CM)),
                        values, Message.of("ws.rule.lumbarFixed"), SRC_LUMBAR);
            } else {
                add(OfficeAction.LUMBAR_SUPPORT, P_LUMBAR, Message.of("ws.lumbar.set", "apexCm", cm(LUMBAR_APEX_CM)),
                        values, Message.of("ws.rule.lumbarSet", "apexCm", cm(LUMBAR_APEX_CM)), SRC_LUMBAR);
            }
        }

        /** §5.9 step 9: the backrest reclined 95–110°. */
        void backrestAngle() {
            Double angle = w.backrestAngleDeg();
            if (angle != null && (angle < BACKREST_MIN_DEG || angle > BACKREST_MAX_DEG)) {
                add(OfficeAction.BACKREST_ANGLE, P_BACKREST,
                        Message.of("ws.backrest", "minDeg", cm(BACKREST_MIN_DEG), "maxDeg", cm(BACKREST_MAX_DEG),
                                "nowDeg", cm(angle)),
                        values("backrestAngleDeg", angle),
                        Message.of("ws.rule.backrest", "minDeg", cm(BACKREST_MIN_DEG), "maxDeg", cm(BACKREST_MAX_DEG)),
                        SRC_BACKREST);
            }
        }

        /** §5.9 step 7: the top of the viewing area at or below seated eye height. */
        void monitorHeight() {
            eyeY = seat + t.ehs().valueCm();
            Double top = w.monitorTopHeightCm();
            if (top != null && top > eyeY + MONITOR_TOLERANCE_CM) {
                add(OfficeAction.MONITOR_HEIGHT, P_MONITOR_HEIGHT,
                        Message.of("ws.monitor.lower", "lowerCm", cm(top - eyeY), "eyeCm", cm(eyeY)),
                        values("monitorTopHeightCm", eyeY), Message.of("ws.rule.monitorHeight"), SRC_MONITOR);
            } else if (top == null) {
                add(OfficeAction.MONITOR_HEIGHT, P_MONITOR_HEIGHT, Message.of("ws.monitor.place", "eyeCm", cm(eyeY)),
                        values("monitorTopHeightCm", eyeY), Message.of("ws.rule.monitorHeight"), SRC_MONITOR);
            }
        }

        /** §5.9 step 7: the screen 50–75 cm from the eyes. */
        void monitorDistance() {
            Double dist = w.monitorDistanceCm();
            if (dist != null && (dist < MONITOR_MIN_DISTANCE_CM || dist > MONITOR_MAX_DISTANCE_CM)) {
                add(OfficeAction.MONITOR_DISTANCE, P_MONITOR_DISTANCE,
                        Message.of("ws.monitor.distance", "direction", dist < MONITOR_MIN_DISTANCE_CM ? "further" : "closer",
                                "minCm", cm(MONITOR_MIN_DISTANCE_CM), "maxCm", cm(MONITOR_MAX_DISTANCE_CM), "nowCm",
                                cm(dist)),
                        values("monitorDistanceCm", dist), Message.of("ws.rule.monitorDistance", "minCm",
                                cm(MONITOR_MIN_DISTANCE_CM), "maxCm", cm(MONITOR_MAX_DISTANCE_CM)),
                        SRC_MONITOR);
            }
        }

        /** §5.9 step 8: armrests at elbow rest height. */
        void armrests() {
            double armrest = t.erh().valueCm();
            if (w.armrests() == Equipment.ADJUSTABLE) {
                add(OfficeAction.ARMRESTS, P_ARMRESTS, Message.of("ws.armrests.set", "armrestCm", cm(armrest)),
                        values("armrestHeightCm", armrest), Message.of("ws.rule.armrest"), SRC_ARMREST);
            } else if (w.armrests() == Equipment.FIXED) {
                add(OfficeAction.ARMRESTS_FIXED, P_ARMRESTS, Message.of("ws.armrests.fixed", "armrestCm", cm(armrest)),
                        values("armrestHeightCm", armrest), Message.of("ws.rule.armrest"), SRC_ARMREST);
            }
        }

        /** §5.9 step 5: at least 5 cm between the seat's front edge and the back of the knee. */
        void seatDepth() {
            maxDepth = t.bpl().valueCm() - SEAT_DEPTH_CLEARANCE_CM;
            Double depth = w.seatDepthCm();
            if (depth != null && depth > maxDepth) {
                boolean hfes = Boolean.FALSE.equals(w.seatDepthAdjustable()) && depth > HFES_FIXED_SEAT_DEPTH_MAX_CM;
                add(OfficeAction.SEAT_DEPTH, P_SEAT_DEPTH,
                        Message.of(Boolean.TRUE.equals(w.seatDepthAdjustable()) ? "ws.seatDepth.shorten" : "ws.seatDepth.tooDeep",
                                "maxCm", cm(maxDepth), "nowCm", cm(depth), "clearanceCm", cm(SEAT_DEPTH_CLEARANCE_CM),
                                "hfes", yesNo(hfes), "hfesCm", cm(HFES_FIXED_SEAT_DEPTH_MAX_CM)),
                        values("maxSeatDepthCm", maxDepth),
                        Message.of("ws.rule.seatDepth", "clearanceCm", cm(SEAT_DEPTH_CLEARANCE_CM)), SRC_DEPTH);
            }
        }
    }

    /** Adds the current value, when known, as {@code now}/{@code nowCm}: "(now 72 cm)". */
    private static Message now(Message m, @Nullable Double current) {
        return m.with("now", yesNo(current != null)).with("nowCm", cm(current == null ? 0 : current));
    }

    /** A {@code select} argument: {@code yes} or {@code no}. */
    static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    /** A length, angle or other one-decimal number for a message, rounded as {@link #fmt(double)} rounds. */
    public static Message.Decimal cm(double v) {
        return dev.ergo.engine.internal.Numbers.decimal(v);
    }

    public static Map<String, Double> values(Object... kv) {
        return Recommendation.values(kv);
    }

    /** One decimal, without a trailing ".0": 50.7, 19. */
    public static String fmt(double v) {
        return dev.ergo.engine.internal.EngineTexts.english().number(v, 1, false);
    }
}
