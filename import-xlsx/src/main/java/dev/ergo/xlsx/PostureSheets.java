package dev.ergo.xlsx;

import dev.ergo.model.posture.PostureObservation;

/**
 * The Postures sheet: observed task postures scored by RULA, REBA and OWAS. Blank flags, knee angle,
 * load, load mode and coupling stay null; the engine applies the defaults and reports them.
 */
final class PostureSheets {
    private PostureSheets() {}

    private static final String SIGN = " Flexion (forward or down) positive, extension negative.";

    static final SheetSpec POSTURES = SheetSpec.section("Postures", PostureObservation.class)
            .purpose("Optional. One row per observed task posture, any number per employee; RULA and REBA are computed from each row, OWAS from owas_code.")
            .column("task", "A short label for the task.")
            .column("side", "Body side observed: left or right. Optional.")
            .column("upper_arm_deg", "Upper arm angle." + SIGN)
            .column("shoulder_raised", "Shoulder raised? yes/no; blank means no.")
            .column("upper_arm_abducted", "Upper arm abducted? yes/no; blank means no.")
            .column("arm_supported", "Arm supported or person leaning? yes/no; blank means no.")
            .column("lower_arm_deg", "Elbow flexion.")
            .column("arm_across_midline", "Working across the midline or out to the side? yes/no; blank means no.")
            .column("wrist_deg", "Wrist angle." + SIGN)
            .column("wrist_deviated", "Wrist bent from the midline? yes/no; blank means no.")
            .column("wrist_twisted", "Wrist twisted near the end of its range? yes/no; blank means no.")
            .column("neck_deg", "Neck angle." + SIGN)
            .column("neck_twisted", "Neck twisted? yes/no; blank means no.")
            .column("neck_side_bent", "Neck side-bent? yes/no; blank means no.")
            .column("trunk_deg", "Trunk angle." + SIGN)
            .column("trunk_twisted", "Trunk twisted? yes/no; blank means no.")
            .column("trunk_side_bent", "Trunk side-bent? yes/no; blank means no.")
            .column("seated", "Seated? yes/no; blank means no.")
            .column("legs_supported", "Legs and feet supported, weight even (RULA legs 1)? yes/no; blank means yes.")
            .column("legs_bilateral", "Bilateral weight bearing, walking or sitting (REBA legs 1)? yes/no; blank means yes.")
            .column("knee_deg", "Knee flexion. Blank means 0.")
            .column("load_kg", "Load or force handled. Blank means 0.")
            .column("load_mode", "How the load is handled. Blank means intermittent.")
            .column("coupling", "REBA coupling. Blank means good.")
            .column("static_posture", "A body part held for more than 1 minute? yes/no; blank means no.")
            .column("repeated_action", "Small-range action repeated 4 or more times a minute? yes/no; blank means no.")
            .column("rapid_posture_change", "Rapid large changes in posture or an unstable base? yes/no; blank means no.")
            .column("owas_code", "OWAS code, 4 digits: back 1-4, arms 1-3, legs 1-7, load 1-3 (for example 2131).")
            .build();
}
