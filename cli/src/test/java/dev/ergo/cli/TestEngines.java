package dev.ergo.cli;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.FollowUp;
import dev.ergo.engine.RunSummary;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.report.SummaryInfo;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** The library's engine with one part replaced: how fault tests inject a bug or a full disk. */
final class TestEngines {
    private TestEngines() {}

    /** What {@link Engine#writeSummary} does. */
    @FunctionalInterface
    interface SummaryWriter {
        void write(RunSummary summary, SummaryInfo info, OutputStream out);
    }

    /** The library's engine, changed. */
    static Engine.Factory changed(UnaryOperator<Engine> change) {
        return (a, r) -> change.apply(Engine.LIBRARY.create(a, r));
    }

    /** The library's engine, counting the surveys it scores. */
    static Engine.Factory counting(AtomicInteger scored) {
        return changed(real -> new Engine() {
            @Override
            public AssessmentResult assess(EmployeeSurvey survey) {
                scored.incrementAndGet();
                return real.assess(survey);
            }

            @Override
            public byte[] employeeReport(AssessmentResult result) {
                return real.employeeReport(result);
            }

            @Override
            public byte[] employeeReport(AssessmentResult result, @Nullable FollowUp followUp) {
                return real.employeeReport(result, followUp);
            }

            @Override
            public void writeSummary(RunSummary summary, SummaryInfo info, OutputStream out) {
                real.writeSummary(summary, info, out);
            }
        });
    }

    /** An engine with its own assessment and report and the real summary. */
    static Engine with(Engine real, Function<EmployeeSurvey, AssessmentResult> assess,
            Function<AssessmentResult, byte[]> report) {
        return engine(assess, report, real::writeSummary);
    }

    /** An engine with the real assessment and report and its own summary. */
    static Engine withSummary(Engine real, SummaryWriter summary) {
        return engine(real::assess, real::employeeReport, summary);
    }

    private static Engine engine(Function<EmployeeSurvey, AssessmentResult> assess,
            Function<AssessmentResult, byte[]> report, SummaryWriter summary) {
        return new Engine() {
            @Override
            public AssessmentResult assess(EmployeeSurvey survey) {
                return assess.apply(survey);
            }

            @Override
            public byte[] employeeReport(AssessmentResult result) {
                return report.apply(result);
            }

            @Override
            public void writeSummary(RunSummary run, SummaryInfo info, OutputStream out) {
                summary.write(run, info, out);
            }
        };
    }
}
