package dev.ergo.engine.internal.contact;

import dev.ergo.engine.contact.ContactCriterion;
import dev.ergo.engine.contact.ContactExposure;
import dev.ergo.engine.contact.ContactFinding;

import dev.ergo.engine.Recommendation;
import dev.ergo.engine.internal.EngineTexts;
import dev.ergo.model.text.Message;
import dev.ergo.model.text.Texts;
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
    public static final String SOURCE_PREFIX = "docs/methods.md §8; ";
    /** The zone's own citation of the section the prefix cites (ContactZone.source()), said once. */
    private static final String ZONE_CITATION = "docs/methods.md §8, ";

    /** The advice for a finding, in English. */
    public static Recommendation advise(ContactFinding f) {
        return advise(f, EngineTexts.english());
    }

    /**
     * The advice for a finding.
     *
     * @param f the finding, not null
     * @param texts the engine's texts in the employee's language, not null
     * @return the recommendation, not null
     */
    public static Recommendation advise(ContactFinding f, Texts texts) {
        ContactCriterion c = f.criterion();
        List<Object> tasks = f.tasks().stream().map(t -> (Object) Message.of("contact.task", "task", t)).toList();
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("hoursPerDay", f.hoursPerDay());
        Double maxRate = f.contributions().stream().map(ContactFinding.Contribution::ratePerHour)
                .filter(java.util.Objects::nonNull).max(Double::compare).orElse(null);
        if (maxRate != null) {
            values.put("ratePerHour", maxRate);
        }
        List<Message> rule = List.of(c.headingMessage());
        String source = SOURCE_PREFIX + c.zone().source().replace(ZONE_CITATION, "");
        ContactCriterion caution = c.exposure() == ContactExposure.KNEE_IMPACT
                ? ContactCriterion.WA_CAUTION_KNEE_IMPACT
                : ContactCriterion.WA_CAUTION_HAND_IMPACT;
        Double cautionRate = caution.ratePerHourAbove();
        Message goal = Message.of("contact.goal", "rate", num(cautionRate == null ? 0 : cautionRate), "hours",
                num(caution.hoursPerDayAbove()));
        return switch (c.exposure()) {
            case HAND_IMPACT -> EngineTexts.recommendation("TOOL_CHANGE", PRIORITY_TOOL, texts,
                    Message.of("contact.handImpact", "tasks", tasks, "now", now(f), "goal", goal), values, rule, source);
            case KNEE_IMPACT -> EngineTexts.recommendation("KNEE_PADS", PRIORITY_KNEE_PADS, texts,
                    Message.of("contact.kneeImpact", "tasks", tasks, "now", now(f), "goal", goal), values, rule, source);
            case KNEELING -> EngineTexts.recommendation("KNEE_PADS", PRIORITY_KNEE_PADS, texts,
                    Message.of("contact.kneeling", "tasks", tasks, "hours", num(f.hoursPerDay()), "limit",
                            num(ContactCriterion.WA_CAUTION_KNEELING.hoursPerDayAbove())),
                    values, rule, source);
            case HARD_EDGE -> {
                String p = f.contributions().get(0).bodyPart();
                boolean hasPart = p != null && !p.isBlank();
                yield EngineTexts.recommendation("PADDING", PRIORITY_PADDING, texts,
                        Message.of("contact.hardEdge", "tasks", tasks, "hours", num(f.hoursPerDay()), "hasPart",
                                hasPart ? "yes" : "no", "part", hasPart ? p : ""),
                        values, rule, source);
            }
        };
    }

    private static Message now(ContactFinding f) {
        if (f.contributions().size() == 1) {
            ContactFinding.Contribution c = f.contributions().get(0);
            return Message.of("contact.now.one", "rate", num(c.ratePerHour() == null ? 0 : c.ratePerHour()), "hours",
                    num(c.hoursPerDay()));
        }
        return Message.of("contact.now.all", "hours", num(f.hoursPerDay()));
    }

    private static Message.Decimal num(double v) {
        return dev.ergo.engine.internal.Numbers.decimal(v);
    }
}
