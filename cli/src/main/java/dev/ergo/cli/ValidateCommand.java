package dev.ergo.cli;

import dev.ergo.xlsx.ImportException;
import dev.ergo.xlsx.SpooledImport;
import dev.ergo.xlsx.SurveyImporter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ergo validate}: checks a workbook without writing anything. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a survey workbook and list every problem, without writing reports.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:No errors (warnings and notices may be listed).", "1:Rows were rejected or sheets had errors.",
            "2:Wrong command line.", "3:The workbook cannot be read.", "70:Internal error (a bug; please report it)."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "WORKBOOK", description = "The survey workbook (.xlsx).")
    Path workbook;

    @Option(names = "--max-problems", paramLabel = "N", defaultValue = "200",
            description = "Show at most N problems (default: ${DEFAULT-VALUE}).")
    int maxProblems;

    @Option(names = "--verbose", description = "Also print log lines (of ergo and of the libraries it uses) on standard error.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (verbose) {
            Logging.verbose();
        }
        if (!Files.isRegularFile(workbook)) {
            err.println("ergo: " + workbook + " does not exist or is not a file.");
            return ExitCodes.UNREADABLE;
        }
        SpooledImport imported;
        try {
            // spooled, as ergo assess reads it: the surveys are counted, never all held in memory
            imported = SurveyImporter.create().readSpooled(workbook);
        } catch (ImportException e) {
            err.println("ergo: " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
        try (SpooledImport r = imported) {
            Workbooks.printImportSummary(out, String.valueOf(workbook.getFileName()), r.sheets());
            out.printf("%d employee%s ready to assess.%n", r.employees(), Workbooks.s(r.employees()));
            Workbooks.printProblems(out, r.problems(), maxProblems);
            out.flush();
            return r.hasErrors() || r.rowsRejected() > 0 ? ExitCodes.INPUT_PROBLEMS : ExitCodes.OK;
        }
    }
}
