package dev.ergo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes the details of an internal error to {@code ergo-crash-<time>.log} in the system temp folder,
 * so that the console shows one line and the report gets the stack trace.
 */
final class CrashLog {
    private CrashLog() {}

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);

    /**
     * Writes the log.
     *
     * @param error the unexpected exception
     * @param command the subcommand that ran, or "" (never its arguments: they may hold personal paths)
     * @return the file written
     * @throws IOException if it cannot be written
     */
    static Path write(Throwable error, String command) throws IOException {
        LocalDateTime now = LocalDateTime.now();
        Path dir = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        Path file = dir.resolve("ergo-crash-" + now.format(STAMP) + "-" + ProcessHandle.current().pid() + ".log");
        StringWriter text = new StringWriter();
        PrintWriter w = new PrintWriter(text);
        w.println("ergo internal error; please attach this file to your report.");
        w.println("version: " + new Main.Version().getVersion()[0]);
        w.println("java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ") on "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        w.println("time: " + now);
        w.println("command: " + (command.isEmpty() ? "(none)" : command));
        w.println();
        error.printStackTrace(w);
        w.flush();
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        OutputFiles.writeAtomically(file, o -> o.write(bytes));
        return file;
    }
}
