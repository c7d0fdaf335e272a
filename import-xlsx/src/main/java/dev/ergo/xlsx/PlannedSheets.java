package dev.ergo.xlsx;

import java.util.List;

/**
 * Sheets of the survey format that this version writes to the template but does not assess yet.
 *
 * <p>When a risk factor gets its model record, its spec moves to its own class built with
 * {@link SheetSpec#section} and the {@link SheetSpecs} registry line stays where it is.
 */
final class PlannedSheets {
    private PlannedSheets() {}

    private static final String SIGN = " Flexion (forward or down) positive, extension negative.";
    private static final List<String> SIDES = List.of("left", "right");

    static final SheetSpec POSTURES = SheetSpec.planned("Postures")
            .purpose("Optional. One row per observed task posture; RULA and REBA are computed from each row, OWAS from owas_code.")
            .text("task", true, "A short label for the task. Required.")
            .oneOf("side", false, SIDES, "Body side observed: left or right. Optional.")
            .number("upper_arm_deg", "-90", "200", "°", true, "Upper arm angle. Required." + SIGN)
            .yesNo("shoulder_raised", "Shoulder raised? yes/no; blank means no.")
            .yesNo("upper_arm_abducted", "Upper arm abducted? yes/no; blank means no.")
            .yesNo("arm_supported", "Arm supported or person leaning? yes/no; blank means no.")
            .number("lower_arm_deg", "0", "180", "°", true, "Elbow flexion. Required.")
            .yesNo("arm_across_midline", "Working across the midline or out to the side? yes/no; blank means no.")
            .number("wrist_deg", "-90", "90", "°", true, "Wrist angle. Required." + SIGN)
            .yesNo("wrist_deviated", "Wrist bent from the midline? yes/no; blank means no.")
            .yesNo("wrist_twisted", "Wrist twisted near the end of its range? yes/no; blank means no.")
            .number("neck_deg", "-60", "90", "°", true, "Neck angle. Required." + SIGN)
            .yesNo("neck_twisted", "Neck twisted? yes/no; blank means no.")
            .yesNo("neck_side_bent", "Neck side-bent? yes/no; blank means no.")
            .number("trunk_deg", "-60", "120", "°", true, "Trunk angle. Required." + SIGN)
            .yesNo("trunk_twisted", "Trunk twisted? yes/no; blank means no.")
            .yesNo("trunk_side_bent", "Trunk side-bent? yes/no; blank means no.")
            .yesNo("seated", "Seated? yes/no; blank means no.")
            .yesNo("legs_supported", "Legs and feet supported, weight even (RULA legs 1)? yes/no; blank means yes.")
            .yesNo("legs_bilateral", "Bilateral weight bearing, walking or sitting (REBA legs 1)? yes/no; blank means yes.")
            .number("knee_deg", "0", "160", "°", false, "Knee flexion. Blank means 0.")
            .number("load_kg", "0", "100", "kg", false, "Load or force handled. Blank means 0.")
            .oneOf("load_mode", false, List.of("intermittent", "static", "repeated", "shock"), "How the load is handled. Blank means intermittent.")
            .oneOf("coupling", false, List.of("good", "fair", "poor", "unacceptable"), "REBA coupling. Blank means good.")
            .yesNo("static_posture", "A body part held for more than 1 minute? yes/no; blank means no.")
            .yesNo("repeated_action", "Small-range action repeated 4 or more times a minute? yes/no; blank means no.")
            .yesNo("rapid_posture_change", "Rapid large changes in posture or an unstable base? yes/no; blank means no.")
            .text("owas_code", false, "OWAS code, 4 digits: back 1-4, arms 1-3, legs 1-7, load 1-3 (for example 2131).")
            .build();

    static final SheetSpec LIFTING = SheetSpec.planned("Lifting")
            .purpose("Optional. One row per lifting task; Revised NIOSH Lifting Equation per task and a composite index per employee.")
            .text("task", true, "A short label for the lifting task. Required.")
            .number("load_kg", "0", "100", "kg", false, "Average load lifted.")
            .number("load_max_kg", "0", "100", "kg", false, "Heaviest load; not less than load_kg. Blank means load_kg.")
            .number("h_origin_cm", "0", "100", "cm", false, "Horizontal distance of the hands from the ankles at the origin.")
            .number("v_origin_cm", "0", "200", "cm", false, "Height of the hands above the floor at the origin.")
            .number("h_destination_cm", "0", "100", "cm", false, "Horizontal distance at the destination. Blank means h_origin_cm.")
            .number("v_destination_cm", "0", "200", "cm", false, "Height of the hands at the destination; needed when significant_control is yes.")
            .number("asymmetry_origin_deg", "0", "180", "°", false, "Trunk twist at the origin. Blank means 0.")
            .number("asymmetry_destination_deg", "0", "180", "°", false, "Trunk twist at the destination. Blank means 0.")
            .number("frequency_per_min", "0", "20", "lifts/min", false, "Lifts per minute; below 0.2 counts as 0.2.")
            .number("duration_hours", "0", "8", "h", false, "Hours per day of continuous lifting: up to 1 short, up to 2 moderate, up to 8 long.")
            .oneOf("coupling", true, List.of("good", "fair", "poor"), "Hand-to-object coupling. Required; when in doubt pick the worse class.")
            .yesNo("significant_control", "Significant control needed at the destination? yes/no; blank means no.")
            .build();

    static final SheetSpec VIBRATION = SheetSpec.planned("Vibration")
            .purpose("Optional. One row per vibrating tool or vehicle.")
            .text("source", true, "Tool or vehicle name. Required.")
            .oneOf("type", true, List.of("hand-arm", "whole-body"), "hand-arm or whole-body. Required.")
            .number("a_hv", "0", "100", "m/s²", false, "Hand-arm vibration total value; or give a_x, a_y and a_z instead.")
            .number("a_x", "0", "100", "m/s²", false, "Frequency-weighted r.m.s. acceleration, x axis.")
            .number("a_y", "0", "100", "m/s²", false, "Frequency-weighted r.m.s. acceleration, y axis.")
            .number("a_z", "0", "100", "m/s²", false, "Frequency-weighted r.m.s. acceleration, z axis.")
            .number("hours_per_day", "0", "24", "h", true, "Exposure hours per day. Required.")
            .number("vdv", null, null, "m/s^1.75", false, "Vibration dose value, whole-body only, measured over vdv_measured_hours.")
            .number("vdv_measured_hours", "0", "24", "h", false, "Hours over which vdv was measured.")
            .build();

    static final SheetSpec REPETITIVE = SheetSpec.planned("Repetitive")
            .purpose("Optional. One row per task and hand; ACGIH Hand Activity TLV and the Revised Strain Index.")
            .text("task", false, "A short label for the task.")
            .oneOf("hand", true, SIDES, "left or right. Required.")
            .number("hal", "0", "10", "", false, "Hand Activity Level; or give exertions_per_second and duty_cycle_pct.")
            .number("exertions_per_second", "0.05", "3", "1/s", false, "Exertions per second.")
            .number("duty_cycle_pct", "1", "100", "%", false, "Duty cycle in percent.")
            .number("peak_force_npf", "0", "10", "", false, "Normalized peak force; or give peak_force_pct_mvc.")
            .number("peak_force_pct_mvc", "0", "100", "%MVC", false, "Peak force in percent of maximum voluntary contraction.")
            .number("hours_per_day", "0", "24", "h", true, "Hours per day of the task. Required.")
            .number("rsi_intensity_pct_mvc", "0", "100", "%MVC", false, "Revised Strain Index intensity.")
            .number("rsi_efforts_per_min", "0", "200", "1/min", false, "Efforts per minute.")
            .number("rsi_seconds_per_exertion", "0", "600", "s", false, "Seconds per exertion; efforts x seconds / 60 must not exceed 1 minute.")
            .number("rsi_wrist_deg", "-90", "90", "°", false, "Wrist posture." + SIGN)
            .build();

    static final SheetSpec CONTACT_STRESS = SheetSpec.planned("ContactStress")
            .purpose("Optional. Impacts, kneeling and hard-edge contact.")
            .text("task", false, "A short label for the task.")
            .number("hand_impacts_per_hour", "0", "5000", "1/h", false, "Hand (heel of the palm) used as a hammer, impacts per hour.")
            .number("knee_impacts_per_hour", "0", "5000", "1/h", false, "Knee used as a hammer, impacts per hour.")
            .number("impact_hours_per_day", "0", "24", "h", false, "Hours per day with impacts.")
            .number("kneeling_hours_per_day", "0", "24", "h", false, "Hours per day kneeling.")
            .number("hard_edge_contact_hours_per_day", "0", "24", "h", false, "Hours per day of localized pressure from hard or sharp edges or tool handles.")
            .text("body_part", false, "Where the edge contact occurs, for example forearm or palm.")
            .build();
}
