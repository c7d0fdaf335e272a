package dev.ergo.engine.office;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The recommendation codes of the office factor: the workstation set-up targets (docs/methods.md
 * §3.2) and the fixes for ROSA findings (§3.1.2, §3.1.9). {@link #code()} is the stable code written to
 * {@code results.jsonl} and {@code results.csv}.
 *
 * <p>A ROSA code's fix is the neutral set-up that the ROSA form describes for score 1 of the item
 * (Sonne, Villalta &amp; Andrews 2012). Where a Workstation row gives measured numbers for the same
 * thing, the employee gets the workstation code instead, with the ROSA finding named in its rule.
 *
 * @since 0.2
 */
@API(status = API.Status.MAINTAINED, since = "0.2")
public enum OfficeAction {
    /** Set the adjustable desk so that the keyboard's home row is at elbow height (§3.2.2 step 2). */
    DESK_HEIGHT(false),
    /** A fixed desk lower than the ideal work surface: raise it (§3.2.2 step 4). */
    DESK_TOO_LOW(false),
    /** The needed seat height lies outside the chair's range: another chair (§3.2.2 step 1). */
    CHAIR_RANGE(false),
    /** Set the seat to its target height (§3.2.2 steps 1 and 3). */
    SEAT_HEIGHT(false),
    /** The feet do not rest flat: lower the seat (§3.2.2 step 1). */
    SEAT_TOO_HIGH(false),
    /** Provide a footrest of the computed height (§3.2.2 step 3). */
    FOOTREST(false),
    /** Set the existing footrest to the computed height (§3.2.2 step 3). */
    FOOTREST_ADJUST(false),
    /** The chair has no lumbar support: add a cushion at about 19 cm (§3.2.2 step 6). */
    LUMBAR_CUSHION(false),
    /** A fixed lumbar support: check that it meets the small of the back (§3.2.2 step 6). */
    LUMBAR_CHECK(false),
    /** Set the adjustable lumbar support at about 19 cm (§3.2.2 step 6). */
    LUMBAR_SUPPORT(false),
    /** Recline the backrest to 95–110° (§3.2.2 step 9). */
    BACKREST_ANGLE(false),
    /** Top of the screen at or below seated eye height (§3.2.2 step 7). */
    MONITOR_HEIGHT(false),
    /** Screen 50–75 cm from the eyes (§3.2.2 step 7). */
    MONITOR_DISTANCE(false),
    /** Set adjustable armrests to elbow rest height (§3.2.2 step 8). */
    ARMRESTS(false),
    /** Fixed armrests: check their height against elbow rest height (§3.2.2 step 8). */
    ARMRESTS_FIXED(false),
    /** The seat is too deep for the buttock–popliteal length (§3.2.2 step 5). */
    SEAT_DEPTH(false),

    /** ROSA seat pan height 2 (knees not at 90°): set the seat so that the knees are at 90°, feet flat. */
    ROSA_SEAT_HEIGHT(true),
    /** ROSA seat pan height 3 (no foot contact): lower the seat, else a footrest (§3.1.9). */
    ROSA_FOOT_SUPPORT(true),
    /** ROSA seat pan height +1 insufficient space under the desk: clear the leg space. */
    ROSA_LEG_SPACE(true),
    /** ROSA seat pan height +1 non-adjustable: a chair whose seat height can be adjusted. */
    ROSA_SEAT_HEIGHT_ADJUSTABLE(true),
    /** ROSA seat pan depth 2: about 7.5 cm between the seat's edge and the back of the knee. */
    ROSA_SEAT_DEPTH(true),
    /** ROSA seat pan depth +1 non-adjustable: a chair whose seat depth can be adjusted. */
    ROSA_SEAT_DEPTH_ADJUSTABLE(true),
    /** ROSA armrests 2: elbows supported in line with the shoulders, shoulders relaxed. */
    ROSA_ARMREST_HEIGHT(true),
    /** ROSA armrests +1 hard or damaged surface: padded armrests. */
    ROSA_ARMREST_SOFT(true),
    /** ROSA armrests +1 too wide: armrests close to the body. */
    ROSA_ARMREST_WIDTH(true),
    /** ROSA armrests +1 non-adjustable: adjustable armrests, or none. */
    ROSA_ARMREST_ADJUSTABLE(true),
    /** ROSA back support 2: lumbar support in the small of the back, reclined 95–110°. */
    ROSA_BACK_SUPPORT(true),
    /** ROSA back support +1 work surface too high: lower the desk or keyboard, or raise the seat with a footrest. */
    ROSA_WORK_SURFACE_HEIGHT(true),
    /** ROSA back support +1 non-adjustable: a backrest adjustable in height and tilt. */
    ROSA_BACK_SUPPORT_ADJUSTABLE(true),
    /** ROSA monitor 2 or 3 (too low or too high): top of the screen at eye height. */
    ROSA_MONITOR_HEIGHT(true),
    /** ROSA monitor +1 too far: the screen at about an arm's length, 50–75 cm. */
    ROSA_MONITOR_DISTANCE(true),
    /** ROSA monitor +1 neck twist over 30°: the screen straight in front. */
    ROSA_MONITOR_IN_FRONT(true),
    /** ROSA monitor +1 glare: remove the glare. */
    ROSA_MONITOR_GLARE(true),
    /** ROSA monitor +1 documents without holder: a document holder. */
    ROSA_DOCUMENT_HOLDER(true),
    /** ROSA telephone 2 (reach over 30 cm): the phone within 30 cm. */
    ROSA_PHONE_REACH(true),
    /** ROSA telephone +2 neck-shoulder hold and/or +1 no hands-free option: a headset or speakerphone. */
    ROSA_PHONE_HEADSET(true),
    /** ROSA mouse 2 (reaching): the mouse in line with the shoulder. */
    ROSA_MOUSE_REACH(true),
    /** ROSA mouse +2 mouse and keyboard on different surfaces: the mouse beside the keyboard. */
    ROSA_MOUSE_SAME_SURFACE(true),
    /** ROSA mouse +1 pinch grip (small mouse): a mouse that fits the hand. */
    ROSA_MOUSE_FIT(true),
    /** ROSA mouse +1 hard palm rest in front of the mouse: remove it. */
    ROSA_PALM_REST(true),
    /** ROSA keyboard 2 (wrists extended over 15° or keyboard tilted up): the keyboard flat, wrists straight. */
    ROSA_KEYBOARD_FLAT(true),
    /** ROSA keyboard +1 deviation while typing: wrists straight, keyboard in front. */
    ROSA_KEYBOARD_WRISTS(true),
    /** ROSA keyboard +1 too high: home row at about elbow height. */
    ROSA_KEYBOARD_HEIGHT(true),
    /** ROSA keyboard +1 reaching to overhead items: things within reach. */
    ROSA_OVERHEAD_ITEMS(true),
    /** ROSA keyboard +1 non-adjustable keyboard platform: an adjustable platform or desk. */
    ROSA_KEYBOARD_PLATFORM(true);

    private final boolean rosa;

    OfficeAction(boolean rosa) {
        this.rosa = rosa;
    }

    /** @return the stable code, equal to the constant's name, not null */
    public String code() {
        return name();
    }

    /** @return true for a fix of a ROSA finding, false for a workstation set-up target */
    public boolean isRosa() {
        return rosa;
    }

    /**
     * Returns the action of a recommendation code.
     *
     * @param code a recommendation code, not null
     * @return the action, or empty when the code is not an office code
     */
    public static Optional<OfficeAction> fromCode(String code) {
        for (OfficeAction a : values()) {
            if (a.name().equals(code)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
