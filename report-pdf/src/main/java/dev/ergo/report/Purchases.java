package dev.ergo.report;

import dev.ergo.engine.Recommendation;
import dev.ergo.model.text.Texts;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a recommendation into a plain-words line of the summary's "What to buy or change" list, with
 * the words each section renderer supplies for its codes ({@link SectionRenderers#actionLabels(Texts)}).
 * A code no renderer knows stays readable as "Other: …".
 */
final class Purchases {
    private Purchases() {}

    static String category(Recommendation r, Texts texts) {
        return category(r.code(), SectionRenderers.actionLabels(texts), texts);
    }

    static String category(String code, Map<String, String> labels, Texts texts) {
        String words = labels.get(code);
        return words != null ? words
                : texts.text("summary.otherAction", "code", code.toLowerCase(Locale.ROOT).replace('_', ' '));
    }
}
