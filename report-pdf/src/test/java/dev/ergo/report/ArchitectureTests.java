package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.contact.ContactStressResult;
import dev.ergo.engine.lifting.LiftingResult;
import dev.ergo.engine.office.RosaResult;
import dev.ergo.engine.office.WorkstationResult;
import dev.ergo.engine.posture.PostureResult;
import dev.ergo.engine.repetitive.HandActivityResult;
import dev.ergo.engine.repetitive.RevisedStrainIndexResult;
import dev.ergo.engine.vibration.HandArmVibrationResult;
import dev.ergo.engine.vibration.WholeBodyVibrationResult;
import dev.ergo.report.internal.office.RosaRenderer;
import dev.ergo.report.internal.spi.Draw;
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.SectionRenderer;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

class ArchitectureTests {
    static final List<Class<?>> API_TYPES = List.of(ReportRenderer.class, ReportOptions.class,
            ReportOptions.Builder.class, SummaryInfo.class, ReportException.class);

    @Test
    void publicApiMentionsNoOpenPdfType() {
        for (Class<?> c : API_TYPES) {
            for (Method m : c.getMethods()) {
                Stream.concat(Stream.of(m.getReturnType()), Arrays.stream(m.getParameterTypes()))
                        .forEach(t -> assertThat(t.getName()).as(c.getSimpleName() + "." + m.getName())
                                .doesNotStartWith("com.lowagie"));
            }
        }
    }

    @Test
    void apiTypesAreStableAndTheSeamIsInternal() {
        for (Class<?> c : API_TYPES) {
            assertThat(c.getAnnotation(API.class).status()).as(c.getSimpleName()).isEqualTo(API.Status.STABLE);
        }
        List<Class<?>> seam = new java.util.ArrayList<>(List.of(SectionRenderer.class, ReportContext.class,
                Styles.class, Draw.class, TextStyle.class));
        SectionRenderers.ALL.forEach(r -> seam.add(r.getClass()));
        for (Class<?> c : seam) {
            assertThat(c.getAnnotation(API.class).status()).as(c.getSimpleName()).isEqualTo(API.Status.INTERNAL);
        }
        for (Class<?> c : List.of(EmployeeReport.class, SummaryReport.class, PdfSession.class,
                SectionRenderers.class, DocumentFonts.class, Resources.class)) {
            assertThat(Modifier.isPublic(c.getModifiers())).as(c.getSimpleName() + " is package-private").isFalse();
        }
    }

    @Test
    void registryHasOneRendererPerSectionType() {
        List<Class<?>> types = SectionRenderers.ALL.stream().<Class<?>>map(SectionRenderer::sectionType).toList();
        assertThat(types).containsExactly(RosaResult.class, WorkstationResult.class, PostureResult.class,
                LiftingResult.class, HandArmVibrationResult.class, WholeBodyVibrationResult.class,
                HandActivityResult.class, RevisedStrainIndexResult.class, ContactStressResult.class)
                .doesNotHaveDuplicates();
        // every section type the engine produces has its renderer
        for (dev.ergo.engine.ResultSection section : Fixtures.allFactors().sections()) {
            assertThat(SectionRenderers.find(section)).as(section.key()).get()
                    .satisfies(r -> assertThat(r.sectionType()).isEqualTo(section.getClass()));
        }
        RosaResult rosa = Fixtures.polish().section(RosaResult.class).orElseThrow();
        assertThat(SectionRenderers.find(rosa)).get().isInstanceOf(RosaRenderer.class);
        assertThat(SectionRenderers.find(new Fixtures.LiftingSection(List.of()))).isEmpty();
        assertThat(SectionRenderers.ALL).allSatisfy(r -> assertThat(r.methodNotes(ReportTexts.english())).isNotEmpty());
        // every renderer of a section with advice names its codes (ROSA gives no advice of its own)
        assertThat(SectionRenderers.ALL.stream().filter(r -> !(r instanceof RosaRenderer)))
                .allSatisfy(r -> assertThat(r.actionLabels(ReportTexts.english())).as(r.title(ReportTexts.english())).isNotEmpty());
        // each renderer lives in its own factor's package
        assertThat(SectionRenderers.ALL.stream().map(r -> r.getClass().getPackageName()).distinct())
                .containsExactly("dev.ergo.report.internal.office", "dev.ergo.report.internal.posture", "dev.ergo.report.internal.lifting",
                        "dev.ergo.report.internal.vibration", "dev.ergo.report.internal.repetitive", "dev.ergo.report.internal.contact");
    }
}
