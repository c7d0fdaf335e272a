package dev.ergo.engine.internal.contact;

import dev.ergo.engine.contact.ContactCriterion;
import dev.ergo.engine.contact.ContactExposure;
import dev.ergo.engine.contact.ContactFinding;
import static dev.ergo.engine.internal.Numbers.oneDecimal;

import dev.ergo.engine.Recommendation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Advice for each contact-stress finding, with the numbers behind it. */
public final class ContactAdvisor {
    private ContactAdvisor() {}

    /** Checklist positions: after the repetitive-motion advice (100–106). */
    public static final int PRIORITY_TOOL = 106;
    public static final int PRIORITY_KNEE_PADS = 110;
    public static final int PRIORITY_PADDING = 112;
    /** Every contact-stress recommendation's source starts with this: how the reader tells them from other advice. */
    public static final String SOURCE_PREFIX = "methods-lifting-vibration-repetitive-contact §4; ";

    public static Recommendation advise(ContactFinding f) {
        ContactCriterion c = f.criterion();
        String tasks = quoted(f.tasks());
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("hoursPerDay", f.hoursPerDay());
        Double maxRate = f.contributions().stream().map(ContactFinding.Contribution::ratePerHour)
                .filter(java.util.Objects::nonNull).max(Double::compare).orElse(null);
        if (maxRate != null) {
            values.put("ratePerHour", maxRate);
        }
        String rule = c.heading();
        String source = SOURCE_PREFIX + c.zone().source();
        ContactCriterion caution = c.exposure() == ContactExposure.KNEE_IMPACT
                ? ContactCriterion.WA_CAUTION_KNEE_IMPACT
                : ContactCriterion.WA_CAUTION_HAND_IMPACT;
        Double cautionRate = caution.ratePerHourAbove();
        String goal = "keep it to " + oneDecimal(cautionRate == null ? 0 : cautionRate) + " times an hour or fewer, or to "
                + oneDecimal(caution.hoursPerDayAbove()) + " h a day or less";
        return switch (c.exposure()) {
            case HAND_IMPACT -> new Recommendation("TOOL_CHANGE", PRIORITY_TOOL,
                    "Stop striking with the heel of the hand in " + tasks + " (now " + now(f)
                            + "): use a soft-faced mallet, a press or a tool that seats the part; " + goal + ".",
                    values, rule, source);
            case KNEE_IMPACT -> new Recommendation("KNEE_PADS", PRIORITY_KNEE_PADS,
                    "Replace knee strikes in " + tasks + " (now " + now(f) + ") with a power stretcher or another"
                            + " tool, and wear knee pads meanwhile; " + goal + ".",
                    values, rule, source);
            case KNEELING -> new Recommendation("KNEE_PADS", PRIORITY_KNEE_PADS,
                    "Cut kneeling in " + tasks + " from " + oneDecimal(f.hoursPerDay()) + " h to "
                            + oneDecimal(ContactCriterion.WA_CAUTION_KNEELING.hoursPerDayAbove())
                            + " h a day or less: raise the work, use long-handled tools or a low seat, and rotate"
                            + " tasks; wear knee pads or use a kneeling mat while kneeling.",
                    values, rule, source);
            case HARD_EDGE -> new Recommendation("PADDING", PRIORITY_PADDING,
                    "Remove the hard-edge pressure" + part(f) + " in " + tasks + " (" + oneDecimal(f.hoursPerDay())
                            + " h a day): round or pad the edge, add a soft rest, and use tool handles long enough"
                            + " to end beyond the palm; padded gloves help meanwhile.",
                    values, rule, source);
        };
    }

    private static String now(ContactFinding f) {
        if (f.contributions().size() == 1) {
            ContactFinding.Contribution c = f.contributions().get(0);
            return oneDecimal(c.ratePerHour() == null ? 0 : c.ratePerHour()) + " times an hour for " + oneDecimal(c.hoursPerDay())
                    + " h a day";
        }
        return oneDecimal(f.hoursPerDay()) + " h a day in all";
    }

    private static String part(ContactFinding f) {
        String p = f.contributions().get(0).bodyPart();
        return p == null || p.isBlank() ? "" : " on the " + p;
    }

    private static String quoted(List<String> tasks) {
        return String.join(" and ", tasks.stream().map(t -> "'" + t + "'").toList());
    }
}
