package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.model.EmployeeSurvey;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Repeated numbers and short texts of an import are one instance each; every value stays equal. */
class SharedValuesTests {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.1, 0.3, 12.5, 45, -20, 1999.9, 2000.0, -2000.0})
    void tenthsInRangeShareOneBox(double v) {
        Double a = SharedValues.number(v);
        Double b = SharedValues.number(Double.parseDouble(Double.toString(v)));
        assertThat(a).isSameAs(b);
        assertThat(Double.doubleToRawLongBits(a)).isEqualTo(Double.doubleToRawLongBits(v));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.0, 0.30000000000000004, 0.05, 2000.1, -2000.1, 1e9, Double.NaN, Double.MIN_VALUE,
            Double.POSITIVE_INFINITY})
    void otherNumbersKeepTheirExactValue(double v) {
        Double a = SharedValues.number(v);
        assertThat(Double.doubleToRawLongBits(a)).isEqualTo(Double.doubleToRawLongBits(v));
        assertThat(a).isNotSameAs(SharedValues.number(v));
    }

    @Test
    void shortTextsShareOneInstanceWhileTheTableHasRoom() {
        SharedValues shared = new SharedValues();
        String first = shared.text(new String("Assembly"));
        assertThat(shared.text(new String("Assembly"))).isSameAs(first);

        String atLimit = "d".repeat(SharedValues.MAX_TEXT_CHARS);
        assertThat(shared.text(new String(atLimit))).isSameAs(shared.text(atLimit));
        String tooLong = "d".repeat(SharedValues.MAX_TEXT_CHARS + 1);
        assertThat(shared.text(new String(tooLong))).isNotSameAs(shared.text(tooLong)).isEqualTo(tooLong);

        for (int i = 0; i < SharedValues.MAX_TEXTS; i++) {
            shared.text("id " + i); // unique texts fill the table
        }
        String late = "Warehouse";
        assertThat(shared.text(new String(late))).isNotSameAs(shared.text(late)).isEqualTo(late);
        assertThat(shared.text(new String("Assembly"))).isSameAs(first); // kept
    }

    @Test
    void valueSharesOnlyNumbersAndTexts() {
        SharedValues shared = new SharedValues();
        Integer big = 1_000_000;
        assertThat(shared.value(big)).isSameAs(big);
        assertThat(shared.value(12.5)).isSameAs(shared.value(12.5));
        assertThat(shared.value(new String("left"))).isSameAs(shared.value(new String("left")));
    }

    record Row(String department, Double weight, String note) {}

    @Test
    void codecReadsRepeatedShortTextsAsOneInstanceAndKeepsTheRestWhole() {
        RecordCodec codec = new RecordCodec();
        List<byte[]> written = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < SharedValues.MAX_TEXTS + 50; i++) { // past the table's room
            Row r = new Row(new String("Logistics"), 0.1 * (i % 7), "employee note " + i + " " + "n".repeat(i % 60));
            rows.add(r);
            int n = codec.encode(r);
            written.add(Arrays.copyOf(codec.bytes(), n));
        }
        List<Row> back = new ArrayList<>();
        for (byte[] b : written) {
            back.add((Row) codec.decode(ByteBuffer.wrap(b)));
        }
        assertThat(back).isEqualTo(rows);
        assertThat(back.get(back.size() - 1).department()).isSameAs(back.get(0).department());
        for (int i = 0; i < back.size(); i++) {
            assertThat(Double.doubleToRawLongBits(back.get(i).weight()))
                    .isEqualTo(Double.doubleToRawLongBits(rows.get(i).weight()));
        }
    }

    @Test
    void importedSurveysShareRepeatedDepartmentsAndMeasurements() throws Exception {
        Path file = dir.resolve("large.xlsx");
        LargeWorkbookGenerator.write(file, 300);
        ImportResult inMemory = Fixtures.IMPORTER.read(file);
        List<EmployeeSurvey> spooled = new ArrayList<>();
        try (SpooledImport s = Fixtures.IMPORTER.readSpooled(file)) {
            s.forEach(spooled::add);
        }
        assertThat(spooled).isEqualTo(inMemory.surveys());
        for (List<EmployeeSurvey> surveys : List.of(inMemory.surveys(), spooled)) {
            assertThat(distinctInstances(surveys.stream().map(e -> e.employee().department()).toList()))
                    .isLessThanOrEqualTo(LargeWorkbookGenerator.DEPARTMENTS.size());
            List<Double> statures = surveys.stream().map(e -> e.employee().statureCm()).toList();
            assertThat(distinctInstances(statures)).isEqualTo(statures.stream().distinct().count());
        }
    }

    private static int distinctInstances(List<?> values) {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        values.forEach(v -> seen.put(v, true));
        return seen.size();
    }
}
