package dev.ergo.engine.office;

import dev.ergo.model.office.RosaChecklist;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Scores a ROSA checklist (Sonne, Villalta &amp; Andrews 2012; docs/methods.md §3.1.1–§3.1.8).
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.2
 */
@API(status = API.Status.MAINTAINED, since = "0.2")
public final class Rosa {
    private Rosa() {}

    /**
     * Scores one checklist: base scores plus the form's additive flags, durations, and the four tables.
     *
     * @param c the checklist, valid, not null
     * @return the result with every intermediate score, not null
     */
    public static RosaResult score(RosaChecklist c) {
        List<String> clamped = new ArrayList<>();
        // Section A: base scores plus additive flags (docs/methods.md §3.1.2, S8).
        int seatHeight = c.seatHeight() + flag(c.seatHeightNoLegSpace()) + flag(c.seatHeightNonAdjustable());
        int seatDepth = c.seatDepth() + flag(c.seatDepthNonAdjustable());
        int armrest = c.armrest() + flag(c.armrestHard()) + flag(c.armrestTooWide()) + flag(c.armrestNonAdjustable());
        int back = c.backSupport() + flag(c.backSupportWorkSurfaceTooHigh()) + flag(c.backSupportNonAdjustable());
        int chairTable = lookup(RosaTables.CHAIR, seatHeight + seatDepth, 2, armrest + back, 2, "chair", clamped);
        int chairDuration = RosaTables.duration(c.chairHoursPerDay());
        int chair = chairTable + chairDuration; // duration added after the chair table (§3.1.3)

        // Section B: durations added to each item before the lookup (§3.1.3).
        int monitor = c.monitor() + flag(c.monitorTooFar()) + flag(c.monitorNeckTwist()) + flag(c.monitorGlare())
                + flag(c.monitorNoDocumentHolder()) + RosaTables.duration(c.monitorHoursPerDay());
        int phone = c.phone() + 2 * flag(c.phoneNeckShoulderHold()) + flag(c.phoneNoHandsFree())
                + RosaTables.duration(c.phoneHoursPerDay());
        monitor = clamp("monitor", monitor, 0, 7, clamped);
        phone = clamp("phone", phone, 0, 6, clamped);
        int sectionB = RosaTables.MONITOR_PHONE[phone][monitor];

        // Section C.
        int mouse = c.mouse() + 2 * flag(c.mouseDifferentSurface()) + flag(c.mousePinchGrip())
                + flag(c.mouseHardPalmRest()) + RosaTables.duration(c.mouseHoursPerDay());
        int keyboard = c.keyboard() + flag(c.keyboardDeviation()) + flag(c.keyboardTooHigh())
                + flag(c.keyboardOverheadReach()) + flag(c.keyboardNonAdjustable())
                + RosaTables.duration(c.keyboardHoursPerDay());
        mouse = clamp("mouse", mouse, 0, 7, clamped);
        keyboard = clamp("keyboard", keyboard, 0, 7, clamped);
        int sectionC = RosaTables.MOUSE_KEYBOARD[mouse][keyboard];

        int peripherals = RosaTables.PERIPHERALS[sectionB - 1][sectionC - 1];
        int finalScore = RosaTables.FINAL[chair - 1][peripherals - 1];
        return new RosaResult(finalScore, chair, sectionB, sectionC, peripherals, seatHeight, seatDepth, armrest, back,
                chairTable, chairDuration, monitor, phone, mouse, keyboard, clamped);
    }

    private static int flag(Boolean b) {
        return Boolean.TRUE.equals(b) ? 1 : 0;
    }

    /** Clamps an item score to its table axis (docs/methods.md §9.1 item 4) and records that it happened. */
    private static int clamp(String item, int value, int min, int max, List<String> clamped) {
        if (value < min || value > max) {
            clamped.add(item);
            return Math.max(min, Math.min(max, value));
        }
        return value;
    }

    private static int lookup(int[][] table, int row, int rowMin, int col, int colMin, String item, List<String> clamped) {
        int r = clamp(item + " seat height + depth", row, rowMin, rowMin + table.length - 1, clamped);
        int c = clamp(item + " armrest + back support", col, colMin, colMin + table[0].length - 1, clamped);
        return table[r - rowMin][c - colMin];
    }
}
