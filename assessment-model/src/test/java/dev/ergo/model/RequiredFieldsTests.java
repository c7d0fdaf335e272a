package dev.ergo.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.model.contact.ContactStressTask;
import dev.ergo.model.lifting.Coupling;
import dev.ergo.model.lifting.LiftingTask;
import dev.ergo.model.office.Workstation;
import dev.ergo.model.posture.PostureObservation;
import dev.ergo.model.repetitive.Hand;
import dev.ergo.model.repetitive.RepetitiveTask;
import dev.ergo.model.vibration.VibrationSource;
import dev.ergo.model.vibration.VibrationType;
import org.junit.jupiter.api.Test;

/** Builders refuse a record whose required values were not set, naming them (issue 16). */
class RequiredFieldsTests {

    private static LiftingTask.Builder lifting() {
        return LiftingTask.builder().task("boxes").loadKg(10).hOriginCm(30).vOriginCm(70).vDestinationCm(100)
                .frequencyPerMin(1).durationHours(1).coupling(Coupling.FAIR);
    }

    @Test
    void aCompleteBuilderBuilds() {
        assertThat(lifting().build().loadKg()).isEqualTo(10.0);
        assertThat(Workstation.builder().build()).isNotNull(); // nothing required
    }

    @Test
    void oneMissingValueIsNamed() {
        assertThatThrownBy(() -> lifting().coupling(null).build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("LiftingTask: coupling is required; set it on the builder before build()");
    }

    @Test
    void everyMissingValueIsNamedInDeclarationOrder() {
        assertThatThrownBy(() -> VibrationSource.builder().aHv(3).build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("VibrationSource: source, type and hoursPerDay are required; set them on the builder"
                        + " before build()");
        assertThatThrownBy(() -> PostureObservation.builder("t").upperArmDeg(10).lowerArmDeg(80).wristDeg(0)
                .neckDeg(10).build()).hasMessageStartingWith("PostureObservation: trunkDeg is required");
        assertThatThrownBy(() -> RepetitiveTask.builder().task("t").hoursPerDay(2).build())
                .hasMessageStartingWith("RepetitiveTask: hand is required");
        assertThatThrownBy(() -> ContactStressTask.builder().build())
                .hasMessageStartingWith("ContactStressTask: task is required");
    }

    @Test
    void aBlankButSetTextIsLeftToValidation() {
        assertThat(lifting().task("").build().task()).isEmpty();
        assertThat(VibrationSource.builder().source("drill").type(VibrationType.HAND_ARM).hoursPerDay(0).build()
                .hoursPerDay()).isZero();
        assertThat(RepetitiveTask.builder().task("t").hand(Hand.RIGHT).hoursPerDay(2).build().hand())
                .isEqualTo(Hand.RIGHT);
    }

    @Test
    void buildIncompleteLeavesMissingValuesToValidation() {
        LiftingTask t = lifting().coupling(null).buildIncomplete();
        assertThat(t.coupling()).isNull();
        assertThat(dev.ergo.model.validation.SurveyValidator.create().validateRecord(t))
                .extracting(dev.ergo.model.validation.Violation::property).containsExactly("coupling");
    }
}
