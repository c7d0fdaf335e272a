package dev.ergo.report.internal.repetitive;

import dev.ergo.model.text.Texts;
import dev.ergo.report.internal.spi.SectionRenderer;
import java.util.List;
import java.util.Map;

/** The summary's words for the repetitive-motion codes, which the Hand Activity TLV and the RSI share. */
final class RepetitiveLabels {
    private RepetitiveLabels() {}

    /** TOOL_CHANGE is shared with the contact-stress renderer, which uses the same code and words for hand strikes. */
    static final List<String> CODES = List.of("REDUCE_HAND_FORCE", "SLOW_PACE", "JOB_ROTATION", "TOOL_CHANGE");

    static Map<String, String> labels(Texts t) {
        return SectionRenderer.actionLabels(CODES, t);
    }
}
