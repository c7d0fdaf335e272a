package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.xlsx.TableWorkbook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A {@code results.xlsx} row waits in the spool as one line and comes back as it was. */
class XlsxRowSpoolTests {
    private static final String AWKWARD = "a\tb\nc\r\\d\u001fe \\t \\u ,\"q\"";

    private static ArrayList<@Nullable Object> everyType() {
        return new ArrayList<>(Arrays.asList(null, "", AWKWARD, 7, 7L, 0.1 + 0.2, -0.0, Double.NaN,
                new BigDecimal("12.50"), true, false, LocalDate.of(2026, 11, 24), TableWorkbook.Light.HIGH));
    }

    private static void assertSameCells(List<@Nullable Object> actual, List<@Nullable Object> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Object e = expected.get(i);
            assertThat(actual.get(i)).as("cell %d", i).isEqualTo(e);
            if (e != null) {
                assertThat(actual.get(i)).isExactlyInstanceOf(e.getClass());
            }
        }
    }

    @Test
    void aRowWithoutFollowUpComesBack() {
        ResultsTable.XlsxRow row = new ResultsTable.XlsxRow(everyType(), null);

        String line = row.encode();

        assertThat(line).doesNotContain("\n", "\r");
        ResultsTable.XlsxRow back = ResultsTable.XlsxRow.decode(line);
        assertSameCells(back.cells(), row.cells());
        assertThat(back.followUp()).isNull();
        assertThat(Double.doubleToRawLongBits((Double) back.cells().get(6))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @Test
    void aRowWithFollowUpCellsComesBackInItsFactorOrder() {
        LinkedHashMap<String, @Nullable Object[]> factors = new LinkedHashMap<>();
        factors.put("rula", new Object[] {TableWorkbook.Light.MEDIUM, 4, 3});
        factors.put("handArm" + AWKWARD, new Object[] {null, null, 2.75});
        factors.put("lifting", new Object[] {TableWorkbook.Light.LOW, 0.5, null});
        ResultsTable.FollowUpCells f = new ResultsTable.FollowUpCells(LocalDate.of(2025, 11, 24), null, "BETTER",
                factors, "A B", "", "C" + AWKWARD, "RULA Table A: x -> y");
        ResultsTable.XlsxRow row = new ResultsTable.XlsxRow(new ArrayList<>(List.of("E-1")), f);

        ResultsTable.XlsxRow back = ResultsTable.XlsxRow.decode(row.encode());

        assertSameCells(back.cells(), row.cells());
        ResultsTable.FollowUpCells g = back.followUp();
        assertThat(g).isNotNull();
        assertThat(g.baselineDate()).isEqualTo(f.baselineDate());
        assertThat(g.riskBefore()).isNull();
        assertThat(List.of(g.change(), g.resolved(), g.stillOpen(), g.newCodes(), g.methodChanges()))
                .containsExactly(f.change(), f.resolved(), f.stillOpen(), f.newCodes(), f.methodChanges());
        assertThat(g.factors().keySet()).containsExactlyElementsOf(factors.keySet());
        factors.forEach((key, cells) -> assertSameCells(Arrays.asList(g.factors().get(key)), Arrays.asList(cells)));
    }

    @Test
    void aFollowUpWithoutFactorsComesBack() {
        ResultsTable.FollowUpCells f = new ResultsTable.FollowUpCells(LocalDate.of(2025, 1, 2),
                TableWorkbook.Light.HIGH, "NEW", new LinkedHashMap<>(), "", "", "", "");
        ResultsTable.XlsxRow back = ResultsTable.XlsxRow.decode(new ResultsTable.XlsxRow(new ArrayList<>(), f).encode());
        assertThat(back.cells()).isEmpty();
        assertThat(back.followUp().riskBefore()).isEqualTo(TableWorkbook.Light.HIGH);
        assertThat(back.followUp().factors()).isEmpty();
    }

    @Test
    void aCellWithoutATextFormIsABugNamedByItsType() {
        ResultsTable.XlsxRow row = new ResultsTable.XlsxRow(new ArrayList<>(List.of(1.5f)), null);
        assertThatThrownBy(row::encode).isInstanceOf(IllegalStateException.class).hasMessageContaining("java.lang.Float");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SE-1", "SE-1\t\t", "Q1\t", "Tx\t", "Fno\t", "N1\t", "SE-1\tA2025-01-02\u001fN", "SE-1\tN\u001fN\u001fSx\u001fS\u001fS\u001fS\u001fS",
        "SE-1\tA2025-01-02\u001fN\u001fI3\u001fS\u001fS\u001fS\u001fS", "SE-1\tA2025-01-02\u001fN\u001fSx\u001fS\u001fS\u001fS\u001fS\u001fI1\u001fN\u001fN\u001fN"})
    void textTheSpoolDidNotWriteIsRefused(String line) {
        assertThatThrownBy(() -> ResultsTable.XlsxRow.decode(line)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be read back");
    }
}
