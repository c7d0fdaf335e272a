package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.FactorResult;
import dev.ergo.engine.Risk;
import dev.ergo.engine.RunSummary;
import dev.ergo.engine.office.RosaResult;
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

    private static ResultMemo memo(List<@Nullable Object> cells, @Nullable String site) {
        RunSummary.Entry entry = new RunSummary.Entry("E-1\t" + AWKWARD, site, null, Risk.MEDIUM,
                List.of(new RunSummary.Entry.Factor("rosa", Risk.MEDIUM, RosaResult.class),
                        new RunSummary.Entry.Factor("key" + AWKWARD, Risk.HIGH, RosaResult.class)),
                List.of("B_CODE", "A" + AWKWARD));
        return new ResultMemo("E-1,\"x\r\ny\"\r\n", new ArrayList<>(cells), entry);
    }

    @Test
    void everyCellTypeAndEveryEscapeComeBack() {
        List<@Nullable Object> cells = Arrays.asList(null, "", AWKWARD, 7, 7L, 0.1 + 0.2, -0.0, Double.NaN,
                new BigDecimal("12.50"), true, false, LocalDate.of(2026, 11, 24), TableWorkbook.Light.HIGH);
        ResultMemo m = memo(cells, AWKWARD);

        String text = m.encode();

        assertThat(text).doesNotContain("\n", "\r");
        ResultMemo back = ResultMemo.decode(text);
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
    void aSiteOfNoneAndAnEmptySiteDiffer() {
        assertThat(ResultMemo.decode(memo(List.of(), null).encode()).entry().site()).isNull();
        assertThat(ResultMemo.decode(memo(List.of(), "").encode()).entry().site()).isEmpty();
    }

    @Test
    void anEntryWithoutFactorsOrCodesComesBack() {
        RunSummary.Entry entry = new RunSummary.Entry("E0", null, "", null, List.of(), List.of());
        ResultMemo m = new ResultMemo("E0\r\n", new ArrayList<>(List.of("E0")), entry);
        assertThat(ResultMemo.decode(m.encode()).entry()).isEqualTo(entry);
    }

    @Test
    void anotherEnumIsKeptAsItsText() {
        ResultMemo m = memo(List.of(Risk.LOW), null);
        assertThat(ResultMemo.decode(m.encode()).xlsxCells()).containsExactly("LOW");
    }

    @Test
    void aCellOfAnotherTypeGivesNoMemo() {
        assertThat(memo(List.of(new Object()), null).encode()).isNull();
        assertThat(memo(List.of(1.5f), null).encode()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "a\tb", "\t\t\t\t\t\t\t", "a\tb\tc\td\te\tf\tg\th\ti", "\\q\t\t\t\t\t\t\t"})
    void textThatIsNoMemoGivesNothing(String text) {
        assertThat(ResultMemo.decode(text)).isNull();
    }

    @Test
    void damagedPartsGiveNothing() {
        String good = memo(List.of(1, "x"), "Leeds").encode();
        assertThat(ResultMemo.decode(good)).isNotNull();
        assertThat(ResultMemo.decode(good.replace("SLeeds", "XLeeds"))).as("site tag").isNull();
        assertThat(ResultMemo.decode(good.replace("\u001fSx", "\u001fQx"))).as("cell tag").isNull();
        assertThat(ResultMemo.decode(good.replace("\tMEDIUM\t", "\tPURPLE\t"))).as("light").isNull();
        assertThat(ResultMemo.decode(good.replace(RosaResult.class.getName(), "dev.ergo.engine.NoSuchResult")))
                .as("factor type").isNull();
        assertThat(ResultMemo.decode(good.replace(RosaResult.class.getName(), String.class.getName())))
                .as("not a factor result").isNull();
        assertThat(ResultMemo.decode(good.substring(0, good.length() - 1) + "\\")).as("lone backslash").isNull();
        assertThat(FactorResult.class).isAssignableFrom(RosaResult.class);
    }
}
