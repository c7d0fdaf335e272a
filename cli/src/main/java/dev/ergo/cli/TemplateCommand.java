package dev.ergo.cli;

import dev.ergo.xlsx.SurveyTemplate;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ergo template}: writes the empty survey workbook. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write an empty survey workbook with help comments, drop-down lists and range checks.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Template written.", "2:Wrong command line, or the file exists (use --force).",
            "4:The file could not be written."})
final class TemplateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "Where to write the template.")
    Path file;

    @Option(names = "--force", description = "Overwrite an existing file.")
    boolean force;

    @Option(names = "--lang", paramLabel = "TAG", defaultValue = "en",
            description = "Language of the instructions and help comments (en, de, fr, es or pl; default: en).")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            err.println("ergo: the template must be written to a file ending in .xlsx, not " + file.getFileName());
            return ExitCodes.USAGE;
        }
        java.util.Locale language = LanguageOption.parse(lang, err).orElse(null);
        if (language == null) {
            return ExitCodes.USAGE;
        }
        if (Files.exists(file) && !force) {
            err.println("ergo: " + file + " already exists; use --force to overwrite it.");
            return ExitCodes.USAGE;
        }
        try {
            SurveyTemplate.write(file, language);
        } catch (UncheckedIOException | dev.ergo.model.ErgoException e) {
            err.println("ergo: could not write " + file + ": " + e.getMessage());
            return ExitCodes.OUTPUT_FAILED;
        }
        spec.commandLine().getOut().println("Wrote the survey template to " + file);
        return ExitCodes.OK;
    }
}
