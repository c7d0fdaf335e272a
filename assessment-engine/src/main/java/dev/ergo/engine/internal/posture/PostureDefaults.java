package dev.ergo.engine.internal.posture;

import dev.ergo.model.posture.RebaCoupling;
import dev.ergo.model.posture.LoadMode;
import dev.ergo.model.posture.PostureObservation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The workbook defaults for blank {@code Postures} cells (survey-workbook, Postures sheet), applied by
 * the engine in this one place, and the list of inputs that were defaulted.
 */
public final class PostureDefaults {
    private PostureDefaults() {}

    /** Default of {@code legs_supported} and {@code legs_bilateral}: yes. Every other yes/no flag: no. */
    public static final boolean LEGS_DEFAULT = true;
    /** Default of {@code knee_deg}. */
    public static final double KNEE_DEFAULT_DEG = 0.0;
    /** Default of {@code load_kg}. */
    public static final double LOAD_DEFAULT_KG = 0.0;
    /** Default of {@code load_mode}. */
    public static final LoadMode LOAD_MODE_DEFAULT = LoadMode.INTERMITTENT;
    /** Default of {@code coupling}. */
    public static final RebaCoupling COUPLING_DEFAULT = RebaCoupling.GOOD;

    /** A yes/no flag whose blank means no. */
    public static boolean flag(@Nullable Boolean v) {
        return Boolean.TRUE.equals(v);
    }

    public static boolean legsSupported(PostureObservation o) {
        return o.legsSupported() != null ? o.legsSupported() : LEGS_DEFAULT;
    }

    public static boolean legsBilateral(PostureObservation o) {
        return o.legsBilateral() != null ? o.legsBilateral() : LEGS_DEFAULT;
    }

    public static double kneeDeg(PostureObservation o) {
        return o.kneeDeg() != null ? o.kneeDeg() : KNEE_DEFAULT_DEG;
    }

    public static double loadKg(PostureObservation o) {
        return o.loadKg() != null ? o.loadKg() : LOAD_DEFAULT_KG;
    }

    public static LoadMode loadMode(PostureObservation o) {
        return o.loadMode() != null ? o.loadMode() : LOAD_MODE_DEFAULT;
    }

    public static RebaCoupling coupling(PostureObservation o) {
        return o.coupling() != null ? o.coupling() : COUPLING_DEFAULT;
    }

    /**
     * Returns a required angle.
     *
     * @throws IllegalArgumentException if it is blank or not a finite number
     */
    public static double angle(@Nullable Double v, String column) {
        if (v == null) {
            throw new IllegalArgumentException(column + " is required but was blank");
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(column + " must be a finite number but was " + v);
        }
        return v;
    }

    /** Checks that an optional number is finite when given. */
    public static void requireFinite(@Nullable Double v, String column) {
        if (v != null && !Double.isFinite(v)) {
            throw new IllegalArgumentException(column + " must be a finite number but was " + v);
        }
    }

    /** Returns the workbook columns that were blank and took their default, in workbook order. */
    public static List<String> defaulted(PostureObservation o) {
        List<String> out = new ArrayList<>();
        add(out, o.shoulderRaised(), "shoulder_raised");
        add(out, o.upperArmAbducted(), "upper_arm_abducted");
        add(out, o.armSupported(), "arm_supported");
        add(out, o.armAcrossMidline(), "arm_across_midline");
        add(out, o.wristDeviated(), "wrist_deviated");
        add(out, o.wristTwisted(), "wrist_twisted");
        add(out, o.neckTwisted(), "neck_twisted");
        add(out, o.neckSideBent(), "neck_side_bent");
        add(out, o.trunkTwisted(), "trunk_twisted");
        add(out, o.trunkSideBent(), "trunk_side_bent");
        add(out, o.seated(), "seated");
        add(out, o.legsSupported(), "legs_supported");
        add(out, o.legsBilateral(), "legs_bilateral");
        add(out, o.kneeDeg(), "knee_deg");
        add(out, o.loadKg(), "load_kg");
        add(out, o.loadMode(), "load_mode");
        add(out, o.coupling(), "coupling");
        add(out, o.staticPosture(), "static_posture");
        add(out, o.repeatedAction(), "repeated_action");
        add(out, o.rapidPostureChange(), "rapid_posture_change");
        return List.copyOf(out);
    }

    /**
     * Returns the default of a workbook column as the workbook writes it.
     *
     * @param column a {@code Postures} column with a default, for example {@code knee_deg}
     * @return {@code no}, {@code yes}, {@code 0}, {@code intermittent} or {@code good}
     */
    public static String defaultValue(String column) {
        return switch (column) {
            case "legs_supported", "legs_bilateral" -> LEGS_DEFAULT ? "yes" : "no";
            case "knee_deg" -> Fmt.num(KNEE_DEFAULT_DEG);
            case "load_kg" -> Fmt.num(LOAD_DEFAULT_KG);
            case "load_mode" -> LOAD_MODE_DEFAULT.word();
            case "coupling" -> COUPLING_DEFAULT.word();
            default -> "no";
        };
    }

    private static void add(List<String> out, @Nullable Object v, String column) {
        if (v == null) {
            out.add(column);
        }
    }
}
