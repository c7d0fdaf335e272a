package dev.ergo.engine.posture;

import dev.ergo.engine.internal.posture.PostureTables;
import dev.ergo.engine.internal.posture.PostureDefaults;
import static dev.ergo.engine.internal.posture.PostureDefaults.flag;

import dev.ergo.model.posture.PostureObservation;
import dev.ergo.model.posture.Side;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Scores RULA, the Rapid Upper Limb Assessment (McAtamney &amp; Corlett 1993; docs/methods.md §4.1),
 * for one observed posture.
 *
 * <pre>{@code
 * RulaResult r = Rula.score(observation, RulaTableA.CORNELL);
 * int grand = r.score();
 * }</pre>
 *
 * <p>Blank optional inputs take the workbook defaults. Stateless and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class Rula {
    private Rula() {}

    /** Table C saturates at score C 8+ (docs/methods.md §4.1.8). */
    static final int TABLE_C_MAX_C = 8;
    /** Table C saturates at score D 7+ (§4.1.8). */
    static final int TABLE_C_MAX_D = 7;

    /**
     * Scores one posture with the default Table A ({@link PostureConventions#DEFAULT_TABLE_A}).
     *
     * @param observation the posture, not null
     * @return the result, not null
     * @throws IllegalArgumentException if a required angle is missing or not finite
     */
    public static RulaResult score(PostureObservation observation) {
        return score(observation, PostureConventions.DEFAULT_TABLE_A);
    }

    /**
     * Scores one posture with the given Table A version.
     *
     * @param o the posture, not null
     * @param tableA the Table A version, not null
     * @return the result, not null
     * @throws IllegalArgumentException if a required angle is missing or not finite
     */
    public static RulaResult score(PostureObservation o, RulaTableA tableA) {
        Objects.requireNonNull(o, "observation must not be null");
        Objects.requireNonNull(tableA, "tableA must not be null");
        double ua = PostureDefaults.angle(o.upperArmDeg(), "upper_arm_deg");
        double la = PostureDefaults.angle(o.lowerArmDeg(), "lower_arm_deg");
        double wr = PostureDefaults.angle(o.wristDeg(), "wrist_deg");
        double nk = PostureDefaults.angle(o.neckDeg(), "neck_deg");
        double tr = PostureDefaults.angle(o.trunkDeg(), "trunk_deg");
        PostureDefaults.requireFinite(o.loadKg(), "load_kg");
        BodyPartScore upperArm = BodyParts.upperArm(ua, flag(o.shoulderRaised()), flag(o.upperArmAbducted()),
                flag(o.armSupported()), "abducted");
        BodyPartScore lowerArm = BodyParts.rulaLowerArm(la, flag(o.armAcrossMidline()));
        BodyPartScore wrist = BodyParts.rulaWrist(wr, flag(o.wristDeviated()));
        BodyPartScore twist = BodyParts.rulaWristTwist(flag(o.wristTwisted()));
        BodyPartScore neck = BodyParts.rulaNeck(nk, flag(o.neckTwisted()), flag(o.neckSideBent()));
        BodyPartScore trunk = BodyParts.rulaTrunk(tr, flag(o.trunkTwisted()), flag(o.trunkSideBent()));
        BodyPartScore legs = BodyParts.rulaLegs(PostureDefaults.legsSupported(o));
        // docs/methods.md §4.1.4 scores muscle use and force for group A and group B separately; a Postures row records one
        // static/repeated flag and one load, so both groups get the same inputs.
        int muscle = BodyParts.rulaMuscleUse(flag(o.staticPosture()), flag(o.repeatedAction()));
        int force = BodyParts.rulaForce(PostureDefaults.loadKg(o), PostureDefaults.loadMode(o));
        return combine(o.side(), tableA, List.of(upperArm, lowerArm, wrist, twist, neck, trunk, legs),
                muscle, force, muscle, force);
    }

    /**
     * Combines body-part scores through Tables A, B and C (docs/methods.md §4.1.1).
     *
     * @param parts upper arm, lower arm, wrist, wrist twist, neck, trunk, legs, in this order
     */
    static RulaResult combine(@Nullable Side side, RulaTableA tableA, List<BodyPartScore> parts,
            int muscleA, int forceA, int muscleB, int forceB) {
        int ua = parts.get(0).score();
        int la = parts.get(1).score();
        int w = parts.get(2).score();
        int wt = parts.get(3).score();
        int n = parts.get(4).score();
        int t = parts.get(5).score();
        int l = parts.get(6).score();
        int a = tableA.lookup(ua, la, w, wt);
        int b = PostureTables.RULA_B[n - 1][(t - 1) * 2 + (l - 1)];
        int c = a + muscleA + forceA;
        int d = b + muscleB + forceB;
        int grand = tableC(c, d);
        return new RulaResult(side, tableA, ua, la, w, wt, n, t, l, muscleA, forceA, muscleB, forceB, a, b, c, d,
                grand, parts);
    }

    /** Scores from body-part scores as tabulated in the worked examples (methods-posture-office §7.2); explanations are placeholders. */
    static RulaResult fromPartScores(RulaTableA tableA, int ua, int la, int w, int wt, int n, int t, int l,
            int muscleA, int forceA, int muscleB, int forceB) {
        return combine(null, tableA, List.of(
                part(BodyPart.UPPER_ARM, ua), part(BodyPart.LOWER_ARM, la), part(BodyPart.WRIST, w),
                part(BodyPart.WRIST_TWIST, wt), part(BodyPart.NECK, n), part(BodyPart.TRUNK, t),
                part(BodyPart.LEGS, l)), muscleA, forceA, muscleB, forceB);
    }

    /** Looks up Table C (docs/methods.md §4.1.8), saturating C at 8 and D at 7. */
    static int tableC(int c, int d) {
        return PostureTables.RULA_C[Math.min(c, TABLE_C_MAX_C) - 1][Math.min(d, TABLE_C_MAX_D) - 1];
    }

    private static BodyPartScore part(BodyPart p, int score) {
        return new BodyPartScore(p, null, score, p.label() + ": " + score);
    }
}
