package dev.ergo.engine.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The contract's number and string forms, written through Jackson, as ergo 0.1 wrote them by hand. */
class JsonOutTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "12, 12.0",
        "-3, -3.0",
        "0.1, 0.1",
        "47.724799999999995, 47.724799999999995",
        "10000000, 10000000.0",
        "999999999999999, 999999999999999.0",
        "1e15, 1.0E15",
        "1e-7, 1.0E-7",
        "-0.0, 0.0",
    })
    void numbersAreIntegralWithPointZeroBelowTenToTheFifteenElseJavasForm(double value, String json) {
        assertThat(JsonOut.number(value)).isEqualTo(json);
        assertThat(new JsonOut().value(value).toString()).isEqualTo(json);
    }

    @Test
    void integersStayIntegersAndNonFiniteNumbersAreNull() {
        String s = new JsonOut().beginArray().value(7).value(7L).value(Double.NaN).value(Float.NEGATIVE_INFINITY)
                .value((Number) null).value(2.5f).endArray().toString();
        assertThat(s).isEqualTo("[7,7,null,null,null,2.5]");
    }

    @Test
    void everyCharacterIsEscapedAsTheContractSays() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MIN_SURROGATE; c++) {
            all.append(c);
        }
        for (char c = Character.MAX_SURROGATE + 1; c != 0; c++) {
            all.append(c);
        }
        all.append("😀");
        String text = all.toString();
        assertThat(new JsonOut().value(text).toString()).isEqualTo(reference(text));
    }

    /** The escaping of ergo 0.1's hand-written writer. */
    private static String reference(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    @Test
    void objectsAreCompactAndKeepTheirOrder() {
        String s = new JsonOut().beginObject().field("b", "x").field("a", true).strings("l", java.util.List.of("p", "q"))
                .field("n", (String) null).endObject().toString();
        assertThat(s).isEqualTo("{\"b\":\"x\",\"a\":true,\"l\":[\"p\",\"q\"],\"n\":null}");
    }

    @Test
    void aReadObjectGivesNullNumbersAsNaNAndNamesTheMemberOnError() {
        JsonObject o = JsonObject.parse("{\"a\":null,\"b\":{\"c\":[1,\"x\"]},\"v\":{\"z\":1,\"y\":null}}");
        assertThat(o.number("a")).isNaN();
        assertThat(o.optNumber("a")).isNull();
        assertThat(o.object("v").numbers()).containsExactly(
                java.util.Map.entry("z", 1.0), java.util.Map.entry("y", Double.NaN));
        assertThat(o.keys()).containsExactly("a", "b", "v");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> o.object("b").texts("c"))
                .hasMessage("b.c: expected an array of strings but was an array");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> o.number("missing"))
                .hasMessage("missing: expected a number but it is missing");
    }
}
