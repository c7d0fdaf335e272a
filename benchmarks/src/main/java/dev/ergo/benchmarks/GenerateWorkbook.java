package dev.ergo.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a large, valid survey workbook for timing runs: N employees, each with a Workstation, a ROSA
 * and a Postures row; every third also with two lifting tasks, a hand-arm tool, a Repetitive row (with
 * the RSI inputs) and a ContactStress row; every sixth also with a whole-body vehicle. Seeded, so the
 * same N gives the same file.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.ergo.benchmarks.GenerateWorkbook FILE.xlsx N}
 */
public final class GenerateWorkbook {
    private GenerateWorkbook() {}

    /**
     * Writes the workbook.
     *
     * @param args the file and the employee count
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateWorkbook FILE.xlsx EMPLOYEES");
            System.exit(2);
        }
        write(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    /**
     * Writes a workbook of {@code n} employees.
     *
     * @param file the file
     * @param n the number of employees
     * @throws IOException if the file cannot be written
     */
    public static void write(Path file, int n) throws IOException {
        SplittableRandom rnd = new SplittableRandom(42);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            SXSSFSheet emp = wb.createSheet("Employees");
            SXSSFSheet ws = wb.createSheet("Workstation");
            SXSSFSheet rosa = wb.createSheet("ROSA");
            SXSSFSheet lift = wb.createSheet("Lifting");
            SXSSFSheet post = wb.createSheet("Postures");
            SXSSFSheet vib = wb.createSheet("Vibration");
            SXSSFSheet rep = wb.createSheet("Repetitive");
            SXSSFSheet con = wb.createSheet("ContactStress");
            header(post, "employee_id", "task", "side", "upper_arm_deg", "lower_arm_deg", "wrist_deg", "neck_deg",
                    "trunk_deg", "seated", "load_kg", "static_posture", "owas_code");
            header(vib, "employee_id", "source", "type", "a_hv", "a_x", "a_y", "a_z", "hours_per_day");
            header(rep, "employee_id", "task", "hand", "hal", "peak_force_npf", "hours_per_day", "rsi_intensity_pct_mvc",
                    "rsi_efforts_per_min", "rsi_seconds_per_exertion", "rsi_wrist_deg");
            header(con, "employee_id", "task", "knee_impacts_per_hour", "impact_hours_per_day", "kneeling_hours_per_day");
            int vibRow = 1;
            int otherRow = 1;
            header(emp, "employee_id", "name", "department", "site", "job_title", "sex", "age", "stature_cm",
                    "assessment_date", "assessor");
            header(ws, "employee_id", "popliteal_height_cm", "elbow_rest_height_cm", "desk_height_cm", "desk_adjustable",
                    "seat_height_cm", "seat_adjustable", "seat_height_min_cm", "seat_height_max_cm", "lumbar_support",
                    "armrests", "footrest", "monitor_top_height_cm", "monitor_distance_cm");
            header(rosa, "employee_id", "seat_height", "seat_depth", "armrest", "back_support", "chair_hours_per_day",
                    "monitor", "monitor_hours_per_day", "phone", "phone_hours_per_day", "mouse", "mouse_hours_per_day",
                    "keyboard", "keyboard_hours_per_day", "monitor_glare", "mouse_pinch_grip");
            header(lift, "employee_id", "task", "load_kg", "h_origin_cm", "v_origin_cm", "v_destination_cm",
                    "asymmetry_origin_deg", "frequency_per_min", "duration_hours", "coupling");
            String[] depts = {"Finance", "Warehouse", "IT", "Customer service", "Production"};
            String[] lumbar = {"none", "fixed", "adjustable"};
            int liftRow = 1;
            for (int i = 1; i <= n; i++) {
                String id = String.format("E-%06d", i);
                boolean female = rnd.nextBoolean();
                double stature = female ? 152 + rnd.nextDouble() * 24 : 164 + rnd.nextDouble() * 24;
                row(emp, i, id, "Employee " + i, depts[i % depts.length], "Site " + (i % 7), "Clerk",
                        female ? "F" : "M", 20 + rnd.nextInt(45), round(stature), "2026-11-" + (10 + i % 15), "A. Assessor");
                row(ws, i, id, round(stature * 0.245), round(20 + rnd.nextDouble() * 8), 72.0 + rnd.nextInt(4),
                        i % 4 == 0 ? "yes" : "no", round(42 + rnd.nextDouble() * 10), "yes", 40.0, 55.0,
                        lumbar[i % 3], "adjustable", i % 5 == 0 ? "yes" : "no", round(110 + rnd.nextDouble() * 30),
                        round(45 + rnd.nextDouble() * 40));
                row(rosa, i, id, 1 + rnd.nextInt(3), 1 + rnd.nextInt(2), 1 + rnd.nextInt(2), 1 + rnd.nextInt(2),
                        round(rnd.nextDouble() * 9), 1 + rnd.nextInt(3), round(rnd.nextDouble() * 9), 1 + rnd.nextInt(2),
                        round(rnd.nextDouble() * 3), 1 + rnd.nextInt(2), round(rnd.nextDouble() * 9), 1 + rnd.nextInt(2),
                        round(rnd.nextDouble() * 9), rnd.nextBoolean() ? "yes" : "no", rnd.nextBoolean() ? "y" : "n");
                row(post, i, id, "main task", rnd.nextBoolean() ? "left" : "right", round(-20 + rnd.nextDouble() * 140),
                        round(40 + rnd.nextDouble() * 100), round(-30 + rnd.nextDouble() * 60), round(-10 + rnd.nextDouble() * 50),
                        round(rnd.nextDouble() * 60), rnd.nextBoolean() ? "yes" : "no", round(rnd.nextDouble() * 15),
                        rnd.nextBoolean() ? "yes" : "no", String.valueOf((1 + rnd.nextInt(4)) * 1000 + (1 + rnd.nextInt(3)) * 100
                                + (1 + rnd.nextInt(7)) * 10 + 1 + rnd.nextInt(3)));
                if (i % 3 == 0) {
                    row(vib, vibRow++, id, "grinder", "hand-arm", round(1 + rnd.nextDouble() * 7), "", "", "",
                            round(0.5 + rnd.nextDouble() * 3.5));
                    if (i % 6 == 0) {
                        row(vib, vibRow++, id, "forklift", "whole-body", "", round(0.1 + rnd.nextDouble() * 0.3),
                                round(0.1 + rnd.nextDouble() * 0.3), round(0.2 + rnd.nextDouble() * 0.8), round(1 + rnd.nextDouble() * 6));
                    }
                    row(rep, otherRow, id, "assembly", rnd.nextBoolean() ? "left" : "right", round(1 + rnd.nextDouble() * 6),
                            round(1 + rnd.nextDouble() * 5), round(2 + rnd.nextDouble() * 6), round(10 + rnd.nextDouble() * 50),
                            round(2 + rnd.nextDouble() * 10), round(1 + rnd.nextDouble() * 3), round(-30 + rnd.nextDouble() * 60));
                    row(con, otherRow++, id, "floor work", round(rnd.nextDouble() * 80), round(rnd.nextDouble() * 4),
                            round(rnd.nextDouble() * 5));
                    for (int t = 0; t < 2; t++) {
                        row(lift, liftRow++, id, t == 0 ? "Box to shelf" : "Bag to belt", round(5 + rnd.nextDouble() * 15),
                                round(25 + rnd.nextDouble() * 30), round(10 + rnd.nextDouble() * 120),
                                round(60 + rnd.nextDouble() * 80), round(rnd.nextDouble() * 60),
                                round(0.2 + rnd.nextDouble() * 4), round(0.5 + rnd.nextDouble() * 7),
                                t == 0 ? "fair" : "good");
                    }
                }
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static void header(SXSSFSheet s, String... names) {
        row(s, 0, (Object[]) names);
    }

    private static void row(SXSSFSheet s, int index, Object... values) {
        Row r = s.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if ("".equals(v)) {
                continue; // a blank cell
            }
            if (v instanceof Number num) {
                r.createCell(c).setCellValue(num.doubleValue());
            } else {
                r.createCell(c).setCellValue(String.valueOf(v));
            }
        }
    }
}
