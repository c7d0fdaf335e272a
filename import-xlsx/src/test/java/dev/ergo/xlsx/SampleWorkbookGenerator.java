package dev.ergo.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code examples/sample-survey.xlsx}: a small survey of office staff and of warehouse,
 * production and maintenance staff, with seven deliberate mistakes.
 *
 * <p>Mistakes, one problem each (see {@code SampleWorkbookTests}): a duplicate employee id, the text
 * {@code 12,5} in a numeric column, a popliteal height of 75 cm, a ROSA row of an unknown employee, a
 * ROSA monitor score of 4, a lifting task of 9 hours a day and a vibration row with both a_hv and the
 * three axes. Run with the target path as the only argument.
 */
public final class SampleWorkbookGenerator {
    private SampleWorkbookGenerator() {}

    static final String ASSESSOR = "R. Lindqvist, occupational health";

    static final List<String> EMPLOYEE_COLUMNS = List.of("employee_id", "name", "department", "site", "job_title", "sex", "age",
            "stature_cm", "assessment_date", "assessor", "language");

    static final List<String> WORKSTATION_COLUMNS = List.of("employee_id", "popliteal_height_cm", "elbow_rest_height_cm",
            "eye_height_sitting_cm", "buttock_popliteal_length_cm", "shoe_allowance_cm", "desk_height_cm", "desk_adjustable",
            "desk_height_min_cm", "desk_height_max_cm", "keyboard_height_above_desk_cm", "seat_height_cm", "seat_adjustable",
            "seat_height_min_cm", "seat_height_max_cm", "seat_depth_cm", "seat_depth_adjustable", "lumbar_support",
            "backrest_angle_deg", "armrests", "footrest", "feet_flat_on_floor", "monitor_top_height_cm", "monitor_distance_cm");

    static final List<String> ROSA_COLUMNS = List.of("employee_id", "seat_height", "seat_height_no_leg_space",
            "seat_height_non_adjustable", "seat_depth", "seat_depth_non_adjustable", "armrest", "armrest_hard",
            "armrest_too_wide", "armrest_non_adjustable", "back_support", "back_support_work_surface_too_high",
            "back_support_non_adjustable", "chair_hours_per_day", "monitor", "monitor_too_far", "monitor_neck_twist",
            "monitor_glare", "monitor_no_document_holder", "monitor_hours_per_day", "phone", "phone_neck_shoulder_hold",
            "phone_no_hands_free", "phone_hours_per_day", "mouse", "mouse_different_surface", "mouse_pinch_grip",
            "mouse_hard_palm_rest", "mouse_hours_per_day", "keyboard", "keyboard_deviation", "keyboard_too_high",
            "keyboard_overhead_reach", "keyboard_non_adjustable", "keyboard_hours_per_day");

    /** The factor sheets have every column of the template, in its order. */
    static final List<String> POSTURE_COLUMNS = names(PostureSheets.POSTURES);
    static final List<String> LIFTING_COLUMNS = names(LiftingSheets.LIFTING);
    static final List<String> VIBRATION_COLUMNS = names(VibrationSheets.VIBRATION);
    static final List<String> REPETITIVE_COLUMNS = names(RepetitiveSheets.REPETITIVE);
    static final List<String> CONTACT_STRESS_COLUMNS = names(ContactStressSheets.CONTACT_STRESS);

    private static List<String> names(SheetSpec spec) {
        return spec.columns().stream().map(ColumnSpec::name).toList();
    }

    /**
     * Writes the sample workbook.
     *
     * @param args the target path
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SampleWorkbookGenerator <target.xlsx>");
        }
        write(Path.of(args[0]));
    }

    static void write(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(java.util.Date.from(java.time.Instant.parse("2026-03-01T00:00:00Z"))));
            wb.getProperties().getCoreProperties().setCreator("ergo sample generator");
            Sheet employees = new Sheet(wb, "Employees", EMPLOYEE_COLUMNS);
            Sheet workstation = new Sheet(wb, "Workstation", WORKSTATION_COLUMNS);
            Sheet rosa = new Sheet(wb, "ROSA", ROSA_COLUMNS);
            Sheet postures = new Sheet(wb, "Postures", POSTURE_COLUMNS);
            Sheet lifting = new Sheet(wb, "Lifting", LIFTING_COLUMNS);
            Sheet vibration = new Sheet(wb, "Vibration", VIBRATION_COLUMNS);
            Sheet repetitive = new Sheet(wb, "Repetitive", REPETITIVE_COLUMNS);
            Sheet contact = new Sheet(wb, "ContactStress", CONTACT_STRESS_COLUMNS);
            employees(employees);
            workstations(workstation);
            rosa(rosa);
            postures(postures);
            lifting(lifting);
            vibration(vibration);
            repetitive(repetitive);
            contactStress(contact);
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }

    /** Employees with a {@code language} read their report in it (de, es, fr, pl); the rest in the run's language. */
    private static void employees(Sheet s) {
        LocalDate d1 = LocalDate.of(2026, 3, 10);
        LocalDate d2 = LocalDate.of(2026, 3, 11);
        s.row("E1001", "Anna Kowalska", "Finance", "Warsaw", "Accountant", "F", 34, 164, d1, ASSESSOR);
        s.row("E1002", "Łukasz Żółć", "IT", "Warsaw", "Software developer", "M", 29, 183, d1, ASSESSOR);
        s.row("E1003", "Ελένη Παπαδοπούλου", "Marketing", "Athens", "Marketing specialist", "F", 41, 157, d1, ASSESSOR);
        s.row("E1004", "Zoë Brontë", "HR", "London", "HR advisor", "F", 52, 171, d1, ASSESSOR);
        s.row("E1005", null, "Finance", "London", "Analyst", "M", 45, 178, d1, ASSESSOR);
        s.row("E1006", "Sam Taylor", "Customer service", "London", "Team lead", "X", 38, 170, d1, ASSESSOR);
        s.row("E1007", "Jan de Vries", "IT", "Amsterdam", "System administrator", "M", 57, 191, d1, ASSESSOR, "de");
        s.row("E1008", "María José García", "Legal", "Madrid", "Paralegal", "F", 26, null, d2, ASSESSOR, "es");
        s.row("E1009", "Oluwaseun Adeyemi", "Finance", "London", "Controller", "M", 48, 176, d2, ASSESSOR);
        s.row("E1010", "Kaito Tanaka", "IT", "Amsterdam", "Data engineer", "M", 33, 168, d2, ASSESSOR);
        s.row("E1011", "Ingrid Johansson", "HR", "Stockholm", "Recruiter", "F", 61, 175, d2, ASSESSOR);
        s.row("E1012", "Fatima Benali", "Customer service", "Madrid", "Agent", "F", 23, 158, d2, ASSESSOR);
        s.row("E1013", "Piotr Nowak", "Finance", "Warsaw", "Payroll specialist", "M", 39, 180, d2, ASSESSOR);
        s.row("E1014", "Chloé Martin", "Marketing", "Paris", "Designer", "F", 31, 167, d2, ASSESSOR, "fr");
        s.row("E1015", "Dmitri Ivanov", "IT", "Warsaw", "QA engineer", "M", 44, 186, d2, ASSESSOR);
        s.row("E1016", "Aoife Murphy", "Legal", "Dublin", "Counsel", "F", 50, 169, d2, ASSESSOR);
        // mistake: the same id again (row 18)
        s.row("E1007", "Jan de Vries", "IT", "Amsterdam", "System administrator", "M", 58, 191, d2, ASSESSOR, "de");
        // the distribution centre and the plant (rows 19 to 23)
        LocalDate d3 = LocalDate.of(2026, 3, 12);
        String plantAssessor = "M. Okafor, ergonomist";
        s.row("E2001", "Marek Wiśniewski", "Warehouse", "Poznań", "Warehouse operative", "M", 36, 181, d3, plantAssessor, "pl");
        s.row("E2002", "Katarzyna Lewandowska", "Production", "Poznań", "Assembly operator", "F", 42, 166, d3, plantAssessor);
        s.row("E2003", "Tomasz Kamiński", "Maintenance", "Poznań", "Maintenance fitter", "M", 50, 177, d3, plantAssessor);
        s.row("E2004", "Agnieszka Dąbrowska", "Facilities", "Poznań", "Floor layer", "F", 33, 170, d3, plantAssessor);
        s.row("E2005", "Rui Costa", "Warehouse", "Poznań", "Order picker", "M", 27, 174, d3, plantAssessor);
    }

    private static void workstations(Sheet s) {
        // measured body dimensions, fixed desk, chair with adjustable lumbar support
        s.row(ws("E1001").measured(41.5, 22.0, 74.0, 47.5).fixedDesk(73).chair(47, 42, 52, "adjustable").monitor(118, 65));
        // only stature: estimates; adjustable desk
        s.row(ws("E1002").adjustableDesk(74, 62, 125).chair(49, 43, 55, "fixed").monitor(121, 70));
        // short person, chair whose range is too small (cannot go down to about 40 cm)
        s.row(ws("E1003").measured(37.5, 21.0, 70.5, 44.0).fixedDesk(75).chair(48, 47, 50, "none").feet(false).monitor(126, 60));
        s.row(ws("E1004").measured(42.0, 23.5, 76.0, 48.5).adjustableDesk(72, 65, 120).chair(46, 42, 54, "adjustable").monitor(119, 72));
        s.row(ws("E1005").fixedDesk(72).chair(46, 41, 53, "fixed").monitor(115, 80));
        s.row(ws("E1006").measured(43.0, 22.5, 77.0, 49.0).fixedDesk(74).chair(45, 40, 52, "none").monitor(117, 68));
        s.row(ws("E1007").measured(49.5, 25.0, 84.0, 55.0).adjustableDesk(76, 62, 125).chair(52, 44, 56, "adjustable").monitor(130, 75));
        // no stature on Employees: sex-specific medians
        s.row(ws("E1008").fixedDesk(73).chair(47, 42, 52, "fixed").monitor(116, 62));
        // mistake: popliteal height of 75 cm (row 10)
        s.row(ws("E1009").measured(75, 24.0, 80.0, 50.0).fixedDesk(74).chair(48, 42, 54, "adjustable").monitor(120, 66));
        s.row(ws("E1010").measured(40.5, 21.5, 75.5, 46.0).fixedDesk(72).chair(46, 42, 52, "adjustable").monitor(118, 64));
        s.row(ws("E1011").adjustableDesk(73, 64, 122).chair(47, 43, 53, "fixed").monitor(124, 70));
        // mistake: decimal comma typed as text (row 13)
        s.row(ws("E1012").measured(39.0, "12,5", 71.0, 45.5).fixedDesk(75).chair(47, 42, 51, "none").monitor(117, 58));
        s.row(ws("E1013").measured(44.5, 23.0, 79.0, 50.5).fixedDesk(74).chair(50, 43, 55, "fixed").monitor(123, 71));
    }

    private static void rosa(Sheet s) {
        s.row(rosaRow("E1001", 1, 1, 1, 1, 7, 1, 7, 1, 1, 1, 6, 1, 6));
        s.row(rosaRow("E1002", 2, 1, 2, 1, 8, 2, 8, 1, 0.5, 1, 7, 2, 7).flag("mouse_pinch_grip"));
        s.row(rosaRow("E1003", 3, 2, 2, 2, 7, 2, 7, 2, 2, 2, 5, 2, 5)
                .flag("seat_height_non_adjustable").flag("monitor_no_document_holder").flag("phone_neck_shoulder_hold"));
        s.row(rosaRow("E1004", 1, 1, 1, 1, 6, 1, 6, 1, 2, 1, 5, 1, 5).flag("monitor_glare"));
        // mistake: monitor score 4 (row 6)
        s.row(rosaRow("E1005", 2, 1, 1, 2, 8, 4, 8, 1, 1, 1, 6, 1, 6));
        s.row(rosaRow("E1006", 2, 2, 2, 2, 8, 1, 8, 2, 4, 2, 6, 1, 6).flag("phone_no_hands_free").flag("armrest_hard"));
        s.row(rosaRow("E1007", 1, 1, 1, 1, 9, 1, 9, 1, 0.5, 1, 8, 1, 8));
        s.row(rosaRow("E1008", 2, 1, 2, 2, 6, 2, 6, 1, 1, 2, 5, 2, 5).flag("keyboard_too_high"));
        s.row(rosaRow("E1009", 1, 1, 1, 1, 7, 1, 7, 1, 3, 1, 6, 1, 6));
        s.row(rosaRow("E1010", 1, 1, 2, 1, 8, 1, 8, 1, 0.5, 2, 7, 1, 7).flag("mouse_different_surface"));
        s.row(rosaRow("E1011", 2, 2, 1, 2, 5, 3, 5, 1, 2, 1, 4, 1, 4).flag("back_support_non_adjustable"));
        s.row(rosaRow("E1012", 2, 1, 2, 2, 7, 2, 7, 2, 5, 1, 6, 2, 6).flag("phone_neck_shoulder_hold"));
        // mistake: an employee id that is not on Employees (row 14)
        s.row(rosaRow("E9999", 1, 1, 1, 1, 6, 1, 6, 1, 1, 1, 6, 1, 6));
    }

    private static void postures(Sheet s) {
        // office: seated keyboard work, a screen set too high, cabling in a server rack
        s.row(posture("E1001", "keyboard work", "right", 20, 80, 15, 15, 5).flag("seated").flag("legs_supported")
                .put("static_posture", "yes"));
        s.row(posture("E1003", "reading from a high screen", "right", 10, 90, 10, -15, 0).flag("seated")
                .put("legs_supported", "no").put("static_posture", "yes"));
        s.row(posture("E1007", "cabling in the server rack", "right", 110, 70, -10, -20, 5).flag("shoulder_raised")
                .put("seated", "no").put("owas_code", 1321));
        // industry
        s.row(posture("E2001", "case picking from the pallet base", "right", 45, 60, 10, 30, 60).flag("trunk_twisted")
                .put("seated", "no").put("knee_deg", 35).put("load_kg", 12).put("load_mode", "repeated").put("coupling", "fair")
                .flag("repeated_action").put("owas_code", 4142));
        s.row(posture("E2002", "harness assembly at the bench", "right", 30, 90, 25, 25, 10).flag("wrist_deviated")
                .put("seated", "no").flag("static_posture").flag("repeated_action").put("owas_code", 1121));
        s.row(posture("E2002", "harness assembly at the bench", "left", 20, 95, 15, 25, 10)
                .put("seated", "no").flag("static_posture").put("owas_code", 1121));
        s.row(posture("E2003", "overhead bolting", "right", 125, 80, -15, -30, 0).flag("shoulder_raised").flag("upper_arm_abducted")
                .put("seated", "no").put("load_kg", 3).put("load_mode", "static").put("owas_code", 1321));
        s.row(posture("E2004", "carpet fitting", "right", 50, 70, 20, 35, 70).put("legs_supported", "no").put("legs_bilateral", "yes")
                .put("knee_deg", 120).put("coupling", "poor").flag("rapid_posture_change").put("owas_code", 2161));
    }

    private static void lifting(Sheet s) {
        // a multi-task job: three tasks of one warehouse operative (composite lifting index)
        s.row(lift("E2001", "cases from pallet to conveyor", 12, 45, 30, 90, 3, 2, "fair").put("load_max_kg", 14)
                .put("h_destination_cm", 40).put("asymmetry_origin_deg", 30).put("asymmetry_destination_deg", 0));
        s.row(lift("E2001", "cases from conveyor to roll cage", 12, 40, 90, 140, 2, 2, "fair").put("asymmetry_destination_deg", 45));
        s.row(lift("E2001", "return totes to the rack", 8, 35, 75, 150, 1, 1, "good").put("significant_control", "no"));
        // a single occasional lift with a lifting index above 1
        s.row(lift("E2003", "gearbox from floor to bench", 18, 50, 15, 90, 0.1, 0.5, "poor").put("h_destination_cm", 45)
                .put("asymmetry_origin_deg", 45).flag("significant_control"));
        // mistake: a whole shift of lifting, 9 hours (row 6)
        s.row(lift("E2005", "order picking", 9, 40, 60, 110, 4, 9, "good"));
    }

    private static void vibration(Sheet s) {
        s.row(new Values().put("employee_id", "E2003").put("source", "angle grinder 125 mm").put("type", "hand-arm")
                .put("a_hv", 5).put("hours_per_day", 3));
        s.row(new Values().put("employee_id", "E2002").put("source", "impact wrench").put("type", "hand-arm")
                .put("a_x", 2.8).put("a_y", 4.1).put("a_z", 7.5).put("hours_per_day", 1.5));
        s.row(new Values().put("employee_id", "E2001").put("source", "counterbalance forklift").put("type", "whole-body")
                .put("a_x", 0.35).put("a_y", 0.3).put("a_z", 0.62).put("hours_per_day", 5).put("vdv", 11.2)
                .put("vdv_measured_hours", 2));
        // mistake: both the total value and the three axes (row 5)
        s.row(new Values().put("employee_id", "E2003").put("source", "needle scaler").put("type", "hand-arm")
                .put("a_hv", 12).put("a_x", 6).put("a_y", 7).put("a_z", 8).put("hours_per_day", 0.5));
    }

    private static void repetitive(Sheet s) {
        // hand activity level rated, peak force as NPF
        s.row(new Values().put("employee_id", "E2002").put("task", "harness assembly").put("hand", "right").put("hal", 5)
                .put("peak_force_npf", 3).put("hours_per_day", 6));
        // Radwin inputs and peak force in %MVC
        s.row(new Values().put("employee_id", "E2002").put("task", "harness assembly").put("hand", "left")
                .put("exertions_per_second", 0.5).put("duty_cycle_pct", 40).put("peak_force_pct_mvc", 20).put("hours_per_day", 6));
        // with the four Revised Strain Index inputs
        s.row(new Values().put("employee_id", "E2003").put("task", "bolt tightening with a ratchet").put("hand", "right")
                .put("hal", 3).put("peak_force_npf", 4).put("hours_per_day", 1.5).put("rsi_intensity_pct_mvc", 45)
                .put("rsi_efforts_per_min", 8).put("rsi_seconds_per_exertion", 4).put("rsi_wrist_deg", -15));
    }

    private static void contactStress(Sheet s) {
        s.row(new Values().put("employee_id", "E2004").put("task", "carpet fitting with a knee kicker")
                .put("knee_impacts_per_hour", 90).put("impact_hours_per_day", 2.5).put("kneeling_hours_per_day", 4));
        s.row(new Values().put("employee_id", "E2004").put("task", "fitting skirting boards").put("kneeling_hours_per_day", 2.5));
        s.row(new Values().put("employee_id", "E2002").put("task", "leaning on the bench edge")
                .put("hard_edge_contact_hours_per_day", 5).put("body_part", "forearm"));
        s.row(new Values().put("employee_id", "E2003").put("task", "seating panels with the palm")
                .put("hand_impacts_per_hour", 40).put("impact_hours_per_day", 2.5));
    }

    private static Values posture(String id, String task, String side, double upperArm, double lowerArm, double wrist, double neck,
            double trunk) {
        return new Values().put("employee_id", id).put("task", task).put("side", side).put("upper_arm_deg", upperArm)
                .put("lower_arm_deg", lowerArm).put("wrist_deg", wrist).put("neck_deg", neck).put("trunk_deg", trunk);
    }

    private static Values lift(String id, String task, double loadKg, double hOrigin, double vOrigin, double vDestination,
            double perMinute, double hours, String coupling) {
        return new Values().put("employee_id", id).put("task", task).put("load_kg", loadKg).put("h_origin_cm", hOrigin)
                .put("v_origin_cm", vOrigin).put("v_destination_cm", vDestination).put("frequency_per_min", perMinute)
                .put("duration_hours", hours).put("coupling", coupling);
    }

    private static Values ws(String id) {
        return new Values().put("employee_id", id);
    }

    private static Values rosaRow(String id, int seatHeight, int seatDepth, int armrest, int backSupport, double chairHours,
            int monitor, double monitorHours, int phone, double phoneHours, int mouse, double mouseHours, int keyboard,
            double keyboardHours) {
        Values v = new Values().put("employee_id", id).put("seat_height", seatHeight).put("seat_depth", seatDepth)
                .put("armrest", armrest).put("back_support", backSupport).put("chair_hours_per_day", chairHours)
                .put("monitor", monitor).put("monitor_hours_per_day", monitorHours).put("phone", phone)
                .put("phone_hours_per_day", phoneHours).put("mouse", mouse).put("mouse_hours_per_day", mouseHours)
                .put("keyboard", keyboard).put("keyboard_hours_per_day", keyboardHours);
        for (String c : ROSA_COLUMNS) {
            if (!v.map.containsKey(c)) {
                v.put(c, "no");
            }
        }
        return v;
    }

    /** Cell values of one row by column name. */
    private static final class Values {
        final Map<String, Object> map = new LinkedHashMap<>();

        Values put(String column, Object value) {
            map.put(column, value);
            return this;
        }

        Values flag(String column) {
            return put(column, "yes");
        }

        Values measured(double popliteal, Object elbowRest, double eye, double buttockPopliteal) {
            return put("popliteal_height_cm", popliteal).put("elbow_rest_height_cm", elbowRest)
                    .put("eye_height_sitting_cm", eye).put("buttock_popliteal_length_cm", buttockPopliteal)
                    .put("shoe_allowance_cm", 2.5);
        }

        Values fixedDesk(double height) {
            return put("desk_height_cm", height).put("desk_adjustable", "no").put("keyboard_height_above_desk_cm", 3);
        }

        Values adjustableDesk(double height, double min, double max) {
            return put("desk_height_cm", height).put("desk_adjustable", "yes").put("desk_height_min_cm", min)
                    .put("desk_height_max_cm", max).put("keyboard_height_above_desk_cm", 3);
        }

        Values chair(double seat, double min, double max, String lumbar) {
            return put("seat_height_cm", seat).put("seat_adjustable", "yes").put("seat_height_min_cm", min)
                    .put("seat_height_max_cm", max).put("seat_depth_cm", 46).put("seat_depth_adjustable", "no")
                    .put("lumbar_support", lumbar).put("backrest_angle_deg", 100)
                    .put("armrests", lumbar.equals("none") ? "fixed" : "adjustable").put("footrest", "no")
                    .put("feet_flat_on_floor", map.getOrDefault("feet_flat_on_floor", "yes"));
        }

        Values feet(boolean flat) {
            return put("feet_flat_on_floor", flat ? "yes" : "no");
        }

        Values monitor(double top, double distance) {
            return put("monitor_top_height_cm", top).put("monitor_distance_cm", distance);
        }
    }

    /** A sheet with a bold, frozen header. */
    private static final class Sheet {
        final XSSFWorkbook wb;
        final XSSFSheet sheet;
        final List<String> columns;
        final CellStyle dateStyle;

        Sheet(XSSFWorkbook wb, String name, List<String> columns) {
            this.wb = wb;
            this.sheet = wb.createSheet(name);
            this.columns = columns;
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            Row r = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell c = r.createCell(i);
                c.setCellValue(columns.get(i));
                c.setCellStyle(header);
                sheet.setColumnWidth(i, Math.max(12, columns.get(i).length() + 2) * 256);
            }
            sheet.createFreezePane(1, 1);
            dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        void row(Values v) {
            List<Object> cells = new ArrayList<>();
            for (String c : columns) {
                cells.add(v.map.get(c));
            }
            row(cells.toArray());
        }

        void row(Object... values) {
            Row r = sheet.createRow(sheet.getLastRowNum() + 1);
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    continue;
                }
                Cell c = r.createCell(i);
                if (v instanceof String s) {
                    c.setCellValue(s);
                } else if (v instanceof Number n) {
                    c.setCellValue(n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    c.setCellValue(d);
                    c.setCellStyle(dateStyle);
                }
            }
        }
    }
}
