package dev.ergo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the follow-up example pair {@code examples/followup/baseline-2026-03.xlsx} and
 * {@code followup-2026-09.xlsx} from {@code examples/sample-survey.xlsx}.
 *
 * <p>The baseline is the sample with its seven deliberate mistakes corrected. The follow-up round, six
 * months later: the office staff except E1004 and E1007 got a footrest and a chair with adjustable lumbar
 * support (their ROSA seat-height and back-support items drop to 1); the gearbox lift of E2003 was
 * redesigned (taken from a bench at 75 cm, close to the body, without twisting); E1004's workstation got
 * worse (a laptop on the desk all day: monitor, mouse and keyboard items up); E1013 and E2005 left; E1017
 * joined. Run with the target folder as the only argument (by {@code FollowUpExampleTests}, which also
 * checks that the committed files are what this class writes).
 */
final class FollowUpExample {
    private FollowUpExample() {}

    static final String BASELINE = "baseline-2026-03.xlsx";
    static final String FOLLOW_UP = "followup-2026-09.xlsx";
    static final Path SAMPLE = Path.of("..", "examples", "sample-survey.xlsx");

    /** Office staff who got a footrest and an adjustable lumbar support. */
    static final List<String> EQUIPPED = List.of("E1001", "E1002", "E1003", "E1005", "E1006", "E1008", "E1009",
            "E1010", "E1011", "E1012");

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: FollowUpExample <target folder>");
        }
        write(Path.of(args[0]));
    }

    static void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (XSSFWorkbook wb = open()) {
            correctMistakes(wb);
            save(wb, folder.resolve(BASELINE));
        }
        try (XSSFWorkbook wb = open()) {
            correctMistakes(wb);
            sixMonthsLater(wb);
            save(wb, folder.resolve(FOLLOW_UP));
        }
    }

    private static XSSFWorkbook open() throws IOException {
        try (InputStream in = Files.newInputStream(SAMPLE)) {
            return new XSSFWorkbook(in);
        }
    }

    private static void save(XSSFWorkbook wb, Path target) throws IOException {
        wb.getProperties().getCoreProperties().setCreator("ergo follow-up example generator");
        try (OutputStream out = Files.newOutputStream(target)) {
            wb.write(out);
        }
    }

    /** The sample's seven deliberate mistakes, corrected (SampleWorkbookGenerator lists them). */
    private static void correctMistakes(XSSFWorkbook wb) {
        XSSFSheet employees = wb.getSheet("Employees");
        removeRows(employees, lastRowOf(employees, "E1007")); // the second E1007 (row 18)
        set(wb, "Workstation", "E1009", "popliteal_height_cm", 45.0);
        set(wb, "Workstation", "E1012", "elbow_rest_height_cm", 21.5);
        set(wb, "ROSA", "E1005", "monitor", 2);
        removeRows(wb.getSheet("ROSA"), rowOf(wb.getSheet("ROSA"), "E9999"));
        set(wb, "Lifting", "E2005", "duration_hours", 2);
        XSSFSheet vibration = wb.getSheet("Vibration");
        for (Row r : vibration) {
            if (r.getRowNum() > 0 && "needle scaler".equals(text(r.getCell(column(vibration, "source"))))) {
                r.removeCell(r.getCell(column(vibration, "a_hv")));
            }
        }
    }

    private static void sixMonthsLater(XSSFWorkbook wb) {
        XSSFSheet employees = wb.getSheet("Employees");
        int dateColumn = column(employees, "assessment_date");
        for (Row r : employees) {
            Cell c = r.getCell(dateColumn);
            if (r.getRowNum() > 0 && c != null && c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
                c.setCellValue(c.getLocalDateTimeCellValue().toLocalDate().plusMonths(6));
            }
        }
        for (String id : EQUIPPED) {
            set(wb, "Workstation", id, "footrest", "yes");
            set(wb, "Workstation", id, "lumbar_support", "adjustable");
            set(wb, "ROSA", id, "seat_height", 1);
            set(wb, "ROSA", id, "back_support", 1);
            set(wb, "ROSA", id, "seat_height_non_adjustable", "no");
            set(wb, "ROSA", id, "back_support_non_adjustable", "no");
        }
        // the gearbox now comes from a bench, close to the body, without twisting
        set(wb, "Lifting", "E2003", "v_origin_cm", 75);
        set(wb, "Lifting", "E2003", "h_origin_cm", 35);
        set(wb, "Lifting", "E2003", "h_destination_cm", 35);
        set(wb, "Lifting", "E2003", "asymmetry_origin_deg", 0);
        // E1004 now works on a laptop all day, on a kitchen chair
        for (String flag : List.of("monitor_too_far", "monitor_neck_twist", "mouse_pinch_grip", "keyboard_deviation",
                "armrest_hard", "back_support_work_surface_too_high", "seat_height_non_adjustable")) {
            set(wb, "ROSA", "E1004", flag, "yes");
        }
        set(wb, "ROSA", "E1004", "seat_height", 3);
        set(wb, "ROSA", "E1004", "back_support", 2);
        set(wb, "ROSA", "E1004", "armrest", 2);
        set(wb, "ROSA", "E1004", "monitor", 3);
        set(wb, "ROSA", "E1004", "mouse", 2);
        set(wb, "ROSA", "E1004", "keyboard", 2);
        set(wb, "ROSA", "E1004", "chair_hours_per_day", 9);
        set(wb, "ROSA", "E1004", "monitor_hours_per_day", 9);
        set(wb, "ROSA", "E1004", "mouse_hours_per_day", 9);
        set(wb, "ROSA", "E1004", "keyboard_hours_per_day", 9);
        // two left
        for (String left : List.of("E1013", "E2005")) {
            for (org.apache.poi.ss.usermodel.Sheet s : wb) {
                int r;
                while ((r = rowOf((XSSFSheet) s, left)) > 0) {
                    removeRows((XSSFSheet) s, r);
                }
            }
        }
        // one joined: a copy of E1001's office rows
        copyRow(wb.getSheet("Employees"), "E1001", "E1017", "name", "Nora Lindholm");
        copyRow(wb.getSheet("Workstation"), "E1001", "E1017", null, null);
        copyRow(wb.getSheet("ROSA"), "E1001", "E1017", null, null);
        set(wb, "Employees", "E1017", "assessment_date", LocalDate.of(2026, 9, 14));
    }

    private static void copyRow(XSSFSheet s, String fromId, String toId, String column, Object value) {
        int from = rowOf(s, fromId);
        int to = s.getLastRowNum() + 1;
        s.copyRows(from, from, to, new org.apache.poi.ss.usermodel.CellCopyPolicy());
        s.getRow(to).getCell(0).setCellValue(toId);
        if (column != null) {
            put(s.getRow(to), column(s, column), value);
        }
    }

    private static void set(XSSFWorkbook wb, String sheet, String id, String column, Object value) {
        XSSFSheet s = wb.getSheet(sheet);
        int r = rowOf(s, id);
        if (r < 1) {
            throw new IllegalStateException(sheet + " has no row for " + id);
        }
        put(s.getRow(r), column(s, column), value);
    }

    private static void put(Row row, int column, Object value) {
        Cell c = row.getCell(column);
        if (c == null) {
            c = row.createCell(column);
        }
        if (value instanceof String s) {
            c.setCellValue(s);
        } else if (value instanceof LocalDate d) {
            c.setCellValue(d);
        } else {
            c.setCellValue(((Number) value).doubleValue());
        }
    }

    private static int column(XSSFSheet s, String name) {
        for (Cell c : s.getRow(0)) {
            if (name.equals(c.getStringCellValue())) {
                return c.getColumnIndex();
            }
        }
        throw new IllegalStateException(s.getSheetName() + " has no column " + name);
    }

    /** The first row (0-based index, so the header is 0) whose employee_id is the id; -1 if none. */
    private static int rowOf(XSSFSheet s, String id) {
        int col = column(s, "employee_id");
        for (Row r : s) {
            if (r.getRowNum() > 0 && id.equals(text(r.getCell(col)))) {
                return r.getRowNum();
            }
        }
        return -1;
    }

    private static int lastRowOf(XSSFSheet s, String id) {
        int col = column(s, "employee_id");
        int last = -1;
        for (Row r : s) {
            if (r.getRowNum() > 0 && id.equals(text(r.getCell(col)))) {
                last = r.getRowNum();
            }
        }
        return last;
    }

    /** Removes one row (0-based) and moves the rows below it up. */
    private static void removeRows(XSSFSheet s, int row) {
        if (row < 1) {
            throw new IllegalStateException("no such row in " + s.getSheetName());
        }
        s.removeRow(s.getRow(row));
        if (row < s.getLastRowNum()) {
            s.shiftRows(row + 1, s.getLastRowNum(), -1);
        }
    }

    private static String text(Cell c) {
        return c == null || c.getCellType() != CellType.STRING ? null : c.getStringCellValue();
    }

    /** Every cell of a workbook as text, sheet by sheet, to compare two workbooks by content. */
    static List<String> content(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT);
            for (org.apache.poi.ss.usermodel.Sheet s : wb) {
                for (Row r : s) {
                    StringBuilder b = new StringBuilder(s.getSheetName()).append('!').append(r.getRowNum() + 1);
                    for (Cell c : r) {
                        b.append('|').append(c.getColumnIndex()).append('=').append(f.formatCellValue(c));
                    }
                    out.add(b.toString());
                }
            }
        }
        return out;
    }
}
