package dev.ergo.report;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Recommendation;
import dev.ergo.engine.ResultSection;
import dev.ergo.model.text.Message;
import dev.ergo.model.text.Texts;
import dev.ergo.report.internal.contact.ContactStressRenderer;
import dev.ergo.report.internal.lifting.LiftingRenderer;
import dev.ergo.report.internal.office.RosaRenderer;
import dev.ergo.report.internal.office.WorkstationRenderer;
import dev.ergo.report.internal.posture.PostureRenderer;
import dev.ergo.report.internal.repetitive.HandActivityRenderer;
import dev.ergo.report.internal.repetitive.RevisedStrainIndexRenderer;
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.SectionRenderer;
import dev.ergo.report.internal.vibration.HandArmVibrationRenderer;
import dev.ergo.report.internal.vibration.WholeBodyVibrationRenderer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The registry of section renderers, in the order their notes appear in the methods footnote and
 * their factors in the summary. Adding a risk factor adds one line here.
 */
final class SectionRenderers {
    private SectionRenderers() {}

    static final List<SectionRenderer<?>> ALL = List.of(
            new RosaRenderer(),
            new WorkstationRenderer(),
            new PostureRenderer(),
            new LiftingRenderer(),
            new HandArmVibrationRenderer(),
            new WholeBodyVibrationRenderer(),
            new HandActivityRenderer(),
            new RevisedStrainIndexRenderer(),
            new ContactStressRenderer());

    /** The summary's words for every recommendation code in a language: the union over the registry. */
    static Map<String, String> actionLabels(Texts texts) {
        return LABELS.computeIfAbsent(texts.locale(), l -> actionLabels(ALL, texts));
    }

    private static final Map<java.util.Locale, Map<String, String>> LABELS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The union of the renderers' action labels; where two renderers share a code, the first registered wins. */
    static Map<String, String> actionLabels(List<SectionRenderer<?>> renderers, Texts texts) {
        Map<String, String> all = new LinkedHashMap<>();
        for (SectionRenderer<?> r : renderers) {
            r.actionLabels(texts).forEach(all::putIfAbsent);
        }
        return Collections.unmodifiableMap(all);
    }

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

    static <T extends ResultSection> void renderForEmployee(
            SectionRenderer<T> renderer, ResultSection section, AssessmentResult result, ReportContext context) {
        renderer.renderForEmployee(renderer.sectionType().cast(section), result, context);
    }

    static <T extends ResultSection> @Nullable String verdict(SectionRenderer<T> renderer, ResultSection section,
            Texts texts) {
        return renderer.verdict(renderer.sectionType().cast(section), texts);
    }

    static <T extends ResultSection> @Nullable String keyFigure(SectionRenderer<T> renderer, ResultSection section,
            Texts texts) {
        return renderer.keyFigure(renderer.sectionType().cast(section), texts);
    }

    static <T extends ResultSection> List<Message> notesShown(SectionRenderer<T> renderer, ResultSection section) {
        return renderer.notesShown(renderer.sectionType().cast(section));
    }

    static <T extends ResultSection> @Nullable String checklistNote(
            SectionRenderer<T> renderer, ResultSection section, AssessmentResult result, Texts texts) {
        return renderer.checklistNote(renderer.sectionType().cast(section), result, texts);
    }

    /**
     * A recommendation's action in a few words: a renderer's short action, else the summary label of its
     * code, else its text up to the first colon or full stop.
     */
    static String shortAction(Recommendation r, Texts texts) {
        for (SectionRenderer<?> renderer : ALL) {
            String words = renderer.shortAction(r, texts);
            if (words != null) {
                return words;
            }
        }
        String label = actionLabels(texts).get(r.code());
        if (label != null) {
            return label;
        }
        String text = r.text(texts.locale());
        int end = text.length();
        for (String stop : new String[] {": ", ". "}) {
            int i = text.indexOf(stop);
            if (i > 0 && i < end) {
                end = i;
            }
        }
        return text.substring(0, end).replaceAll("\\.$", "");
    }
}
