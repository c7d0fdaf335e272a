package dev.ergo.report.internal.repetitive;

import java.util.Map;

/** The summary's words for the repetitive-motion codes, which the Hand Activity TLV and the RSI share. */
final class RepetitiveLabels {
    private RepetitiveLabels() {}

    /** Shared with the contact-stress renderer, which uses the same code for hand strikes. */
    static final String TOOL_CHANGE = "Tools, grips or work methods to change";

    static final Map<String, String> LABELS = Map.of(
            "REDUCE_HAND_FORCE", "Tasks to redesign for less hand force (tools, jigs, lighter parts)",
            "SLOW_PACE", "Repetitive tasks to slow down or give pauses",
            "JOB_ROTATION", "Job rotation to arrange for repetitive tasks",
            "TOOL_CHANGE", TOOL_CHANGE);
}
