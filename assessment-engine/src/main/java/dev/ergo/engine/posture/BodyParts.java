package dev.ergo.engine.posture;

import dev.ergo.engine.internal.posture.PostureTables;
import dev.ergo.engine.internal.posture.Fmt;
import static dev.ergo.engine.posture.PostureConventions.beyond;
import static dev.ergo.engine.internal.posture.PostureTables.LOWER_ARM_NEUTRAL_MAX_DEG;
import static dev.ergo.engine.internal.posture.PostureTables.LOWER_ARM_NEUTRAL_MIN_DEG;
import static dev.ergo.engine.internal.posture.PostureTables.WRIST_BAND_DEG;

import dev.ergo.model.posture.RebaCoupling;
import dev.ergo.model.posture.LoadMode;

/**
 * Body-part scores of RULA (methods-posture-office §1.2–§1.4) and REBA (§2.2, §2.3, §2.7) from signed
 * angles and flags, each with its explanation. Every band comparison uses {@link PostureConventions#beyond}.
 */
final class BodyParts {
    private BodyParts() {}

    private static final String N = Fmt.num(PostureConventions.UPPER_ARM_NEUTRAL_DEG);

    // ---------------------------------------------------------------- shared

    /**
     * Upper arm, RULA §1.2 and REBA §2.3 (same bands): ±20° 1; beyond 20° extension or 20–45° flexion 2;
     * 45–90° 3; beyond 90° 4; +1 shoulder raised, +1 abducted, −1 supported or leaning, not below 1.
     */
    static BodyPartScore upperArm(double deg, boolean raised, boolean abducted, boolean supported,
            String abductedLabel) {
        double neutral = PostureConventions.UPPER_ARM_NEUTRAL_DEG;
        int base;
        String band;
        if (beyond(-deg, neutral)) {
            base = 2;
            band = "over " + N + "° extension";
        } else if (!beyond(deg, neutral)) {
            base = 1;
            band = N + "° extension to " + N + "° flexion";
        } else if (!beyond(deg, PostureTables.UPPER_ARM_MODERATE_DEG)) {
            base = 2;
            band = N + "–" + Fmt.num(PostureTables.UPPER_ARM_MODERATE_DEG) + "° flexion";
        } else if (!beyond(deg, PostureTables.UPPER_ARM_SEVERE_DEG)) {
            base = 3;
            band = Fmt.num(PostureTables.UPPER_ARM_MODERATE_DEG) + "–" + Fmt.num(PostureTables.UPPER_ARM_SEVERE_DEG)
                    + "° flexion";
        } else {
            base = 4;
            band = "over " + Fmt.num(PostureTables.UPPER_ARM_SEVERE_DEG) + "° flexion";
        }
        Text t = new Text("upper arm " + Fmt.flexion(deg), band, base);
        int score = base;
        if (raised) {
            score += t.plus("shoulder raised", 1);
        }
        if (abducted) {
            score += t.plus(abductedLabel, 1);
        }
        if (supported) {
            score += t.plus("arm supported or leaning", PostureConventions.ARM_SUPPORTED_ADJUSTMENT);
        }
        if (score < PostureConventions.UPPER_ARM_MIN) {
            score = PostureConventions.UPPER_ARM_MIN;
            t.note("not below " + PostureConventions.UPPER_ARM_MIN);
        }
        return new BodyPartScore(BodyPart.UPPER_ARM, deg, score, t.toString());
    }

    /** Lower-arm base score, RULA §1.2 and REBA §2.3: 60–100° elbow flexion 1, otherwise 2. */
    private static Text lowerArmBase(double deg) {
        if (beyond(LOWER_ARM_NEUTRAL_MIN_DEG - deg, 0)) {
            return new Text("elbow " + Fmt.num(deg) + "° flexion", "under " + Fmt.num(LOWER_ARM_NEUTRAL_MIN_DEG) + "°", 2);
        }
        if (beyond(deg, LOWER_ARM_NEUTRAL_MAX_DEG)) {
            return new Text("elbow " + Fmt.num(deg) + "° flexion", "over " + Fmt.num(LOWER_ARM_NEUTRAL_MAX_DEG) + "°", 2);
        }
        return new Text("elbow " + Fmt.num(deg) + "° flexion",
                Fmt.num(LOWER_ARM_NEUTRAL_MIN_DEG) + "–" + Fmt.num(LOWER_ARM_NEUTRAL_MAX_DEG) + "°", 1);
    }

    // ---------------------------------------------------------------- RULA

    /** RULA lower arm §1.2: base, +1 across the midline or out to the side, clamped to 3 (§8 item 5). */
    static BodyPartScore rulaLowerArm(double deg, boolean acrossMidline) {
        Text t = lowerArmBase(deg);
        int score = t.base;
        if (acrossMidline) {
            score += t.plus("across the midline or out to the side", 1);
        }
        if (score > PostureConventions.RULA_LOWER_ARM_MAX) {
            score = PostureConventions.RULA_LOWER_ARM_MAX;
            t.note("not above " + PostureConventions.RULA_LOWER_ARM_MAX);
        }
        return new BodyPartScore(BodyPart.LOWER_ARM, deg, score, t.toString());
    }

    /** RULA wrist §1.2: neutral 1; 0–15° flexion or extension 2; beyond 15° 3; +1 deviated. */
    static BodyPartScore rulaWrist(double deg, boolean deviated) {
        double m = Math.abs(deg);
        Text t;
        if (!beyond(m, 0)) {
            t = new Text("wrist " + Fmt.flexion(deg), "neutral", 1);
        } else if (!beyond(m, WRIST_BAND_DEG)) {
            t = new Text("wrist " + Fmt.flexion(deg), "0–" + Fmt.num(WRIST_BAND_DEG) + "°", 2);
        } else {
            t = new Text("wrist " + Fmt.flexion(deg), "over " + Fmt.num(WRIST_BAND_DEG) + "°", 3);
        }
        int score = t.base;
        if (deviated) {
            score += t.plus("bent from the midline", 1);
        }
        return new BodyPartScore(BodyPart.WRIST, deg, score, t.toString());
    }

    /** RULA wrist twist §1.2: mid-range 1, at or near the end of the range 2. */
    static BodyPartScore rulaWristTwist(boolean twisted) {
        return twisted
                ? new BodyPartScore(BodyPart.WRIST_TWIST, null, 2, "wrist twist at or near the end of its range: 2")
                : new BodyPartScore(BodyPart.WRIST_TWIST, null, 1, "wrist twist mainly in mid-range: 1");
    }

    /** RULA neck §1.3: 0–10° flexion 1, 10–20° 2, beyond 20° 3, extension 4; +1 twisted, +1 side-bent. */
    static BodyPartScore rulaNeck(double deg, boolean twisted, boolean sideBent) {
        Text t;
        String what = "neck " + Fmt.flexion(deg);
        if (beyond(-deg, 0)) {
            t = new Text(what, "in extension", 4);
        } else if (!beyond(deg, PostureTables.RULA_NECK_LOW_DEG)) {
            t = new Text(what, "0–" + Fmt.num(PostureTables.RULA_NECK_LOW_DEG) + "° flexion", 1);
        } else if (!beyond(deg, PostureTables.RULA_NECK_HIGH_DEG)) {
            t = new Text(what, Fmt.num(PostureTables.RULA_NECK_LOW_DEG) + "–" + Fmt.num(PostureTables.RULA_NECK_HIGH_DEG)
                    + "° flexion", 2);
        } else {
            t = new Text(what, "over " + Fmt.num(PostureTables.RULA_NECK_HIGH_DEG) + "° flexion", 3);
        }
        int score = t.base;
        if (twisted) {
            score += t.plus("twisted", 1);
        }
        if (sideBent) {
            score += t.plus("bent sideways", 1);
        }
        return new BodyPartScore(BodyPart.NECK, deg, score, t.toString());
    }

    /**
     * RULA trunk §1.3: upright, supported or reclined (0° or less) 1; 0–20° flexion 2; 20–60° 3;
     * beyond 60° 4; +1 twisted, +1 side-bent.
     */
    static BodyPartScore rulaTrunk(double deg, boolean twisted, boolean sideBent) {
        Text t;
        String what = "trunk " + Fmt.flexion(deg);
        if (!beyond(deg, 0)) {
            t = new Text(what, "upright, supported or reclined", PostureConventions.RULA_TRUNK_UPRIGHT_OR_RECLINED_SCORE);
        } else if (!beyond(deg, PostureTables.TRUNK_LOW_DEG)) {
            t = new Text(what, "0–" + Fmt.num(PostureTables.TRUNK_LOW_DEG) + "° flexion", 2);
        } else if (!beyond(deg, PostureTables.TRUNK_HIGH_DEG)) {
            t = new Text(what, Fmt.num(PostureTables.TRUNK_LOW_DEG) + "–" + Fmt.num(PostureTables.TRUNK_HIGH_DEG)
                    + "° flexion", 3);
        } else {
            t = new Text(what, "over " + Fmt.num(PostureTables.TRUNK_HIGH_DEG) + "° flexion", 4);
        }
        int score = t.base;
        if (twisted) {
            score += t.plus("twisted", 1);
        }
        if (sideBent) {
            score += t.plus("bent sideways", 1);
        }
        return new BodyPartScore(BodyPart.TRUNK, deg, score, t.toString());
    }

    /** RULA legs §1.3: supported with weight even 1, otherwise 2. */
    static BodyPartScore rulaLegs(boolean supported) {
        return supported
                ? new BodyPartScore(BodyPart.LEGS, null, 1, "legs and feet supported, weight even: 1")
                : new BodyPartScore(BodyPart.LEGS, null, 2, "legs or feet not supported, or weight uneven: 2");
    }

    /** RULA muscle use §1.4: +1 if held longer than 1 minute or repeated 4 or more times a minute. */
    static int rulaMuscleUse(boolean staticPosture, boolean repeatedAction) {
        return staticPosture || repeatedAction ? 1 : 0;
    }

    /**
     * RULA force/load §1.4 (original text [S1], §8 item 4): shock 3; up to 2 kg 0; intermittent
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

    /** REBA lower arm §2.3: 60–100° 1, otherwise 2; no adjustments. */
    static BodyPartScore rebaLowerArm(double deg) {
        Text t = lowerArmBase(deg);
        return new BodyPartScore(BodyPart.LOWER_ARM, deg, t.base, t.toString());
    }

    /** REBA wrist §2.3: 0–15° 1, beyond 2; +1 if deviated or twisted. */
    static BodyPartScore rebaWrist(double deg, boolean deviated, boolean twisted) {
        Text t = beyond(Math.abs(deg), WRIST_BAND_DEG)
                ? new Text("wrist " + Fmt.flexion(deg), "over " + Fmt.num(WRIST_BAND_DEG) + "°", 2)
                : new Text("wrist " + Fmt.flexion(deg), "0–" + Fmt.num(WRIST_BAND_DEG) + "°", 1);
        int score = t.base;
        if (deviated || twisted) {
            score += t.plus(deviated && twisted ? "deviated and twisted" : deviated ? "deviated" : "twisted", 1);
        }
        return new BodyPartScore(BodyPart.WRIST, deg, score, t.toString());
    }

    /** REBA neck §2.2: 0–20° flexion 1; beyond 20° or in extension 2; +1 if twisted or side-bent. */
    static BodyPartScore rebaNeck(double deg, boolean twisted, boolean sideBent) {
        String what = "neck " + Fmt.flexion(deg);
        Text t;
        if (beyond(-deg, 0)) {
            t = new Text(what, "in extension", 2);
        } else if (beyond(deg, PostureTables.REBA_NECK_DEG)) {
            t = new Text(what, "over " + Fmt.num(PostureTables.REBA_NECK_DEG) + "° flexion", 2);
        } else {
            t = new Text(what, "0–" + Fmt.num(PostureTables.REBA_NECK_DEG) + "° flexion", 1);
        }
        int score = t.base;
        if (twisted || sideBent) {
            score += t.plus(twistLabel(twisted, sideBent), 1);
        }
        return new BodyPartScore(BodyPart.NECK, deg, score, t.toString());
    }

    /**
     * REBA trunk §2.2: upright 1; 0–20° flexion or extension 2; 20–60° flexion or beyond 20° extension 3;
     * beyond 60° flexion 4; +1 if twisted or side-bent.
     */
    static BodyPartScore rebaTrunk(double deg, boolean twisted, boolean sideBent) {
        String what = "trunk " + Fmt.flexion(deg);
        String low = Fmt.num(PostureTables.TRUNK_LOW_DEG);
        Text t;
        if (!beyond(Math.abs(deg), 0)) {
            t = new Text(what, "upright", 1);
        } else if (!beyond(Math.abs(deg), PostureTables.TRUNK_LOW_DEG)) {
            t = new Text(what, "0–" + low + "° flexion or extension", 2);
        } else if (deg < 0) {
            t = new Text(what, "over " + low + "° extension", 3);
        } else if (!beyond(deg, PostureTables.TRUNK_HIGH_DEG)) {
            t = new Text(what, low + "–" + Fmt.num(PostureTables.TRUNK_HIGH_DEG) + "° flexion", 3);
        } else {
            t = new Text(what, "over " + Fmt.num(PostureTables.TRUNK_HIGH_DEG) + "° flexion", 4);
        }
        int score = t.base;
        if (twisted || sideBent) {
            score += t.plus(twistLabel(twisted, sideBent), 1);
        }
        return new BodyPartScore(BodyPart.TRUNK, deg, score, t.toString());
    }

    /**
     * REBA legs §2.2: bilateral weight bearing, walking or sitting 1, otherwise 2; when not seated +1
     * for knees 30–60° flexion, +2 beyond 60°.
     */
    static BodyPartScore rebaLegs(boolean bilateral, boolean seated, double kneeDeg) {
        Text t = bilateral
                ? new Text("legs", "bilateral weight bearing, walking or sitting", 1)
                : new Text("legs", "one-legged, feather weight bearing or unstable", 2);
        int score = t.base;
        String knee = "knees " + Fmt.num(kneeDeg) + "° flexion";
        if (beyond(kneeDeg, PostureTables.REBA_KNEE_LOW_DEG)) {
            if (seated) {
                t.note(knee + ", no knee adjustment when seated");
            } else if (beyond(kneeDeg, PostureTables.REBA_KNEE_HIGH_DEG)) {
                score += t.plus(knee + ", over " + Fmt.num(PostureTables.REBA_KNEE_HIGH_DEG) + "°", 2);
            } else {
                score += t.plus(knee + ", " + Fmt.num(PostureTables.REBA_KNEE_LOW_DEG) + "–"
                        + Fmt.num(PostureTables.REBA_KNEE_HIGH_DEG) + "°", 1);
            }
        }
        return new BodyPartScore(BodyPart.LEGS, kneeDeg, score, t.toString());
    }

    /** REBA load/force §2.7: up to 5 kg 0, 5–10 kg 1, beyond 10 kg 2; +1 shock or rapid build-up. */
    static int rebaLoad(double kg, LoadMode mode) {
        int score = !beyond(kg, PostureTables.REBA_LOAD_LIGHT_KG) ? 0 : !beyond(kg, PostureTables.HEAVY_KG) ? 1 : 2;
        return mode == LoadMode.SHOCK ? score + 1 : score;
    }

    /** REBA coupling §2.7: good 0, fair 1, poor 2, unacceptable 3. */
    static int rebaCoupling(RebaCoupling c) {
        return switch (c) {
            case GOOD -> 0;
            case FAIR -> 1;
            case POOR -> 2;
            case UNACCEPTABLE -> 3;
        };
    }

    /** REBA activity §2.7: +1 each for static, repeated and rapid-change/unstable. */
    static int rebaActivity(boolean staticPosture, boolean repeatedAction, boolean rapidChange) {
        return (staticPosture ? 1 : 0) + (repeatedAction ? 1 : 0) + (rapidChange ? 1 : 0);
    }

    private static String twistLabel(boolean twisted, boolean sideBent) {
        return twisted && sideBent ? "twisted and bent sideways" : twisted ? "twisted" : "bent sideways";
    }

    /** Builds an explanation such as {@code "upper arm 50° flexion (45–90° flexion: 3) + abducted (+1)"}. */
    private static final class Text {
        final int base;
        private final StringBuilder sb = new StringBuilder();

        Text(String what, String band, int base) {
            this.base = base;
            sb.append(what).append(" (").append(band).append(": ").append(base).append(')');
        }

        int plus(String label, int points) {
            sb.append(points < 0 ? " − " : " + ").append(label)
                    .append(" (").append(points < 0 ? "−" : "+").append(Math.abs(points)).append(')');
            return points;
        }

        void note(String text) {
            sb.append(", ").append(text);
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
