package dev.ergo.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a valid survey workbook with N employees, each with a Workstation, a ROSA and a Postures row,
 * every third one also with two Lifting rows and a Vibration, a Repetitive and a ContactStress row,
 * using SXSSF (inline strings), for timing runs. Usage:
 * {@code LargeWorkbookGenerator <target.xlsx> <employees>}.
 */
public final class LargeWorkbookGenerator {
    private LargeWorkbookGenerator() {}

    static final List<String> DEPARTMENTS = List.of("Finance", "IT", "HR", "Legal", "Marketing", "Customer service");
    private static final List<String> SITES = List.of("Warsaw", "London", "Athens", "Madrid", "Amsterdam");

    /**
     * Writes the workbook.
     *
     * @param args the target path and the number of employees
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: LargeWorkbookGenerator <target.xlsx> <employees>");
        }
        long start = System.nanoTime();
        write(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.printf("wrote %s employees in %d ms%n", args[1], (System.nanoTime() - start) / 1_000_000);
    }

    static void write(Path target, int employees) throws IOException {
        SplittableRandom rnd = new SplittableRandom(42);
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            SXSSFSheet emp = wb.createSheet("Employees");
            SXSSFSheet ws = wb.createSheet("Workstation");
            SXSSFSheet rosa = wb.createSheet("ROSA");
            header(emp, SampleWorkbookGenerator.EMPLOYEE_COLUMNS);
            header(ws, SampleWorkbookGenerator.WORKSTATION_COLUMNS);
            header(rosa, SampleWorkbookGenerator.ROSA_COLUMNS);
            Factor postures = new Factor(wb, "Postures", SampleWorkbookGenerator.POSTURE_COLUMNS);
            Factor lifting = new Factor(wb, "Lifting", SampleWorkbookGenerator.LIFTING_COLUMNS);
            Factor vibration = new Factor(wb, "Vibration", SampleWorkbookGenerator.VIBRATION_COLUMNS);
            Factor repetitive = new Factor(wb, "Repetitive", SampleWorkbookGenerator.REPETITIVE_COLUMNS);
            Factor contact = new Factor(wb, "ContactStress", SampleWorkbookGenerator.CONTACT_STRESS_COLUMNS);
            LocalDate day = LocalDate.of(2026, 3, 2);
            for (int i = 1; i <= employees; i++) {
                String id = "E" + (100_000 + i);
                boolean female = rnd.nextBoolean();
                double stature = female ? 152 + rnd.nextDouble() * 26 : 164 + rnd.nextDouble() * 28;
                Row r = emp.createRow(i);
                r.createCell(0).setCellValue(id);
                r.createCell(1).setCellValue("Employee " + i);
                r.createCell(2).setCellValue(DEPARTMENTS.get(rnd.nextInt(DEPARTMENTS.size())));
                r.createCell(3).setCellValue(SITES.get(rnd.nextInt(SITES.size())));
                r.createCell(4).setCellValue("Office worker");
                r.createCell(5).setCellValue(female ? "F" : "M");
                r.createCell(6).setCellValue(18 + rnd.nextInt(50));
                r.createCell(7).setCellValue(Math.round(stature * 10) / 10.0);
                var d = r.createCell(8);
                d.setCellValue(day.plusDays(i % 60));
                d.setCellStyle(date);
                r.createCell(9).setCellValue("OH team");

                Row w = ws.createRow(i);
                double popliteal = Math.round(stature * 0.25 * 10) / 10.0;
                boolean adjustableDesk = rnd.nextInt(3) == 0;
                Object[] wv = {id, popliteal, round(stature * 0.135), round(stature * 0.45), round(stature * 0.28), 2.5,
                    adjustableDesk ? 74.0 : 72.0 + rnd.nextInt(4), adjustableDesk ? "yes" : "no",
                    adjustableDesk ? 62.0 : null, adjustableDesk ? 125.0 : null, 3.0,
                    44.0 + rnd.nextInt(8), "yes", 41.0, 54.0, 46.0, "no",
                    List.of("none", "fixed", "adjustable").get(rnd.nextInt(3)), 95.0 + rnd.nextInt(20), "adjustable",
                    "no", rnd.nextBoolean() ? "yes" : "no", 110.0 + rnd.nextInt(20), 55.0 + rnd.nextInt(30)};
                fill(w, wv);

                Row ro = rosa.createRow(i);
                Object[] rv = new Object[SampleWorkbookGenerator.ROSA_COLUMNS.size()];
                for (int c = 0; c < rv.length; c++) {
                    String col = SampleWorkbookGenerator.ROSA_COLUMNS.get(c);
                    if (c == 0) {
                        rv[c] = id;
                    } else if (col.endsWith("_hours_per_day")) {
                        rv[c] = (double) rnd.nextInt(9);
                    } else if (col.equals("seat_height") || col.equals("monitor")) {
                        rv[c] = 1 + rnd.nextInt(3);
                    } else if (List.of("seat_depth", "armrest", "back_support", "phone", "mouse", "keyboard").contains(col)) {
                        rv[c] = 1 + rnd.nextInt(2);
                    } else {
                        rv[c] = rnd.nextInt(4) == 0 ? "yes" : "no";
                    }
                }
                fill(ro, rv);

                postures.row("employee_id", id, "task", "main task", "side", rnd.nextBoolean() ? "left" : "right",
                        "upper_arm_deg", between(rnd, -20, 120), "lower_arm_deg", between(rnd, 40, 140),
                        "wrist_deg", between(rnd, -30, 30), "neck_deg", between(rnd, -10, 40), "trunk_deg", between(rnd, 0, 60),
                        "seated", rnd.nextBoolean() ? "yes" : "no", "load_kg", between(rnd, 0, 15),
                        "owas_code", (1 + rnd.nextInt(4)) * 1000 + (1 + rnd.nextInt(3)) * 100 + (1 + rnd.nextInt(7)) * 10 + 1 + rnd.nextInt(3));
                if (i % 3 != 0) {
                    continue;
                }
                for (String task : List.of("pallet to conveyor", "conveyor to cage")) {
                    lifting.row("employee_id", id, "task", task, "load_kg", between(rnd, 5, 20), "h_origin_cm", between(rnd, 25, 60),
                            "v_origin_cm", between(rnd, 10, 150), "v_destination_cm", between(rnd, 50, 170),
                            "frequency_per_min", between(rnd, 0.5, 6), "duration_hours", List.of(1.0, 2.0, 6.0).get(rnd.nextInt(3)),
                            "coupling", List.of("good", "fair", "poor").get(rnd.nextInt(3)));
                }
                vibration.row("employee_id", id, "source", "grinder", "type", "hand-arm", "a_hv", between(rnd, 1, 8),
                        "hours_per_day", between(rnd, 0.5, 4));
                repetitive.row("employee_id", id, "task", "assembly", "hand", rnd.nextBoolean() ? "left" : "right",
                        "hal", between(rnd, 1, 7), "peak_force_npf", between(rnd, 1, 6), "hours_per_day", between(rnd, 2, 8));
                contact.row("employee_id", id, "task", "floor work", "kneeling_hours_per_day", between(rnd, 0.5, 4));
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }

    private static double between(SplittableRandom rnd, double min, double max) {
        return round(min + rnd.nextDouble() * (max - min));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static void header(SXSSFSheet s, List<String> columns) {
        Row r = s.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            r.createCell(i).setCellValue(columns.get(i));
        }
    }

    /** A factor sheet filled by column name. */
    private static final class Factor {
        final SXSSFSheet sheet;
        final List<String> columns;
        int next = 1;

        Factor(SXSSFWorkbook wb, String name, List<String> columns) {
            this.sheet = wb.createSheet(name);
            this.columns = columns;
            header(sheet, columns);
        }

        /** Adds a row from column, value pairs. */
        void row(Object... pairs) {
            Object[] values = new Object[columns.size()];
            for (int p = 0; p < pairs.length; p += 2) {
                values[columns.indexOf((String) pairs[p])] = pairs[p + 1];
            }
            fill(sheet.createRow(next++), values);
        }
    }

    private static void fill(Row r, Object[] values) {
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof String s) {
                r.createCell(c).setCellValue(s);
            } else if (v instanceof Number n) {
                r.createCell(c).setCellValue(n.doubleValue());
            }
        }
    }
}
