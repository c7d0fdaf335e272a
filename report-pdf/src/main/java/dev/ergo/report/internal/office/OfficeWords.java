package dev.ergo.report.internal.office;

import dev.ergo.engine.Recommendation;
import dev.ergo.engine.office.OfficeAction;
import dev.ergo.model.text.Texts;
import dev.ergo.report.internal.spi.Styles;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The report's words for the office recommendation codes: the summary's "What to buy or change" line
 * and the short action of the "Top recommendations" column, from the message bundles
 * ({@code office.label.CODE}, {@code office.short.CODE}); a test checks every code has them.
 */
final class OfficeWords {
    private OfficeWords() {}

    /** The value each short action with a number prints, by code. */
    private static final Map<OfficeAction, String> VALUES = Map.ofEntries(
            Map.entry(OfficeAction.DESK_HEIGHT, "deskHeightCm"),
            Map.entry(OfficeAction.DESK_TOO_LOW, "idealWorkSurfaceHeightCm"),
            Map.entry(OfficeAction.CHAIR_RANGE, "neededSeatHeightCm"),
            Map.entry(OfficeAction.SEAT_HEIGHT, "seatHeightCm"),
            Map.entry(OfficeAction.SEAT_TOO_HIGH, "seatHeightCm"),
            Map.entry(OfficeAction.FOOTREST, "footrestHeightCm"),
            Map.entry(OfficeAction.FOOTREST_ADJUST, "footrestHeightCm"),
            Map.entry(OfficeAction.LUMBAR_SUPPORT, "lumbarSupportHeightCm"),
            Map.entry(OfficeAction.MONITOR_HEIGHT, "monitorTopHeightCm"),
            Map.entry(OfficeAction.ARMRESTS, "armrestHeightCm"),
            Map.entry(OfficeAction.SEAT_DEPTH, "maxSeatDepthCm"));

    /** The labels of the workstation codes ({@code rosa} false) or of the ROSA codes ({@code rosa} true). */
    static Map<String, String> labels(boolean rosa, Texts t) {
        Map<String, String> out = new LinkedHashMap<>();
        for (OfficeAction a : OfficeAction.values()) {
            if (a.isRosa() == rosa) {
                out.put(a.code(), label(a, t));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** What to buy or change, counted over employees; codes for the same thing share their words. */
    static String label(OfficeAction a, Texts t) {
        return t.text("office.label." + a.name());
    }

    /** A few words for the summary's list of employees: the action, with its number where there is one. */
    static @Nullable String shortAction(Recommendation r, Texts t) {
        OfficeAction a = OfficeAction.fromCode(r.code()).orElse(null);
        if (a == null) {
            return null;
        }
        String value = VALUES.get(a);
        if (value == null) {
            return t.text("office.short." + a.name());
        }
        Double v = r.values().get(value);
        return v == null ? t.text("office.short." + a.name() + ".unknown")
                : t.text("office.short." + a.name(), "value", Styles.cm(t, v));
    }
}
