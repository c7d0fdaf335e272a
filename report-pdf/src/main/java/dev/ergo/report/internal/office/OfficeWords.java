package dev.ergo.report.internal.office;

import dev.ergo.engine.Recommendation;
import dev.ergo.engine.office.OfficeAction;
import dev.ergo.report.internal.spi.Styles;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The report's words for the office recommendation codes: the summary's "What to buy or change" line
 * and the short action of the "Top recommendations" column. Exhaustive switches over
 * {@link OfficeAction}, so a new code does not compile without its words.
 */
final class OfficeWords {
    private OfficeWords() {}

    /** The labels of the workstation codes ({@code rosa} false) or of the ROSA codes ({@code rosa} true). */
    static Map<String, String> labels(boolean rosa) {
        Map<String, String> out = new LinkedHashMap<>();
        for (OfficeAction a : OfficeAction.values()) {
            if (a.isRosa() == rosa) {
                out.put(a.code(), label(a));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** What to buy or change, counted over employees; codes for the same thing share their words. */
    static String label(OfficeAction a) {
        return switch (a) {
            case DESK_HEIGHT -> "Desks to adjust";
            case DESK_TOO_LOW -> "Desks too low (risers or new desk)";
            case CHAIR_RANGE -> "Chairs whose range is too small";
            case SEAT_HEIGHT, ROSA_SEAT_HEIGHT -> "Seats to set to a new height";
            case SEAT_TOO_HIGH -> "Seats to lower (feet not flat)";
            case FOOTREST -> "Footrests to provide";
            case FOOTREST_ADJUST -> "Footrests to adjust";
            case LUMBAR_CUSHION -> "Lumbar supports/cushions to provide";
            case LUMBAR_CHECK -> "Fixed lumbar supports to check";
            case LUMBAR_SUPPORT -> "Lumbar supports to set";
            case BACKREST_ANGLE -> "Backrests to re-angle";
            case MONITOR_HEIGHT, ROSA_MONITOR_HEIGHT -> "Screen heights to set";
            case MONITOR_DISTANCE, ROSA_MONITOR_DISTANCE -> "Screens to move nearer or further";
            case ARMRESTS, ROSA_ARMREST_HEIGHT -> "Armrests to set";
            case ARMRESTS_FIXED -> "Fixed armrests to check";
            case SEAT_DEPTH -> "Seats too deep (shorten or replace)";
            case ROSA_FOOT_SUPPORT -> "Feet to support (lower seat or footrest)";
            case ROSA_LEG_SPACE -> "Leg space under desks to clear";
            case ROSA_SEAT_HEIGHT_ADJUSTABLE -> "Chairs with adjustable seat height to provide";
            case ROSA_SEAT_DEPTH -> "Seat depths to set";
            case ROSA_SEAT_DEPTH_ADJUSTABLE -> "Chairs with adjustable seat depth to provide";
            case ROSA_ARMREST_SOFT -> "Hard or damaged armrests to pad or replace";
            case ROSA_ARMREST_WIDTH -> "Armrests to bring closer together";
            case ROSA_ARMREST_ADJUSTABLE -> "Adjustable armrests to provide (or remove)";
            case ROSA_BACK_SUPPORT -> "Back supports to set (lumbar support, recline)";
            case ROSA_WORK_SURFACE_HEIGHT -> "Work surfaces too high to lower";
            case ROSA_BACK_SUPPORT_ADJUSTABLE -> "Chairs with adjustable backrest to provide";
            case ROSA_MONITOR_IN_FRONT -> "Screens to place straight ahead";
            case ROSA_MONITOR_GLARE -> "Screens with glare to re-place";
            case ROSA_DOCUMENT_HOLDER -> "Document holders to provide";
            case ROSA_PHONE_REACH -> "Telephones to move within reach";
            case ROSA_PHONE_HEADSET -> "Headsets or speakerphones to provide";
            case ROSA_MOUSE_REACH -> "Mice to move closer";
            case ROSA_MOUSE_SAME_SURFACE -> "Mice to move beside the keyboard";
            case ROSA_MOUSE_FIT -> "Mice that fit the hand to provide";
            case ROSA_PALM_REST -> "Hard palm rests to remove";
            case ROSA_KEYBOARD_FLAT -> "Keyboards to lay flat";
            case ROSA_KEYBOARD_WRISTS -> "Keyboards to place straight ahead";
            case ROSA_KEYBOARD_HEIGHT -> "Keyboards to lower to elbow height";
            case ROSA_OVERHEAD_ITEMS -> "Overhead items to bring within reach";
            case ROSA_KEYBOARD_PLATFORM -> "Adjustable keyboard platforms to provide";
        };
    }

    /** A few words for the summary's list of employees: the action, with its number where there is one. */
    static @Nullable String shortAction(Recommendation r) {
        OfficeAction a = OfficeAction.fromCode(r.code()).orElse(null);
        if (a == null) {
            return null;
        }
        return switch (a) {
            case DESK_HEIGHT -> withCm("Desk at", r, "deskHeightCm", "Adjust the desk height");
            case DESK_TOO_LOW -> withCm("Raise the desk to", r, "idealWorkSurfaceHeightCm", "Raise the desk");
            case CHAIR_RANGE -> withCm("A chair reaching", r, "neededSeatHeightCm", "A chair with a wider range");
            case SEAT_HEIGHT -> withCm("Seat at", r, "seatHeightCm", "Set the seat height");
            case SEAT_TOO_HIGH -> withCm("Lower the seat to", r, "seatHeightCm", "Lower the seat");
            case FOOTREST -> withCm("Footrest", r, "footrestHeightCm", "A footrest") + (has(r, "footrestHeightCm")
                    ? " high" : "");
            case FOOTREST_ADJUST -> withCm("Footrest set to", r, "footrestHeightCm", "Adjust the footrest");
            case LUMBAR_CUSHION -> "Lumbar cushion";
            case LUMBAR_CHECK -> "Check the fixed lumbar support";
            case LUMBAR_SUPPORT -> withCm("Lumbar support at", r, "lumbarSupportHeightCm", "Set the lumbar support");
            case BACKREST_ANGLE -> "Backrest reclined 95–110°";
            case MONITOR_HEIGHT -> withCm("Screen top at", r, "monitorTopHeightCm", "Set the screen height");
            case MONITOR_DISTANCE -> "Screen 50–75 cm away";
            case ARMRESTS -> withCm("Armrests at", r, "armrestHeightCm", "Set the armrests");
            case ARMRESTS_FIXED -> "Check the fixed armrests";
            case SEAT_DEPTH -> withCm("Seat depth at most", r, "maxSeatDepthCm", "A shorter seat");
            case ROSA_SEAT_HEIGHT -> "Seat height: knees at 90°";
            case ROSA_FOOT_SUPPORT -> "Feet flat: lower seat or footrest";
            case ROSA_LEG_SPACE -> "Clear the space under the desk";
            case ROSA_SEAT_HEIGHT_ADJUSTABLE -> "Chair with adjustable seat height";
            case ROSA_SEAT_DEPTH -> "Seat depth: 5–7.5 cm behind the knee";
            case ROSA_SEAT_DEPTH_ADJUSTABLE -> "Chair with adjustable seat depth";
            case ROSA_ARMREST_HEIGHT -> "Armrests at elbow height";
            case ROSA_ARMREST_SOFT -> "Pad or replace the armrests";
            case ROSA_ARMREST_WIDTH -> "Armrests closer together";
            case ROSA_ARMREST_ADJUSTABLE -> "Adjustable armrests, or none";
            case ROSA_BACK_SUPPORT -> "Lumbar support, recline 95–110°";
            case ROSA_WORK_SURFACE_HEIGHT -> "Lower the work surface";
            case ROSA_BACK_SUPPORT_ADJUSTABLE -> "Chair with adjustable backrest";
            case ROSA_MONITOR_HEIGHT -> "Screen top at eye height";
            case ROSA_MONITOR_DISTANCE -> "Screen at arm's length (50–75 cm)";
            case ROSA_MONITOR_IN_FRONT -> "Screen straight ahead";
            case ROSA_MONITOR_GLARE -> "Remove glare on the screen";
            case ROSA_DOCUMENT_HOLDER -> "Use a document holder";
            case ROSA_PHONE_REACH -> "Phone within 30 cm";
            case ROSA_PHONE_HEADSET -> "Use a headset or speakerphone";
            case ROSA_MOUSE_REACH -> "Mouse close, in line with the shoulder";
            case ROSA_MOUSE_SAME_SURFACE -> "Mouse beside the keyboard";
            case ROSA_MOUSE_FIT -> "A mouse that fits the hand";
            case ROSA_PALM_REST -> "Remove the hard palm rest";
            case ROSA_KEYBOARD_FLAT -> "Keyboard flat, wrists straight";
            case ROSA_KEYBOARD_WRISTS -> "Wrists straight, keyboard in front";
            case ROSA_KEYBOARD_HEIGHT -> "Keyboard at elbow height";
            case ROSA_OVERHEAD_ITEMS -> "Bring overhead items within reach";
            case ROSA_KEYBOARD_PLATFORM -> "Adjustable keyboard platform";
        };
    }

    private static boolean has(Recommendation r, String value) {
        return r.values().get(value) != null;
    }

    private static String withCm(String words, Recommendation r, String value, String otherwise) {
        Double v = r.values().get(value);
        return v == null ? otherwise : words + " " + Styles.cm(v);
    }
}
