package dev.ergo.engine.vibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.engine.Assessor;
import dev.ergo.engine.InvalidSurveyException;
import dev.ergo.model.validation.Violation;
import dev.ergo.model.Employee;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.SourceRow;
import dev.ergo.model.vibration.VibrationSource;
import dev.ergo.model.vibration.VibrationType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Constraints of the Vibration sheet's rows (survey-workbook, Vibration) and the type words. */
class VibrationSourceTests {

    private final Assessor assessor = Assessor.create();

    private List<String> violations(VibrationSource s) {
        return assessor.validator().validateRecord(s).stream().map(Violation::property).toList();
    }

    private String message(VibrationSource s, String property) {
        return assessor.validator().validateRecord(s).stream().filter(v -> v.property().equals(property))
                .map(Violation::message).findFirst().orElseThrow();
    }

    private static VibrationSource.Builder handArm() {
        return VibrationSource.builder().source("grinder").type(VibrationType.HAND_ARM).hoursPerDay(2.0);
    }

    private static VibrationSource.Builder wholeBody() {
        return VibrationSource.builder().source("forklift").type(VibrationType.WHOLE_BODY).hoursPerDay(6.0)
                .aX(0.3).aY(0.35).aZ(0.5);
    }

    @Test
    void validRowsHaveNoViolations() {
        assertThat(violations(handArm().aHv(6.0).build())).isEmpty();
        assertThat(violations(handArm().aX(1.0).aY(2.0).aZ(3.0).build())).isEmpty();
        assertThat(violations(wholeBody().build())).isEmpty();
        assertThat(violations(wholeBody().vdv(7.0).vdvMeasuredHours(2.0).build())).isEmpty();
    }

    @Test
    void totalValueAndAxesTogetherAreRejected() {
        VibrationSource s = handArm().aHv(6.0).aX(1.0).aY(2.0).aZ(3.0).build();
        assertThat(violations(s)).containsExactly("eitherTotalOrAxes");
        assertThat(message(s, "eitherTotalOrAxes")).isEqualTo("give either aHv or aX, aY, aZ, not both");
        assertThat(violations(handArm().aHv(6.0).aZ(3.0).build())).containsExactly("eitherTotalOrAxes");
    }

    @Test
    void handArmRowNeedsTotalValueOrAllThreeAxes() {
        assertThat(violations(handArm().build())).containsExactly("handArmMagnitudeGiven");
        VibrationSource twoAxes = handArm().aX(1.0).aY(2.0).build();
        assertThat(violations(twoAxes)).containsExactly("handArmMagnitudeGiven");
        assertThat(message(twoAxes, "handArmMagnitudeGiven"))
                .isEqualTo("a hand-arm source needs aHv or all three of aX, aY, aZ");
    }

    @Test
    void wholeBodyRowNeedsAllThreeAxes() {
        VibrationSource s = wholeBody().aY(null).build();
        assertThat(violations(s)).containsExactly("wholeBodyAxesGiven");
        assertThat(message(s, "wholeBodyAxesGiven")).startsWith("a whole-body source needs all three of aX, aY, aZ");
        assertThat(violations(wholeBody().aX(null).aY(null).aZ(null).aHv(0.5).build())).containsExactly("wholeBodyAxesGiven");
    }

    @Test
    void vdvOnlyOnWholeBodyRowsAndWithItsMeasurementTime() {
        assertThat(violations(handArm().aHv(6.0).vdv(9.0).vdvMeasuredHours(1.0).build())).containsExactly("vdvOnWholeBodyOnly");
        assertThat(violations(handArm().aHv(6.0).vdvMeasuredHours(1.0).build())).containsExactly("vdvOnWholeBodyOnly");
        VibrationSource noTime = wholeBody().vdv(7.0).build();
        assertThat(violations(noTime)).containsExactly("vdvMeasuredHoursGiven");
        assertThat(message(noTime, "vdvMeasuredHoursGiven")).contains("vdvMeasuredHours");
        assertThat(violations(wholeBody().vdv(7.0).vdvMeasuredHours(0.0).build())).containsExactly("vdvMeasuredHoursGiven");
    }

    @Test
    void requiredColumns() {
        VibrationSource s = VibrationSource.builder().source(" ").aHv(3.0).buildIncomplete();
        assertThat(violations(s)).containsExactlyInAnyOrder("source", "type", "hoursPerDay");
        assertThat(message(s, "hoursPerDay")).isEqualTo("must not be null");
    }

    @ParameterizedTest(name = "{0} = {1} → valid {2}")
    @CsvSource({
        "aHv, 0, true", "aHv, 100, true", "aHv, 100.01, false", "aHv, -0.01, false",
        "hoursPerDay, 0, true", "hoursPerDay, 24, true", "hoursPerDay, 24.01, false", "hoursPerDay, -1, false",
        "vdv, 100, true", "vdv, 100.5, false", "vdvMeasuredHours, 24, true", "vdvMeasuredHours, 25, false",
        "aZ, 100, true", "aZ, 101, false"
    })
    void plausibleRangesAreInclusive(String property, double value, boolean valid) {
        VibrationSource.Builder b = switch (property) {
            case "aHv" -> handArm().aHv(value);
            case "hoursPerDay" -> handArm().aHv(3.0).hoursPerDay(value);
            case "vdv" -> wholeBody().vdv(value).vdvMeasuredHours(1.0);
            case "vdvMeasuredHours" -> wholeBody().vdv(5.0).vdvMeasuredHours(value);
            default -> wholeBody().aZ(value);
        };
        assertThat(violations(b.build()).contains(property)).isEqualTo(!valid);
    }

    @Test
    void nanIsOutOfRange() {
        assertThat(violations(handArm().aHv(Double.NaN).build())).contains("aHv");
    }

    @Test
    void assessingAnInvalidRowThrowsWithItsOrigin() {
        VibrationSource bad = handArm().aHv(6.0).aX(1.0).aY(1.0).aZ(1.0).origin(SourceRow.of("Vibration", 7)).build();
        assertThatThrownBy(() -> assessor.assess(EmployeeSurvey.of(Employee.builder("E-9").build(), bad)))
                .isInstanceOf(InvalidSurveyException.class)
                .satisfies(ex -> assertThat(((InvalidSurveyException) ex).problems())
                        .extracting(Violation::origin).containsExactly(SourceRow.of("Vibration", 7)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hand-arm", "HAND-ARM", " Hand_Arm ", "hand_arm", "hand arm"})
    void parsesHandArm(String text) {
        assertThat(VibrationType.parse(text)).isEqualTo(VibrationType.HAND_ARM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"whole-body", "Whole-Body", "whole_body", " WHOLE_BODY"})
    void parsesWholeBody(String text) {
        assertThat(VibrationType.parse(text)).isEqualTo(VibrationType.WHOLE_BODY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hav", "handarm", "", "whole-body-x"})
    void rejectsOtherWords(String text) {
        assertThatThrownBy(() -> VibrationType.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be hand-arm or whole-body but was '" + text + "'");
    }

    @Test
    void labelsAreTheWorkbookWords() {
        assertThat(VibrationType.HAND_ARM.label()).isEqualTo("hand-arm");
        assertThat(VibrationType.WHOLE_BODY.label()).isEqualTo("whole-body");
    }

    @Test
    void withVdvAndToBuilderKeepTheOtherValues() {
        VibrationSource s = VibrationSource.ofWholeBody("dumper", 0.2, 0.3, 0.9, 4.0).withVdv(12.0, 2.0);
        assertThat(s.vdv()).isEqualTo(12.0);
        assertThat(s.vdvMeasuredHours()).isEqualTo(2.0);
        assertThat(s.aZ()).isEqualTo(0.9);
        assertThat(s.toBuilder().build()).isEqualTo(s);
        assertThat(s.hasAllAxes()).isTrue();
    }
}
