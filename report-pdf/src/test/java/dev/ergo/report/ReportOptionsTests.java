package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportOptionsTests {

    @Test
    void defaultsPrintNamesAsPlainPdfWithoutFixedDateOrOrganisation() {
        ReportOptions d = ReportOptions.DEFAULT;

        assertThat(d.includeNames()).isTrue();
        assertThat(d.pdfA()).isFalse();
        assertThat(d.fixedCreationDate()).isNull();
        assertThat(d.organisation()).isNull();
        assertThat(ReportRenderer.create().options()).isEqualTo(d);
    }

    @Test
    void toBuilderRoundTripsEveryValue() {
        ReportOptions o = ReportOptions.builder().includeNames(false).pdfA(true)
                .fixedCreationDate(LocalDate.of(2026, 1, 1)).organisation("  Acme Ltd ").build();

        assertThat(o.organisation()).isEqualTo("Acme Ltd");
        assertThat(o.toBuilder().build()).isEqualTo(o).hasSameHashCodeAs(o);
        assertThat(o.toBuilder().organisation(null).fixedCreationDate(null).build())
                .isEqualTo(ReportOptions.builder().includeNames(false).pdfA(true).build());
        assertThat(o.toString()).contains("includeNames=false", "pdfA=true", "2026-01-01", "Acme Ltd");
    }

    @Test
    void organisationIsValidatedWithFieldAndValueInTheMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReportOptions.builder().organisation("  "))
                .withMessage("organisation must not be blank but was '  '");
        assertThatIllegalArgumentException().isThrownBy(() -> ReportOptions.builder().organisation("x".repeat(121)))
                .withMessage("organisation must be at most 120 characters but was 121 characters");
        assertThatIllegalArgumentException().isThrownBy(() -> ReportOptions.builder().organisation("Acme\nLtd"))
                .withMessage("organisation must not contain control characters but was 'Acme?Ltd'");
    }

    @Test
    void fixedCreationDateMustHaveAFourDigitYear() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReportOptions.builder().fixedCreationDate(LocalDate.of(1899, 12, 31)))
                .withMessage("fixedCreationDate must be between 1900-01-01 and 9999-12-31 but was 1899-12-31");
        assertThat(ReportOptions.builder().fixedCreationDate(LocalDate.of(1900, 1, 1)).build().fixedCreationDate())
                .isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @Test
    void rendererRejectsNullOptions() {
        assertThatNullPointerException().isThrownBy(() -> ReportRenderer.of(null))
                .withMessage("options must not be null");
    }

    @Test
    void optionsAndRendererAreImmutable() {
        for (Class<?> c : new Class<?>[] {ReportOptions.class, ReportRenderer.class}) {
            assertThat(Modifier.isFinal(c.getModifiers())).as(c.getSimpleName() + " is final").isTrue();
            for (Field f : c.getDeclaredFields()) {
                assertThat(Modifier.isFinal(f.getModifiers()) && Modifier.isPrivate(f.getModifiers())
                                || Modifier.isStatic(f.getModifiers()))
                        .as(c.getSimpleName() + "." + f.getName() + " is private final").isTrue();
            }
        }
    }

    @Test
    void languageIsEnglishByDefaultAndASupportedLanguageOtherwise() {
        assertThat(ReportOptions.DEFAULT.language()).isEqualTo(java.util.Locale.ENGLISH);
        ReportOptions austrian = ReportOptions.builder().language(java.util.Locale.forLanguageTag("de-AT")).build();
        assertThat(austrian.language()).isEqualTo(java.util.Locale.GERMAN);
        assertThat(austrian).isNotEqualTo(ReportOptions.DEFAULT).isEqualTo(austrian.toBuilder().build());
        assertThat(austrian.toString()).contains("language=de");
        assertThatIllegalArgumentException().isThrownBy(() -> ReportOptions.builder().language(java.util.Locale.JAPANESE))
                .withMessageContaining("'ja'");
        assertThatNullPointerException().isThrownBy(() -> ReportOptions.builder().language(null));
    }
}
