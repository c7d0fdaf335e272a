package dev.ergo.engine.office;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.Risk;
import dev.ergo.model.office.RosaChecklist;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RosaTests {

    /** Hours that give each duration adjustment: −1 (< 1 h), 0 (1–4 h), +1 (> 4 h). */
    private static double hours(int adjustment) {
        return switch (adjustment) {
            case -1 -> 0.5;
            case 0 -> 2.0;
            default -> 8.0;
        };
    }

    private static RosaChecklist.Builder neutral(int chairDur, int monDur, int phoneDur, int mouseDur, int kbdDur) {
        return RosaChecklist.builder()
                .seatHeight(1).seatDepth(1).armrest(1).backSupport(1).chairHoursPerDay(hours(chairDur))
                .monitor(1).monitorHoursPerDay(hours(monDur))
                .phone(1).phoneHoursPerDay(hours(phoneDur))
                .mouse(1).mouseHoursPerDay(hours(mouseDur))
                .keyboard(1).keyboardHoursPerDay(hours(kbdDur));
    }

    static Stream<Arguments> derivedExamples() {
        return Stream.of(
                // name, checklist, chair table, chair, B, C, peripherals, final
                Arguments.of("ROSA-D1 all neutral, > 4 h/day (phone 1–4 h)", neutral(1, 1, 0, 1, 1).build(), 2, 3, 2, 2, 2, 3),
                Arguments.of("ROSA-D2 short user, feet dangling at fixed desk, no lumbar",
                        neutral(1, 1, -1, 1, 1).seatHeight(3).backSupport(2).build(), 3, 4, 1, 2, 2, 4),
                Arguments.of("ROSA-D2' after footrest + lumbar fix", neutral(1, 1, -1, 1, 1).build(), 2, 3, 1, 2, 2, 3),
                Arguments.of("ROSA-D3 poorly set-up station",
                        neutral(1, 1, 0, 1, 1)
                                .seatHeight(2).seatHeightNonAdjustable(true)
                                .seatDepth(2)
                                .armrest(2).armrestHard(true)
                                .backSupport(2).backSupportWorkSurfaceTooHigh(true)
                                .monitor(2).monitorNoDocumentHolder(true)
                                .phoneNeckShoulderHold(true).phoneNoHandsFree(true)
                                .mouse(2).mouseDifferentSurface(true)
                                .keyboard(2).keyboardTooHigh(true)
                                .build(),
                        5, 6, 5, 6, 6, 6),
                Arguments.of("ROSA-D4 minimum", neutral(-1, -1, -1, -1, -1).build(), 2, 1, 1, 1, 1, 1));
    }

    /** methods-posture-office §7.2, derived acceptance tests ROSA-D1..D4. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("derivedExamples")
    void derivedAcceptanceTests(String name, RosaChecklist c, int chairTable, int chair, int b, int cc, int periph, int fin) {
        RosaResult r = Rosa.score(c);
        assertThat(r.chairTable()).as("chair table").isEqualTo(chairTable);
        assertThat(r.chair()).as("chair").isEqualTo(chair);
        assertThat(r.monitorPhone()).as("section B").isEqualTo(b);
        assertThat(r.mouseKeyboard()).as("section C").isEqualTo(cc);
        assertThat(r.peripherals()).as("peripherals").isEqualTo(periph);
        assertThat(r.score()).as("final").isEqualTo(fin);
        assertThat(r.clamped()).isEmpty();
    }

    /** ROSA-P1, Sonne training guide [S8]: seat too high (2) + non-adjustable (+1) = 3. */
    @Test
    void additiveExampleFromTrainingGuide() {
        RosaResult r = Rosa.score(neutral(0, 0, 0, 0, 0).seatHeight(2).seatHeightNonAdjustable(true).build());
        assertThat(r.seatHeight()).isEqualTo(3);
    }

    @Test
    void rosaD3ItemScoresAfterAddOnsAndDurations() {
        RosaResult r = Rosa.score(neutral(1, 1, 0, 1, 1)
                .seatHeight(2).seatHeightNonAdjustable(true).seatDepth(2)
                .armrest(2).armrestHard(true).backSupport(2).backSupportWorkSurfaceTooHigh(true)
                .monitor(2).monitorNoDocumentHolder(true).phoneNeckShoulderHold(true).phoneNoHandsFree(true)
                .mouse(2).mouseDifferentSurface(true).keyboard(2).keyboardTooHigh(true).build());
        assertThat(new int[] {r.seatHeight(), r.seatDepth(), r.armrest(), r.backSupport(), r.monitor(), r.phone(),
                        r.mouse(), r.keyboard()})
                .containsExactly(3, 2, 3, 3, 4, 4, 5, 4);
    }

    @ParameterizedTest(name = "{0} h/day -> {1}")
    @CsvSource({"0, -1", "0.99, -1", "1.0, 0", "2.5, 0", "4.0, 0", "4.01, 1", "24, 1"})
    void durationBoundariesAreOneToFourHoursInclusive(double hoursPerDay, int expected) {
        assertThat(RosaTables.duration(hoursPerDay)).isEqualTo(expected);
    }

    @Test
    void monitorAboveItsAxisIsClampedAndRecorded() {
        RosaResult r = Rosa.score(neutral(0, 1, 0, 0, 0)
                .monitor(3).monitorTooFar(true).monitorNeckTwist(true).monitorGlare(true)
                .monitorNoDocumentHolder(true).build());
        assertThat(r.monitor()).isEqualTo(7);
        assertThat(r.clamped()).containsExactly("monitor");
    }

    @Test
    void chairSumsAtTheirMaximumStayInTheTable() {
        RosaResult r = Rosa.score(neutral(1, 0, 0, 0, 0)
                .seatHeight(3).seatHeightNoLegSpace(true).seatHeightNonAdjustable(true)
                .seatDepth(2).seatDepthNonAdjustable(true)
                .armrest(2).armrestHard(true).armrestTooWide(true).armrestNonAdjustable(true)
                .backSupport(2).backSupportWorkSurfaceTooHigh(true).backSupportNonAdjustable(true).build());
        assertThat(r.seatHeight() + r.seatDepth()).isEqualTo(8);
        assertThat(r.armrest() + r.backSupport()).isEqualTo(9);
        assertThat(r.chairTable()).isEqualTo(9);
        assertThat(r.chair()).isEqualTo(10);
        assertThat(r.score()).isEqualTo(10);
    }

    @Test
    void peripheralsAndFinalTablesEqualTheMaximum() {
        for (int b = 1; b <= 9; b++) {
            for (int c = 1; c <= 9; c++) {
                assertThat(RosaTables.PERIPHERALS[b - 1][c - 1]).as("B %d C %d", b, c).isEqualTo(Math.max(b, c));
            }
        }
        for (int chair = 1; chair <= 10; chair++) {
            for (int p = 1; p <= 10; p++) {
                assertThat(RosaTables.FINAL[chair - 1][p - 1]).isEqualTo(Math.max(chair, p));
            }
        }
    }

    @Test
    void tablesHaveTheShapesOfTheirAxes() {
        assertThat(RosaTables.CHAIR).hasDimensions(7, 8);
        assertThat(RosaTables.MONITOR_PHONE).hasDimensions(7, 8);
        assertThat(RosaTables.MOUSE_KEYBOARD).hasDimensions(8, 8);
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                assertThat(RosaTables.MOUSE_KEYBOARD[i][j]).isEqualTo(RosaTables.MOUSE_KEYBOARD[j][i]);
            }
        }
    }

    @ParameterizedTest(name = "final {0} -> {1}")
    @CsvSource({"1, LOW", "3, LOW", "4, MEDIUM", "5, HIGH", "10, HIGH"})
    void trafficLightAndActionLevel(int score, Risk expected) {
        RosaResult r = new RosaResult(score, score, 1, 1, 1, 1, 1, 1, 1, 2, 0, 1, 1, 1, 1, java.util.List.of());
        assertThat(r.risk()).isEqualTo(expected);
        assertThat(r.actionRequired()).isEqualTo(score >= 5);
    }

    /** ROSA lights (docs/methods.md §2 table and §3.1.8): LOW 1–3, MEDIUM 4, HIGH from the action level 5 (Sonne et al. 2012). */
    @ParameterizedTest(name = "ROSA {0} -> {1}")
    @CsvSource({"1, LOW", "3, LOW", "4, MEDIUM", "5, HIGH", "10, HIGH"})
    void lightBandsAtTheirBoundaries(int score, Risk light) {
        assertThat(RosaTables.light(score)).isEqualTo(light);
    }
}
