package dev.ergo.report;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.internal.EngineTexts;
import dev.ergo.model.text.Languages;
import dev.ergo.model.text.Messages;
import dev.ergo.model.text.Texts;
import java.util.Locale;

/**
 * The reports' message bundles ({@code dev/ergo/report/messages*.properties}): every word a person
 * reads in a PDF, with the engine's messages as parent.
 */
final class ReportTexts {
    private ReportTexts() {}

    /** The report family; keys not found fall back to the engine's. */
    static final Messages MESSAGES =
            Messages.load("/dev/ergo/report/messages", ReportTexts.class::getResourceAsStream, EngineTexts.MESSAGES);

    /** The English texts, for tests and defaults. */
    static Texts english() {
        return MESSAGES.in(Locale.ENGLISH);
    }

    /**
     * The language an employee's report is written in, the one place that decides it: the result's
     * ({@link AssessmentResult#language()}: the employee's own if translated, else the run's), except
     * that the layout-testing pseudo-locale in the options applies to every report.
     *
     * @param result the employee's result
     * @param options the options
     * @return the language, not null
     */
    static Locale language(AssessmentResult result, ReportOptions options) {
        return Languages.isPseudo(options.language()) ? Languages.PSEUDO : result.language();
    }
}
