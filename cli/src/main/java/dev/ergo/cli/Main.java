package dev.ergo.cli;

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
            "3:The workbook cannot be read (not .xlsx, password-protected, damaged, no Employees sheet).",
            "4:An output file could not be written.",
            "70:Internal error (a bug; please report it).",
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
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("ergo: internal error: " + ex + " (please report this)");
            return ExitCodes.INTERNAL;
        });
        return cl.execute(args);
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
