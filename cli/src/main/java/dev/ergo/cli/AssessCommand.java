package dev.ergo.cli;

import dev.ergo.engine.AssessmentOptions;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.engine.Assessor;
import dev.ergo.engine.InvalidSurveyException;
import dev.ergo.engine.ResultJson;
import dev.ergo.engine.Risk;
import dev.ergo.model.EmployeeSurvey;
import dev.ergo.report.ReportOptions;
import dev.ergo.report.ReportRenderer;
import dev.ergo.report.SummaryInfo;
import dev.ergo.xlsx.ImportException;
import dev.ergo.xlsx.ImportProblem;
import dev.ergo.xlsx.ImportResult;
import dev.ergo.xlsx.SurveyImporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ergo assess}: import, score, and write results and reports. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assess every employee of a survey workbook and write results and PDF reports.",
            "Writes, in the output folder:",
            "  results.jsonl, results.csv   one line per employee (results format, version 1)",
            "  problems.csv                 every import problem, with its cell",
            "  reports/<employee_id>.pdf    the employee's report",
            "  summary.pdf                  the organisation summary"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success: every row imported, all files written.",
            "1:Finished, but rows were rejected or sheets had errors (see problems.csv).",
            "2:Wrong command line.",
            "3:The workbook cannot be read (not .xlsx, password-protected, damaged, no Employees sheet).",
            "4:An output file could not be written.",
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

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for scoring and reports (default: cores).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = "--font", paramLabel = "FILE", description = "A font (.ttf, .otf, .ttc) for scripts the bundled"
            + " fonts lack, for example Noto Sans CJK for Chinese, Japanese and Korean names; may be repeated.")
    List<Path> fonts = new ArrayList<>();

    @Option(names = "--verbose", description = "Also print log lines (of ergo and of the libraries it uses) on standard error.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
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
        ReportOptions.Builder reportOptions = ReportOptions.builder().includeNames(!noNames).pdfA(pdfa);
        try {
            fonts.forEach(reportOptions::addFont);
        } catch (IllegalArgumentException e) {
            err.println("ergo: --font: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        long started = System.nanoTime();
        ImportResult imported;
        try {
            imported = SurveyImporter.create().read(workbook);
        } catch (ImportException e) {
            err.println("ergo: " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
        PrintWriter info = quiet ? new PrintWriter(java.io.Writer.nullWriter()) : stdout;
        String workbookName = String.valueOf(workbook.getFileName());
        Workbooks.printImportSummary(info, workbookName, imported);
        info.flush();

        LocalDate runDate = date != null ? date : LocalDate.now();
        Assessor assessor = Assessor.of(AssessmentOptions.builder().referenceDate(runDate).build());
        ReportRenderer renderer = ReportRenderer.of(reportOptions.build());
        List<ImportProblem> problems = new ArrayList<>(imported.problems());
        for (EmployeeSurvey s : imported.surveys()) {
            problems.addAll(ReportText.check(renderer, s, !noNames)); // characters the reports cannot draw
        }
        List<EmployeeSurvey> surveys = imported.surveys();
        AssessmentResult[] results = new AssessmentResult[surveys.size()];
        String[] fileNames = reportFileNames(surveys);

        Path reportsTmp;
        try {
            Files.createDirectories(out);
            reportsTmp = Files.createTempDirectory(out, ".reports-");
        } catch (IOException e) {
            err.println("ergo: cannot create the output folder " + out + ": " + e.getMessage());
            return ExitCodes.OUTPUT_FAILED;
        }
        Progress progress = Progress.start(info, surveys.size());
        AtomicInteger reportFailures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(nThreads, r -> {
            Thread t = new Thread(r, "ergo-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < surveys.size(); i++) {
                int idx = i;
                futures.add(pool.submit(() -> {
                    EmployeeSurvey s = surveys.get(idx);
                    try {
                        results[idx] = assessor.assess(s);
                        byte[] pdf = renderer.employeeReport(results[idx]);
                        OutputFiles.writeAtomically(reportsTmp.resolve(fileNames[idx]), o -> o.write(pdf));
                    } catch (InvalidSurveyException e) {
                        synchronized (problems) {
                            e.violations().forEach(v -> problems.add(new ImportProblem(ImportProblem.Severity.ERROR,
                                    v.origin() == null ? "" : v.origin().sheet(),
                                    v.origin() == null ? 0 : v.origin().rowNumber(), v.property(), "",
                                    "employee " + s.employee().id() + " not assessed: " + v.property() + " " + v.message())));
                        }
                    } catch (IOException | RuntimeException e) {
                        reportFailures.incrementAndGet();
                        synchronized (problems) {
                            problems.add(new ImportProblem(ImportProblem.Severity.ERROR, "", 0, "", "",
                                    "the report of employee " + s.employee().id() + " could not be written: " + e));
                        }
                    }
                    progress.step();
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
            progress.close();
        }

        List<AssessmentResult> done = new ArrayList<>();
        for (AssessmentResult r : results) {
            if (r != null) {
                done.add(r);
            }
        }
        try {
            Path reports = out.resolve("reports");
            replaceFolder(reportsTmp, reports);
            OutputFiles.writeAtomically(out.resolve("results.jsonl"), o -> {
                for (AssessmentResult r : done) {
                    o.write(ResultJson.line(r, namesInData).getBytes(StandardCharsets.UTF_8));
                    o.write('\n');
                }
            });
            OutputFiles.writeAtomically(out.resolve("results.csv"), o -> {
                List<String> header = new ArrayList<>(Assessor.csvHeader());
                if (namesInData) {
                    header.add(1, "name");
                }
                o.write(Csv.line(header).getBytes(StandardCharsets.UTF_8));
                for (AssessmentResult r : done) {
                    List<String> row = new ArrayList<>(Assessor.csvRow(r));
                    if (namesInData) {
                        String name = r.employee().name();
                        row.add(1, name == null ? "" : name);
                    }
                    o.write(Csv.line(row).getBytes(StandardCharsets.UTF_8));
                }
            });
            OutputFiles.writeAtomically(out.resolve("problems.csv"), o -> {
                o.write(Csv.line(ImportProblem.csvHeader()).getBytes(StandardCharsets.UTF_8));
                for (ImportProblem p : problems) {
                    o.write(Csv.line(p.csvCells()).getBytes(StandardCharsets.UTF_8));
                }
            });
            SummaryInfo summaryInfo = new SummaryInfo("Ergonomics assessment summary", runDate, workbookName,
                    imported.sheets().stream().filter(x -> x.sheet().equalsIgnoreCase("Employees")).mapToInt(x -> x.rowsRead())
                            .findFirst().orElse(surveys.size()),
                    imported.rowsRejected(), problems.size());
            OutputFiles.writeAtomically(out.resolve("summary.pdf"),
                    o -> renderer.writeSummaryReport(done, summaryInfo, o));
        } catch (IOException | RuntimeException e) {
            err.println("ergo: could not write the results to " + out + ": " + e.getMessage());
            return ExitCodes.OUTPUT_FAILED;
        }

        Map<Risk, Integer> counts = new EnumMap<>(Risk.class);
        int notScored = 0;
        for (AssessmentResult r : done) {
            if (r.factors().isEmpty()) {
                notScored++;
            } else {
                counts.merge(r.overallRisk(), 1, Integer::sum);
            }
        }
        info.printf("Assessed %d employee%s: %d HIGH (red), %d MEDIUM (amber), %d LOW (green), %d with no risk factor recorded%n",
                done.size(), Workbooks.s(done.size()), counts.getOrDefault(Risk.HIGH, 0),
                counts.getOrDefault(Risk.MEDIUM, 0), counts.getOrDefault(Risk.LOW, 0), notScored);
        Workbooks.printProblems(info, problems, 10);
        info.printf("Wrote to %s: results.jsonl, results.csv, problems.csv, summary.pdf and %d report%s in reports/"
                        + " (%.1f s)%n",
                out, done.size() - reportFailures.get(), Workbooks.s(done.size() - reportFailures.get()),
                (System.nanoTime() - started) / 1e9);
        info.flush();
        if (reportFailures.get() > 0) {
            return ExitCodes.OUTPUT_FAILED;
        }
        boolean inputProblems = imported.hasErrors() || imported.rowsRejected() > 0 || done.size() < surveys.size();
        return inputProblems ? ExitCodes.INPUT_PROBLEMS : ExitCodes.OK;
    }

    /** Unique, file-system-safe report names in workbook order. */
    static String[] reportFileNames(List<EmployeeSurvey> surveys) {
        String[] names = new String[surveys.size()];
        Set<String> used = new HashSet<>();
        for (int i = 0; i < names.length; i++) {
            String stem = OutputFiles.safeStem(surveys.get(i).employee().id());
            String name = stem + ".pdf";
            for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                name = stem + "-" + n + ".pdf";
            }
            names[i] = name;
        }
        return names;
    }

    /** Swaps a freshly written folder in place of the old one. */
    private static void replaceFolder(Path fresh, Path target) throws IOException {
        if (Files.exists(target)) {
            Path old = Files.createTempDirectory(target.getParent(), ".old-reports-");
            Files.delete(old);
            Files.move(target, old);
            Files.move(fresh, target);
            deleteTree(old);
        } else {
            Files.move(fresh, target);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
