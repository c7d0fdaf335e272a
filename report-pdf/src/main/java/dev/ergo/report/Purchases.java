package dev.ergo.report;

import dev.ergo.engine.Recommendation;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a recommendation into a plain-words line of the summary's "What to buy or change" list, with
 * the words each section renderer supplies for its codes ({@link SectionRenderers#ACTION_LABELS}).
 * A code no renderer knows stays readable as "Other: …".
 */
final class Purchases {
    private Purchases() {}

    static String category(Recommendation r) {
        return category(r.code(), SectionRenderers.ACTION_LABELS);
    }

    static String category(String code, Map<String, String> labels) {
        String words = labels.get(code);
        return words != null ? words : "Other: " + code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
