package dev.ergo.engine.internal.contact;

import dev.ergo.engine.Recommendation;
import dev.ergo.engine.contact.ContactCriterion;
import dev.ergo.engine.contact.ContactFinding;
import dev.ergo.engine.contact.ContactStressResult;
import dev.ergo.engine.internal.json.CsvColumn;
import dev.ergo.engine.internal.json.JsonObject;
import dev.ergo.engine.internal.json.JsonOut;
import dev.ergo.engine.internal.json.SectionCodec;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The {@code contactStress} member and the {@code contact_stress_*} columns.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class ContactStressCodec implements SectionCodec<ContactStressResult> {
    /**
     * How the advice's source starts in results.jsonl lines written before sources cited docs/methods.md
     * (ergo 0.1), still read (baselines, re-runs).
     */
    private static final String SOURCE_PREFIX_0_1 = "methods-lifting-vibration-repetitive-contact §4; ";

    /** Creates the codec. */
    public ContactStressCodec() {}

    @Override
    public Class<ContactStressResult> type() {
        return ContactStressResult.class;
    }

    @Override
    public String key() {
        return "contactStress";
    }

    @Override
    public void write(ContactStressResult r, JsonOut w) {
        w.name(key()).beginObject()
                .field("risk", r.risk().name())
                .strings("findings", r.findingTexts());
        w.name("findingDetails").beginArray();
        for (ContactFinding f : r.findings()) {
            ContactCriterion c = f.criterion();
            w.beginObject()
                    .field("criterion", c.name())
                    .field("zone", c.zone().name())
                    .field("exposure", c.exposure().name())
                    .field("risk", f.risk().name())
                    .field("source", c.zone().source())
                    .field("ratePerHourAbove", c.ratePerHourAbove())
                    .field("hoursPerDayAbove", c.hoursPerDayAbove())
                    .field("hoursPerDay", f.hoursPerDay())
                    .field("text", f.text());
            w.name("tasks").beginArray();
            for (ContactFinding.Contribution t : f.contributions()) {
                w.beginObject()
                        .field("task", t.task())
                        .field("ratePerHour", t.ratePerHour())
                        .field("hoursPerDay", t.hoursPerDay())
                        .field("bodyPart", t.bodyPart())
                        .endObject();
            }
            w.endArray().endObject();
        }
        w.endArray();
        w.field("tasksAssessed", r.tasksAssessed()).endObject();
    }

    @Override
    public ContactStressResult read(JsonObject line, List<Recommendation> recommendations) {
        JsonObject o = line.object(key());
        List<ContactFinding> findings = o.objects("findingDetails").stream()
                .map(f -> new ContactFinding(f.constant("criterion", ContactCriterion.values()), f.number("hoursPerDay"),
                        f.objects("tasks").stream()
                                .map(t -> new ContactFinding.Contribution(t.text("task"), t.optNumber("ratePerHour"),
                                        t.number("hoursPerDay"), t.optText("bodyPart")))
                                .toList()))
                .toList();
        return new ContactStressResult(o.integer("tasksAssessed"), findings, recommendations);
    }

    @Override
    public boolean claims(Recommendation r) {
        return r.source().startsWith(ContactAdvisor.SOURCE_PREFIX) || r.source().startsWith(SOURCE_PREFIX_0_1);
    }

    @Override
    public List<CsvColumn<ContactStressResult>> csvColumns() {
        return List.of(
                CsvColumn.of("contact_stress_risk", ContactStressResult::risk),
                CsvColumn.of("contact_stress_criteria", r -> String.join(" ",
                        r.findings().stream().map(f -> f.criterion().name()).distinct().toList())),
                CsvColumn.of("contact_stress_findings", r -> r.findings().size()));
    }

    /** The key figure: the number of findings. */
    @Override
    public Number keyFigure(ContactStressResult section) {
        return section.findings().size();
    }
}
