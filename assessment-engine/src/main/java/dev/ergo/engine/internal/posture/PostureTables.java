package dev.ergo.engine.internal.posture;

/**
 * The RULA, REBA and OWAS lookup tables and band limits, exactly as in methods-posture-office §1.2–§1.8,
 * §2.2–§2.7 and §4.3. Band limits are compared only through {@link PostureConventions#beyond}.
 */
public final class PostureTables {
    private PostureTables() {}

    // ---- RULA body-part bands (§1.2, §1.3; CROSS-CHECKED / CONFIRMED S1, S2, S3) ----

    /** Upper arm: 20–45° flexion scores 2, above 45° scores 3 (§1.2). */
    public static final double UPPER_ARM_MODERATE_DEG = 45.0;
    /** Upper arm: above 90° flexion scores 4 (§1.2, §2.3). */
    public static final double UPPER_ARM_SEVERE_DEG = 90.0;
    /** Lower arm: 60–100° elbow flexion scores 1, outside 2 (§1.2, §2.3). */
    public static final double LOWER_ARM_NEUTRAL_MIN_DEG = 60.0;
    /** Upper end of the lower-arm neutral band (§1.2, §2.3). */
    public static final double LOWER_ARM_NEUTRAL_MAX_DEG = 100.0;
    /** Wrist: RULA 0–15° scores 2, beyond 3; REBA 0–15° scores 1, beyond 2 (§1.2, §2.3). */
    public static final double WRIST_BAND_DEG = 15.0;
    /** RULA neck: 0–10° flexion 1, 10–20° 2, beyond 3 (§1.3, S1). */
    public static final double RULA_NECK_LOW_DEG = 10.0;
    /** RULA neck upper band limit (§1.3, S1). */
    public static final double RULA_NECK_HIGH_DEG = 20.0;
    /** RULA trunk: 0–20° flexion 2, 20–60° 3, beyond 4 (§1.3, S1). */
    public static final double TRUNK_LOW_DEG = 20.0;
    /** Trunk: above 60° flexion RULA 4, REBA 4 (§1.3, §2.2). */
    public static final double TRUNK_HIGH_DEG = 60.0;

    /** RULA force/load: below 2 kg 0 (§1.4, S3). */
    public static final double RULA_FORCE_LIGHT_KG = 2.0;
    /** RULA force/load and REBA load: above 10 kg is the heavy band (§1.4, §2.7). */
    public static final double HEAVY_KG = 10.0;

    // ---- REBA bands (§2.2, §2.3, §2.7; CONFIRMED S5, S6) ----

    /** REBA neck: 0–20° flexion 1, beyond or in extension 2 (§2.2). */
    public static final double REBA_NECK_DEG = 20.0;
    /** REBA knees: 30–60° flexion +1 (§2.2). */
    public static final double REBA_KNEE_LOW_DEG = 30.0;
    /** REBA knees: above 60° flexion +2 (§2.2). */
    public static final double REBA_KNEE_HIGH_DEG = 60.0;
    /** REBA load: below 5 kg 0, 5–10 kg 1, above 10 kg 2 (§2.7, S6). */
    public static final double REBA_LOAD_LIGHT_KG = 5.0;

    /** §1.5 RULA Table A, McAtamney &amp; Corlett (1993): rows upper arm 1–6 × lower arm 1–3, columns W1T1 … W4T2. */
    public static final int[][] RULA_A_MC1993 = {
        {1, 2, 2, 2, 2, 3, 3, 3},
        {2, 2, 2, 2, 3, 3, 3, 3},
        {2, 3, 3, 3, 3, 3, 4, 4},
        {2, 3, 3, 3, 3, 4, 4, 4},
        {3, 3, 3, 3, 3, 4, 4, 4},
        {3, 4, 4, 4, 4, 4, 5, 5},
        {3, 3, 4, 4, 4, 4, 5, 5},
        {3, 4, 4, 4, 4, 4, 5, 5},
        {4, 4, 4, 4, 4, 5, 5, 5},
        {4, 4, 4, 4, 4, 5, 5, 5},
        {4, 4, 4, 4, 4, 5, 5, 5},
        {4, 4, 4, 5, 5, 5, 6, 6},
        {5, 5, 5, 5, 5, 6, 6, 7},
        {5, 6, 6, 6, 6, 7, 7, 7},
        {6, 6, 6, 7, 7, 7, 7, 8},
        {7, 7, 7, 7, 7, 8, 8, 9},
        {8, 8, 8, 8, 8, 9, 9, 9},
        {9, 9, 9, 9, 9, 9, 9, 9},
    };

    /** §1.6 RULA Table A, Cornell/Hedge worksheet [S3]: same axes as {@link #RULA_A_MC1993}. */
    public static final int[][] RULA_A_CORNELL = {
        {1, 2, 2, 2, 2, 3, 3, 3},
        {2, 2, 2, 2, 3, 3, 3, 3},
        {2, 3, 2, 3, 3, 3, 4, 4},
        {2, 2, 2, 3, 3, 3, 4, 4},
        {2, 2, 2, 3, 3, 3, 4, 4},
        {2, 3, 3, 3, 3, 4, 4, 5},
        {2, 3, 3, 3, 4, 4, 5, 5},
        {2, 3, 3, 3, 4, 4, 5, 5},
        {2, 3, 3, 4, 4, 4, 5, 5},
        {3, 4, 4, 4, 4, 4, 5, 5},
        {3, 4, 4, 4, 4, 4, 5, 5},
        {3, 4, 4, 5, 5, 5, 6, 6},
        {5, 5, 5, 5, 5, 6, 6, 7},
        {5, 6, 6, 6, 6, 7, 7, 7},
        {6, 6, 6, 7, 7, 7, 7, 8},
        {7, 7, 7, 7, 7, 8, 8, 9},
        {7, 8, 8, 8, 8, 9, 9, 9},
        {9, 9, 9, 9, 9, 9, 9, 9},
    };

    /** §1.7 RULA Table B: rows neck 1–6, columns T1L1, T1L2 … T6L2. */
    public static final int[][] RULA_B = {
        {1, 3, 2, 3, 3, 4, 5, 5, 6, 6, 7, 7},
        {2, 3, 2, 3, 4, 5, 5, 5, 6, 7, 7, 7},
        {3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 7},
        {5, 5, 5, 6, 6, 7, 7, 7, 7, 7, 8, 8},
        {7, 7, 7, 7, 7, 8, 8, 8, 8, 8, 8, 8},
        {8, 8, 8, 8, 8, 8, 8, 9, 9, 9, 9, 9},
    };

    /** §1.8 RULA Table C: rows score C 1–8+, columns score D 1–7+. */
    public static final int[][] RULA_C = {
        {1, 2, 3, 3, 4, 5, 5},
        {2, 2, 3, 4, 4, 5, 5},
        {3, 3, 3, 4, 4, 5, 6},
        {3, 3, 3, 4, 5, 6, 6},
        {4, 4, 4, 5, 6, 7, 7},
        {4, 4, 5, 6, 6, 7, 7},
        {5, 5, 6, 6, 7, 7, 7},
        {5, 5, 6, 7, 7, 7, 7},
    };

    /** §2.4 REBA Table A: rows trunk 1–5, columns neck 1 legs 1–4, neck 2 legs 1–4, neck 3 legs 1–4. */
    public static final int[][] REBA_A = {
        {1, 2, 3, 4, 1, 2, 3, 4, 3, 3, 5, 6},
        {2, 3, 4, 5, 3, 4, 5, 6, 4, 5, 6, 7},
        {2, 4, 5, 6, 4, 5, 6, 7, 5, 6, 7, 8},
        {3, 5, 6, 7, 5, 6, 7, 8, 6, 7, 8, 9},
        {4, 6, 7, 8, 6, 7, 8, 9, 7, 8, 9, 9},
    };

    /** §2.5 REBA Table B: rows upper arm 1–6, columns lower arm 1 wrist 1–3, lower arm 2 wrist 1–3. */
    public static final int[][] REBA_B = {
        {1, 2, 2, 1, 2, 3},
        {1, 2, 3, 2, 3, 4},
        {3, 4, 5, 4, 5, 5},
        {4, 5, 5, 5, 6, 7},
        {6, 7, 8, 7, 8, 8},
        {7, 8, 8, 8, 9, 9},
    };

    /** §2.6 REBA Table C: rows score A 1–12, columns score B 1–12 (row 12 CROSS-CHECKED, §8 item 8). */
    public static final int[][] REBA_C = {
        {1, 1, 1, 2, 3, 3, 4, 5, 6, 7, 7, 7},
        {1, 2, 2, 3, 4, 4, 5, 6, 6, 7, 7, 8},
        {2, 3, 3, 3, 4, 5, 6, 7, 7, 8, 8, 8},
        {3, 4, 4, 4, 5, 6, 7, 8, 8, 9, 9, 9},
        {4, 4, 4, 5, 6, 7, 8, 8, 9, 9, 9, 9},
        {6, 6, 6, 7, 8, 8, 9, 9, 10, 10, 10, 10},
        {7, 7, 7, 8, 9, 9, 9, 10, 10, 11, 11, 11},
        {8, 8, 8, 9, 10, 10, 10, 10, 10, 11, 11, 11},
        {9, 9, 9, 10, 10, 10, 11, 11, 11, 12, 12, 12},
        {10, 10, 10, 11, 11, 11, 11, 12, 12, 12, 12, 12},
        {11, 11, 11, 11, 12, 12, 12, 12, 12, 12, 12, 12},
        {12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12},
    };

    /**
     * §4.3 OWAS action categories (CROSS-CHECKED, verification list in the methods file): rows back 1–4
     * × arms 1–3, columns legs 1–7; each cell holds the categories for load 1, 2, 3 as three digits
     * ({@code 223} = "2/2/3"). Back 2 / arms 2 / legs 5 is 3/4/4 (five of six implementations).
     */
    public static final int[][] OWAS = {
        {111, 111, 111, 222, 222, 111, 111},
        {111, 111, 111, 222, 222, 111, 111},
        {111, 111, 111, 223, 223, 111, 112},
        {223, 223, 223, 333, 333, 222, 233},
        {223, 223, 233, 344, 344, 334, 234},
        {334, 223, 333, 344, 444, 444, 234},
        {111, 111, 112, 333, 444, 111, 111},
        {223, 111, 112, 444, 444, 333, 111},
        {223, 111, 233, 444, 444, 444, 111},
        {233, 223, 223, 444, 444, 444, 234},
        {334, 234, 334, 444, 444, 444, 234},
        {444, 234, 334, 444, 444, 444, 234},
    };

    /**
     * Looks up an OWAS action category.
     *
     * @param back back digit 1–4
     * @param arms arms digit 1–3
     * @param legs legs digit 1–7
     * @param load load digit 1–3
     * @return the action category 1–4
     */
    public static int owas(int back, int arms, int legs, int load) {
        int cell = OWAS[(back - 1) * 3 + (arms - 1)][legs - 1];
        return switch (load) {
            case 1 -> cell / 100;
            case 2 -> cell / 10 % 10;
            default -> cell % 10;
        };
    }
}
