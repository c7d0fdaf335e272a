package dev.ergo.xlsx;

import dev.ergo.model.office.RosaChecklist;
import dev.ergo.model.office.Workstation;

/** The office sheets: workstation measurements and the ROSA checklist. */
final class OfficeSheets {
    private OfficeSheets() {}

    private static final String FLAG = " yes/no; blank means no.";
    private static final String HOURS = "Hours per day (0 to 24); gives the ROSA duration adjustment: under 1 h -1, 1 to 4 h 0, over 4 h +1.";

    static final SheetSpec WORKSTATION = SheetSpec.section("Workstation", Workstation.class)
            .purpose("Optional. Office set-up measurements, at most one row per employee. Missing body dimensions are estimated from stature and sex.")
            .oneRowPerEmployee()
            .check("deskRangeOrdered", "desk_height_min_cm")
            .check("seatRangeOrdered", "seat_height_min_cm")
            .column("popliteal_height_cm", "Popliteal height: floor to the underside of the thigh behind the knee, barefoot, seated.")
            .column("elbow_rest_height_cm", "Elbow rest height: seat surface to the underside of the elbow, seated, upper arm vertical.")
            .column("eye_height_sitting_cm", "Eye height sitting: seat surface to the eye.")
            .column("buttock_popliteal_length_cm", "Buttock-popliteal length: back of the buttocks to the back of the knee.")
            .column("shoe_allowance_cm", "Shoe allowance added to popliteal height. Blank means 2.5 cm.")
            .column("desk_height_cm", "Desk height now: floor to the top of the work surface.")
            .column("desk_adjustable", "Can the desk height be adjusted? yes/no.")
            .column("desk_height_min_cm", "Lowest desk setting (adjustable desks); not more than desk_height_max_cm.")
            .column("desk_height_max_cm", "Highest desk setting (adjustable desks).")
            .column("keyboard_height_above_desk_cm", "Keyboard home row above the desk top. Blank means 3.0 cm.")
            .column("seat_height_cm", "Seat height now: floor to the top of the compressed seat at the front.")
            .column("seat_adjustable", "Can the seat height be adjusted? yes/no.")
            .column("seat_height_min_cm", "Lowest seat setting; not more than seat_height_max_cm.")
            .column("seat_height_max_cm", "Highest seat setting.")
            .column("seat_depth_cm", "Seat depth: backrest to the front edge of the seat.")
            .column("seat_depth_adjustable", "Can the seat depth be adjusted? yes/no.")
            .column("lumbar_support", "Lumbar support of the chair: none, fixed or adjustable.")
            .column("backrest_angle_deg", "Backrest angle from the horizontal seat, in degrees (90 is upright).")
            .column("armrests", "Armrests of the chair: none, fixed or adjustable.")
            .column("footrest", "Is a footrest present now? yes/no.")
            .column("feet_flat_on_floor", "Were the feet flat on the floor at the current seat height? yes/no.")
            .column("monitor_top_height_cm", "Floor to the top of the monitor's viewing area.")
            .column("monitor_distance_cm", "Eye to screen distance.")
            .build();

    static final SheetSpec ROSA = SheetSpec.section("ROSA", RosaChecklist.class)
            .purpose("Optional. The Rapid Office Strain Assessment checklist, at most one row per employee; base scores and hours are required, flags default to no.")
            .oneRowPerEmployee()
            .column("seat_height", "ROSA base score: 1 knees at 90 degrees; 2 too low or too high; 3 no foot contact.")
            .column("seat_height_no_leg_space", "Insufficient space under the desk?" + FLAG)
            .column("seat_height_non_adjustable", "Seat height not adjustable?" + FLAG)
            .column("seat_depth", "ROSA base score: 1 about 7.5 cm clearance behind the knee; 2 seat too long or too short.")
            .column("seat_depth_non_adjustable", "Seat depth not adjustable?" + FLAG)
            .column("armrest", "ROSA base score: 1 elbows supported, shoulders relaxed; 2 armrests too high or too low.")
            .column("armrest_hard", "Armrest hard or damaged?" + FLAG)
            .column("armrest_too_wide", "Armrests too wide?" + FLAG)
            .column("armrest_non_adjustable", "Armrests not adjustable?" + FLAG)
            .column("back_support", "ROSA base score: 1 adequate lumbar support, recline 95 to 110 degrees; 2 no or misplaced lumbar support, angle out of range, or no back support.")
            .column("back_support_work_surface_too_high", "Work surface too high (leaning forward)?" + FLAG)
            .column("back_support_non_adjustable", "Back support not adjustable?" + FLAG)
            .column("chair_hours_per_day", "Chair use. " + HOURS)
            .column("monitor", "ROSA base score: 1 arm's length and at eye level; 2 too low; 3 too high.")
            .column("monitor_too_far", "Monitor too far (over 75 cm)?" + FLAG)
            .column("monitor_neck_twist", "Neck twisted more than 30 degrees?" + FLAG)
            .column("monitor_glare", "Glare on the screen?" + FLAG)
            .column("monitor_no_document_holder", "Documents used without a holder?" + FLAG)
            .column("monitor_hours_per_day", "Monitor use. " + HOURS)
            .column("phone", "ROSA base score: 1 headset or one hand, neck neutral; 2 reach beyond 30 cm.")
            .column("phone_neck_shoulder_hold", "Phone held between neck and shoulder (+2)?" + FLAG)
            .column("phone_no_hands_free", "No hands-free option (+1)?" + FLAG)
            .column("phone_hours_per_day", "Telephone use. " + HOURS)
            .column("mouse", "ROSA base score: 1 in line with the shoulder; 2 reaching.")
            .column("mouse_different_surface", "Mouse and keyboard on different surfaces (+2)?" + FLAG)
            .column("mouse_pinch_grip", "Pinch grip on the mouse (+1)?" + FLAG)
            .column("mouse_hard_palm_rest", "Hard palm rest in front of the mouse (+1)?" + FLAG)
            .column("mouse_hours_per_day", "Mouse use. " + HOURS)
            .column("keyboard", "ROSA base score: 1 wrists straight, shoulders relaxed; 2 wrists extended more than 15 degrees or positive tilt.")
            .column("keyboard_deviation", "Wrists deviated while typing?" + FLAG)
            .column("keyboard_too_high", "Keyboard too high (shoulders shrugged)?" + FLAG)
            .column("keyboard_overhead_reach", "Reaching to overhead items?" + FLAG)
            .column("keyboard_non_adjustable", "Keyboard platform not adjustable?" + FLAG)
            .column("keyboard_hours_per_day", "Keyboard use. " + HOURS)
            .build();
}
