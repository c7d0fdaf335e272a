package dev.ergo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code ergo} command. */
@Command(
        name = "ergo",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Workplace ergonomics assessment: import a survey workbook, score it, write reports.",
        subcommands = {AssessCommand.class, ValidateCommand.class, TemplateCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success: every row imported, all files written.",
            "1:Finished, but rows were rejected or sheets had errors (see problems.csv / the list shown).",
            "2:Wrong command line.",
            "3:The workbook cannot be read (not .xlsx, password-protected, damaged, no Employees sheet or no employee_id column).",
            "4:An output file could not be written, or another run is writing to the output folder.",
            "70:Internal error (a bug; please report it with the crash log named).",
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        startUpProperties();
        Logging.jbossToSlf4j();
        System.exit(run(args));
    }

    /** ICU's switch to take its locale list from its own index instead of scanning the jar's entries. */
    static final String ICU_SKIP_SCAN = "com.ibm.icu.impl.ICUResourceBundle.skipRuntimeLocaleResourceScan";

    /**
     * Start-up: ICU lists its locales from its data index, not by walking the 20 000 entries of the
     * jar on the first number format (the same locales, about a tenth of a second less); a value the
     * user set stays.
     */
    static void startUpProperties() {
        if (System.getProperty(ICU_SKIP_SCAN) == null) {
            System.setProperty(ICU_SKIP_SCAN, "true");
        }
    }

    /** Runs the command line and returns the exit code (for tests). */
    static int run(String... args) {
        return run(CommandLine.defaultFactory(), args);
    }

    /** Runs the command line with commands made by {@code factory}: tests pass failing parts this way. */
    static int run(CommandLine.IFactory factory, String... args) {
        CommandLine cl = new CommandLine(new Main(), factory);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
                internalError(ex, commandLine.getCommandName(), commandLine.getErr()));
        try {
            return cl.execute(args);
        } catch (RuntimeException | Error e) { // picocli passes on an Error thrown by a command
            CommandLine.ParseResult parsed = cl.getParseResult();
            String command = parsed != null && parsed.hasSubcommand() ? parsed.subcommand().commandSpec().name() : "";
            return internalError(e, command, cl.getErr());
        }
    }

    /** An unexpected exception is a bug: one line on the console, the stack trace in a crash log. */
    static int internalError(Throwable error, String command, PrintWriter err) {
        String details;
        try {
            details = "the details are in " + CrashLog.write(error, command);
        } catch (IOException | RuntimeException e) {
            details = "the details could not be saved (" + e.getClass().getSimpleName() + "), the error was "
                    + error.getClass().getName();
        }
        err.println("ergo: internal error, please report it; " + details);
        err.flush();
        return ExitCodes.INTERNAL;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"ergo " + (v == null ? "development build" : v)};
        }
    }
}
