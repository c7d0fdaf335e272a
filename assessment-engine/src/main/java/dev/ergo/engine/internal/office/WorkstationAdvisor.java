package dev.ergo.engine.internal.office;

import dev.ergo.engine.office.Dimension;
import dev.ergo.engine.office.OfficeAction;
import dev.ergo.engine.office.WorkstationResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.internal.AssessmentContext;
import dev.ergo.model.Employee;
import dev.ergo.model.Equipment;
import dev.ergo.model.office.Workstation;
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
    public static final String SOURCE_PREFIX = "methods-posture-office §5.9 ";
    public static final String SRC_SEAT = SOURCE_PREFIX + "step 1; Helander [S13]; HFES 100-2007 [S12]";
    public static final String SRC_DESK = SOURCE_PREFIX + "steps 2–4; Helander [S13]; OSHA eTool [S16]";
    public static final String SRC_FOOTREST = SOURCE_PREFIX + "step 3; Helander [S13]; USQ [S20]";
    public static final String SRC_LUMBAR = SOURCE_PREFIX + "step 6; Coleman et al. 1998 [S14]; CSA Z412 [S19]";
    public static final String SRC_MONITOR = SOURCE_PREFIX + "step 7; OSHA eTool [S16]; ISO 9241-5 via Ankrum [S18]";
    public static final String SRC_ARMREST = SOURCE_PREFIX + "step 8; ROSA armrest 1 [S10]";
    public static final String SRC_DEPTH = SOURCE_PREFIX + "step 5; ROSA seat depth [S11]; HFES 100-2007 [S12]";
    public static final String SRC_BACKREST = SOURCE_PREFIX + "step 9; ROSA form [S10]";

    public static WorkstationResult advise(Employee e, Workstation w, AssessmentContext ctx) {
        Dimension ph = Anthropometry.POPLITEAL.resolve(w.poplitealHeightCm(), e.sex(), e.statureCm());
        Dimension erh = Anthropometry.ELBOW_REST.resolve(w.elbowRestHeightCm(), e.sex(), e.statureCm());
        Dimension ehs = Anthropometry.EYE_SITTING.resolve(w.eyeHeightSittingCm(), e.sex(), e.statureCm());
        Dimension bpl = Anthropometry.BUTTOCK_POPLITEAL.resolve(w.buttockPoplitealLengthCm(), e.sex(), e.statureCm());
        List<Dimension> dims = List.of(ph, erh, ehs, bpl);
        for (Dimension d : dims) {
            if (d.isEstimate()) {
                ctx.note(d.label() + " " + fmt(d.valueCm()) + " cm is an estimate: " + d.basis());
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
            ctx.note("Target seat height " + fmt(s0) + " cm is outside the HFES 100-2007 range of 38–56 cm:"
                    + " check that the chair reaches it.");
        }
        if (idealDesk < HFES_INPUT_SURFACE_MIN_CM || idealDesk > HFES_INPUT_SURFACE_MAX_CM) {
            ctx.note("Keyboard surface height " + fmt(idealDesk) + " cm is outside the HFES 100-2007 sit-only range"
                    + " of 56–72 cm: an adjustable keyboard surface may not reach it.");
        }

        List<Recommendation> recs = new ArrayList<>();
        Double recommendedDesk = null;
        Double desk = w.deskHeightCm();
        if (Boolean.TRUE.equals(w.deskAdjustable())) {
            double min = w.deskHeightMinCm() != null ? w.deskHeightMinCm() : Double.NEGATIVE_INFINITY;
            double max = w.deskHeightMaxCm() != null ? w.deskHeightMaxCm() : Double.POSITIVE_INFINITY;
            recommendedDesk = Math.max(min, Math.min(max, idealDesk));
            desk = recommendedDesk;
            if (w.deskHeightCm() == null || Math.abs(w.deskHeightCm() - recommendedDesk) > DESK_TOLERANCE_CM) {
                recs.add(new Recommendation(OfficeAction.DESK_HEIGHT.code(), P_DESK,
                        "Set your desk to " + fmt(recommendedDesk) + " cm" + now(w.deskHeightCm())
                                + " so that the keyboard's home row is at elbow height.",
                        values("deskHeightCm", recommendedDesk, "idealWorkSurfaceHeightCm", idealDesk),
                        "desk = popliteal height + shoe + elbow rest height − keyboard height"
                                + (recommendedDesk != idealDesk ? ", limited to the desk's range" : ""),
                        SRC_DESK));
            }
        }

        // Seat height that suits the desk in use (§5.9 steps 3–4).
        double seat = s0;
        if (desk != null) {
            if (desk > idealDesk + DESK_TOLERANCE_CM) {
                seat = desk + kb - erh.valueCm(); // S₁: raise the seat until the elbow is level with the home row
            } else if (desk < idealDesk - DESK_TOLERANCE_CM) {
                double raise = idealDesk - desk;
                recs.add(new Recommendation(OfficeAction.DESK_TOO_LOW.code(), P_DESK,
                        "Your desk is " + fmt(raise) + " cm too low for you: raise it to about " + fmt(idealDesk)
                                + " cm (desk risers, an adjustable desk or a keyboard platform). Do not lower your"
                                + " chair below " + fmt(s0) + " cm to compensate.",
                        values("deskHeightCm", desk, "idealWorkSurfaceHeightCm", idealDesk),
                        "fixed desk lower than popliteal height + shoe + elbow rest height − keyboard height",
                        SRC_DESK));
            }
        }

        // The chair's range (a non-adjustable seat has a range of one height).
        Double seatMin = w.seatHeightMinCm();
        Double seatMax = w.seatHeightMaxCm();
        if (Boolean.FALSE.equals(w.seatAdjustable()) && w.seatHeightCm() != null) {
            seatMin = w.seatHeightCm();
            seatMax = w.seatHeightCm();
        }
        double wanted = seat;
        if (seatMax != null && seat > seatMax) {
            seat = seatMax;
        }
        if (seatMin != null && seat < seatMin) {
            seat = seatMin;
        }
        if (seat != wanted) {
            boolean tooLow = wanted > seat;
            recs.add(new Recommendation(OfficeAction.CHAIR_RANGE.code(), P_CHAIR_RANGE,
                    Boolean.FALSE.equals(w.seatAdjustable())
                            ? "Your chair's seat height cannot be adjusted (" + fmt(seat) + " cm): get a chair whose"
                                    + " seat height reaches " + fmt(wanted) + " cm" + (tooLow ? ", or lower the desk."
                                            : "; meanwhile use a footrest.")
                            : tooLow
                            ? "Your chair cannot be raised to the " + fmt(wanted) + " cm you need (it goes up to "
                                    + fmt(seat) + " cm): get a chair with a higher range, or lower the desk."
                            : "Your chair cannot be lowered to the " + fmt(wanted) + " cm you need (it goes down to "
                                    + fmt(seat) + " cm): get a chair with a lower range; meanwhile use a footrest.",
                    values("neededSeatHeightCm", wanted, "usableSeatHeightCm", seat),
                    "needed seat height outside the chair's adjustment range", SRC_SEAT));
        }
        double footrest = Math.max(0, seat - s0); // F = S₁ − S₀ (§5.9 step 3)
        if (footrest < MIN_FOOTREST_CM) {
            footrest = 0;
        }

        if (w.seatHeightCm() == null || Math.abs(w.seatHeightCm() - seat) > SEAT_TOLERANCE_CM) {
            recs.add(new Recommendation(OfficeAction.SEAT_HEIGHT.code(), P_SEAT,
                    "Set your seat to " + fmt(seat) + " cm above the floor" + now(w.seatHeightCm()) + ".",
                    values("seatHeightCm", seat, "targetSeatHeightCm", s0),
                    footrest > 0
                            ? "seat raised until the elbow is level with the home row: desk + keyboard height − elbow rest height"
                            : "seat = popliteal height + shoe allowance",
                    SRC_SEAT));
        }

        if (footrest > 0) {
            String text = Boolean.TRUE.equals(w.footrest())
                    ? "Set your footrest so that your feet rest " + fmt(footrest) + " cm above the floor."
                    : "Use a footrest " + fmt(footrest)
                            + " cm high (at least 30 × 30 cm, non-slip, tilting 10–20°) so that your feet rest flat.";
            recs.add(new Recommendation((Boolean.TRUE.equals(w.footrest()) ? OfficeAction.FOOTREST_ADJUST : OfficeAction.FOOTREST).code(),
                    P_FOOTREST, text,
                    values("footrestHeightCm", footrest),
                    "footrest = raised seat height − (popliteal height + shoe)", SRC_FOOTREST));
        } else if (Boolean.FALSE.equals(w.feetFlatOnFloor()) && w.seatHeightCm() != null && w.seatHeightCm() > seat) {
            recs.add(new Recommendation(OfficeAction.SEAT_TOO_HIGH.code(), P_FOOTREST,
                    "Your feet do not rest flat: lower your seat to " + fmt(seat) + " cm.",
                    values("seatHeightCm", seat), "seat = popliteal height + shoe allowance", SRC_SEAT));
        }

        // Lumbar support (§5.9 step 6).
        Equipment lumbar = w.lumbarSupport();
        if (lumbar == Equipment.NONE) {
            recs.add(new Recommendation(OfficeAction.LUMBAR_CUSHION.code(), P_LUMBAR,
                    "Your chair has no lumbar support: add a lumbar cushion or roll with its most forward point"
                            + " about " + fmt(LUMBAR_APEX_CM) + " cm above the seat, in the small of your back,"
                            + " or change to a chair with height-adjustable lumbar support.",
                    values("lumbarSupportHeightCm", LUMBAR_APEX_CM),
                    "chair without lumbar support; apex about 19 cm above the compressed seat", SRC_LUMBAR));
        } else if (lumbar == Equipment.FIXED) {
            recs.add(new Recommendation(OfficeAction.LUMBAR_CHECK.code(), P_LUMBAR,
                    "Check that the chair's fixed lumbar support meets the small of your back (about "
                            + fmt(LUMBAR_APEX_CM) + " cm above the seat); if it does not, add a lumbar cushion.",
                    values("lumbarSupportHeightCm", LUMBAR_APEX_CM),
                    "fixed lumbar support cannot be set to the individual's lordosis", SRC_LUMBAR));
        } else {
            recs.add(new Recommendation(OfficeAction.LUMBAR_SUPPORT.code(), P_LUMBAR,
                    "Set the lumbar support's most forward point about " + fmt(LUMBAR_APEX_CM)
                            + " cm above the seat, then move it until it fits the small of your back.",
                    values("lumbarSupportHeightCm", LUMBAR_APEX_CM),
                    "lumbar apex about 19 cm above the compressed seat, individually adjusted", SRC_LUMBAR));
        }
        if (w.backrestAngleDeg() != null
                && (w.backrestAngleDeg() < BACKREST_MIN_DEG || w.backrestAngleDeg() > BACKREST_MAX_DEG)) {
            recs.add(new Recommendation(OfficeAction.BACKREST_ANGLE.code(), P_BACKREST,
                    "Set the backrest to recline between 95° and 110° (now " + fmt(w.backrestAngleDeg()) + "°).",
                    values("backrestAngleDeg", w.backrestAngleDeg()), "backrest angle outside 95–110°", SRC_BACKREST));
        }

        // Monitor (§5.9 step 7): top of the viewing area at or below seated eye height.
        double eyeY = seat + ehs.valueCm();
        if (w.monitorTopHeightCm() != null && w.monitorTopHeightCm() > eyeY + MONITOR_TOLERANCE_CM) {
            recs.add(new Recommendation(OfficeAction.MONITOR_HEIGHT.code(), P_MONITOR_HEIGHT,
                    "Lower your screen by " + fmt(w.monitorTopHeightCm() - eyeY) + " cm: its top edge should be at"
                            + " or just below your eye height, " + fmt(eyeY) + " cm above the floor.",
                    values("monitorTopHeightCm", eyeY), "top of screen at or below seated eye height", SRC_MONITOR));
        } else if (w.monitorTopHeightCm() == null) {
            recs.add(new Recommendation(OfficeAction.MONITOR_HEIGHT.code(), P_MONITOR_HEIGHT,
                    "Place the top edge of your screen at or just below your eye height, " + fmt(eyeY)
                            + " cm above the floor.",
                    values("monitorTopHeightCm", eyeY), "top of screen at or below seated eye height", SRC_MONITOR));
        }
        Double dist = w.monitorDistanceCm();
        if (dist != null && (dist < MONITOR_MIN_DISTANCE_CM || dist > MONITOR_MAX_DISTANCE_CM)) {
            recs.add(new Recommendation(OfficeAction.MONITOR_DISTANCE.code(), P_MONITOR_DISTANCE,
                    "Move your screen " + (dist < MONITOR_MIN_DISTANCE_CM ? "further away" : "closer")
                            + ": 50 to 75 cm from your eyes (now " + fmt(dist) + " cm).",
                    values("monitorDistanceCm", dist), "eye-to-screen distance outside 50–75 cm", SRC_MONITOR));
        }

        // Armrests (§5.9 step 8).
        double armrest = erh.valueCm();
        if (w.armrests() == Equipment.ADJUSTABLE) {
            recs.add(new Recommendation(OfficeAction.ARMRESTS.code(), P_ARMRESTS,
                    "Set the armrests " + fmt(armrest) + " cm above the seat, so your elbows rest with relaxed shoulders.",
                    values("armrestHeightCm", armrest), "armrest height = elbow rest height", SRC_ARMREST));
        } else if (w.armrests() == Equipment.FIXED) {
            recs.add(new Recommendation(OfficeAction.ARMRESTS_FIXED.code(), P_ARMRESTS,
                    "Your armrests are fixed: they should be about " + fmt(armrest)
                            + " cm above the seat; if they push your shoulders up or stop you sitting close to the"
                            + " desk, remove them or change the chair.",
                    values("armrestHeightCm", armrest), "armrest height = elbow rest height", SRC_ARMREST));
        }

        // Seat depth (§5.9 step 5).
        double maxDepth = bpl.valueCm() - SEAT_DEPTH_CLEARANCE_CM;
        if (w.seatDepthCm() != null && w.seatDepthCm() > maxDepth) {
            recs.add(new Recommendation(OfficeAction.SEAT_DEPTH.code(), P_SEAT_DEPTH,
                    Boolean.TRUE.equals(w.seatDepthAdjustable())
                            ? "Shorten the seat to at most " + fmt(maxDepth) + " cm (now " + fmt(w.seatDepthCm())
                                    + " cm) so that at least 5 cm (two or three fingers) stays between the seat's edge and the back of your knees."
                            : "The seat is too deep for you (" + fmt(w.seatDepthCm()) + " cm; at most " + fmt(maxDepth)
                                    + " cm fits): add a backrest cushion or choose a chair with adjustable seat depth."
                                    + (Boolean.FALSE.equals(w.seatDepthAdjustable())
                                                    && w.seatDepthCm() > HFES_FIXED_SEAT_DEPTH_MAX_CM
                                            ? " A fixed seat deeper than 43 cm also fails ANSI/HFES 100-2007."
                                            : ""),
                    values("maxSeatDepthCm", maxDepth), "seat depth ≤ buttock–popliteal length − 5 cm", SRC_DEPTH));
        }

        return new WorkstationResult(dims, shoe, kb, s0, elbow, idealDesk, seat, recommendedDesk, footrest,
                LUMBAR_APEX_CM, eyeY, armrest, maxDepth, recs, w);
    }

    private static String now(@Nullable Double current) {
        return current == null ? "" : " (now " + fmt(current) + " cm)";
    }

    public static Map<String, Double> values(Object... kv) {
        return Recommendation.values(kv);
    }

    /** One decimal, without a trailing ".0": 50.7, 19. */
    public static String fmt(double v) {
        return dev.ergo.engine.internal.Numbers.oneDecimal(v);
    }
}
