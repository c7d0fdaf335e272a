package dev.ergo.engine.internal.office;

import dev.ergo.engine.office.OfficeAction;
import dev.ergo.model.office.RosaChecklist;
import dev.ergo.model.text.Message;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One ROSA finding: an item above its neutral score 1, or one of the form's "+" add-ons
 * (methods-posture-office §3.2, Sonne, Villalta &amp; Andrews 2012), with the action that fixes it and
 * how to set it back to neutral for re-scoring. Form order.
 */
enum RosaFinding {
    SEAT_HEIGHT_OFF(Part.CHAIR, "seatPanHeight", "2", 1, OfficeAction.ROSA_SEAT_HEIGHT,
            c -> c.seatHeight() == 2, b -> b.seatHeight(1)),
    SEAT_HEIGHT_NO_FOOT_CONTACT(Part.CHAIR, "seatPanHeight", "3", 2,
            OfficeAction.ROSA_FOOT_SUPPORT, c -> c.seatHeight() == 3, b -> b.seatHeight(1)),
    SEAT_NO_LEG_SPACE(Part.CHAIR, "seatPanHeight", "+1", 1,
            OfficeAction.ROSA_LEG_SPACE, c -> on(c.seatHeightNoLegSpace()), b -> b.seatHeightNoLegSpace(false)),
    SEAT_HEIGHT_NON_ADJUSTABLE(Part.CHAIR, "seatPanHeight", "+1", 1,
            OfficeAction.ROSA_SEAT_HEIGHT_ADJUSTABLE, c -> on(c.seatHeightNonAdjustable()),
            b -> b.seatHeightNonAdjustable(false)),
    SEAT_DEPTH_OFF(Part.CHAIR, "seatPanDepth", "2", 1, OfficeAction.ROSA_SEAT_DEPTH,
            c -> c.seatDepth() == 2, b -> b.seatDepth(1)),
    SEAT_DEPTH_NON_ADJUSTABLE(Part.CHAIR, "seatPanDepth", "+1", 1,
            OfficeAction.ROSA_SEAT_DEPTH_ADJUSTABLE, c -> on(c.seatDepthNonAdjustable()),
            b -> b.seatDepthNonAdjustable(false)),
    ARMREST_OFF(Part.CHAIR, "armrests", "2", 1, OfficeAction.ROSA_ARMREST_HEIGHT,
            c -> c.armrest() == 2, b -> b.armrest(1)),
    ARMREST_HARD(Part.CHAIR, "armrests", "+1", 1, OfficeAction.ROSA_ARMREST_SOFT,
            c -> on(c.armrestHard()), b -> b.armrestHard(false)),
    ARMREST_TOO_WIDE(Part.CHAIR, "armrests", "+1", 1, OfficeAction.ROSA_ARMREST_WIDTH,
            c -> on(c.armrestTooWide()), b -> b.armrestTooWide(false)),
    ARMREST_NON_ADJUSTABLE(Part.CHAIR, "armrests", "+1", 1, OfficeAction.ROSA_ARMREST_ADJUSTABLE,
            c -> on(c.armrestNonAdjustable()), b -> b.armrestNonAdjustable(false)),
    BACK_SUPPORT_OFF(Part.CHAIR, "backSupport", "2", 1,
            OfficeAction.ROSA_BACK_SUPPORT, c -> c.backSupport() == 2, b -> b.backSupport(1)),
    BACK_WORK_SURFACE_TOO_HIGH(Part.CHAIR, "backSupport", "+1", 1,
            OfficeAction.ROSA_WORK_SURFACE_HEIGHT, c -> on(c.backSupportWorkSurfaceTooHigh()),
            b -> b.backSupportWorkSurfaceTooHigh(false)),
    BACK_NON_ADJUSTABLE(Part.CHAIR, "backSupport", "+1", 1,
            OfficeAction.ROSA_BACK_SUPPORT_ADJUSTABLE, c -> on(c.backSupportNonAdjustable()),
            b -> b.backSupportNonAdjustable(false)),
    MONITOR_TOO_LOW(Part.MONITOR_PHONE, "monitor", "2", 1, OfficeAction.ROSA_MONITOR_HEIGHT,
            c -> c.monitor() == 2, b -> b.monitor(1)),
    MONITOR_TOO_HIGH(Part.MONITOR_PHONE, "monitor", "3", 2,
            OfficeAction.ROSA_MONITOR_HEIGHT, c -> c.monitor() == 3, b -> b.monitor(1)),
    MONITOR_TOO_FAR(Part.MONITOR_PHONE, "monitor", "+1", 1,
            OfficeAction.ROSA_MONITOR_DISTANCE, c -> on(c.monitorTooFar()), b -> b.monitorTooFar(false)),
    MONITOR_NECK_TWIST(Part.MONITOR_PHONE, "monitor", "+1", 1,
            OfficeAction.ROSA_MONITOR_IN_FRONT, c -> on(c.monitorNeckTwist()), b -> b.monitorNeckTwist(false)),
    MONITOR_GLARE(Part.MONITOR_PHONE, "monitor", "+1", 1, OfficeAction.ROSA_MONITOR_GLARE,
            c -> on(c.monitorGlare()), b -> b.monitorGlare(false)),
    MONITOR_NO_DOCUMENT_HOLDER(Part.MONITOR_PHONE, "monitor", "+1", 1,
            OfficeAction.ROSA_DOCUMENT_HOLDER, c -> on(c.monitorNoDocumentHolder()),
            b -> b.monitorNoDocumentHolder(false)),
    PHONE_REACH(Part.MONITOR_PHONE, "telephone", "2", 1, OfficeAction.ROSA_PHONE_REACH,
            c -> c.phone() == 2, b -> b.phone(1)),
    PHONE_NECK_SHOULDER_HOLD(Part.MONITOR_PHONE, "telephone", "+2", 2,
            OfficeAction.ROSA_PHONE_HEADSET, c -> on(c.phoneNeckShoulderHold()),
            b -> b.phoneNeckShoulderHold(false)),
    PHONE_NO_HANDS_FREE(Part.MONITOR_PHONE, "telephone", "+1", 1,
            OfficeAction.ROSA_PHONE_HEADSET, c -> on(c.phoneNoHandsFree()), b -> b.phoneNoHandsFree(false)),
    MOUSE_REACH(Part.MOUSE_KEYBOARD, "mouse", "2", 1, OfficeAction.ROSA_MOUSE_REACH,
            c -> c.mouse() == 2, b -> b.mouse(1)),
    MOUSE_DIFFERENT_SURFACE(Part.MOUSE_KEYBOARD, "mouse", "+2", 2,
            OfficeAction.ROSA_MOUSE_SAME_SURFACE, c -> on(c.mouseDifferentSurface()),
            b -> b.mouseDifferentSurface(false)),
    MOUSE_PINCH_GRIP(Part.MOUSE_KEYBOARD, "mouse", "+1", 1, OfficeAction.ROSA_MOUSE_FIT,
            c -> on(c.mousePinchGrip()), b -> b.mousePinchGrip(false)),
    MOUSE_HARD_PALM_REST(Part.MOUSE_KEYBOARD, "mouse", "+1", 1,
            OfficeAction.ROSA_PALM_REST, c -> on(c.mouseHardPalmRest()), b -> b.mouseHardPalmRest(false)),
    KEYBOARD_WRISTS_EXTENDED(Part.MOUSE_KEYBOARD, "keyboard", "2",
            1, OfficeAction.ROSA_KEYBOARD_FLAT, c -> c.keyboard() == 2, b -> b.keyboard(1)),
    KEYBOARD_DEVIATION(Part.MOUSE_KEYBOARD, "keyboard", "+1", 1,
            OfficeAction.ROSA_KEYBOARD_WRISTS, c -> on(c.keyboardDeviation()), b -> b.keyboardDeviation(false)),
    KEYBOARD_TOO_HIGH(Part.MOUSE_KEYBOARD, "keyboard", "+1", 1,
            OfficeAction.ROSA_KEYBOARD_HEIGHT, c -> on(c.keyboardTooHigh()), b -> b.keyboardTooHigh(false)),
    KEYBOARD_OVERHEAD_REACH(Part.MOUSE_KEYBOARD, "keyboard", "+1", 1,
            OfficeAction.ROSA_OVERHEAD_ITEMS, c -> on(c.keyboardOverheadReach()),
            b -> b.keyboardOverheadReach(false)),
    KEYBOARD_NON_ADJUSTABLE(Part.MOUSE_KEYBOARD, "keyboard", "+1", 1,
            OfficeAction.ROSA_KEYBOARD_PLATFORM, c -> on(c.keyboardNonAdjustable()),
            b -> b.keyboardNonAdjustable(false));

    /** The part of the ROSA score the finding counts in (§3.1). */
    enum Part { CHAIR, MONITOR_PHONE, MOUSE_KEYBOARD }

    final Part part;
    final String item;
    final String score;
    /** The points the finding adds above neutral: base score − 1, or the add-on. */
    final int points;
    final OfficeAction action;
    private final Predicate<RosaChecklist> present;
    private final Consumer<RosaChecklist.Builder> neutral;

    RosaFinding(Part part, String item, String score, int points, OfficeAction action,
            Predicate<RosaChecklist> present, Consumer<RosaChecklist.Builder> neutral) {
        this.part = part;
        this.item = item;
        this.score = score;
        this.points = points;
        this.action = action;
        this.present = present;
        this.neutral = neutral;
    }

    boolean in(RosaChecklist c) {
        return present.test(c);
    }

    /** "ROSA telephone: neck-shoulder hold +2". */
    /** "ROSA back support: work surface too high +1", as a message of the engine's bundle. */
    Message rule() {
        return Message.of("rosa.rule", "item", Message.of("rosa.item." + item), "finding",
                Message.of("rosa.finding." + name()), "score", score);
    }

    private static boolean on(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    /** The checklist with these findings at their neutral values: base score 1, add-on cleared. */
    static RosaChecklist without(RosaChecklist c, Set<RosaFinding> fixed) {
        RosaChecklist.Builder b = RosaChecklist.builder()
                .seatHeight(c.seatHeight()).seatHeightNoLegSpace(c.seatHeightNoLegSpace())
                .seatHeightNonAdjustable(c.seatHeightNonAdjustable())
                .seatDepth(c.seatDepth()).seatDepthNonAdjustable(c.seatDepthNonAdjustable())
                .armrest(c.armrest()).armrestHard(c.armrestHard()).armrestTooWide(c.armrestTooWide())
                .armrestNonAdjustable(c.armrestNonAdjustable())
                .backSupport(c.backSupport()).backSupportWorkSurfaceTooHigh(c.backSupportWorkSurfaceTooHigh())
                .backSupportNonAdjustable(c.backSupportNonAdjustable())
                .chairHoursPerDay(c.chairHoursPerDay())
                .monitor(c.monitor()).monitorTooFar(c.monitorTooFar()).monitorNeckTwist(c.monitorNeckTwist())
                .monitorGlare(c.monitorGlare()).monitorNoDocumentHolder(c.monitorNoDocumentHolder())
                .monitorHoursPerDay(c.monitorHoursPerDay())
                .phone(c.phone()).phoneNeckShoulderHold(c.phoneNeckShoulderHold())
                .phoneNoHandsFree(c.phoneNoHandsFree()).phoneHoursPerDay(c.phoneHoursPerDay())
                .mouse(c.mouse()).mouseDifferentSurface(c.mouseDifferentSurface()).mousePinchGrip(c.mousePinchGrip())
                .mouseHardPalmRest(c.mouseHardPalmRest()).mouseHoursPerDay(c.mouseHoursPerDay())
                .keyboard(c.keyboard()).keyboardDeviation(c.keyboardDeviation()).keyboardTooHigh(c.keyboardTooHigh())
                .keyboardOverheadReach(c.keyboardOverheadReach()).keyboardNonAdjustable(c.keyboardNonAdjustable())
                .keyboardHoursPerDay(c.keyboardHoursPerDay())
                .origin(c.origin());
        for (RosaFinding f : fixed) {
            f.neutral.accept(b);
        }
        return b.build();
    }
}
