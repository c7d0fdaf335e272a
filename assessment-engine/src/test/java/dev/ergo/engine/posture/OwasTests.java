package dev.ergo.engine.posture;

import dev.ergo.engine.internal.posture.PostureTables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.engine.Risk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OwasTests {

    /** Cells of methods-posture-office §4.3, including the three cells on its verification list. */
    @ParameterizedTest(name = "OWAS §4.3: {0} -> AC {1}")
    @CsvSource({
        "1111, 1", "1141, 2", "1153, 2", "1161, 1", "1171, 1",
        "1343, 3", "1373, 2", "1372, 1",
        "2111, 2", "2113, 3", "2143, 3", "2162, 2", "2172, 3",
        "2233, 3", "2241, 3", "2242, 4",
        "2251, 3", "2252, 4", "2253, 4",        // verification list: German 3/4/3, five others 3/4/4
        "2311, 3", "2313, 4", "2321, 2", "2351, 4", "2371, 2",
        "3111, 1", "3133, 2", "3151, 4", "3161, 1",
        "3211, 2", "3221, 1", "3263, 3",
        "3331, 2", "3332, 3", "3371, 1", "3373, 1",  // verification list: Python 1/1/2
        "4111, 2", "4112, 3", "4131, 2", "4133, 3",  // verification list: Python 2/3/3 at 4-1-3
        "4211, 3", "4213, 4", "4272, 3",
        "4311, 4", "4321, 2", "4343, 4", "4373, 4"})
    void actionCategories(String code, int expected) {
        OwasResult r = Owas.score(code);
        assertThat(r.actionCategory()).isEqualTo(expected);
        assertThat(r.code()).isEqualTo(code);
        assertThat(new int[] {r.back(), r.arms(), r.legs(), r.load()}).containsExactly(
                code.charAt(0) - '0', code.charAt(1) - '0', code.charAt(2) - '0', code.charAt(3) - '0');
    }

    @Test
    void everyValidCodeHasACategoryFromOneToFour() {
        int codes = 0;
        for (int back = 1; back <= 4; back++) {
            for (int arms = 1; arms <= 3; arms++) {
                for (int legs = 1; legs <= 7; legs++) {
                    for (int load = 1; load <= 3; load++) {
                        int ac = Owas.score("" + back + arms + legs + load).actionCategory();
                        assertThat(ac).isBetween(1, 4);
                        codes++;
                    }
                }
            }
        }
        assertThat(codes).isEqualTo(252);
        assertThat(PostureTables.OWAS).hasDimensions(12, 7);
    }

    @ParameterizedTest(name = "invalid code \"{0}\"")
    @ValueSource(strings = {"", "213", "21311", "5131", "0131", "2431", "2181", "2134", "2130", "2374", "2 31", "a131", " 2131"})
    void invalidCodesAreRejected(String code) {
        assertThatThrownBy(() -> Owas.score(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be 4 digits: back 1-4, arms 1-3, legs 1-7, load 1-3");
    }

    @ParameterizedTest(name = "AC {0} -> {1}")
    @CsvSource({"1, LOW", "2, MEDIUM", "3, HIGH", "4, HIGH"})
    void trafficLight(int ac, Risk risk) {
        OwasResult r = new OwasResult("1111", 1, 1, 1, 1, ac);
        assertThat(r.risk()).isEqualTo(risk);
        assertThat(r.action()).isNotBlank();
    }
}
