package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.model.Equipment;
import dev.ergo.model.office.Workstation;
import dev.ergo.report.internal.spi.SectionRenderer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary's plain words come from the renderers' action labels, one code each. */
class PurchasesTests {

    static List<String> categories(Workstation w) {
        AssessmentResult r = Fixtures.assess(Fixtures.employee("P", "P").build(), w);
        return r.recommendations().stream().map(rec -> Purchases.category(rec, ReportTexts.english())).toList();
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
    void fixedArmrestsAreCheckedNotSet() {
        assertThat(categories(base().armrests(Equipment.FIXED).elbowRestHeightCm(30.0).build()))
                .contains("Fixed armrests to check").doesNotContain("Armrests to set");
        assertThat(categories(base().armrests(Equipment.ADJUSTABLE).elbowRestHeightCm(30.0).build()))
                .contains("Armrests to set");
    }

    @Test
    void desksTooLowAndChairRangesInPlainWords() {
        assertThat(categories(base().deskHeightCm(60.0).build())).contains("Desks too low (risers or new desk)");
        assertThat(categories(base().seatHeightMaxCm(48.0).build())).contains("Chairs whose range is too small");
        assertThat(categories(base().deskAdjustable(true).deskHeightCm(80.0).build())).contains("Desks to adjust");
    }

    @Test
    void unknownCodesStayReadable() {
        assertThat(Purchases.category(Recommendation.of("ANTI_VIBRATION_GLOVES", 1, "t", "r", "s"), ReportTexts.english()))
                .isEqualTo("Other: anti vibration gloves");
    }

    @Test
    void labelsAreTheUnionOfTheRenderersAndAgreeOnSharedCodes() {
        Map<String, String> seen = new HashMap<>();
        for (SectionRenderer<?> r : SectionRenderers.ALL) {
            r.actionLabels(ReportTexts.english()).forEach((code, words) -> {
                String before = seen.putIfAbsent(code, words);
                assertThat(before).as(code + " in " + r.getClass().getSimpleName()).isIn(null, words);
                assertThat(SectionRenderers.actionLabels(ReportTexts.english())).containsEntry(code, words);
            });
        }
        assertThat(SectionRenderers.actionLabels(ReportTexts.english())).hasSameSizeAs(seen);
        assertThat(SectionRenderers.actionLabels(ReportTexts.english())).containsEntry("LIFT_HORIZONTAL",
                "Lifting tasks to redesign: bring loads closer").containsEntry("FOOTREST", "Footrests to provide")
                .containsEntry("HAV_LOWER_VIBRATION_TOOL", "Lower-vibration tools to buy")
                .containsEntry("KNEE_PADS", "Knee pads, kneeling mats or knee-free tools to provide");
    }

    @Test
    void everyCodeOfEveryFactorHasPlainWords() {
        AssessmentResult r = Fixtures.allFactors();

        assertThat(r.recommendations()).hasSizeGreaterThan(30);
        assertThat(r.recommendations()).allSatisfy(rec -> assertThat(Purchases.category(rec, ReportTexts.english())).as(rec.code())
                .doesNotStartWith("Other:"));
    }

    @Test
    void anotherRegistryGivesOtherWords() {
        SectionRenderer<?> only = SectionRenderers.ALL.get(0);
        Map<String, String> labels = SectionRenderers.actionLabels(List.of(only), ReportTexts.english());

        assertThat(Purchases.category("FOOTREST", labels, ReportTexts.english())).isEqualTo("Other: footrest");
    }
}
