package dev.ergo.engine.posture;

import dev.ergo.engine.internal.posture.PostureTables;
import dev.ergo.engine.internal.EngineTexts;
import dev.ergo.model.text.Message;
import dev.ergo.model.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import static dev.ergo.engine.posture.PostureConventions.beyond;
import static dev.ergo.engine.internal.posture.PostureTables.LOWER_ARM_NEUTRAL_MAX_DEG;
import static dev.ergo.engine.internal.posture.PostureTables.LOWER_ARM_NEUTRAL_MIN_DEG;
import static dev.ergo.engine.internal.posture.PostureTables.WRIST_BAND_DEG;

import dev.ergo.model.posture.RebaCoupling;
import dev.ergo.model.posture.LoadMode;
import org.jspecify.annotations.Nullable;

/**
 * Body-part scores of RULA (docs/methods.md §4.1.2–§4.1.4) and REBA (§4.2.2, §4.2.3, §4.2.7) from signed
 * angles and flags, each with its explanation. Every band comparison uses {@link PostureConventions#beyond}.
 */
final class BodyParts {
    private BodyParts() {}

    private static final double N = PostureConventions.UPPER_ARM_NEUTRAL_DEG;

    // ---------------------------------------------------------------- shared

    /**
     * Upper arm, RULA §4.1.2 and REBA §4.2.3 (same bands): ±20° 1; beyond 20° extension or 20–45° flexion 2;
     * 45–90° 3; beyond 90° 4; +1 shoulder raised, +1 abducted, −1 supported or leaning, not below 1.
     */
    static BodyPartScore upperArm(double deg, boolean raised, boolean abducted, boolean supported,
            String abductedKey) {
        double neutral = PostureConventions.UPPER_ARM_NEUTRAL_DEG;
        int base;
        Message band;
        if (beyond(-deg, neutral)) {
            base = 2;
            band = band("overExtension", "deg", deg(N));
        } else if (!beyond(deg, neutral)) {
            base = 1;
            band = band("extensionToFlexion", "deg", deg(N));
        } else if (!beyond(deg, PostureTables.UPPER_ARM_MODERATE_DEG)) {
            base = 2;
            band = band("flexionRange", "from", deg(N), "to", deg(PostureTables.UPPER_ARM_MODERATE_DEG));
        } else if (!beyond(deg, PostureTables.UPPER_ARM_SEVERE_DEG)) {
            base = 3;
            band = band("flexionRange", "from", deg(PostureTables.UPPER_ARM_MODERATE_DEG), "to",
                    deg(PostureTables.UPPER_ARM_SEVERE_DEG));
        } else {
            base = 4;
            band = band("overFlexion", "deg", deg(PostureTables.UPPER_ARM_SEVERE_DEG));
        }
        Text t = new Text(what("upperArm", deg), band, base);
        int score = base;
        if (raised) {
            score += t.plus(adj("shoulderRaised"), 1);
        }
        if (abducted) {
            score += t.plus(adj(abductedKey), 1);
        }
        if (supported) {
            score += t.plus(adj("armSupported"), PostureConventions.ARM_SUPPORTED_ADJUSTMENT);
        }
        if (score < PostureConventions.UPPER_ARM_MIN) {
            score = PostureConventions.UPPER_ARM_MIN;
            t.note(Message.of("posture.why.notBelow", "points", PostureConventions.UPPER_ARM_MIN));
        }
        return t.score(BodyPart.UPPER_ARM, deg, score);
    }

    /** Lower-arm base score, RULA §4.1.2 and REBA §4.2.3: 60–100° elbow flexion 1, otherwise 2. */
    private static Text lowerArmBase(double deg) {
        if (beyond(LOWER_ARM_NEUTRAL_MIN_DEG - deg, 0)) {
            return new Text(elbow(deg), band("under", "deg", deg(LOWER_ARM_NEUTRAL_MIN_DEG)), 2);
        }
        if (beyond(deg, LOWER_ARM_NEUTRAL_MAX_DEG)) {
            return new Text(elbow(deg), band("over", "deg", deg(LOWER_ARM_NEUTRAL_MAX_DEG)), 2);
        }
        return new Text(elbow(deg),
                band("range", "from", deg(LOWER_ARM_NEUTRAL_MIN_DEG), "to", deg(LOWER_ARM_NEUTRAL_MAX_DEG)), 1);
    }

    // ---------------------------------------------------------------- RULA

    /** RULA lower arm §4.1.2: base, +1 across the midline or out to the side, clamped to 3 (§9.2 item 5). */
    static BodyPartScore rulaLowerArm(double deg, boolean acrossMidline) {
        Text t = lowerArmBase(deg);
        int score = t.base;
        if (acrossMidline) {
            score += t.plus(adj("acrossMidline"), 1);
        }
        if (score > PostureConventions.RULA_LOWER_ARM_MAX) {
            score = PostureConventions.RULA_LOWER_ARM_MAX;
            t.note(Message.of("posture.why.notAbove", "points", PostureConventions.RULA_LOWER_ARM_MAX));
        }
        return t.score(BodyPart.LOWER_ARM, deg, score);
    }

    /** RULA wrist §4.1.2: neutral 1; 0–15° flexion or extension 2; beyond 15° 3; +1 deviated. */
    static BodyPartScore rulaWrist(double deg, boolean deviated) {
        double m = Math.abs(deg);
        Text t;
        if (!beyond(m, 0)) {
            t = new Text(what("wrist", deg), band("neutral"), 1);
        } else if (!beyond(m, WRIST_BAND_DEG)) {
            t = new Text(what("wrist", deg), band("range", "from", deg(0), "to", deg(WRIST_BAND_DEG)), 2);
        } else {
            t = new Text(what("wrist", deg), band("over", "deg", deg(WRIST_BAND_DEG)), 3);
        }
        int score = t.base;
        if (deviated) {
            score += t.plus(adj("bentFromMidline"), 1);
        }
        return t.score(BodyPart.WRIST, deg, score);
    }

    /** RULA wrist twist §4.1.2: mid-range 1, at or near the end of the range 2. */
    static BodyPartScore rulaWristTwist(boolean twisted) {
        return twisted
                ? fixed(BodyPart.WRIST_TWIST, "wristTwistEnd", 2)
                : fixed(BodyPart.WRIST_TWIST, "wristTwistMid", 1);
    }

    /** RULA neck §4.1.3: 0–10° flexion 1, 10–20° 2, beyond 20° 3, extension 4; +1 twisted, +1 side-bent. */
    static BodyPartScore rulaNeck(double deg, boolean twisted, boolean sideBent) {
        Text t;
        Message what = what("neck", deg);
        if (beyond(-deg, 0)) {
            t = new Text(what, band("inExtension"), 4);
        } else if (!beyond(deg, PostureTables.RULA_NECK_LOW_DEG)) {
            t = new Text(what, band("flexionRange", "from", deg(0), "to", deg(PostureTables.RULA_NECK_LOW_DEG)), 1);
        } else if (!beyond(deg, PostureTables.RULA_NECK_HIGH_DEG)) {
            t = new Text(what, band("flexionRange", "from", deg(PostureTables.RULA_NECK_LOW_DEG), "to",
                    deg(PostureTables.RULA_NECK_HIGH_DEG)), 2);
        } else {
            t = new Text(what, band("overFlexion", "deg", deg(PostureTables.RULA_NECK_HIGH_DEG)), 3);
        }
        int score = t.base;
        if (twisted) {
            score += t.plus(adj("twisted"), 1);
        }
        if (sideBent) {
            score += t.plus(adj("bentSideways"), 1);
        }
        return t.score(BodyPart.NECK, deg, score);
    }

    /**
     * RULA trunk §4.1.3: upright, supported or reclined (0° or less) 1; 0–20° flexion 2; 20–60° 3;
     * beyond 60° 4; +1 twisted, +1 side-bent.
     */
    static BodyPartScore rulaTrunk(double deg, boolean twisted, boolean sideBent) {
        Text t;
        Message what = what("trunk", deg);
        if (!beyond(deg, 0)) {
            t = new Text(what, band("uprightSupportedReclined"), PostureConventions.RULA_TRUNK_UPRIGHT_OR_RECLINED_SCORE);
        } else if (!beyond(deg, PostureTables.TRUNK_LOW_DEG)) {
            t = new Text(what, band("flexionRange", "from", deg(0), "to", deg(PostureTables.TRUNK_LOW_DEG)), 2);
        } else if (!beyond(deg, PostureTables.TRUNK_HIGH_DEG)) {
            t = new Text(what, band("flexionRange", "from", deg(PostureTables.TRUNK_LOW_DEG), "to",
                    deg(PostureTables.TRUNK_HIGH_DEG)), 3);
        } else {
            t = new Text(what, band("overFlexion", "deg", deg(PostureTables.TRUNK_HIGH_DEG)), 4);
        }
        int score = t.base;
        if (twisted) {
            score += t.plus(adj("twisted"), 1);
        }
        if (sideBent) {
            score += t.plus(adj("bentSideways"), 1);
        }
        return t.score(BodyPart.TRUNK, deg, score);
    }

    /** RULA legs §4.1.3: supported with weight even 1, otherwise 2. */
    static BodyPartScore rulaLegs(boolean supported) {
        return supported
                ? fixed(BodyPart.LEGS, "legsSupported", 1)
                : fixed(BodyPart.LEGS, "legsUnsupported", 2);
    }

    /** RULA muscle use §4.1.4: +1 if held longer than 1 minute or repeated 4 or more times a minute. */
    static int rulaMuscleUse(boolean staticPosture, boolean repeatedAction) {
        return staticPosture || repeatedAction ? 1 : 0;
    }

    /**
     * RULA force/load §4.1.4 (original text [S1], §9.2 item 4): shock 3; up to 2 kg 0; intermittent
     * 2–10 kg 1, beyond 10 kg 2; static or repeated 2–10 kg 2, beyond 10 kg 3.
     */
    static int rulaForce(double kg, LoadMode mode) {
        if (mode == LoadMode.SHOCK) {
            return PostureConventions.RULA_SHOCK_FORCE_SCORE;
        }
        if (!beyond(kg, PostureTables.RULA_FORCE_LIGHT_KG)) {
            return 0;
        }
        boolean heavy = beyond(kg, PostureTables.HEAVY_KG);
        if (mode == LoadMode.INTERMITTENT) {
            return heavy ? PostureConventions.RULA_INTERMITTENT_OVER_10_KG_SCORE : 1;
        }
        return heavy ? 3 : 2;
    }

    // ---------------------------------------------------------------- REBA

    /** REBA lower arm §4.2.3: 60–100° 1, otherwise 2; no adjustments. */
    static BodyPartScore rebaLowerArm(double deg) {
        Text t = lowerArmBase(deg);
        return t.score(BodyPart.LOWER_ARM, deg, t.base);
    }

    /** REBA wrist §4.2.3: 0–15° 1, beyond 2; +1 if deviated or twisted. */
    static BodyPartScore rebaWrist(double deg, boolean deviated, boolean twisted) {
        Text t = beyond(Math.abs(deg), WRIST_BAND_DEG)
                ? new Text(what("wrist", deg), band("over", "deg", deg(WRIST_BAND_DEG)), 2)
                : new Text(what("wrist", deg), band("range", "from", deg(0), "to", deg(WRIST_BAND_DEG)), 1);
        int score = t.base;
        if (deviated || twisted) {
            score += t.plus(adj(deviated && twisted ? "deviatedAndTwisted" : deviated ? "deviated" : "twisted"), 1);
        }
        return t.score(BodyPart.WRIST, deg, score);
    }

    /** REBA neck §4.2.2: 0–20° flexion 1; beyond 20° or in extension 2; +1 if twisted or side-bent. */
    static BodyPartScore rebaNeck(double deg, boolean twisted, boolean sideBent) {
        Message what = what("neck", deg);
        Text t;
        if (beyond(-deg, 0)) {
            t = new Text(what, band("inExtension"), 2);
        } else if (beyond(deg, PostureTables.REBA_NECK_DEG)) {
            t = new Text(what, band("overFlexion", "deg", deg(PostureTables.REBA_NECK_DEG)), 2);
        } else {
            t = new Text(what, band("flexionRange", "from", deg(0), "to", deg(PostureTables.REBA_NECK_DEG)), 1);
        }
        int score = t.base;
        if (twisted || sideBent) {
            score += t.plus(twistLabel(twisted, sideBent), 1);
        }
        return t.score(BodyPart.NECK, deg, score);
    }

    /**
     * REBA trunk §4.2.2: upright 1; 0–20° flexion or extension 2; 20–60° flexion or beyond 20° extension 3;
     * beyond 60° flexion 4; +1 if twisted or side-bent.
     */
    static BodyPartScore rebaTrunk(double deg, boolean twisted, boolean sideBent) {
        Message what = what("trunk", deg);
        Message.Decimal low = deg(PostureTables.TRUNK_LOW_DEG);
        Text t;
        if (!beyond(Math.abs(deg), 0)) {
            t = new Text(what, band("upright"), 1);
        } else if (!beyond(Math.abs(deg), PostureTables.TRUNK_LOW_DEG)) {
            t = new Text(what, band("flexionOrExtensionRange", "from", deg(0), "to", low), 2);
        } else if (deg < 0) {
            t = new Text(what, band("overExtension", "deg", low), 3);
        } else if (!beyond(deg, PostureTables.TRUNK_HIGH_DEG)) {
            t = new Text(what, band("flexionRange", "from", low, "to", deg(PostureTables.TRUNK_HIGH_DEG)), 3);
        } else {
            t = new Text(what, band("overFlexion", "deg", deg(PostureTables.TRUNK_HIGH_DEG)), 4);
        }
        int score = t.base;
        if (twisted || sideBent) {
            score += t.plus(twistLabel(twisted, sideBent), 1);
        }
        return t.score(BodyPart.TRUNK, deg, score);
    }

    /**
     * REBA legs §4.2.2: bilateral weight bearing, walking or sitting 1, otherwise 2; when not seated +1
     * for knees 30–60° flexion, +2 beyond 60°.
     */
    static BodyPartScore rebaLegs(boolean bilateral, boolean seated, double kneeDeg) {
        Text t = bilateral
                ? new Text(Message.of("posture.why.legs"), band("legsBilateral"), 1)
                : new Text(Message.of("posture.why.legs"), band("legsUnilateral"), 2);
        int score = t.base;
        if (beyond(kneeDeg, PostureTables.REBA_KNEE_LOW_DEG)) {
            if (seated) {
                t.note(Message.of("posture.why.kneesSeated", "deg", deg(kneeDeg)));
            } else if (beyond(kneeDeg, PostureTables.REBA_KNEE_HIGH_DEG)) {
                score += t.plus(Message.of("posture.why.kneesOver", "deg", deg(kneeDeg), "limit",
                        deg(PostureTables.REBA_KNEE_HIGH_DEG)), 2);
            } else {
                score += t.plus(Message.of("posture.why.kneesRange", "deg", deg(kneeDeg), "from",
                        deg(PostureTables.REBA_KNEE_LOW_DEG), "to", deg(PostureTables.REBA_KNEE_HIGH_DEG)), 1);
            }
        }
        return t.score(BodyPart.LEGS, kneeDeg, score);
    }

    /** REBA load/force §4.2.7: up to 5 kg 0, 5–10 kg 1, beyond 10 kg 2; +1 shock or rapid build-up. */
    static int rebaLoad(double kg, LoadMode mode) {
        int score = !beyond(kg, PostureTables.REBA_LOAD_LIGHT_KG) ? 0 : !beyond(kg, PostureTables.HEAVY_KG) ? 1 : 2;
        return mode == LoadMode.SHOCK ? score + 1 : score;
    }

    /** REBA coupling §4.2.7: good 0, fair 1, poor 2, unacceptable 3. */
    static int rebaCoupling(RebaCoupling c) {
        return switch (c) {
            case GOOD -> 0;
            case FAIR -> 1;
            case POOR -> 2;
            case UNACCEPTABLE -> 3;
        };
    }

    /** REBA activity §4.2.7: +1 each for static, repeated and rapid-change/unstable. */
    static int rebaActivity(boolean staticPosture, boolean repeatedAction, boolean rapidChange) {
        return (staticPosture ? 1 : 0) + (repeatedAction ? 1 : 0) + (rapidChange ? 1 : 0);
    }

    private static Message twistLabel(boolean twisted, boolean sideBent) {
        return adj(twisted && sideBent ? "twistedAndBentSideways" : twisted ? "twisted" : "bentSideways");
    }

    /** An angle as a message argument, as precise as the tables (two decimals at most). */
    private static Message.Decimal deg(double value) {
        return Message.plain(value, 2);
    }

    /** "upper arm 50° flexion", "neck 10° extension", "wrist 0°". */
    private static Message what(String part, double deg) {
        String way = deg > 0 ? "flexion" : deg < 0 ? "extension" : "zero";
        return Message.of("posture.why." + part, "angle", Message.of("posture.why.angle." + way, "deg", deg(Math.abs(deg))));
    }

    private static Message elbow(double deg) {
        return Message.of("posture.why.elbow", "deg", deg(deg));
    }

    private static Message band(String band, Object... namesAndValues) {
        return Message.of("posture.band." + band, namesAndValues);
    }

    private static Message adj(String adjustment) {
        return Message.of("posture.adj." + adjustment);
    }

    /** A score without an angle, such as "wrist twist mainly in mid-range: 1". */
    private static BodyPartScore fixed(BodyPart part, String key, int score) {
        return of(part, null, score, List.of(Message.of("posture.why.fixed", "what", band(key), "points", score)));
    }

    /** The score with its reasons; the explanation is their English wording (results.jsonl stays English). */
    static BodyPartScore of(BodyPart part, @Nullable Double deg, int score, List<Message> reasons) {
        List<Message> key = List.copyOf(reasons);
        String english = ENGLISH_WORDING.get(key);
        if (english == null) {
            english = BodyPartScore.explain(key, ENGLISH);
            if (ENGLISH_WORDING.size() >= ENGLISH_WORDING_LIMIT) {
                ENGLISH_WORDING.clear();
            }
            ENGLISH_WORDING.put(key, english);
        }
        return new BodyPartScore(part, deg, score, english, key);
    }

    /**
     * English explanations already worded. The posture advisor re-scores the same body parts many times per
     * employee, and wording a message costs far more than looking it up; bounded, emptied when full.
     */
    private static final Map<List<Message>, String> ENGLISH_WORDING = new ConcurrentHashMap<>();
    static final int ENGLISH_WORDING_LIMIT = 4_096;

    private static final Texts ENGLISH = EngineTexts.english();

    /** Builds the reasons of an explanation such as {@code "upper arm 50° flexion (45–90° flexion: 3) + abducted (+1)"}. */
    private static final class Text {
        final int base;
        private final List<Message> parts = new ArrayList<>();

        Text(Message what, Message band, int base) {
            this.base = base;
            parts.add(Message.of("posture.why.band", "what", what, "band", band, "points", base));
        }

        int plus(Message label, int points) {
            parts.add(Message.of(points < 0 ? "posture.why.minus" : "posture.why.plus", "label", label, "points",
                    Math.abs(points)));
            return points;
        }

        void note(Message text) {
            parts.add(Message.of("posture.why.note", "note", text));
        }

        BodyPartScore score(BodyPart part, @Nullable Double deg, int score) {
            return of(part, deg, score, parts);
        }
    }
}
