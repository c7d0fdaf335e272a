package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.office.RosaResult;
import dev.ergo.engine.office.WorkstationResult;
import dev.ergo.report.office.RosaRenderer;
import dev.ergo.report.office.WorkstationRenderer;
import dev.ergo.report.spi.SectionRenderer;
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
        for (Class<?> c : List.of(SectionRenderer.class, RosaRenderer.class, WorkstationRenderer.class)) {
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
        assertThat(types).containsExactly(RosaResult.class, WorkstationResult.class).doesNotHaveDuplicates();
        RosaResult rosa = Fixtures.polish().section(RosaResult.class).orElseThrow();
        assertThat(SectionRenderers.find(rosa)).get().isInstanceOf(RosaRenderer.class);
        assertThat(SectionRenderers.find(new Fixtures.LiftingSection(List.of()))).isEmpty();
        assertThat(SectionRenderers.ALL).allSatisfy(r -> assertThat(r.methodNotes()).isNotEmpty());
    }
}
