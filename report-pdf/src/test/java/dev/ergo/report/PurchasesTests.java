package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.model.Equipment;
import dev.ergo.model.office.Workstation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins the engine wording that the summary's plain-words list relies on. */
class PurchasesTests {

    static List<String> categories(Workstation w) {
        AssessmentResult r = Fixtures.assess(Fixtures.employee("P", "P").build(), w);
        return r.recommendations().stream().map(Purchases::category).toList();
    }

    static Workstation.Builder base() {
        return Workstation.builder().poplitealHeightCm(44.0).elbowRestHeightCm(24.0).eyeHeightSittingCm(80.0)
                .buttockPoplitealLengthCm(50.0).deskHeightCm(76.0).deskAdjustable(false).seatHeightCm(47.0)
                .seatAdjustable(true).monitorTopHeightCm(120.0);
    }

    @Test
    void footrestToProvideOrToAdjust() {
        assertThat(categories(base().footrest(false).build())).contains("Footrests to provide");
        assertThat(categories(base().footrest(true).build())).contains("Footrests to adjust")
                .doesNotContain("Footrests to provide");
    }

    @Test
    void lumbarCushionOnlyWhereTheChairHasNone() {
        assertThat(categories(base().lumbarSupport(Equipment.NONE).build()))
                .contains("Lumbar supports/cushions to provide");
        assertThat(categories(base().lumbarSupport(Equipment.FIXED).build()))
                .contains("Fixed lumbar supports to check");
        assertThat(categories(base().lumbarSupport(Equipment.ADJUSTABLE).build()))
                .contains("Lumbar supports to set");
    }

    @Test
    void desksTooLowAndChairRangesInPlainWords() {
        assertThat(categories(base().deskHeightCm(60.0).build())).contains("Desks too low (risers or new desk)");
        assertThat(categories(base().seatHeightMaxCm(48.0).build())).contains("Chairs whose range is too small");
        assertThat(categories(base().deskAdjustable(true).deskHeightCm(80.0).build())).contains("Desks to adjust");
    }

    @Test
    void unknownCodesStayReadable() {
        assertThat(Purchases.category(Recommendation.of("ANTI_VIBRATION_GLOVES", 1, "t", "r", "s")))
                .isEqualTo("Other: anti vibration gloves");
    }
}
