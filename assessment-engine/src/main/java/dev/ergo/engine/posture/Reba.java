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
 * Scores REBA, the Rapid Entire Body Assessment (Hignett &amp; McAtamney 2000; docs/methods.md §4.2),
 * for one observed posture.
 *
 * <p>Blank optional inputs take the workbook defaults. Stateless and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class Reba {
    private Reba() {}

    /**
     * Scores one posture.
     *
     * @param o the posture, not null
     * @return the result, not null
     * @throws IllegalArgumentException if a required angle is missing or not finite
     */
    public static RebaResult score(PostureObservation o) {
        Objects.requireNonNull(o, "observation must not be null");
        double ua = PostureDefaults.angle(o.upperArmDeg(), "upper_arm_deg");
        double la = PostureDefaults.angle(o.lowerArmDeg(), "lower_arm_deg");
        double wr = PostureDefaults.angle(o.wristDeg(), "wrist_deg");
        double nk = PostureDefaults.angle(o.neckDeg(), "neck_deg");
        double tr = PostureDefaults.angle(o.trunkDeg(), "trunk_deg");
        PostureDefaults.requireFinite(o.kneeDeg(), "knee_deg");
        PostureDefaults.requireFinite(o.loadKg(), "load_kg");
        BodyPartScore trunk = BodyParts.rebaTrunk(tr, flag(o.trunkTwisted()), flag(o.trunkSideBent()));
        BodyPartScore neck = BodyParts.rebaNeck(nk, flag(o.neckTwisted()), flag(o.neckSideBent()));
        BodyPartScore legs = BodyParts.rebaLegs(PostureDefaults.legsBilateral(o), flag(o.seated()),
                PostureDefaults.kneeDeg(o));
        BodyPartScore upperArm = BodyParts.upperArm(ua, flag(o.shoulderRaised()), flag(o.upperArmAbducted()),
                flag(o.armSupported()), "abductedOrRotated");
        BodyPartScore lowerArm = BodyParts.rebaLowerArm(la);
        BodyPartScore wrist = BodyParts.rebaWrist(wr, flag(o.wristDeviated()), flag(o.wristTwisted()));
        int load = BodyParts.rebaLoad(PostureDefaults.loadKg(o), PostureDefaults.loadMode(o));
        int coupling = BodyParts.rebaCoupling(PostureDefaults.coupling(o));
        int activity = BodyParts.rebaActivity(flag(o.staticPosture()), flag(o.repeatedAction()),
                flag(o.rapidPostureChange()));
        return combine(o.side(), List.of(trunk, neck, legs, upperArm, lowerArm, wrist), load, coupling, activity);
    }

    /**
     * Combines body-part scores through Tables A, B and C (docs/methods.md §4.2.1): load is added to Table A and
     * coupling to Table B before Table C; activity is added after it.
     *
     * @param parts trunk, neck, legs, upper arm, lower arm, wrist, in this order
     */
    static RebaResult combine(@Nullable Side side, List<BodyPartScore> parts, int load, int coupling, int activity) {
        int t = parts.get(0).score();
        int n = parts.get(1).score();
        int l = parts.get(2).score();
        int ua = parts.get(3).score();
        int la = parts.get(4).score();
        int w = parts.get(5).score();
        int tableA = PostureTables.REBA_A[t - 1][(n - 1) * 4 + (l - 1)];
        int tableB = PostureTables.REBA_B[ua - 1][(la - 1) * 3 + (w - 1)];
        int a = tableA + load;
        int b = tableB + coupling;
        int c = PostureTables.REBA_C[a - 1][b - 1];
        return new RebaResult(side, t, n, l, ua, la, w, tableA, load, a, tableB, coupling, b, c, activity,
                c + activity, parts);
    }

    /** Scores from body-part scores as tabulated in the worked examples (methods-posture-office §7); explanations are placeholders. */
    static RebaResult fromPartScores(int neck, int trunk, int legs, int ua, int la, int w, int load, int coupling,
            int activity) {
        return combine(null, List.of(part(BodyPart.TRUNK, trunk), part(BodyPart.NECK, neck),
                part(BodyPart.LEGS, legs), part(BodyPart.UPPER_ARM, ua), part(BodyPart.LOWER_ARM, la),
                part(BodyPart.WRIST, w)), load, coupling, activity);
    }

    private static BodyPartScore part(BodyPart p, int score) {
        return new BodyPartScore(p, null, score, p.label() + ": " + score);
    }
}
