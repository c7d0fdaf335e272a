package dev.ergo.cli;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.report.ReportRenderer;
import dev.ergo.engine.InvalidSurveyException;
import dev.ergo.engine.Baseline;
import dev.ergo.engine.RunSummary;
import dev.ergo.engine.ResultJson;
import dev.ergo.engine.ReviewIntervals;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.report.ReportException;
import dev.ergo.report.ReportFileNames;
import dev.ergo.report.ReportOptions;
import dev.ergo.report.SummaryInfo;
import dev.ergo.xlsx.ImportException;
import dev.ergo.xlsx.ImportOptions;
import dev.ergo.xlsx.ImportProblem;
import dev.ergo.xlsx.ProblemsCsv;
import dev.ergo.xlsx.SpooledImport;
import dev.ergo.xlsx.SurveyImporter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ergo assess}: import, score, and write results and reports. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assess every employee of a survey workbook and write results and PDF reports.",
            "Writes, in the output folder:",
            "  results.jsonl, results.csv   one line per employee (results format 1.1)",
            "  results.xlsx                 the same table, lights coloured",
            "  summary.json                 the organisation summary as data",
            "  problems.csv                 every import problem, with its cell",
            "  reports/<employee_id>.pdf    the employee's report",
            "  summary.pdf                  the organisation summary",
            "All are replaced together at the end; an interrupted run leaves the old ones.",
            "Follow-up round: --baseline DIR1 compares each employee with their line in",
            "DIR1/results.jsonl, matching ids exactly (followUp, summary.json)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success: every row imported, all files written.",
            "1:Finished, but rows were rejected or sheets had errors (see problems.csv).",
            "2:Wrong command line, or the --baseline is newer than this round (without --force).",
            "3:The workbook cannot be read (not .xlsx, password-protected, damaged, no Employees sheet or no employee_id column),"
                    + " or the --baseline is not a readable results file.",
            "4:An output file could not be written, or another run is writing to the output folder.",
            "70:Internal error (a bug; please report it with the crash log named).",
        })
final class AssessCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "WORKBOOK", description = "The survey workbook (.xlsx).")
    Path workbook;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output folder (default: ${DEFAULT-VALUE}); created if missing, its reports/ folder replaced.")
    Path out;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Reference date for employees without an assessment date (default: today).")
    LocalDate date;

    @Option(names = "--names-in-data", description = "Also write employee names into results.jsonl and results.csv"
            + " (by default names appear only on the PDF reports).")
    boolean namesInData;

    @Option(names = "--no-names", description = "Leave names off the PDF reports as well (employee ids only).")
    boolean noNames;

    @Option(names = "--pdfa", description = "Write PDF/A-1b reports for archiving.")
    boolean pdfa;

    @Option(names = "--pdf-date", paramLabel = "YYYY-MM-DD", description = PdfDateOption.DESCRIPTION)
    LocalDate pdfDate;

    @Option(names = "--no-reports", description = "Write the results files, problems.csv and the summary but no"
            + " employee reports (reports/ is left empty).")
    boolean noReports;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for scoring and reports (default: cores).")
    Integer threads;

    @Option(names = "--wait", description = "Wait for another ergo run that is writing to the output folder"
            + " (default: stop with exit code 4).")
    boolean waitForFolder;

    @Option(names = "--baseline", paramLabel = "PREV", description = "An earlier output folder, or its results.jsonl:"
            + " compare each employee with their line there (followUp in results.jsonl, baseline in summary.json).")
    Path baselinePath;

    @Option(names = "--force", description = "With --baseline: compare even when the baseline is newer than this round.")
    boolean force;

    @Option(names = "--review-months", paramLabel = "HIGH,MEDIUM,LOW",
            description = "Months until an employee's next assessment (reviewDue), by overall light"
                    + " (default: 3,12,24; toolkit conventions, not a published rule).")
    String reviewMonths;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = "--font", paramLabel = "FILE", description = "A font (.ttf, .otf, .ttc) for scripts the bundled"
            + " fonts lack, for example Noto Sans CJK for Chinese, Japanese and Korean names; may be repeated.")
    List<Path> fonts = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "TAG", defaultValue = "en", description = LanguageOption.DESCRIPTION)
    String lang;

    /** The run's language, from {@code --lang}. */
    private java.util.Locale language = dev.ergo.model.text.Languages.DEFAULT;

    @Option(names = "--verbose", description = "Also print log lines (of ergo and of the libraries it uses) on standard error.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Engine.Factory engines;
    private final java.util.function.UnaryOperator<@Nullable String> env;

    /** The reports' fixed creation date ({@link PdfDateOption}); null: the time of writing. */
    private @Nullable LocalDate createdOn;

    /** A SHA-256 of the baseline's results file, for {@link ResultCache}; "none" without one. */
    private String baselineDigest = "none";

    AssessCommand() {
        this(Engine.LIBRARY);
    }

    /** A command scoring and rendering with the given engine (tests). */
    AssessCommand(Engine.Factory engines) {
        this(engines, System::getenv);
    }

    /** A command with the given engine and environment variables (tests). */
    AssessCommand(Engine.Factory engines, java.util.function.UnaryOperator<@Nullable String> env) {
        this.engines = engines;
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (verbose) {
            Logging.verbose();
        }
        if (!Files.isRegularFile(workbook)) {
            err.println("ergo: " + workbook + " does not exist or is not a file.");
            return ExitCodes.UNREADABLE;
        }
        int nThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (nThreads < 1 || nThreads > 64) {
            err.println("ergo: --threads must be between 1 and 64 but was " + nThreads);
            return ExitCodes.USAGE;
        }
        ReviewIntervals reviewIntervals = ReviewIntervals.DEFAULT;
        if (reviewMonths != null) {
            try {
                reviewIntervals = ReviewIntervals.parse(reviewMonths);
            } catch (IllegalArgumentException e) {
                err.println("ergo: --review-months: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        Baseline baseline = null;
        if (baselinePath != null) {
            try {
                String digestBefore = null;
                try {
                    digestBefore = fileDigest(baselinePath);
                } catch (IOException e) {
                    // Baseline.read says why
                }
                baseline = Baseline.read(baselinePath);
                String digestAfter = fileDigest(baselinePath);
                // changed while read: nothing this run writes may be reused
                baselineDigest = digestAfter.equals(digestBefore) ? digestAfter : "changed@" + System.nanoTime();
            } catch (NoSuchFileException e) {
                String why = e.getReason() == null || e.getReason().equals("does not exist") ? " does not exist"
                        : ": " + e.getReason();
                err.println("ergo: --baseline: " + e.getFile() + why + "; give an earlier output folder or its results.jsonl.");
                return ExitCodes.UNREADABLE;
            } catch (IllegalArgumentException e) {
                err.println("ergo: --baseline: " + e.getMessage());
                return ExitCodes.UNREADABLE;
            } catch (IOException e) {
                err.println("ergo: --baseline: cannot read " + baselinePath + ": " + OutputFiles.reason(e));
                return ExitCodes.UNREADABLE;
            }
        } else if (force) {
            err.println("ergo: --force only applies with --baseline.");
            return ExitCodes.USAGE;
        }
        java.util.Optional<java.util.Locale> runLanguage = LanguageOption.parse(lang, err);
        if (runLanguage.isEmpty()) {
            return ExitCodes.USAGE;
        }
        language = runLanguage.get();
        ReportOptions.Builder reportOptions = ReportOptions.builder().includeNames(!noNames).pdfA(pdfa).language(language);
        try {
            createdOn = PdfDateOption.resolve(pdfDate, env);
        } catch (IllegalArgumentException e) {
            err.println("ergo: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            reportOptions.fixedCreationDate(createdOn);
        } catch (IllegalArgumentException e) {
            err.println("ergo: " + (pdfDate != null ? "--pdf-date" : PdfDateOption.ENV) + ": " + createdOn
                    + " cannot be a PDF creation date (years 1900 to 9999).");
            return ExitCodes.USAGE;
        }
        try {
            fonts.forEach(reportOptions::addFont);
        } catch (IllegalArgumentException e) {
            err.println("ergo: --font: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        long started = System.nanoTime();
        LocalDate runDate = date != null ? date : LocalDate.now();
        PrintWriter info = quiet ? new PrintWriter(java.io.Writer.nullWriter()) : stdout;
        String workbookSha = noReports ? null : workbookDigest();
        if (workbookSha != null) {
            Integer code = unchanged(runKey(runDate, reviewIntervals), workbookSha, started, info);
            if (code != null) {
                return code;
            }
        }
        prepareFonts(reportOptions.build());
        SpooledImport imported;
        try {
            imported = SurveyImporter.create().readSpooled(workbook);
        } catch (ImportException e) {
            err.println("ergo: " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
        try (imported) {
            return assess(imported, reportOptions, reviewIntervals, baseline, runDate, workbookSha, nThreads, started,
                    info, err);
        }
    }

    /**
     * The workbook's SHA-256, or null when it cannot be read or is larger than the import takes (the
     * import says why, without reading it all first).
     */
    private @Nullable String workbookDigest() {
        try {
            if (!Files.isRegularFile(workbook) || Files.size(workbook) > ImportOptions.DEFAULT.maxFileBytes()) {
                return null;
            }
            return SurveyDigest.sha256Hex(workbook);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The whole-run shortcut: when the previous run into the folder had the same workbook, options and
     * toolkit and left every file as it is, prints what it printed and returns its exit code.
     *
     * @return the exit code, or null for the usual run
     */
    private @Nullable Integer unchanged(String runKey, String workbookSha, long started, PrintWriter info)
            throws InterruptedException {
        if (!Files.isRegularFile(out.resolve("reports").resolve(RunRecord.FILE), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return null; // no record: nothing to lock or create yet
        }
        RunRecord.Kept kept;
        try (OutputFolder folder = OutputFolder.open(out, waitForFolder, line -> {
            info.println(line);
            info.flush();
        })) {
            kept = RunRecord.check(out, runKey, workbookSha);
        } catch (OutputFolder.BusyException | IOException e) {
            return null; // the usual run says so
        }
        if (kept == null) {
            return null;
        }
        int n = kept.employees();
        info.print(kept.head());
        info.printf("Nothing changed since the previous run into %s (the same workbook, options and toolkit, every"
                + " output file as it was left): nothing was imported, assessed or written again.%n", out);
        info.print(kept.problems());
        info.printf("Kept in %s: results.jsonl, results.csv, results.xlsx, problems.csv, summary.json, summary.pdf"
                + " and %d report%s in reports/, unchanged (%.1f s)%n", out, n, Workbooks.s(n),
                (System.nanoTime() - started) / 1e9);
        info.flush();
        return kept.exitCode();
    }

    /** Everything besides the workbook's bytes that a run's output and console lines depend on. */
    private String runKey(LocalDate runDate, ReviewIntervals reviewIntervals) {
        return resultRunKey(reportRunKey(runDate, reviewIntervals)) + ";workbook=" + workbook.getFileName()
                + ";baselinePath=" + baselinePath;
    }

    /**
     * Start-up: parses the report fonts on a daemon thread while the workbook is read (the summary report
     * needs them even with --no-reports); a failure there is met again, and reported, where they are used.
     */
    private void prepareFonts(ReportOptions options) {
        if (engines != Engine.LIBRARY) {
            return; // a test's engine renders with its own
        }
        Thread t = new Thread(() -> {
            try {
                ReportRenderer.of(options).prepare();
            } catch (Throwable e) {
                // best effort and silent (no stack trace from a helper thread): the first report meets the
                // same failure and reports it
            }
        }, "ergo-fonts-prepare");
        t.setDaemon(true);
        t.start();
    }

    /** Everything after the import: the checks, the outputs and the summary lines. */
    private int assess(SpooledImport imported, ReportOptions.Builder reportOptions, ReviewIntervals reviewIntervals,
            @Nullable Baseline baseline, LocalDate runDate, @Nullable String workbookSha, int nThreads, long started,
            PrintWriter info, PrintWriter err) throws InterruptedException {
        if (baseline != null && !force) {
            String newer = FollowUpRound.newerBaseline(baseline, imported, runDate);
            if (newer != null) {
                err.println("ergo: --baseline: " + newer + "; the baseline must be the earlier round (swap the"
                        + " files), or add --force to compare anyway. Nothing was written.");
                return ExitCodes.USAGE;
            }
        }
        java.io.StringWriter head = new java.io.StringWriter(); // kept for an unchanged re-run (RunRecord)
        PrintWriter headLines = new PrintWriter(head);
        Workbooks.printImportSummary(headLines, String.valueOf(workbook.getFileName()), imported.sheets());
        headLines.flush();
        info.print(head);
        info.flush();
        int headPrinted = head.getBuffer().length();

        OutputFolder folder;
        try {
            folder = OutputFolder.open(out, waitForFolder, line -> {
                info.println(line);
                info.flush();
            });
        } catch (OutputFolder.BusyException e) {
            err.println("ergo: " + e.getMessage() + ".");
            return ExitCodes.OUTPUT_FAILED;
        } catch (IOException e) {
            err.println("ergo: cannot use the output folder " + out + ": " + folderProblem(e) + ".");
            return ExitCodes.OUTPUT_FAILED;
        }
        Written written;
        int code;
        java.io.StringWriter problemLines = new java.io.StringWriter();
        try (folder) {
            Path staging = folder.stage();
            written = write(imported, reportOptions.build(), reviewIntervals, baseline, runDate, staging, nThreads,
                    info);
            RunSummary summary = written.summary();
            int n = summary.employees();
            headLines.printf("Assessed %d employee%s: %d HIGH (red), %d MEDIUM (amber), %d LOW (green), %d with no risk"
                    + " factor recorded%n", n, Workbooks.s(n), summary.overall().high(), summary.overall().medium(),
                    summary.overall().low(), summary.notScored());
            summary.comparison().ifPresent(c -> FollowUpRound.printComparison(headLines, baselinePath, c));
            headLines.flush();
            PrintWriter p = new PrintWriter(problemLines);
            Workbooks.printProblems(p, written.problems(), 10);
            p.flush();
            boolean inputProblems = imported.hasErrors() || imported.rowsRejected() > 0 || n < imported.employees();
            code = inputProblems ? ExitCodes.INPUT_PROBLEMS : ExitCodes.OK;
            if (workbookSha != null && !noReports && workbookSha.equals(workbookDigest())) { // not changed while read
                RunRecord.write(staging, runKey(runDate, reviewIntervals), workbookSha,
                        new RunRecord.Kept(code, n, head.toString(), problemLines.toString()));
            }
            folder.commit();
        } catch (IOException e) {
            if (folder.stopping()) {
                return ExitCodes.OUTPUT_FAILED; // the shutdown hook removed the output and said so
            }
            if (e instanceof OutputFolder.MoveException) {
                err.println("ergo: the new output is complete but could not all be moved into place in " + out + ": "
                        + OutputFiles.reason((IOException) e.getCause()) + "; the next run into " + out + " finishes it.");
            } else {
                err.println("ergo: could not write the output to " + out + ": " + OutputFiles.reason(e)
                        + "; the previous output is unchanged.");
            }
            return ExitCodes.OUTPUT_FAILED;
        }

        int n = written.summary().employees();
        info.print(head.getBuffer().substring(headPrinted));
        if (written.reportsKept() > 0) {
            info.printf("Kept %d unchanged report%s from the previous run.%n", written.reportsKept(),
                    Workbooks.s(written.reportsKept()));
        }
        if (written.resultsReused() > 0) {
            info.printf("Reused the previous results of %d unchanged employee%s (not scored again).%n",
                    written.resultsReused(), Workbooks.s(written.resultsReused()));
        }
        info.print(problemLines);
        if (noReports) {
            info.printf("Wrote to %s: results.jsonl, results.csv, results.xlsx, problems.csv, summary.json and"
                    + " summary.pdf; no reports (--no-reports) (%.1f s)%n", out, (System.nanoTime() - started) / 1e9);
        } else {
            info.printf("Wrote to %s: results.jsonl, results.csv, results.xlsx, problems.csv, summary.json, summary.pdf"
                            + " and %d report%s in reports/ (%.1f s)%n",
                    out, n, Workbooks.s(n), (System.nanoTime() - started) / 1e9);
        }
        info.flush();
        return code;
    }

    /** Why the output folder cannot be used: a file where a folder should be, or the system's reason. */
    private String folderProblem(IOException e) {
        for (Path p = out.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? OutputFiles.reason(e) : p + " is a file, not a folder";
            }
        }
        return OutputFiles.reason(e);
    }

    /** What a run wrote: every problem, the summary, and how many reports were kept from the previous run. */
    private record Written(List<ImportProblem> problems, RunSummary summary, int reportsKept, int resultsReused) {}

    /**
     * One employee's outcome from a worker: the result and its results line (UTF-8), or the problems that
     * kept it from being assessed; and the survey's digest when its result may be reused by the next run.
     */
    private record Outcome(@Nullable AssessmentResult result, byte @Nullable [] line, List<ImportProblem> problems,
            @Nullable String digest, byte @Nullable [] lineSha, ResultCache.@Nullable Previous reused,
            @Nullable ResultMemo memo, @Nullable EmployeeSurvey survey) {
        Outcome(@Nullable AssessmentResult result, byte @Nullable [] line, List<ImportProblem> problems,
                @Nullable String digest) {
            this(result, line, problems, digest, null, null, null, null);
        }
    }

    /**
     * Scores every employee and writes all outputs into the staging folder. Workers score and render; this
     * thread takes their outcomes in workbook order (at most a window of them wait) and streams the rows.
     *
     * @throws IOException only for a failure to write a file; bugs propagate as they are
     */
    private Written write(SpooledImport imported, ReportOptions reportOptions, ReviewIntervals reviewIntervals,
            @Nullable Baseline baseline, LocalDate runDate, Path staging, int nThreads, PrintWriter info)
            throws IOException, InterruptedException {
        Engine engine = engines.create(AssessmentOptions.builder().referenceDate(runDate)
                .reviewIntervals(reviewIntervals).language(language).build(), reportOptions);
        ReportRenderer renderer = ReportRenderer.of(reportOptions); // tells which characters the reports cannot draw
        List<ImportProblem> textProblems = new ArrayList<>(); // characters the reports cannot draw
        List<ImportProblem> outcomeProblems = new ArrayList<>();
        ReportFileNames fileNames = new ReportFileNames();
        Path reports = staging.resolve("reports");
        String reportKey = reportRunKey(runDate, reviewIntervals);
        @Nullable ReportCache cache = noReports ? null : ReportCache.open(out, reportKey);
        @Nullable ResultCache results = noReports ? null : ResultCache.open(out, resultRunKey(reportKey));
        if (results != null) {
            results.start(reports);
        }

        int employees = imported.employees();
        Progress progress = Progress.start(info, employees);
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(nThreads, r -> {
            Thread t = new Thread(r, "ergo-worker");
            t.setDaemon(true);
            return t;
        });
        RunSummary summary;
        int windowSize = Math.max(16, nThreads * 4); // the reorder buffer: outcomes waiting for an earlier one
        try (ResultStreams streams = new ResultStreams(staging, namesInData, baseline, runDate);
                SurveyFeed<EmployeeSurvey> surveys = new SurveyFeed<>(imported.iterator(), windowSize)) {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            boolean allTaken = false;
            for (int i = 0; i < employees; i++) {
                while (!allTaken && window.size() < windowSize) {
                    EmployeeSurvey s = surveys.take(); // built on the feed's thread
                    if (s == null) {
                        allTaken = true;
                        break;
                    }
                    String fileName = "";
                    if (!noReports) {
                        fileName = fileNames.next(s.employee().id());
                        textProblems.addAll(ReportText.check(renderer, s, !noNames));
                    }
                    String name = fileName;
                    window.add(pool.submit(() -> assessOne(engine, cache, results, streams, baseline, s, name, reports,
                            failed, progress)));
                }
                Outcome o;
                try {
                    o = window.removeFirst().get();
                } catch (ExecutionException e) {
                    throw rethrow(e.getCause());
                }
                outcomeProblems.addAll(o.problems());
                ResultCache.Previous p = o.reused();
                if (p != null && o.memo() != null && o.survey() != null && results != null) {
                    EmployeeSurvey reusedSurvey = o.survey();
                    streams.addReused(p.line(), o.memo(), () -> readBack(p.line(), reusedSurvey));
                    results.record(o.digest(), p.line(), p.lineSha(), p.memo(), p.memoSha());
                } else if (o.result() != null && o.line() != null) {
                    String memo = streams.add(o.result(), o.line());
                    if (results != null) {
                        byte[] lineSha = o.lineSha() != null ? o.lineSha() : SurveyDigest.sha256().digest(o.line());
                        byte[] memoBytes = memo == null ? null : memo.getBytes(StandardCharsets.UTF_8);
                        results.record(o.digest(), o.line(), lineSha, memoBytes,
                                memoBytes == null ? null : SurveyDigest.sha256().digest(memoBytes));
                    }
                }
            }
            outcomeProblems.addAll(streams.nearMisses());
            summary = streams.finish();
            if (cache != null && results != null) {
                cache.write(reports);
                results.finish();
            }
        } finally {
            if (results != null) {
                results.close();
            }
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES); // after a failure, no worker may write into what is cleaned up
            progress.close();
        }
        List<ImportProblem> problems = new ArrayList<>(imported.problems());
        problems.addAll(textProblems);
        problems.addAll(outcomeProblems);

        writeFile(staging.resolve("summary.json"), o -> {
            Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8); // streamed: the ids are never one string
            summary.writeJson(w);
            w.write('\n');
            w.flush();
        });
        writeFile(staging.resolve("problems.csv"),
                o -> ProblemsCsv.write(o, problems));
        SummaryInfo summaryInfo = new SummaryInfo("Ergonomics assessment summary", runDate,
                String.valueOf(workbook.getFileName()),
                imported.sheets().stream().filter(x -> x.sheet().equalsIgnoreCase("Employees")).mapToInt(x -> x.rowsRead())
                        .findFirst().orElse(employees),
                imported.rowsRejected(), problems.size());
        writeFile(staging.resolve("summary.pdf"), o -> {
            try {
                engine.writeSummary(summary, summaryInfo, o);
            } catch (ReportException e) {
                IOException io = OutputFiles.ioCause(e);
                if (io != null) {
                    throw io; // the PDF library wraps a failed write
                }
                throw e;
            }
        });
        return new Written(problems, summary, cache == null ? 0 : cache.kept(),
                results == null ? 0 : results.reusedCount());
    }

    /**
     * Scores one employee and renders their report, unless the previous run's report is unchanged; an
     * employee whose survey and options are unchanged and whose report is kept is not scored again.
     */
    private static Outcome assessOne(Engine engine, @Nullable ReportCache cache, @Nullable ResultCache results,
            ResultStreams streams, @Nullable Baseline baseline, EmployeeSurvey s, String fileName, Path reports,
            AtomicBoolean failed, Progress progress) throws IOException {
        if (failed.get()) {
            return new Outcome(null, null, List.of(), null);
        }
        try {
            String digest = results == null ? null : SurveyDigest.of(s);
            if (cache != null && results != null) {
                ResultCache.Previous previous = results.previous(digest);
                if (previous != null && baseline == null && previous.memo() != null) {
                    // the line, unparsed, and what the other outputs need of it
                    ResultMemo memo = ResultMemo.decode(new String(previous.memo(), StandardCharsets.UTF_8), s.employee());
                    if (memo != null && cache.keep(fileName, cache.hash(fileName, s.employee(), previous.lineSha()), reports)) {
                        results.reused();
                        progress.step();
                        return new Outcome(null, null, List.of(), digest, previous.lineSha(), previous, memo, s);
                    }
                } else if (previous != null && baseline != null) {
                    // a follow-up run: its rows need the result; parsed, and checked by writing it again
                    AssessmentResult kept = readBack(streams, previous.line(), s);
                    if (kept != null && cache.keep(fileName, cache.hash(fileName, s.employee(), previous.lineSha()), reports)) {
                        results.reused();
                        progress.step();
                        return new Outcome(kept, previous.line(), List.of(), digest, previous.lineSha(), null, null, null);
                    }
                }
            }
            AssessmentResult result = engine.assess(s); // notes the rows the import rejected (notAssessed)
            byte[] line = streams.line(result).getBytes(StandardCharsets.UTF_8);
            if (cache == null) {
                progress.step(); // --no-reports
                return new Outcome(result, line, List.of(), digest);
            }
            byte[] lineSha = SurveyDigest.sha256().digest(line);
            String hash = cache.hash(fileName, s.employee(), lineSha);
            if (!cache.keep(fileName, hash, reports)) {
                byte[] pdf = engine.employeeReport(result,
                        baseline == null ? null : baseline.followUp(result).orElse(null));
                Files.write(reports.resolve(fileName), pdf, StandardOpenOption.CREATE_NEW);
                cache.rendered(fileName, hash);
            }
            progress.step();
            return new Outcome(result, line, List.of(), digest, lineSha, null, null, null);
        } catch (InvalidSurveyException e) {
            List<ImportProblem> problems = e.problems().stream()
                    .map(v -> ImportProblem.notAssessed(s.employee().id(), v)).toList();
            return new Outcome(null, null, problems, null);
        } catch (IOException | RuntimeException | Error e) {
            failed.set(true);
            throw e;
        }
    }

    /**
     * The previous run's result of an unchanged survey, read back from its line with the survey's whole
     * employee; null when writing it again would not give the same line (then the employee is scored).
     */
    private static @Nullable AssessmentResult readBack(ResultStreams streams, byte[] line, EmployeeSurvey s) {
        String text = new String(line, StandardCharsets.UTF_8);
        try {
            AssessmentResult whole = readBack(line, s);
            return streams.line(whole).equals(text) ? whole : null;
        } catch (IllegalArgumentException e) {
            return null; // not a line this toolkit wrote: score
        }
    }

    /**
     * An unchanged employee's previous result, from their results line (checked by its SHA-256) and the
     * survey's whole employee; only the summary's most-in-need list asks for it.
     */
    private static AssessmentResult readBack(byte[] line, EmployeeSurvey s) {
        AssessmentResult r = ResultJson.parse(new String(line, StandardCharsets.UTF_8));
        return new AssessmentResult(s.employee(), r.assessmentDate(), r.sections(), r.notes(), r.reviewDue(),
                r.language(), r.notAssessed());
    }

    /**
     * Everything besides the employee that an employee's report depends on, for {@link ReportCache}: the
     * options, and the jar the code came from (a rebuilt toolkit renders everything again).
     */
    private String reportRunKey(LocalDate runDate, ReviewIntervals reviewIntervals) {
        StringBuilder b = new StringBuilder();
        b.append("lang=").append(language.toLanguageTag()).append(";date=").append(runDate).append(";names=")
                .append(!noNames).append(";pdfa=").append(pdfa).append(";review=").append(reviewIntervals)
                .append(";created=").append(createdOn != null ? createdOn : "now");
        for (Path f : fonts) {
            b.append(";font=").append(f.toAbsolutePath().normalize()).append('@').append(fileStamp(f));
        }
        try {
            java.security.CodeSource code = ReportRenderer.class.getProtectionDomain().getCodeSource();
            if (code != null) {
                Path jar = Path.of(code.getLocation().toURI());
                b.append(";code=").append(jar).append('@').append(fileStamp(jar));
            }
        } catch (java.net.URISyntaxException | IllegalArgumentException | SecurityException e) {
            b.append(";code=unknown@").append(System.nanoTime()); // render everything
        }
        return b.toString();
    }

    /**
     * Everything besides the survey that an employee's results line and report depend on, for
     * {@link ResultCache}: the report options, the results options, the baseline's content, the toolkit and
     * format versions, and the engine (tests replace it).
     */
    private String resultRunKey(String reportKey) {
        return reportKey + ";namesInData=" + namesInData + ";baseline=" + baselineDigest + ";force=" + force
                + ";toolkit=" + ResultJson.toolkitVersion() + ";format=" + ResultJson.FORMAT_VERSION
                + ";engine=" + (engines == Engine.LIBRARY ? "library" : engines.getClass().getName() + "@"
                + System.identityHashCode(engines));
    }

    /** A SHA-256 of a baseline's results file (of the folder's results.jsonl for a folder). */
    private static String fileDigest(Path baseline) throws IOException {
        Path file = Files.isDirectory(baseline) ? baseline.resolve("results.jsonl") : baseline;
        return SurveyDigest.sha256Hex(file);
    }

    /** Size and modification time, or nothing when the file cannot be read (the run reports that itself). */
    private static String fileStamp(Path f) {
        try {
            return Files.size(f) + "/" + Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return "?";
        }
    }

    private static void writeFile(Path file, OutputFiles.Writer writer) throws IOException {
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE))) {
            writer.write(o);
        }
    }

    /** Rethrows a worker's failure: an I/O failure as such, anything else unchanged (a bug). */
    private static IOException rethrow(Throwable cause) throws IOException {
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException re) {
            throw re;
        }
        if (cause instanceof Error er) {
            throw er;
        }
        throw new IllegalStateException(cause);
    }
}
