package dev.ergo.xlsx;

import dev.ergo.model.repetitive.RepetitiveTask;

/** The Repetitive sheet: hand activity and Revised Strain Index inputs, one row per task and hand. */
final class RepetitiveSheets {
    private RepetitiveSheets() {}

    static final SheetSpec REPETITIVE = SheetSpec.section("Repetitive", RepetitiveTask.class)
            .purpose("Optional. One row per task and hand, any number per employee; ACGIH Hand Activity TLV and the Revised Strain Index.")
            .check("halGiven", "hal", "exertions_per_second", "duty_cycle_pct")
            .check("exertionFrequencyPaired", "duty_cycle_pct", "exertions_per_second")
            .check("halSingleSource", "hal", "exertions_per_second", "duty_cycle_pct")
            .check("peakForceGiven", "peak_force_npf", "peak_force_pct_mvc")
            .check("peakForceSingleSource", "peak_force_npf", "peak_force_pct_mvc")
            .check("rsiComplete", "rsi_intensity_pct_mvc", "rsi_efforts_per_min", "rsi_seconds_per_exertion", "rsi_wrist_deg")
            .check("rsiFeasible", "rsi_seconds_per_exertion", "rsi_efforts_per_min")
            .column("task", "A short label for the task.")
            .column("hand", "left or right.")
            .column("hal", "Hand Activity Level; or give exertions_per_second and duty_cycle_pct.")
            .column("exertions_per_second", "Exertions per second.")
            .column("duty_cycle_pct", "Duty cycle in percent.")
            .column("peak_force_npf", "Normalized peak force; or give peak_force_pct_mvc.")
            .column("peak_force_pct_mvc", "Peak force in percent of maximum voluntary contraction.")
            .column("hours_per_day", "Hours per day of the task.")
            .column("rsi_intensity_pct_mvc", "Revised Strain Index intensity.")
            .column("rsi_efforts_per_min", "Efforts per minute.")
            .column("rsi_seconds_per_exertion", "Seconds per exertion; efforts x seconds / 60 must not exceed 1 minute.")
            .column("rsi_wrist_deg", "Wrist posture. Flexion (forward or down) positive, extension negative.")
            .build();
}
