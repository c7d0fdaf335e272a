package dev.ergo.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.model.text.Languages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EngineTextsTests {
    static List<Locale> shipped() {
        return Languages.supported();
    }

    @ParameterizedTest(name = "the engine's {0} bundle has every key and the same placeholders")
    @MethodSource("shipped")
    void everyBundleIsComplete(Locale language) {
        assertThat(EngineTexts.MESSAGES.problems(language)).isEmpty();
    }
}
