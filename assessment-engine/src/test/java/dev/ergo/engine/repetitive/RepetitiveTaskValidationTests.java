package dev.ergo.engine.repetitive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.engine.Assessor;
import dev.ergo.model.validation.Violation;
import dev.ergo.model.SourceRow;
import dev.ergo.model.repetitive.Hand;
import dev.ergo.model.repetitive.RepetitiveTask;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepetitiveTaskValidationTests {

    private final Assessor assessor = Assessor.create();

    private static RepetitiveTask.Builder valid() {
        return RepetitiveTask.builder("Crimping", Hand.RIGHT).hal(4.0).peakForceNpf(4.0).hoursPerDay(8.0);
    }

    private List<String> properties(RepetitiveTask t) {
        return assessor.validator().validateRecord(t).stream().map(Violation::property).toList();
    }

    private String message(RepetitiveTask t, String property) {
        return assessor.validator().validateRecord(t).stream().filter(v -> v.property().equals(property)).findFirst()
                .orElseThrow().message();
    }

    @Test
    void aCompleteRowIsValid() {
        assertThat(assessor.validator().validateRecord(valid().build())).isEmpty();
        assertThat(assessor.validator().validateRecord(valid().hal(null).exertionsPerSecond(1.0).dutyCyclePct(50.0)
                .peakForceNpf(null).peakForcePctMvc(40.0).rsiIntensityPctMvc(30.0).rsiEffortsPerMin(10.0)
                .rsiSecondsPerExertion(2.0).rsiWristDeg(-20.0).build())).isEmpty();
    }

    @Test
    void taskHandAndHoursAreRequired() {
        RepetitiveTask t = RepetitiveTask.builder().hal(4.0).peakForceNpf(4.0).buildIncomplete();
        assertThat(properties(t)).containsExactlyInAnyOrder("task", "hand", "hoursPerDay");
        assertThat(properties(valid().task(" ").build())).containsExactly("task");
    }

    @Test
    void halNeedsOneSource() {
        assertThat(properties(valid().hal(null).build())).containsExactly("halGiven");
        assertThat(message(valid().hal(null).build(), "halGiven"))
                .isEqualTo("give hal, or exertionsPerSecond and dutyCyclePct");
        assertThat(properties(valid().hal(null).exertionsPerSecond(1.0).build())).containsExactly("exertionFrequencyPaired");
        assertThat(properties(valid().hal(null).dutyCyclePct(50.0).build())).containsExactly("exertionFrequencyPaired");
        assertThat(message(valid().hal(null).dutyCyclePct(50.0).build(), "exertionFrequencyPaired"))
                .isEqualTo("exertionsPerSecond and dutyCyclePct go together: give both or neither");
        assertThat(properties(valid().exertionsPerSecond(1.0).dutyCyclePct(50.0).build())).containsExactly("halSingleSource");
        assertThat(message(valid().exertionsPerSecond(1.0).dutyCyclePct(50.0).build(), "halSingleSource"))
                .isEqualTo("give either hal or exertionsPerSecond with dutyCyclePct, not both");
    }

    @Test
    void forceNeedsExactlyOneSource() {
        assertThat(properties(valid().peakForceNpf(null).build())).containsExactly("peakForceGiven");
        assertThat(message(valid().peakForceNpf(null).build(), "peakForceGiven"))
                .isEqualTo("give peakForceNpf or peakForcePctMvc");
        assertThat(properties(valid().peakForcePctMvc(40.0).build())).containsExactly("peakForceSingleSource");
        assertThat(message(valid().peakForcePctMvc(40.0).build(), "peakForceSingleSource"))
                .isEqualTo("give either peakForceNpf or peakForcePctMvc, not both");
    }

    @Test
    void rsiInputsComeAllOrNone() {
        RepetitiveTask partial = valid().rsiIntensityPctMvc(30.0).rsiEffortsPerMin(10.0).rsiSecondsPerExertion(2.0).build();
        assertThat(properties(partial)).containsExactly("rsiComplete");
        assertThat(message(partial, "rsiComplete")).isEqualTo("rsiIntensityPctMvc, rsiEffortsPerMin,"
                + " rsiSecondsPerExertion and rsiWristDeg go together: give all four or none");
        assertThat(partial.hasRsiInputs()).isFalse();
        assertThat(properties(valid().rsiWristDeg(0.0).build())).containsExactly("rsiComplete");
    }

    /** E × D ≤ 60 s, compared in decimal: 10 × 6 and 0.1 × 600 are exactly 60 (methods §3.3 feasibility check). */
    @ParameterizedTest(name = "{0}/min × {1} s feasible = {2}")
    @CsvSource({"10, 6, true", "10, 6.01, false", "0.1, 600, true", "30, 2, true", "30, 2.001, false",
        "200, 0.3, true", "200, 0.31, false", "0, 600, true"})
    void feasibilityOfEffortsTimesSeconds(double e, double d, boolean feasible) {
        RepetitiveTask t = valid().rsiIntensityPctMvc(30.0).rsiEffortsPerMin(e).rsiSecondsPerExertion(d)
                .rsiWristDeg(0.0).build();
        assertThat(t.isRsiFeasible()).isEqualTo(feasible);
        assertThat(properties(t).contains("rsiFeasible")).isEqualTo(!feasible);
    }

    @Test
    void feasibilityMessageAndNonFiniteValues() {
        RepetitiveTask t = valid().rsiIntensityPctMvc(30.0).rsiEffortsPerMin(20.0).rsiSecondsPerExertion(4.0)
                .rsiWristDeg(0.0).build();
        assertThat(message(t, "rsiFeasible"))
                .isEqualTo("rsiEffortsPerMin × rsiSecondsPerExertion must not exceed 60 seconds per minute");
        RepetitiveTask nan = valid().rsiIntensityPctMvc(30.0).rsiEffortsPerMin(Double.NaN).rsiSecondsPerExertion(4.0)
                .rsiWristDeg(0.0).build();
        assertThat(properties(nan)).containsExactly("rsiEffortsPerMin");
    }

    @ParameterizedTest(name = "{0} = {1} is out of range")
    @CsvSource({
        "hal, -0.01", "hal, 10.01", "exertionsPerSecond, 0.049", "exertionsPerSecond, 3.01", "dutyCyclePct, 0.99",
        "dutyCyclePct, 100.01", "peakForceNpf, 10.01", "peakForcePctMvc, 100.1", "hoursPerDay, 24.01",
        "rsiIntensityPctMvc, 100.1", "rsiEffortsPerMin, 200.1", "rsiSecondsPerExertion, 600.1", "rsiWristDeg, -90.1",
        "rsiWristDeg, 90.1"
    })
    void rangesOfTheWorkbook(String property, double value) {
        RepetitiveTask.Builder b = valid();
        switch (property) {
            case "hal" -> b.hal(value);
            case "exertionsPerSecond" -> b.hal(null).exertionsPerSecond(value).dutyCyclePct(50.0);
            case "dutyCyclePct" -> b.hal(null).exertionsPerSecond(1.0).dutyCyclePct(value);
            case "peakForceNpf" -> b.peakForceNpf(value);
            case "peakForcePctMvc" -> b.peakForceNpf(null).peakForcePctMvc(value);
            case "hoursPerDay" -> b.hoursPerDay(value);
            default -> {
                b.rsiIntensityPctMvc(30.0).rsiEffortsPerMin(1.0).rsiSecondsPerExertion(2.0).rsiWristDeg(0.0);
                switch (property) {
                    case "rsiIntensityPctMvc" -> b.rsiIntensityPctMvc(value);
                    case "rsiEffortsPerMin" -> b.rsiEffortsPerMin(value).rsiSecondsPerExertion(0.0);
                    case "rsiSecondsPerExertion" -> b.rsiSecondsPerExertion(value).rsiEffortsPerMin(0.0);
                    default -> b.rsiWristDeg(value);
                }
            }
        }
        assertThat(properties(b.build())).containsExactly(property);
    }

    @Test
    void violationsCarryTheRowOrigin() {
        RepetitiveTask t = valid().peakForceNpf(null).origin(SourceRow.of("Repetitive", 5)).build();
        assertThat(assessor.validator().validateRecord(t)).singleElement()
                .satisfies(v -> assertThat(v.origin()).isEqualTo(SourceRow.of("Repetitive", 5)));
    }

    @Test
    void handParsesCaseInsensitively() {
        assertThat(Hand.parse(" Left ")).isEqualTo(Hand.LEFT);
        assertThat(Hand.parse("RIGHT")).isEqualTo(Hand.RIGHT);
        assertThat(Hand.RIGHT.label()).isEqualTo("right");
        assertThatThrownBy(() -> Hand.parse("both")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be left or right but was 'both'");
    }
}
