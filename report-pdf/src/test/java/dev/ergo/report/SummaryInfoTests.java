package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SummaryInfoTests {
    static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    @Test
    void keepsItsValues() {
        SummaryInfo i = new SummaryInfo("Run", DAY, "w.xlsx", 10, 1, 2);

        assertThat(i.title()).isEqualTo("Run");
        assertThat(i.employeesInWorkbook()).isEqualTo(10);
        assertThat(i.problemCount()).isEqualTo(2);
    }

    @Test
    void rejectsBlankTitlesNegativeCountsAndNulls() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SummaryInfo(" ", DAY, "w", 0, 0, 0))
                .withMessage("title must not be blank but was ' '");
        assertThatIllegalArgumentException().isThrownBy(() -> new SummaryInfo("t", DAY, "w", -1, 0, 0))
                .withMessage("employeesInWorkbook must not be negative but was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> new SummaryInfo("t", DAY, "w", 0, -2, 0))
                .withMessage("rowsRejected must not be negative but was -2");
        assertThatIllegalArgumentException().isThrownBy(() -> new SummaryInfo("t", DAY, "w", 0, 0, -3))
                .withMessage("problemCount must not be negative but was -3");
        assertThatNullPointerException().isThrownBy(() -> new SummaryInfo("t", null, "w", 0, 0, 0))
                .withMessage("runDate must not be null");
    }
}
