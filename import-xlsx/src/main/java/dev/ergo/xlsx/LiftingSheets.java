package dev.ergo.xlsx;

import dev.ergo.model.lifting.LiftingTask;

/** The Lifting sheet: the inputs of the Revised NIOSH Lifting Equation, one row per lifting task. */
final class LiftingSheets {
    private LiftingSheets() {}

    static final SheetSpec LIFTING = SheetSpec.section("Lifting", LiftingTask.class)
            .purpose("Optional. One row per lifting task, any number per employee; Revised NIOSH Lifting Equation per task and a composite index per employee.")
            .check("maxLoadNotBelowLoad", "load_max_kg", "load_kg")
            .column("task", "A short label for the lifting task.")
            .column("load_kg", "Average load lifted, including the container.")
            .column("load_max_kg", "Heaviest load; not less than load_kg. Blank means load_kg.")
            .column("h_origin_cm", "Horizontal distance of the hands from the ankles at the origin.")
            .column("v_origin_cm", "Height of the hands above the floor at the origin.")
            .column("h_destination_cm", "Horizontal distance at the destination. Blank means h_origin_cm.")
            .column("v_destination_cm", "Height of the hands at the destination. Required: the travel distance D = |V destination − V origin| needs it.")
            .column("asymmetry_origin_deg", "Trunk twist at the origin. Blank means 0.")
            .column("asymmetry_destination_deg", "Trunk twist at the destination. Blank means 0.")
            .column("frequency_per_min", "Lifts per minute; below 0.2 counts as 0.2.")
            .column("duration_hours", "Hours per day of continuous lifting: up to 1 short, up to 2 moderate, up to 8 long.")
            .column("coupling", "Hand-to-object coupling; when in doubt pick the worse class.")
            .column("significant_control", "Significant control needed at the destination? yes/no; blank means no.")
            .build();
}
