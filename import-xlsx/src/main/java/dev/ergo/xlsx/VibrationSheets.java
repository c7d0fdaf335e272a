package dev.ergo.xlsx;

import dev.ergo.model.vibration.VibrationSource;

/** The Vibration sheet: hand-arm tools and whole-body vehicles or platforms, one row per source. */
final class VibrationSheets {
    private VibrationSheets() {}

    private static final String[] AXES = {"a_x", "a_y", "a_z"};

    static final SheetSpec VIBRATION = SheetSpec.section("Vibration", VibrationSource.class)
            .purpose("Optional. One row per vibrating tool or vehicle, any number per employee.")
            .check("eitherTotalOrAxes", "a_hv", AXES)
            .check("handArmMagnitudeGiven", "a_hv", AXES)
            .check("wholeBodyAxesGiven", "a_x", "a_y", "a_z", "type")
            .check("vdvOnWholeBodyOnly", "vdv", "vdv_measured_hours", "type")
            .check("vdvMeasuredHoursGiven", "vdv_measured_hours", "vdv")
            .column("source", "Tool or vehicle name.")
            .column("type", "hand-arm or whole-body.")
            .column("a_hv", "Hand-arm vibration total value; or give a_x, a_y and a_z instead, not both.")
            .column("a_x", "Frequency-weighted r.m.s. acceleration, x axis. Whole-body rows need all three axes.")
            .column("a_y", "Frequency-weighted r.m.s. acceleration, y axis.")
            .column("a_z", "Frequency-weighted r.m.s. acceleration, z axis.")
            .column("hours_per_day", "Exposure hours per day.")
            .column("vdv", "Vibration dose value, whole-body only, measured over vdv_measured_hours.")
            .column("vdv_measured_hours", "Hours over which vdv was measured; more than 0 when vdv is given.")
            .build();
}
