package dev.ergo.model.posture;

import dev.ergo.model.InRange;
import dev.ergo.model.SourceRow;
import dev.ergo.model.SurveySection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import dev.ergo.model.internal.Required;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One observed task posture: a row of the {@code Postures} sheet, scored by RULA and REBA and, when
 * {@link #owasCode()} is given, by OWAS (docs/methods.md §4.1, §4.2, §4.3).
 *
 * <p>Angles are degrees; flexion (bending forward or down) is positive, extension negative. The task
 * and the five angles {@code upper_arm_deg}, {@code lower_arm_deg}, {@code wrist_deg},
 * {@code neck_deg} and {@code trunk_deg} are required. Every other blank cell is {@code null}; the
 * engine, not this record, applies the workbook defaults (yes/no flags no, except
 * {@code legs_supported} and {@code legs_bilateral} yes; {@code knee_deg} 0; {@code load_kg} 0;
 * {@code load_mode} intermittent; {@code coupling} good) and reports which inputs it defaulted.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param task a short label of the task, required
 * @param side the side scored, or null when not recorded
 * @param upperArmDeg upper-arm flexion, degrees (−90 to 200), required
 * @param shoulderRaised shoulder raised
 * @param upperArmAbducted upper arm abducted (REBA: or rotated)
 * @param armSupported arm supported or person leaning
 * @param lowerArmDeg elbow flexion, degrees (0 to 180), required
 * @param armAcrossMidline working across the midline of the body or out to the side
 * @param wristDeg wrist flexion, degrees (−90 to 90), required
 * @param wristDeviated wrist bent from the midline (radial or ulnar deviation)
 * @param wristTwisted wrist twisted near the end of its range
 * @param neckDeg neck flexion, degrees (−60 to 90), required
 * @param neckTwisted neck twisted
 * @param neckSideBent neck bent sideways
 * @param trunkDeg trunk flexion, degrees (−60 to 120), required
 * @param trunkTwisted trunk twisted
 * @param trunkSideBent trunk bent sideways
 * @param seated the person is seated
 * @param legsSupported legs and feet supported, weight even (RULA legs 1)
 * @param legsBilateral bilateral weight bearing, walking or sitting (REBA legs 1)
 * @param kneeDeg knee flexion, degrees (0 to 160)
 * @param loadKg load or force, kg (0 to 100)
 * @param loadMode how the load or force is applied
 * @param coupling the REBA coupling class
 * @param staticPosture a body part held for more than 1 minute
 * @param repeatedAction a small-range action repeated 4 or more times a minute
 * @param rapidPostureChange rapid large changes in posture or an unstable base
 * @param owasCode the OWAS posture code, 4 digits: back 1–4, arms 1–3, legs 1–7, load 1–3 (e.g. {@code 2131}), or null
 * @param origin where the row came from, or null for records built in code
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PostureObservation(
        @NotBlank String task,
        @Nullable Side side,
        @NotNull @InRange(min = "-90", max = "200", unit = "°") Double upperArmDeg,
        @Nullable Boolean shoulderRaised,
        @Nullable Boolean upperArmAbducted,
        @Nullable Boolean armSupported,
        @NotNull @InRange(min = "0", max = "180", unit = "°") Double lowerArmDeg,
        @Nullable Boolean armAcrossMidline,
        @NotNull @InRange(min = "-90", max = "90", unit = "°") Double wristDeg,
        @Nullable Boolean wristDeviated,
        @Nullable Boolean wristTwisted,
        @NotNull @InRange(min = "-60", max = "90", unit = "°") Double neckDeg,
        @Nullable Boolean neckTwisted,
        @Nullable Boolean neckSideBent,
        @NotNull @InRange(min = "-60", max = "120", unit = "°") Double trunkDeg,
        @Nullable Boolean trunkTwisted,
        @Nullable Boolean trunkSideBent,
        @Nullable Boolean seated,
        @Nullable Boolean legsSupported,
        @Nullable Boolean legsBilateral,
        @InRange(min = "0", max = "160", unit = "°") @Nullable Double kneeDeg,
        @InRange(min = "0", max = "100", unit = "kg") @Nullable Double loadKg,
        @Nullable LoadMode loadMode,
        @Nullable RebaCoupling coupling,
        @Nullable Boolean staticPosture,
        @Nullable Boolean repeatedAction,
        @Nullable Boolean rapidPostureChange,
        @Pattern(regexp = OWAS_CODE_PATTERN, message = OWAS_CODE_MESSAGE) @Nullable String owasCode,
        @Nullable SourceRow origin) implements SurveySection {

    /** The OWAS code pattern: back 1–4, arms 1–3, legs 1–7, load 1–3 (docs/methods.md §4.3.1). */
    public static final String OWAS_CODE_PATTERN = "[1-4][1-3][1-7][1-3]";

    /** The message for an OWAS code that does not match {@link #OWAS_CODE_PATTERN}. */
    public static final String OWAS_CODE_MESSAGE =
            "must be 4 digits: back 1-4, arms 1-3, legs 1-7, load 1-3 (for example 2131)";

    /**
     * Returns a builder for an observation of the given task.
     *
     * @param task the task label, not null
     * @return a new builder, not null
     */
    public static Builder builder(String task) {
        return new Builder(task);
    }

    /**
     * Returns a builder holding this record's values, for copies with changes.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder(task);
        b.side = side;
        b.upperArmDeg = upperArmDeg;
        b.shoulderRaised = shoulderRaised;
        b.upperArmAbducted = upperArmAbducted;
        b.armSupported = armSupported;
        b.lowerArmDeg = lowerArmDeg;
        b.armAcrossMidline = armAcrossMidline;
        b.wristDeg = wristDeg;
        b.wristDeviated = wristDeviated;
        b.wristTwisted = wristTwisted;
        b.neckDeg = neckDeg;
        b.neckTwisted = neckTwisted;
        b.neckSideBent = neckSideBent;
        b.trunkDeg = trunkDeg;
        b.trunkTwisted = trunkTwisted;
        b.trunkSideBent = trunkSideBent;
        b.seated = seated;
        b.legsSupported = legsSupported;
        b.legsBilateral = legsBilateral;
        b.kneeDeg = kneeDeg;
        b.loadKg = loadKg;
        b.loadMode = loadMode;
        b.coupling = coupling;
        b.staticPosture = staticPosture;
        b.repeatedAction = repeatedAction;
        b.rapidPostureChange = rapidPostureChange;
        b.owasCode = owasCode;
        b.origin = origin;
        return b;
    }

    /** Builds a {@link PostureObservation}; not thread-safe. */
    public static final class Builder {
        private @Nullable String task;
        private @Nullable Side side;
        private @Nullable Double upperArmDeg;
        private @Nullable Boolean shoulderRaised;
        private @Nullable Boolean upperArmAbducted;
        private @Nullable Boolean armSupported;
        private @Nullable Double lowerArmDeg;
        private @Nullable Boolean armAcrossMidline;
        private @Nullable Double wristDeg;
        private @Nullable Boolean wristDeviated;
        private @Nullable Boolean wristTwisted;
        private @Nullable Double neckDeg;
        private @Nullable Boolean neckTwisted;
        private @Nullable Boolean neckSideBent;
        private @Nullable Double trunkDeg;
        private @Nullable Boolean trunkTwisted;
        private @Nullable Boolean trunkSideBent;
        private @Nullable Boolean seated;
        private @Nullable Boolean legsSupported;
        private @Nullable Boolean legsBilateral;
        private @Nullable Double kneeDeg;
        private @Nullable Double loadKg;
        private @Nullable LoadMode loadMode;
        private @Nullable RebaCoupling coupling;
        private @Nullable Boolean staticPosture;
        private @Nullable Boolean repeatedAction;
        private @Nullable Boolean rapidPostureChange;
        private @Nullable String owasCode;
        private @Nullable SourceRow origin;

        private Builder(@Nullable String task) {
            this.task = task;
        }

        /** @param v the task label @return this builder */
        public Builder task(@Nullable String v) { task = v; return this; }
        /** @param v the side scored @return this builder */
        public Builder side(@Nullable Side v) { side = v; return this; }
        /** @param v upper-arm flexion, degrees (−90 to 200) @return this builder */
        public Builder upperArmDeg(@Nullable Number v) { upperArmDeg = v == null ? null : v.doubleValue(); return this; }
        /** @param v shoulder raised (null = not recorded) @return this builder */
        public Builder shoulderRaised(@Nullable Boolean v) { shoulderRaised = v; return this; }
        /** @param v upper arm abducted (null = not recorded) @return this builder */
        public Builder upperArmAbducted(@Nullable Boolean v) { upperArmAbducted = v; return this; }
        /** @param v arm supported or person leaning (null = not recorded) @return this builder */
        public Builder armSupported(@Nullable Boolean v) { armSupported = v; return this; }
        /** @param v elbow flexion, degrees (0 to 180) @return this builder */
        public Builder lowerArmDeg(@Nullable Number v) { lowerArmDeg = v == null ? null : v.doubleValue(); return this; }
        /** @param v working across the midline or out to the side (null = not recorded) @return this builder */
        public Builder armAcrossMidline(@Nullable Boolean v) { armAcrossMidline = v; return this; }
        /** @param v wrist flexion, degrees (−90 to 90) @return this builder */
        public Builder wristDeg(@Nullable Number v) { wristDeg = v == null ? null : v.doubleValue(); return this; }
        /** @param v wrist deviated (null = not recorded) @return this builder */
        public Builder wristDeviated(@Nullable Boolean v) { wristDeviated = v; return this; }
        /** @param v wrist twisted near the end of its range (null = not recorded) @return this builder */
        public Builder wristTwisted(@Nullable Boolean v) { wristTwisted = v; return this; }
        /** @param v neck flexion, degrees (−60 to 90) @return this builder */
        public Builder neckDeg(@Nullable Number v) { neckDeg = v == null ? null : v.doubleValue(); return this; }
        /** @param v neck twisted (null = not recorded) @return this builder */
        public Builder neckTwisted(@Nullable Boolean v) { neckTwisted = v; return this; }
        /** @param v neck bent sideways (null = not recorded) @return this builder */
        public Builder neckSideBent(@Nullable Boolean v) { neckSideBent = v; return this; }
        /** @param v trunk flexion, degrees (−60 to 120) @return this builder */
        public Builder trunkDeg(@Nullable Number v) { trunkDeg = v == null ? null : v.doubleValue(); return this; }
        /** @param v trunk twisted (null = not recorded) @return this builder */
        public Builder trunkTwisted(@Nullable Boolean v) { trunkTwisted = v; return this; }
        /** @param v trunk bent sideways (null = not recorded) @return this builder */
        public Builder trunkSideBent(@Nullable Boolean v) { trunkSideBent = v; return this; }
        /** @param v seated (null = not recorded) @return this builder */
        public Builder seated(@Nullable Boolean v) { seated = v; return this; }
        /** @param v legs and feet supported, weight even (null = not recorded) @return this builder */
        public Builder legsSupported(@Nullable Boolean v) { legsSupported = v; return this; }
        /** @param v bilateral weight bearing, walking or sitting (null = not recorded) @return this builder */
        public Builder legsBilateral(@Nullable Boolean v) { legsBilateral = v; return this; }
        /** @param v knee flexion, degrees (0 to 160) @return this builder */
        public Builder kneeDeg(@Nullable Number v) { kneeDeg = v == null ? null : v.doubleValue(); return this; }
        /** @param v load or force, kg (0 to 100) @return this builder */
        public Builder loadKg(@Nullable Number v) { loadKg = v == null ? null : v.doubleValue(); return this; }
        /** @param v how the load is applied @return this builder */
        public Builder loadMode(@Nullable LoadMode v) { loadMode = v; return this; }
        /** @param v the REBA coupling class @return this builder */
        public Builder coupling(@Nullable RebaCoupling v) { coupling = v; return this; }
        /** @param v a body part held for more than 1 minute (null = not recorded) @return this builder */
        public Builder staticPosture(@Nullable Boolean v) { staticPosture = v; return this; }
        /** @param v an action repeated 4 or more times a minute (null = not recorded) @return this builder */
        public Builder repeatedAction(@Nullable Boolean v) { repeatedAction = v; return this; }
        /** @param v rapid large changes in posture or an unstable base (null = not recorded) @return this builder */
        public Builder rapidPostureChange(@Nullable Boolean v) { rapidPostureChange = v; return this; }
        /** @param v the OWAS code, 4 digits @return this builder */
        public Builder owasCode(@Nullable String v) { owasCode = v; return this; }
        /** @param v where the row came from @return this builder */
        public Builder origin(@Nullable SourceRow v) { origin = v; return this; }

        /** @return the record, not null; ranges are checked by validation, not here @throws IllegalStateException if a required value is not set */
        public PostureObservation build() {
            return Required.check(buildIncomplete());
        }

        /**
         * Returns the record even when required values are missing, for checking input such as a form:
         * {@link dev.ergo.model.validation.SurveyValidator} then reports each missing value with its path.
         *
         * @return the record, not null
         * @since 0.2
         */
        public PostureObservation buildIncomplete() {
            return new PostureObservation(task, side, upperArmDeg, shoulderRaised, upperArmAbducted, armSupported,
                    lowerArmDeg, armAcrossMidline, wristDeg, wristDeviated, wristTwisted, neckDeg, neckTwisted,
                    neckSideBent, trunkDeg, trunkTwisted, trunkSideBent, seated, legsSupported, legsBilateral, kneeDeg,
                    loadKg, loadMode, coupling, staticPosture, repeatedAction, rapidPostureChange, owasCode, origin);
        }
    }
}
