package dev.ergo.report;

import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Baseline;
import dev.ergo.engine.RunSummary;
import dev.ergo.engine.FollowUp;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Renders PDF reports: one per employee, and a summary of a whole run, in the language of the
 * options ({@link ReportOptions#language()}).
 *
 * <p>This class is immutable and thread-safe: every call builds its own document and writer, and
 * threads share only the font and colour-profile bytes, which are read once and never changed.
 *
 * <pre>{@code
 * ReportRenderer renderer = ReportRenderer.of(ReportOptions.builder().organisation("Acme Ltd").build());
 * try (OutputStream out = Files.newOutputStream(dir.resolve(result.employee().id() + ".pdf"))) {
 *     renderer.writeEmployeeReport(result, out);
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ReportRenderer {
    private final ReportOptions options;

    private ReportRenderer(ReportOptions options) {
        this.options = options;
    }

    /**
     * Returns a renderer with the given options.
     *
     * @param options the options, not null
     * @return the renderer, not null
     */
    public static ReportRenderer of(ReportOptions options) {
        return new ReportRenderer(Objects.requireNonNull(options, "options must not be null"));
    }

    /**
     * Returns a renderer with {@link ReportOptions#DEFAULT}.
     *
     * @return the renderer, not null
     */
    public static ReportRenderer create() {
        return of(ReportOptions.DEFAULT);
    }

    /**
     * Returns the options.
     *
     * @return the options, not null
     */
    public ReportOptions options() {
        return options;
    }

    /**
     * Parses the main fonts of this renderer's reports now rather than in the first report or
     * {@link #undrawableCharacters} call; the reports are the same. A host may call it on another thread
     * while it does other work (the command line does, while it reads the workbook). Fallback and added
     * fonts are still parsed when a text first needs them.
     *
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public void prepare() {
        SharedFonts.of(options.addedFonts());
    }

    /**
     * Returns the characters of a text that the reports cannot draw with their fonts (the bundled
     * ones and those added to the options): the reports print each of them as {@code �}. Check the
     * texts a report prints (names, departments, job titles, sites, assessors, task names) to warn
     * about them; {@link ReportOptions.Builder#addFont(byte[])} adds a font that has them.
     *
     * @param text the text, not null
     * @return the characters no font has, each once, in order of appearance; empty when every
     *     character can be drawn; whitespace and invisible formatting characters never count
     * @since 0.1
     */
    public String undrawableCharacters(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return Coverage.undrawable(text, options.addedFonts());
    }

    /**
     * Renders the report of one employee (A4, one page or more).
     *
     * @param result the employee's result, not null
     * @return the PDF, not null
     * @throws ReportException if the PDF cannot be built
     */
    public byte[] employeeReport(AssessmentResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
        writeEmployeeReport(result, out);
        return out.toByteArray();
    }

    /**
     * Writes the report of one employee to a stream, which is left open.
     *
     * @param result the employee's result, not null
     * @param out the stream, not null
     * @throws ReportException if the PDF cannot be built or written
     */
    public void writeEmployeeReport(AssessmentResult result, OutputStream out) {
        write(result, null, out);
    }

    /**
     * Renders the report of one employee of a follow-up round: as {@link #employeeReport(AssessmentResult)},
     * with "Since your last assessment" after the overall light: the overall light before and after, each
     * factor's light and key figure in both rounds, and the recommendations done, still open and new.
     *
     * @param result the employee's result, not null
     * @param followUp the comparison with the employee's baseline line ({@link dev.ergo.engine.Baseline#followUp}),
     *     not null
     * @return the PDF, not null
     * @throws ReportException if the PDF cannot be built
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public byte[] employeeReport(AssessmentResult result, FollowUp followUp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(56 * 1024);
        writeEmployeeReport(result, followUp, out);
        return out.toByteArray();
    }

    /**
     * Writes the report of one employee of a follow-up round to a stream, which is left open: as
     * {@link #employeeReport(AssessmentResult, FollowUp)}.
     *
     * @param result the employee's result, not null
     * @param followUp the comparison with the employee's baseline line, not null
     * @param out the stream, not null
     * @throws ReportException if the PDF cannot be built or written
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public void writeEmployeeReport(AssessmentResult result, FollowUp followUp, OutputStream out) {
        write(result, Objects.requireNonNull(followUp, "followUp must not be null"), out);
    }

    private void write(AssessmentResult result, @Nullable FollowUp followUp, OutputStream out) {
        Objects.requireNonNull(result, "result must not be null");
        Objects.requireNonNull(out, "out must not be null");
        try {
            EmployeeReport.write(result, followUp, options, out);
        } catch (ReportException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ReportException("could not write the report of employee " + result.employee().id(), e);
        }
    }

    /**
     * Renders the summary of a run: import counts, traffic lights, the employees most in need of
     * action and what to buy or change.
     *
     * @param results the results of the run, none null, possibly empty, not null
     * @param info the run's title, date, workbook and import counts, not null
     * @return the PDF, not null
     * @throws ReportException if the PDF cannot be built
     */
    public byte[] summaryReport(List<AssessmentResult> results, SummaryInfo info) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        writeSummaryReport(results, info, out);
        return out.toByteArray();
    }

    /**
     * Writes the summary of a run to a stream, which is left open.
     *
     * @param results the results of the run, none null, possibly empty, not null
     * @param info the run's title, date, workbook and import counts, not null
     * @param out the stream, not null
     * @throws ReportException if the PDF cannot be built or written
     */
    public void writeSummaryReport(List<AssessmentResult> results, SummaryInfo info, OutputStream out) {
        writeSummary(results, info, null, out);
    }

    /**
     * Renders the summary of a follow-up run: as {@link #summaryReport(List, SummaryInfo)}, with a page
     * "Before and after": the employees better, worse and the same as in the baseline, the share at HIGH
     * before and after, the lights per site and department before and after as paired bars (counted as
     * {@link dev.ergo.engine.RunSummary#comparison()} does), and the ids of the employees who got worse,
     * were not re-assessed or are new.
     *
     * @param results the results of the run, none null, possibly empty, not null
     * @param info the run's title, date, workbook and import counts, not null
     * @param baseline the earlier round, not null
     * @return the PDF, not null
     * @throws ReportException if the PDF cannot be built
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public byte[] summaryReport(List<AssessmentResult> results, SummaryInfo info, Baseline baseline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(72 * 1024);
        writeSummaryReport(results, info, baseline, out);
        return out.toByteArray();
    }

    /**
     * Writes the summary of a follow-up run to a stream, which is left open: as
     * {@link #summaryReport(List, SummaryInfo, Baseline)}.
     *
     * @param results the results of the run, none null, possibly empty, not null
     * @param info the run's title, date, workbook and import counts, not null
     * @param baseline the earlier round, not null
     * @param out the stream, not null
     * @throws ReportException if the PDF cannot be built or written
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public void writeSummaryReport(List<AssessmentResult> results, SummaryInfo info, Baseline baseline,
            OutputStream out) {
        writeSummary(results, info, Objects.requireNonNull(baseline, "baseline must not be null"), out);
    }

    /**
     * Writes the summary of a run from its {@link RunSummary} to a stream, which is left open: as
     * {@link #writeSummaryReport(List, SummaryInfo, OutputStream)}, and with the "Before and after" page
     * when the summary has a {@linkplain RunSummary#comparison() comparison}. The summary's aggregate keeps
     * only what the report prints, so a run of any size is summarised in the same memory.
     *
     * @param summary the run's summary, made from results (not read back from JSON), not null
     * @param info the run's title, date, workbook and import counts, not null
     * @param out the stream, not null
     * @throws ReportException if the PDF cannot be built or written
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public void writeSummaryReport(RunSummary summary, SummaryInfo info, OutputStream out) {
        Objects.requireNonNull(summary, "summary must not be null");
        Objects.requireNonNull(info, "info must not be null");
        Objects.requireNonNull(out, "out must not be null");
        try {
            SummaryReport.write(summary, info, options, out);
        } catch (ReportException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ReportException("could not write the summary report '" + info.title() + "'", e);
        }
    }

    private void writeSummary(List<AssessmentResult> results, SummaryInfo info, @Nullable Baseline baseline,
            OutputStream out) {
        Objects.requireNonNull(results, "results must not be null");
        Objects.requireNonNull(info, "info must not be null");
        Objects.requireNonNull(out, "out must not be null");
        for (int i = 0; i < results.size(); i++) {
            Objects.requireNonNull(results.get(i), "results must not contain null but element " + i + " was null");
        }
        // the counts and the order of need are the library's run summary: one rule for the CLI, summary.json and here
        RunSummary summary = baseline == null ? RunSummary.of(results, info.runDate())
                : RunSummary.of(results, info.runDate(), baseline);
        writeSummaryReport(summary, info, out);
    }
}
