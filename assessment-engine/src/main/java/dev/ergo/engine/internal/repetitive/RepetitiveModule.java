package dev.ergo.engine.internal.repetitive;

import dev.ergo.model.text.Message;
import dev.ergo.engine.repetitive.HandActivityEdition;
import dev.ergo.engine.repetitive.HandActivityResult;
import dev.ergo.engine.repetitive.HandActivityScore;
import dev.ergo.engine.repetitive.HandActivityTlv;
import dev.ergo.engine.repetitive.RepetitiveSettings;
import dev.ergo.engine.repetitive.RevisedStrainIndex;
import dev.ergo.engine.repetitive.RevisedStrainIndexResult;
import dev.ergo.engine.repetitive.RsiScore;
import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.ResultSection;
import dev.ergo.engine.internal.AssessmentContext;
import dev.ergo.engine.internal.FactorModule;
import dev.ergo.engine.internal.json.SectionCodec;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.repetitive.RepetitiveTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The repetitive-motion factor module: the Hand Activity TLV for every row of the {@code Repetitive}
 * sheet and the Revised Strain Index for the rows that carry its inputs.
 *
 * <p>Produces up to two factor results, each with its own light: {@link HandActivityResult}
 * ({@code handActivity}) and, when any row has the RSI inputs, {@link RevisedStrainIndexResult}
 * ({@code revisedStrainIndex}). The engine's registry uses the no-argument constructor, which takes the
 * edition from {@link RepetitiveSettings#HAND_ACTIVITY_EDITION} (2018 lines by default; set it to 2001 in
 * {@link dev.ergo.engine.AssessmentOptions}), or a library user calls
 * {@link HandActivityTlv#assess(RepetitiveTask, HandActivityEdition)} directly.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RepetitiveModule implements FactorModule {
    private final @Nullable HandActivityEdition edition;

    /** Creates the module that uses the edition of {@link RepetitiveSettings#HAND_ACTIVITY_EDITION} (2018 by default). */
    public RepetitiveModule() {
        this.edition = null;
    }

    /**
     * Creates the module with a TLV edition.
     *
     * @param edition the edition, not null
     */
    public RepetitiveModule(HandActivityEdition edition) {
        this.edition = Objects.requireNonNull(edition, "edition must not be null");
    }

    /** @return the TLV edition fixed at construction, or null when the assessment's setting decides */
    public @Nullable HandActivityEdition edition() {
        return edition;
    }

    @Override
    public List<SectionCodec<?>> codecs() {
        return List.of(new HandActivityCodec(), new RevisedStrainIndexCodec());
    }

    @Override
    public List<ResultSection> assess(EmployeeSurvey survey, AssessmentContext context) {
        List<RepetitiveTask> tasks = survey.sections(RepetitiveTask.class);
        if (tasks.isEmpty()) {
            return List.of();
        }
        HandActivityEdition edition = this.edition != null
                ? this.edition
                : context.options().get(RepetitiveSettings.HAND_ACTIVITY_EDITION);
        List<HandActivityScore> tlv = new ArrayList<>();
        List<Recommendation> tlvAdvice = new ArrayList<>();
        List<RsiScore> rsi = new ArrayList<>();
        List<Recommendation> rsiAdvice = new ArrayList<>();
        for (RepetitiveTask t : tasks) {
            HandActivityScore s = HandActivityTlv.assess(t, edition);
            tlv.add(s);
            tlvAdvice.addAll(RepetitiveAdvisor.handActivity(s, context.texts()));
            if (!s.withinScope()) {
                boolean open = edition.scopeMaxHours() >= 24;
                context.note("note.tlv.scope", "task", s.task(), "hand", s.hand(), "hours", Message.plain(s.hoursPerDay(), 1),
                        "edition", edition.label(), "open", open ? "yes" : "no",
                        "min", Message.plain(edition.scopeMinHours(), 1), "max", Message.plain(edition.scopeMaxHours(), 1));
            }
            if (!s.insidePlottedRange()) {
                context.note("note.tlv.plotted", "task", s.task(), "hand", s.hand(), "hal", Message.plain(s.hal(), 1),
                        "edition", edition.label(), "min", Message.plain(edition.plottedHalMin(), 1),
                        "max", Message.plain(edition.plottedHalMax(), 1));
            }
            if (t.hasRsiInputs()) {
                RsiScore r = RevisedStrainIndex.score(t);
                rsi.add(r);
                rsiAdvice.addAll(RepetitiveAdvisor.rsi(r, context.texts()));
            }
        }
        List<ResultSection> out = new ArrayList<>();
        out.add(new HandActivityResult(edition, tlv, tlvAdvice));
        if (!rsi.isEmpty()) {
            out.add(new RevisedStrainIndexResult(rsi, rsiAdvice));
        }
        return out;
    }
}
