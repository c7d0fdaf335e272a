package dev.ergo.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.model.vibration.VibrationType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WordsTests {

    @ParameterizedTest
    @CsvSource({"f, F", "' M ', M", "x, X"})
    void sexIgnoresCaseAndSpaces(String text, Sex expected) {
        assertThat(Sex.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"None, NONE", "FIXED, FIXED", "' adjustable', ADJUSTABLE"})
    void equipmentWords(String text, Equipment expected) {
        assertThat(Equipment.parse(text)).isEqualTo(expected);
    }

    /** One rule for the importer and the model: a space or an underscore reads as a hyphen. */
    @ParameterizedTest
    @CsvSource({"whole-body, WHOLE_BODY", "whole body, WHOLE_BODY", "Whole_Body, WHOLE_BODY", "' HAND ARM ', HAND_ARM"})
    void vibrationTypesReadAsTheImporterReadsThem(String text, VibrationType expected) {
        assertThat(VibrationType.parse(text)).isEqualTo(expected);
        assertThat(expected.label()).isEqualTo(expected == VibrationType.WHOLE_BODY ? "whole-body" : "hand-arm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "female", "fix ed"})
    void unknownWordsNameTheAllowedOnes(String text) {
        assertThatThrownBy(() -> Sex.parse(text)).hasMessage("must be F, M or X but was '" + text + "'");
        assertThatThrownBy(() -> Equipment.parse(text))
                .hasMessage("must be none, fixed or adjustable but was '" + text + "'");
    }
}
