package dev.ergo.engine.posture;

import dev.ergo.engine.internal.posture.PostureModule;
import dev.ergo.engine.internal.posture.PostureAdvisor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.Recommendation;
import dev.ergo.engine.Risk;
import dev.ergo.model.posture.RebaCoupling;
import dev.ergo.model.posture.LoadMode;
import dev.ergo.model.posture.PostureObservation;
import dev.ergo.model.posture.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Invariants over random observations within the workbook's plausible ranges: every score within
 * its method's range, consistent levels and lights, monotone in the adverse flags and the load,
 * recommendations that really lower the score.
 *
 * <p>Three properties, each checked over the same seeded {@link SplittableRandom} observations (3 000
 * by default); the seed is logged. Override with {@code -Dergo.test.seed=N} (or {@code random}) and
 * the case count with {@code -Dergo.test.cases=N}. jqwik is not used: since 1.10 its maintainer asks
 * that it not be used with AI agents, which help write this code.
 */
class PostureInvariantTests {
    private static final Logger LOG = LoggerFactory.getLogger(PostureInvariantTests.class);
    private static final long DEFAULT_SEED = 0x5EED_2026_1124L;
    private static final int DEFAULT_CASES = 3000;
    /** Exact boundary values, drawn often so that the convention is exercised. */
    private static final double[] BOUNDARIES = {-20, 0, 10, 15, -15, 20, 30, 45, 60, 90, 100};

    static long seed() {
        String s = System.getProperty("ergo.test.seed");
        if (s == null || s.isBlank()) {
            return DEFAULT_SEED;
        }
        return s.equalsIgnoreCase("random") ? System.nanoTime() : Long.parseLong(s.strip());
    }

    /**
     * Checks one property over the seeded random observations; a failure names the property, the seed
     * and the case, and carries the case's description.
     */
    private static void forAll(String property, BiConsumer<String, PostureObservation> check) {
        long seed = seed();
        int cases = Integer.getInteger("ergo.test.cases", DEFAULT_CASES);
        LOG.info("{}: seed {} ({} cases); reproduce with -Dergo.test.seed={}", property, seed, cases, seed);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < cases; i++) {
            PostureObservation o = random(rnd, i);
            String ctx = property + " falsified at seed " + seed + " case " + i + ": " + o;
            check.accept(ctx, o);
        }
    }

    private static PostureObservation random(SplittableRandom r, int i) {
        return PostureObservation.builder("task " + i)
                .side(pick(r, Side.values()))
                .upperArmDeg(angle(r, -90, 200))
                .shoulderRaised(flag(r)).upperArmAbducted(flag(r)).armSupported(flag(r))
                .lowerArmDeg(angle(r, 0, 180)).armAcrossMidline(flag(r))
                .wristDeg(angle(r, -90, 90)).wristDeviated(flag(r)).wristTwisted(flag(r))
                .neckDeg(angle(r, -60, 90)).neckTwisted(flag(r)).neckSideBent(flag(r))
                .trunkDeg(angle(r, -60, 120)).trunkTwisted(flag(r)).trunkSideBent(flag(r))
                .seated(flag(r)).legsSupported(flag(r)).legsBilateral(flag(r))
                .kneeDeg(r.nextInt(4) == 0 ? null : angle(r, 0, 160))
                .loadKg(r.nextInt(4) == 0 ? null : r.nextInt(3) == 0 ? pickKg(r) : r.nextDouble(0, 100))
                .loadMode(pick(r, LoadMode.values())).coupling(pick(r, RebaCoupling.values()))
                .staticPosture(flag(r)).repeatedAction(flag(r)).rapidPostureChange(flag(r))
                .owasCode(r.nextBoolean() ? null
                        : "" + (1 + r.nextInt(4)) + (1 + r.nextInt(3)) + (1 + r.nextInt(7)) + (1 + r.nextInt(3)))
                .build();
    }

    private static double angle(SplittableRandom r, double min, double max) {
        if (r.nextInt(3) == 0) {
            double b = BOUNDARIES[r.nextInt(BOUNDARIES.length)];
            if (b >= min && b <= max) {
                return b;
            }
        }
        return r.nextBoolean() ? Math.round(r.nextDouble(min, max) * 2) / 2.0 : r.nextDouble(min, max);
    }

    private static double pickKg(SplittableRandom r) {
        double[] kg = {0, 2, 5, 10};
        return kg[r.nextInt(kg.length)];
    }

    private static @Nullable Boolean flag(SplittableRandom r) {
        int k = r.nextInt(3);
        return k == 0 ? null : k == 1;
    }

    private static <T> @Nullable T pick(SplittableRandom r, T[] values) {
        int k = r.nextInt(values.length + 1);
        return k == values.length ? null : values[k];
    }

    @Test
    void scoresStayInRangeAndAreConsistent() {
        forAll("scoresStayInRangeAndAreConsistent", PostureInvariantTests::scoresStayInRangeAndAreConsistent);
    }

    private static void scoresStayInRangeAndAreConsistent(String ctx, PostureObservation o) {
        for (RulaTableA table : RulaTableA.values()) {
            RulaResult r = Rula.score(o, table);
            assertThat(r.upperArm()).as(ctx).isBetween(1, 6);
            assertThat(r.lowerArm()).as(ctx).isBetween(1, 3);
            assertThat(r.wrist()).as(ctx).isBetween(1, 4);
            assertThat(r.wristTwist()).as(ctx).isBetween(1, 2);
            assertThat(r.neck()).as(ctx).isBetween(1, 6);
            assertThat(r.trunk()).as(ctx).isBetween(1, 6);
            assertThat(r.legs()).as(ctx).isBetween(1, 2);
            assertThat(r.muscleUseA()).as(ctx).isBetween(0, 1);
            assertThat(r.forceA()).as(ctx).isBetween(0, 3);
            assertThat(r.scoreA()).as(ctx).isBetween(1, 9);
            assertThat(r.scoreB()).as(ctx).isBetween(1, 9);
            assertThat(r.scoreC()).as(ctx).isBetween(1, 13).isEqualTo(r.scoreA() + r.muscleUseA() + r.forceA());
            assertThat(r.scoreD()).as(ctx).isBetween(1, 13).isEqualTo(r.scoreB() + r.muscleUseB() + r.forceB());
            assertThat(r.score()).as(ctx).isBetween(1, 7);
            assertThat(r.score() <= 2).as(ctx + " RULA-P1").isEqualTo(r.scoreC() <= 2 && r.scoreD() <= 2);
            assertThat(r.actionLevel()).as(ctx).isBetween(1, 4);
            assertThat(r.tableA()).isEqualTo(table);
            assertThat(r.bodyParts()).as(ctx).hasSize(7).allSatisfy(p -> assertThat(p.explanation()).isNotBlank());
        }
        RulaResult mc = Rula.score(o, RulaTableA.MCATAMNEY_CORLETT_1993);
        RulaResult cornell = Rula.score(o, RulaTableA.CORNELL);
        assertThat(cornell.score()).as(ctx + " Cornell cells are never higher").isLessThanOrEqualTo(mc.score());
        assertThat(cornell.scoreB()).as(ctx).isEqualTo(mc.scoreB());
        assertThat(cornell.bodyParts()).as(ctx).isEqualTo(mc.bodyParts());

        RebaResult b = Reba.score(o);
        assertThat(b.trunk()).as(ctx).isBetween(1, 5);
        assertThat(b.neck()).as(ctx).isBetween(1, 3);
        assertThat(b.legs()).as(ctx).isBetween(1, 4);
        assertThat(b.upperArm()).as(ctx).isBetween(1, 6);
        assertThat(b.lowerArm()).as(ctx).isBetween(1, 2);
        assertThat(b.wrist()).as(ctx).isBetween(1, 3);
        assertThat(b.tableA()).as(ctx).isBetween(1, 9);
        assertThat(b.tableB()).as(ctx).isBetween(1, 9);
        assertThat(b.load()).as(ctx).isBetween(0, 3);
        assertThat(b.coupling()).as(ctx).isBetween(0, 3);
        assertThat(b.activity()).as(ctx).isBetween(0, 3);
        assertThat(b.scoreA()).as(ctx).isBetween(1, 12).isEqualTo(b.tableA() + b.load());
        assertThat(b.scoreB()).as(ctx).isBetween(1, 12).isEqualTo(b.tableB() + b.coupling());
        assertThat(b.scoreC()).as(ctx).isBetween(1, 12);
        assertThat(b.score()).as(ctx).isBetween(1, 15).isEqualTo(b.scoreC() + b.activity());
        assertThat(b.level()).as(ctx).isEqualTo(RebaLevel.of(b.score()));

        if (o.owasCode() != null) {
            assertThat(Owas.score(o.owasCode()).actionCategory()).as(ctx).isBetween(1, 4);
        }
        assertThat(assessorViolations(o)).as(ctx + " generator stays within the workbook ranges").isEmpty();
    }

    @Test
    void adverseInputsNeverLowerAScore() {
        forAll("adverseInputsNeverLowerAScore", PostureInvariantTests::adverseInputsNeverLowerAScore);
    }

    private static void adverseInputsNeverLowerAScore(String ctx, PostureObservation o) {
        List<BiFunction<PostureObservation.Builder, Boolean, PostureObservation.Builder>> adverse = List.of(
                PostureObservation.Builder::shoulderRaised, PostureObservation.Builder::upperArmAbducted,
                PostureObservation.Builder::armAcrossMidline, PostureObservation.Builder::wristDeviated,
                PostureObservation.Builder::wristTwisted, PostureObservation.Builder::neckTwisted,
                PostureObservation.Builder::neckSideBent, PostureObservation.Builder::trunkTwisted,
                PostureObservation.Builder::trunkSideBent, PostureObservation.Builder::staticPosture,
                PostureObservation.Builder::repeatedAction, PostureObservation.Builder::rapidPostureChange,
                (bl, v) -> bl.legsSupported(!v), (bl, v) -> bl.legsBilateral(!v), (bl, v) -> bl.armSupported(!v),
                (bl, v) -> bl.seated(!v));
        for (int k = 0; k < adverse.size(); k++) {
            PostureObservation good = adverse.get(k).apply(o.toBuilder(), false).build();
            PostureObservation bad = adverse.get(k).apply(o.toBuilder(), true).build();
            for (RulaTableA table : RulaTableA.values()) {
                assertThat(Rula.score(bad, table).score()).as(ctx + " RULA item " + k)
                        .isGreaterThanOrEqualTo(Rula.score(good, table).score());
            }
            assertThat(Reba.score(bad).score()).as(ctx + " REBA item " + k)
                    .isGreaterThanOrEqualTo(Reba.score(good).score());
        }
        double kg = o.loadKg() == null ? 0 : o.loadKg();
        PostureObservation heavier = o.toBuilder().loadKg(Math.min(100, kg + 5)).build();
        assertThat(Rula.score(heavier).score()).as(ctx + " load").isGreaterThanOrEqualTo(Rula.score(o).score());
        assertThat(Reba.score(heavier).score()).as(ctx + " load").isGreaterThanOrEqualTo(Reba.score(o).score());
    }

    @Test
    void recommendationsAndDefaultsAreSound() {
        forAll("recommendationsAndDefaultsAreSound", PostureInvariantTests::recommendationsAndDefaultsAreSound);
    }

    private static void recommendationsAndDefaultsAreSound(String ctx, PostureObservation o) {
        PostureTaskResult t = PostureModule.scoreTask(o, RulaTableA.MCATAMNEY_CORLETT_1993);
        assertThat(t.risk()).as(ctx).isEqualTo(t.rula().risk().worse(t.reba().risk()));
        List<Recommendation> recs = t.recommendations();
        assertThat(recs).as(ctx).hasSizeLessThanOrEqualTo(PostureConventions.MAX_RECOMMENDATIONS_PER_TASK);
        if (t.risk() == Risk.LOW) {
            assertThat(recs).as(ctx).isEmpty();
        }
        assertThat(recs).extracting(Recommendation::code).as(ctx).doesNotHaveDuplicates()
                .allMatch(PostureAdvisor.codes()::contains);
        double previousGain = Double.MAX_VALUE;
        for (int i = 0; i < recs.size(); i++) {
            Recommendation r = recs.get(i);
            double rulaDrop = r.values().get("rulaBefore") - r.values().get("rulaAfter");
            double rebaDrop = r.values().get("rebaBefore") - r.values().get("rebaAfter");
            assertThat(r.values().get("rulaBefore")).as(ctx).isEqualTo(t.rula().score());
            assertThat(r.values().get("rebaBefore")).as(ctx).isEqualTo(t.reba().score());
            assertThat(rulaDrop).as(ctx).isGreaterThanOrEqualTo(0);
            assertThat(rebaDrop).as(ctx).isGreaterThanOrEqualTo(0);
            assertThat(rulaDrop + rebaDrop).as(ctx).isPositive();
            double gain = rulaDrop / 6 + rebaDrop / 14;
            assertThat(gain).as(ctx + " ranked best first").isLessThanOrEqualTo(previousGain);
            previousGain = gain;
            assertThat(r.priority()).isEqualTo(PostureAdvisor.PRIORITY);
            assertThat(r.text()).as(ctx).startsWith("Task \"" + o.task() + "\""
                    + (o.side() == null ? "" : " (" + o.side().word() + " side)") + ": ").contains(" → ")
                    .doesNotContain("NaN").doesNotContain(": .");
        }
        List<String> blank = new ArrayList<>();
        if (o.kneeDeg() == null) {
            blank.add("knee_deg");
        }
        if (o.loadKg() == null) {
            blank.add("load_kg");
        }
        if (o.loadMode() == null) {
            blank.add("load_mode");
        }
        if (o.coupling() == null) {
            blank.add("coupling");
        }
        if (o.legsSupported() == null) {
            blank.add("legs_supported");
        }
        assertThat(t.defaulted()).as(ctx).containsAll(blank);
        assertThat(t.defaulted().contains("shoulder_raised")).as(ctx).isEqualTo(o.shoulderRaised() == null);
        assertThat(t.defaulted().contains("rapid_posture_change")).as(ctx).isEqualTo(o.rapidPostureChange() == null);
    }

    private static List<dev.ergo.model.validation.Violation> assessorViolations(PostureObservation o) {
        return ASSESSOR.validator().validateRecord(o);
    }

    private static final dev.ergo.engine.Assessor ASSESSOR = dev.ergo.engine.Assessor.create();
}
