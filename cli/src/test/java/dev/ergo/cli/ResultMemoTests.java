package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.Risk;
import dev.ergo.engine.RunSummary;
import dev.ergo.engine.office.RosaResult;
import dev.ergo.model.Employee;
import dev.ergo.xlsx.TableWorkbook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ResultMemo} gives back exactly what it was given, and nothing for text it did not write. */
class ResultMemoTests {
    private static final String AWKWARD = "a\tb\nc\r\\d\u001fe \\t \\u ,\"q\"";
    private static final Employee EMPLOYEE = Employee.builder("E-1").site("Leeds").build();

    private static ResultMemo memo(List<@Nullable Object> cells) {
        RunSummary.Entry entry = new RunSummary.Entry(EMPLOYEE.id(), EMPLOYEE.site(), EMPLOYEE.department(), Risk.MEDIUM,
                List.of(new RunSummary.Entry.Factor("rosa", Risk.MEDIUM, RosaResult.class),
                        new RunSummary.Entry.Factor("key" + AWKWARD, Risk.HIGH, RosaResult.class)),
                List.of("B_CODE", "A" + AWKWARD));
        return new ResultMemo("E-1,\"x\r\ny\"\r\n", new ArrayList<>(cells), entry);
    }

    private static @Nullable ResultMemo decode(String text) {
        return ResultMemo.decode(text, EMPLOYEE);
    }

    @Test
    void everyCellTypeAndEveryEscapeComeBack() {
        List<@Nullable Object> cells = Arrays.asList(null, "", AWKWARD, 7, 7L, 0.1 + 0.2, -0.0, Double.NaN,
                new BigDecimal("12.50"), true, false, LocalDate.of(2026, 11, 24), TableWorkbook.Light.HIGH);
        ResultMemo m = memo(cells);

        String text = m.encode();

        assertThat(text).doesNotContain("\n", "\r");
        ResultMemo back = decode(text);
        assertThat(back).isNotNull();
        assertThat(back.csvRecord()).isEqualTo(m.csvRecord());
        assertThat(back.entry()).isEqualTo(m.entry());
        assertThat(back.xlsxCells()).hasSameSizeAs(cells);
        for (int i = 0; i < cells.size(); i++) {
            assertThat(back.xlsxCells().get(i)).as("cell %d", i).isEqualTo(cells.get(i));
            if (cells.get(i) != null) {
                assertThat(back.xlsxCells().get(i)).isExactlyInstanceOf(cells.get(i).getClass());
            }
        }
        assertThat(Double.doubleToRawLongBits((Double) back.xlsxCells().get(6))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @Test
    void theIdSiteAndDepartmentComeFromTheSurveyNotTheMemo() {
        String text = memo(List.of()).encode();
        assertThat(text).doesNotContain("Leeds").doesNotContain("\tE-1");
        Employee other = Employee.builder("E-2").department("Office").build();
        RunSummary.Entry entry = ResultMemo.decode(text, other).entry();
        assertThat(entry.id()).isEqualTo("E-2");
        assertThat(entry.site()).isNull();
        assertThat(entry.department()).isEqualTo("Office");
    }

    @Test
    void anEntryWithoutFactorsOrCodesComesBack() {
        RunSummary.Entry entry = new RunSummary.Entry("E-1", "Leeds", null, null, List.of(), List.of());
        ResultMemo m = new ResultMemo("E-1\r\n", new ArrayList<>(List.of("E-1")), entry);
        assertThat(decode(m.encode()).entry()).isEqualTo(entry);
    }

    @Test
    void anotherEnumIsKeptAsItsText() {
        assertThat(decode(memo(List.of(Risk.LOW)).encode()).xlsxCells()).containsExactly("LOW");
    }

    @Test
    void aCellOfAnotherTypeGivesNoMemo() {
        assertThat(memo(List.of(new Object())).encode()).isNull();
        assertThat(memo(List.of(1.5f)).encode()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "a\tb", "a\tb\tc\td\te\tf", "\t\t\t\t", "x\tN\tPURPLE\t\t", "\\q\tN\t-\t\t"})
    void textThatIsNoMemoGivesNothing(String text) {
        assertThat(decode(text)).isNull();
    }

    @Test
    void damagedPartsGiveNothing() {
        String good = memo(List.of(1, "x")).encode();
        assertThat(decode(good)).isNotNull();
        assertThat(decode(good.replace("\u001fSx", "\u001fQx"))).as("cell tag").isNull();
        assertThat(decode(good.replace("\u001fSx", "\u001fNx"))).as("null cell with a value").isNull();
        assertThat(decode(good.replace("\tMEDIUM\t", "\tPURPLE\t"))).as("light").isNull();
        assertThat(decode(good.replace(RosaResult.class.getName(), "dev.ergo.engine.NoSuchResult"))).as("factor type").isNull();
        assertThat(decode(good.replace(RosaResult.class.getName(), String.class.getName()))).as("not a factor result").isNull();
        assertThat(decode(good.substring(0, good.length() - 1) + "\\")).as("lone backslash").isNull();
    }
}
