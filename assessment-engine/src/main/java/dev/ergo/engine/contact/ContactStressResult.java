package dev.ergo.engine.contact;

import dev.ergo.engine.FactorResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The contact-stress factor of one employee: the criteria their tasks meet.
 *
 * <p>Traffic light: any hazard-zone finding {@link Risk#HIGH}; otherwise any caution-zone or
 * toolkit-rule finding {@link Risk#MEDIUM}; no finding {@link Risk#LOW} (one place:
 * {@link ContactZone#risk()}, worst over the findings).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param tasksAssessed the number of {@code ContactStress} rows assessed
 * @param findings the criteria met, most severe first, not null
 * @param recommendations the advice, not null
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ContactStressResult(int tasksAssessed, List<ContactFinding> findings, List<Recommendation> recommendations)
        implements FactorResult {

    /** Copies the lists. */
    public ContactStressResult {
        findings = List.copyOf(findings);
        recommendations = List.copyOf(recommendations);
    }

    @Override
    public Risk risk() {
        return Risk.worst(findings.stream().map(ContactFinding::risk).toList());
    }

    /**
     * Returns the findings in plain words, each naming the criterion that fired.
     *
     * @return the texts, most severe first, not null
     */
    public List<String> findingTexts() {
        return findings.stream().map(ContactFinding::text).toList();
    }

    @Override
    public String method() {
        return "Washington State caution zone (WAC 296-62-05105) and hazard zone (WAC 296-62-05174) criteria for"
                + " repeated impact and kneeling (rule repealed 2003, used as a checklist; docs/methods.md §8);"
                + " hard-edge contact: toolkit rule";
    }

    @Override
    public String key() {
        return "contactStress";
    }
}
