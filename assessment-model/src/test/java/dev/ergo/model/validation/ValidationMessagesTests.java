package dev.ergo.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.model.InRange;
import dev.ergo.model.contact.ContactStressTask;
import dev.ergo.model.lifting.LiftingTask;
import dev.ergo.model.office.Workstation;
import dev.ergo.model.repetitive.RepetitiveTask;
import dev.ergo.model.text.Languages;
import dev.ergo.model.vibration.VibrationSource;
import jakarta.validation.Validation;
import jakarta.validation.constraints.AssertTrue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The model's constraint messages: translated, with units, naming Java properties. */
class ValidationMessagesTests {
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static final Pattern KEY = Pattern.compile("^\\{(dev\\.ergo\\.model\\.[\\w.]+)}$");

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ValidationMessagesTests.class.getResourceAsStream("/ContributorValidationMessages" + suffix + ".properties")) {
            assertThat(in).as("ContributorValidationMessages%s.properties", suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> parameters(String message) {
        Set<String> out = new TreeSet<>();
        Matcher m = PARAMETER.matcher(message);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static Stream<Locale> translations() {
        return Languages.supported().stream().filter(l -> !l.equals(Languages.DEFAULT));
    }

    @ParameterizedTest(name = "{0} has every key with the same parameters")
    @MethodSource("translations")
    void everyTranslationIsComplete(Locale language) throws IOException {
        Properties en = bundle("");
        Properties other = bundle("_" + language.getLanguage());
        assertThat(other.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(parameters(other.getProperty(key))).as(key).isEqualTo(parameters(en.getProperty(key)));
        }
    }

    @Test
    void everyCrossFieldCheckHasAKeyInTheBundle() throws IOException {
        Properties en = bundle("");
        Set<String> used = new TreeSet<>(Set.of(InRange.DEFAULT_MESSAGE, InRange.UNIT_MESSAGE, InRange.DEGREES_MESSAGE));
        for (Class<?> type : new Class<?>[] {VibrationSource.class, RepetitiveTask.class, LiftingTask.class,
            ContactStressTask.class, Workstation.class}) {
            for (Method m : type.getMethods()) {
                AssertTrue check = m.getAnnotation(AssertTrue.class);
                if (check != null) {
                    used.add(check.message());
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(17);
        for (String template : used) {
            Matcher m = KEY.matcher(template);
            assertThat(m.matches()).as("%s is a bundle key", template).isTrue();
            assertThat(en.getProperty(m.group(1))).as(template).isNotBlank();
        }
    }

    @Test
    void rangesSayTheirUnit() {
        SurveyValidator v = SurveyValidator.create();
        Workstation w = Workstation.builder().poplitealHeightCm(75).build();
        assertThat(v.validateRecord(w)).filteredOn(x -> x.property().equals("poplitealHeightCm"))
                .extracting(Violation::message).containsExactly("must be between 30 and 60 cm");
    }

    @Test
    void aHostValidatorInGermanGetsGermanMessages() {
        var factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.GERMAN), Locale.GERMAN, false))
                .buildValidatorFactory();
        SurveyValidator german = SurveyValidator.of(factory.getValidator());
        Workstation w = Workstation.builder().poplitealHeightCm(75).deskHeightMinCm(80).deskHeightMaxCm(70).build();
        assertThat(german.validateRecord(w)).extracting(Violation::message).contains(
                "muss zwischen 30 und 60 cm liegen", "deskHeightMinCm darf deskHeightMaxCm nicht überschreiten");
        factory.close();
    }

    record Custom(@InRange(min = "1", max = "2", unit = "kg", message = "custom {min}–{max}") Double value) {}

    @Test
    void aCustomMessageIsKept() {
        assertThat(SurveyValidator.create().validateRecord(new Custom(3.0))).extracting(Violation::message)
                .containsExactly("custom 1–2");
    }
}
