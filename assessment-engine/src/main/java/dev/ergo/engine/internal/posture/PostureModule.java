package dev.ergo.engine.internal.posture;

import dev.ergo.engine.posture.Owas;
import dev.ergo.engine.posture.OwasResult;
import dev.ergo.engine.posture.PostureConventions;
import dev.ergo.engine.posture.PostureResult;
import dev.ergo.engine.posture.PostureSettings;
import dev.ergo.engine.posture.PostureTaskResult;
import dev.ergo.engine.posture.Reba;
import dev.ergo.engine.posture.RebaResult;
import dev.ergo.engine.posture.Rula;
import dev.ergo.engine.posture.RulaResult;
import dev.ergo.engine.posture.RulaTableA;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.ResultSection;
import dev.ergo.engine.internal.AssessmentContext;
import dev.ergo.engine.internal.FactorModule;
import dev.ergo.engine.internal.json.SectionCodec;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.posture.PostureObservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The posture factor module: RULA, REBA and OWAS for every row of the {@code Postures} sheet.
 *
 * <p>The RULA Table A version is fixed per module instance (default
 * {@link PostureConventions#DEFAULT_TABLE_A}). Stateless and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PostureModule implements FactorModule {
    private final @Nullable RulaTableA tableA;

    /** Creates the module that uses the Table A of {@link PostureSettings#RULA_TABLE_A} (1993 by default). */
    public PostureModule() {
        this.tableA = null;
    }

    /**
     * Creates the module with a RULA Table A version.
     *
     * @param tableA the version, not null
     */
    public PostureModule(RulaTableA tableA) {
        this.tableA = Objects.requireNonNull(tableA, "tableA must not be null");
    }

    /** @return the RULA Table A version used without a context: the one fixed at construction, else the default */
    public RulaTableA tableA() {
        return tableA != null ? tableA : PostureConventions.DEFAULT_TABLE_A;
    }

    @Override
    public List<SectionCodec<?>> codecs() {
        return List.of(new PostureCodec());
    }

    @Override
    public List<ResultSection> assess(EmployeeSurvey survey, AssessmentContext context) {
        List<PostureObservation> rows = survey.sections(PostureObservation.class);
        if (rows.isEmpty()) {
            return List.of();
        }
        PostureResult result = assess(rows, tableA != null ? tableA : context.options().get(PostureSettings.RULA_TABLE_A),
                context.texts());
        for (PostureTaskResult t : result.tasks()) {
            t.defaultsNote().ifPresent(context::note);
        }
        return List.of(result);
    }

    /**
     * Scores posture rows without an assessment context.
     *
     * @param rows the rows, not empty, each with its required values
     * @return the result, not null
     * @throws IllegalArgumentException if there are no rows, or a required angle is missing or an OWAS code malformed
     */
    public PostureResult assess(List<PostureObservation> rows) {
        return assess(rows, tableA(), dev.ergo.engine.internal.EngineTexts.english());
    }

    private static PostureResult assess(List<PostureObservation> rows, RulaTableA tableA,
            dev.ergo.model.text.Texts texts) {
        List<PostureTaskResult> tasks = new ArrayList<>();
        for (PostureObservation o : rows) {
            tasks.add(scoreTask(o, tableA, texts));
        }
        return new PostureResult(tableA, tasks);
    }

    public static PostureTaskResult scoreTask(PostureObservation o, RulaTableA tableA) {
        return scoreTask(o, tableA, dev.ergo.engine.internal.EngineTexts.english());
    }

    /** Scores one task, with its advice in a language. */
    public static PostureTaskResult scoreTask(PostureObservation o, RulaTableA tableA, dev.ergo.model.text.Texts texts) {
        RulaResult rula = Rula.score(o, tableA);
        RebaResult reba = Reba.score(o);
        @Nullable OwasResult owas = o.owasCode() == null ? null : Owas.score(o.owasCode());
        List<Recommendation> advice =
                PostureAdvisor.recommend(o, rula, reba, tableA, PostureTaskResult.taskRisk(rula, reba),
                        texts);
        return new PostureTaskResult(o.task(), o.side(), o.origin(), rula, reba, owas, PostureDefaults.defaulted(o),
                advice);
    }
}
