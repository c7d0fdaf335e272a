package dev.ergo.engine.posture;

import org.apiguardian.api.API;

/**
 * The conventions this toolkit chose where the posture methods leave a question open
 * (docs/methods.md §9.2), each held in one named constant so the README and every report can
 * state it.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class PostureConventions {
    private PostureConventions() {}

    /**
     * Band boundaries (§9.2 item 1): {@code true} means a value exactly on a boundary belongs to the band
     * on the neutral side, the one with the lower score (the authors leave it open: §10 item 3). So a 20° upper arm scores 1, 45° scores 2, 90° scores 3; an elbow at 60° or
     * 100° scores 1; a 15° wrist scores RULA 2 and REBA 1; a 10°/20° neck scores RULA 1/2; a 20°/60°
     * trunk scores RULA 2/3; knees at 30°/60° add REBA +0/+1; loads of exactly 2, 5 and 10 kg take
     * the lighter band. This overrides the "≥" wording of some worksheet rows (§4.1.2, §4.1.3). Every
     * band comparison of RULA and REBA goes through {@link #beyond(double, double)}.
     */
    public static final boolean BOUNDARY_INCLUSIVE_LOWER = true;

    /**
     * Upper-arm neutral band, ± degrees (§9.2 item 2): ±20° (McAtamney &amp; Corlett 1993 per secondary
     * sources, ErgoPlus, REBA [S6]) for RULA and REBA and for both RULA Table A versions; the Cornell
     * form's ±15° [S3] is not used.
     */
    public static final double UPPER_ARM_NEUTRAL_DEG = 20.0;

    /**
     * RULA muscle use (§9.2 item 3): +1 when a posture is held longer than this many minutes
     * ({@code static_posture}) or an action is repeated 4 or more times a minute
     * ({@code repeated_action}); both together still +1. The original/Cornell 1 minute, not the
     * ErgoPlus 10 minutes [S2].
     */
    public static final double MUSCLE_USE_HOLD_MINUTES = 1.0;

    /**
     * RULA force/load for an intermittent load over 10 kg (§9.2 item 4): 2, as in the original text [S1]
     * ("also 2 if the load is intermittent but more than 10 kg"); worksheets that collapse it to 3 are
     * not followed. Shock or rapid build-up scores {@link #RULA_SHOCK_FORCE_SCORE} whatever the load.
     */
    public static final int RULA_INTERMITTENT_OVER_10_KG_SCORE = 2;

    /** RULA force/load for shock or rapid build-up, of any magnitude, also with {@code load_kg} 0 (docs/methods.md §4.1.4, [S1]). */
    public static final int RULA_SHOCK_FORCE_SCORE = 3;

    /**
     * RULA lower-arm ceiling (§9.2 item 5): the workbook has one flag for "across the midline or out to
     * the side", so the adjustment is at most +1 (ErgoPlus [S2]); any result above 3 is clamped to the
     * Table A axis maximum 3.
     */
    public static final int RULA_LOWER_ARM_MAX = 3;

    /**
     * Arm supported or person leaning (§9.2 item 6): −1 to the upper-arm score (RULA and REBA, [S2],
     * [S3], [S6]), never below {@link #UPPER_ARM_MIN}.
     */
    public static final int ARM_SUPPORTED_ADJUSTMENT = -1;

    /** The upper-arm score never drops below 1 when {@link #ARM_SUPPORTED_ADJUSTMENT} applies (docs/methods.md §4.1.2, §4.2.3). */
    public static final int UPPER_ARM_MIN = 1;

    /**
     * RULA trunk in extension: RULA has no extension band; an upright or reclined trunk (0° or less,
     * hip–trunk angle 90° or more when seated, [S1]) scores 1.
     */
    public static final int RULA_TRUNK_UPRIGHT_OR_RECLINED_SCORE = 1;

    /** The RULA Table A used unless another is chosen (docs/methods.md §4.1.5, §9.2 item 8). */
    public static final RulaTableA DEFAULT_TABLE_A = RulaTableA.MCATAMNEY_CORLETT_1993;

    /** At most this many posture recommendations per task, and only for tasks above {@code LOW}. */
    public static final int MAX_RECOMMENDATIONS_PER_TASK = 3;

    /**
     * Returns whether a value measured away from neutral lies beyond a band boundary, under
     * {@link #BOUNDARY_INCLUSIVE_LOWER}: strictly greater when a boundary belongs to the lower band.
     *
     * @param value the value measured away from neutral (for example flexion, or −angle for extension)
     * @param boundary the band boundary
     * @return true when the value falls in the band beyond the boundary
     */
    public static boolean beyond(double value, double boundary) {
        return BOUNDARY_INCLUSIVE_LOWER ? value > boundary : value >= boundary;
    }
}
