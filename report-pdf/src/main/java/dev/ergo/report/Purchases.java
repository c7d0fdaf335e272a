package dev.ergo.report;

import dev.ergo.engine.Recommendation;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a recommendation into a plain-words line of the summary's "What to buy or change" list.
 *
 * <p>Two codes cover both buying and adjusting: {@code FOOTREST} (a footrest to provide, or an
 * existing one to set) and {@code LUMBAR_SUPPORT} (a cushion where the chair has none, a fixed
 * support to check, an adjustable one to set). The engine gives them one code each, so the
 * distinction is read from the engine's wording here, in one place, and pinned by tests.
 */
final class Purchases {
    private Purchases() {}

    private static final Map<String, String> BY_CODE = Map.ofEntries(
            Map.entry("DESK_HEIGHT", "Desks to adjust"),
            Map.entry("DESK_TOO_LOW", "Desks too low (risers or new desk)"),
            Map.entry("CHAIR_RANGE", "Chairs whose range is too small"),
            Map.entry("SEAT_HEIGHT", "Seats to set to a new height"),
            Map.entry("SEAT_TOO_HIGH", "Seats to lower (feet not flat)"),
            Map.entry("FOOTREST", "Footrests to provide"),
            Map.entry("LUMBAR_SUPPORT", "Lumbar supports to set"),
            Map.entry("BACKREST_ANGLE", "Backrests to re-angle"),
            Map.entry("MONITOR_HEIGHT", "Screen heights to set"),
            Map.entry("MONITOR_DISTANCE", "Screens to move nearer or further"),
            Map.entry("ARMRESTS", "Armrests to set"),
            Map.entry("SEAT_DEPTH", "Seats too deep (shorten or replace)"));

    static String category(Recommendation r) {
        switch (r.code()) {
            case "FOOTREST":
                if (r.text().startsWith("Set your footrest")) {
                    return "Footrests to adjust";
                }
                break;
            case "LUMBAR_SUPPORT":
                if (r.rule().startsWith("chair without lumbar support")) {
                    return "Lumbar supports/cushions to provide";
                }
                if (r.rule().startsWith("fixed lumbar support")) {
                    return "Fixed lumbar supports to check";
                }
                break;
            case "ARMRESTS":
                if (r.text().startsWith("Your armrests are fixed")) {
                    return "Fixed armrests to check";
                }
                break;
            default:
                break;
        }
        String words = BY_CODE.get(r.code());
        return words != null ? words : "Other: " + r.code().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
