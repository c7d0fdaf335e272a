package dev.ergo.report;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.ResultSection;
import dev.ergo.report.office.RosaRenderer;
import dev.ergo.report.office.WorkstationRenderer;
import dev.ergo.report.spi.ReportContext;
import dev.ergo.report.spi.SectionRenderer;
import java.util.List;
import java.util.Optional;

/**
 * The registry of section renderers, in the order their notes appear in the methods footnote.
 * Adding a risk factor adds one line here.
 */
final class SectionRenderers {
    private SectionRenderers() {}

    static final List<SectionRenderer<?>> ALL = List.of(new RosaRenderer(), new WorkstationRenderer());

    /** Finds the renderer of a section: the exact type first, then the first registered supertype. */
    static Optional<SectionRenderer<?>> find(ResultSection section) {
        for (SectionRenderer<?> r : ALL) {
            if (r.sectionType() == section.getClass()) {
                return Optional.of(r);
            }
        }
        for (SectionRenderer<?> r : ALL) {
            if (r.sectionType().isInstance(section)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    static <T extends ResultSection> void render(
            SectionRenderer<T> renderer, ResultSection section, AssessmentResult result, ReportContext context) {
        renderer.render(renderer.sectionType().cast(section), result, context);
    }
}
