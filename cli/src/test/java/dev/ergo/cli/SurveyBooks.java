package dev.ergo.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Survey workbooks for CLI tests: employees with ids PREFIX-0001... and a ROSA row each. */
final class SurveyBooks {
    private SurveyBooks() {}

    static final List<String> ROSA = List.of("employee_id", "seat_height", "seat_depth", "armrest", "back_support",
            "chair_hours_per_day", "monitor", "monitor_hours_per_day", "phone", "phone_hours_per_day", "mouse",
            "mouse_hours_per_day", "keyboard", "keyboard_hours_per_day");

    /**
     * Writes {@code n} employees with ROSA rows of varying scores, plus one ROSA row for the unknown id
     * {@code PREFIX-MISSING}, so that problems.csv names the prefix too.
     */
    static Path write(Path file, String prefix, int n) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            SXSSFSheet emp = wb.createSheet("Employees");
            SXSSFSheet rosa = wb.createSheet("ROSA");
            cells(emp.createRow(0), "employee_id", "sex", "stature_cm");
            cells(rosa.createRow(0), ROSA.toArray());
            for (int i = 1; i <= n; i++) {
                String id = String.format("%s-%04d", prefix, i);
                cells(emp.createRow(i), id, i % 2 == 0 ? "F" : "M", 150.0 + i % 40);
                cells(rosa.createRow(i), id, 1 + i % 3, 1 + i % 2, 1 + i % 2, 1 + i % 2, i % 9, 1 + i % 3, i % 9,
                        1 + i % 2, i % 5, 1 + i % 2, i % 9, 1 + i % 2, i % 9);
            }
            cells(rosa.createRow(n + 1), prefix + "-MISSING", 1, 1, 1, 1, 6, 1, 6, 1, 1, 1, 6, 1, 6);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static void cells(Row row, Object... values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof String s) {
                row.createCell(c).setCellValue(s);
            } else {
                row.createCell(c).setCellValue(((Number) values[c]).doubleValue());
            }
        }
    }
}
