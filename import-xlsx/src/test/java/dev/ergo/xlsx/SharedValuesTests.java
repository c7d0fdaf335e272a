package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.lifting.LiftingTask;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Repeated numbers and short texts of an import are one instance each; every value stays equal. */
class SharedValuesTests {
    @TempDir
    Path dir;

    private static Double[] freshBoxes() {
        return new Double[2 * SharedValues.TENTHS_LIMIT + 1];
    }

    private static long bits(double v) {
        return Double.doubleToRawLongBits(v);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.1, 0.3, 12.5, 45, -20, 1999.9, 2000.0, -2000.0})
    void tenthsInRangeShareOneBox(double v) {
        Double[] boxes = freshBoxes();
        Double a = SharedValues.number(v, boxes);
        Double b = SharedValues.number(Double.parseDouble(Double.toString(v)), boxes);
        assertThat(a).isSameAs(b);
        assertThat(bits(a)).isEqualTo(bits(v));
        assertThat(SharedValues.number(v)).isSameAs(SharedValues.number(v)); // the shared boxes
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.0, 0.30000000000000004, 0.05, 2000.1, -2000.1, 1e9, Double.NaN, Double.MIN_VALUE,
            Double.POSITIVE_INFINITY})
    void otherNumbersKeepTheirExactValueSeenFirstOrAfterTheirTenth(double v) {
        Double[] boxes = freshBoxes();
        Double first = SharedValues.number(v, boxes); // first in its slot: must not take the slot
        assertThat(bits(first)).isEqualTo(bits(v));
        double tenth = Math.rint(v * 10) / 10;
        if (Math.abs(tenth) <= SharedValues.TENTHS_LIMIT / 10.0) {
            assertThat(bits(SharedValues.number(tenth, boxes))).isEqualTo(bits(tenth));
        }
        Double after = SharedValues.number(v, boxes); // the slot now holds the tenth
        assertThat(bits(after)).isEqualTo(bits(v));
        assertThat(after).isNotSameAs(first);
    }

    @Test
    void aTextIsSharedFromItsSecondSighting() {
        SharedValues shared = new SharedValues();
        String first = shared.text(new String("Assembly"));
        String second = shared.text(new String("Assembly"));
        assertThat(shared.text(new String("Assembly"))).isSameAs(second);
        assertThat(first).isEqualTo(second);

        String atLimit = "d".repeat(TextTable.MAX_TEXT_CHARS);
        shared.text(new String(atLimit));
        String kept = shared.text(new String(atLimit));
        assertThat(shared.text(new String(atLimit))).isSameAs(kept);
        String tooLong = "d".repeat(TextTable.MAX_TEXT_CHARS + 1);
        shared.text(tooLong);
        shared.text(tooLong);
        assertThat(shared.text(new String(tooLong))).isNotSameAs(tooLong).isEqualTo(tooLong);
    }

    @Test
    void uniqueTextsDoNotFillTheTable() {
        SharedValues shared = new SharedValues();
        for (int i = 0; i < 10 * TextTable.MAX_TEXTS; i++) { // a large Employees sheet's ids, read first
            shared.text("E" + (100_000 + i));
        }
        shared.text(new String("pallet to conveyor"));
        String kept = shared.text(new String("pallet to conveyor"));
        assertThat(shared.text(new String("pallet to conveyor"))).isSameAs(kept);
    }

    @Test
    void aTextSeenOnceIsForgottenWhenTheWaitingTextsReachTheirBound() {
        TextTable table = new TextTable();
        assertThat(table.id("Warehouse")).isEqualTo(-1);
        for (int i = 0; i < TextTable.MAX_WAITING; i++) {
            table.id("id " + i);
        }
        assertThat(table.id("Warehouse")).isEqualTo(-1); // forgotten: a first sighting again
        int id = table.id("Warehouse");
        assertThat(id).isNotNegative();
        assertThat(table.text(id)).isEqualTo("Warehouse");
    }

    @Test
    void aFullTableAdmitsNoMore() {
        TextTable table = new TextTable();
        for (int i = 0; i < TextTable.MAX_TEXTS; i++) {
            table.id("t" + i);
            assertThat(table.id("t" + i)).isEqualTo(i);
        }
        for (int k = 0; k < 3; k++) {
            assertThat(table.id("late")).isEqualTo(-1);
        }
        assertThat(table.id("t7")).isEqualTo(7);
        table.stopAdmitting();
        assertThat(table.text(4095)).isEqualTo("t4095");
        assertThatThrownBy(() -> table.text(TextTable.MAX_TEXTS)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void valueSharesOnlyNumbersAndTexts() {
        SharedValues shared = new SharedValues();
        Integer big = 1_000_000;
        assertThat(shared.value(big)).isSameAs(big);
        assertThat(shared.value(12.5)).isSameAs(shared.value(12.5));
        shared.value(new String("left"));
        assertThat(shared.value(new String("left"))).isSameAs(shared.value(new String("left")));
    }

    record Line(String department, Double weight, String note) {}

    @Test
    void codecReadsRepeatedShortTextsAsOneInstanceAndKeepsTheRestWhole() {
        RecordCodec codec = new RecordCodec();
        List<byte[]> written = new ArrayList<>();
        List<Line> rows = new ArrayList<>();
        for (int i = 0; i < 2 * (TextTable.MAX_TEXTS + 300); i++) { // each note twice: past the table's room
            String note = "note " + (i / 2) + (i / 2 % 50 == 49 ? "n".repeat(60) : ""); // a few too long to share
            Line r = new Line(new String("Logistics"), 0.1 * (i % 7), note);
            rows.add(r);
            int n = codec.encode(r);
            written.add(Arrays.copyOf(codec.bytes(), n));
        }
        for (int k = 0; k < 3; k++) { // a short text seen three times once the table is full
            Line r = new Line(new String("Logistics"), 1.0, new String("late"));
            rows.add(r);
            int n = codec.encode(r);
            written.add(Arrays.copyOf(codec.bytes(), n));
        }
        codec.finishWriting();
        List<Line> back = new ArrayList<>();
        for (byte[] b : written) {
            back.add((Line) codec.decode(ByteBuffer.wrap(b)));
        }
        assertThat(back).isEqualTo(rows);
        assertThat(back.get(back.size() - 1).department()).isSameAs(back.get(1).department());
        Line third = back.get(back.size() - 1);
        Line second = back.get(back.size() - 2);
        assertThat(third.note()).isEqualTo(second.note()).isNotSameAs(second.note()); // no room left
        for (int i = 0; i < back.size(); i++) {
            assertThat(bits(back.get(i).weight())).isEqualTo(bits(rows.get(i).weight()));
        }
    }

    @Test
    void aDamagedTextReferenceIsReportedAsADamagedSpool() {
        RecordCodec codec = new RecordCodec();
        codec.encode(new Line("Logistics", 1.0, ""));
        int n = codec.encode(new Line("Logistics", 1.0, ""));
        byte[] b = Arrays.copyOf(codec.bytes(), n);
        b[3] = (byte) 0x7F; // the department's text index (after the type id and its tag)
        assertThatThrownBy(() -> codec.decode(ByteBuffer.wrap(b))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spool is damaged");
    }

    @Test
    void importedSurveysShareRepeatedTextsAndMeasurementsPastALargeEmployeesSheet() throws Exception {
        Path file = dir.resolve("large.xlsx");
        LargeWorkbookGenerator.write(file, 2_500); // ids and names: more than the table holds
        ImportResult inMemory = Fixtures.IMPORTER.read(file);
        List<EmployeeSurvey> spooled = new ArrayList<>();
        try (SpooledImport s = Fixtures.IMPORTER.readSpooled(file)) {
            s.forEach(spooled::add);
        }
        assertThat(spooled).isEqualTo(inMemory.surveys());
        for (List<EmployeeSurvey> surveys : List.of(inMemory.surveys(), spooled)) {
            List<String> tasks = surveys.stream().flatMap(e -> e.sections().stream())
                    .filter(LiftingTask.class::isInstance).map(t -> ((LiftingTask) t).task()).toList();
            assertThat(tasks).hasSizeGreaterThan(1_000);
            assertThat(distinctInstances(tasks)).isLessThanOrEqualTo(2 * (int) tasks.stream().distinct().count());
            assertThat(distinctInstances(surveys.stream().map(e -> e.employee().department()).toList()))
                    .isLessThanOrEqualTo(2 * LargeWorkbookGenerator.DEPARTMENTS.size());
            List<Double> statures = surveys.stream().map(e -> e.employee().statureCm()).toList();
            assertThat(distinctInstances(statures)).isEqualTo(statures.stream().distinct().count());
        }
    }

    @Test
    void employeeIdsDoNotFillTheTableBeforeALateRepeatedText() throws Exception {
        int n = TextTable.MAX_TEXTS + 900;
        Path file = dir.resolve("ids.xlsx");
        // POI's streaming writer writes every text in its cell (no shared-strings table, whose reader
        // would hand out one instance per distinct text anyway), as the generated workbooks have it
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet employees = wb.createSheet("Employees");
            SXSSFSheet lifting = wb.createSheet("Lifting");
            employees.createRow(0).createCell(0).setCellValue("employee_id");
            String[] header = {"employee_id", "task", "load_kg", "h_origin_cm", "v_origin_cm", "v_destination_cm",
                "frequency_per_min", "duration_hours", "coupling"};
            Row h = lifting.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int i = 1; i <= n; i++) {
                employees.createRow(i).createCell(0).setCellValue("E" + i);
                // each id twice on the Lifting sheet; the early tasks too long to be shared
                String task = i > n - 10 ? "late task" : "carrying the boxes of order " + i + " from the belt to the cage";
                for (int k = 0; k < 2; k++) {
                    Row r = lifting.createRow(2 * i - 1 + k);
                    r.createCell(0).setCellValue("E" + i);
                    r.createCell(1).setCellValue(task);
                    double[] numbers = {10 + k, 40, 70, 100, 2, 1};
                    for (int c = 0; c < numbers.length; c++) {
                        r.createCell(2 + c).setCellValue(numbers[c]);
                    }
                    r.createCell(8).setCellValue("good");
                }
            }
            wb.write(out);
            wb.dispose();
        }
        ImportResult inMemory = Fixtures.IMPORTER.read(file);
        assertThat(inMemory.problems()).isEmpty();
        List<String> late = inMemory.surveys().stream().flatMap(e -> e.sections().stream())
                .map(t -> ((LiftingTask) t).task()).filter("late task"::equals).toList();
        assertThat(late).hasSize(20);
        assertThat(distinctInstances(late)).isLessThanOrEqualTo(2);
    }

    private static int distinctInstances(List<?> values) {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        values.forEach(v -> seen.put(v, true));
        return seen.size();
    }
}
