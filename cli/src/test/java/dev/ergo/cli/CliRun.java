package dev.ergo.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;

/** One run of the CLI in this JVM with its exit code and what it printed. */
record CliRun(int code, String out, String err) {

    /** Runs the CLI with the library's engine. */
    static CliRun of(String... args) {
        return with(CommandLine.defaultFactory(), args);
    }

    /** Runs {@code assess} with the given engine (other commands as usual). */
    static CliRun with(Engine.Factory engines, String... args) {
        return with(new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == AssessCommand.class ? cls.cast(new AssessCommand(engines)) : CommandLine.defaultFactory().create(cls);
            }
        }, args);
    }

    /** Runs {@code assess} with the library's engine and these environment variables (others unset). */
    static CliRun withEnv(java.util.Map<String, String> env, String... args) {
        return with(new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == AssessCommand.class ? cls.cast(new AssessCommand(Engine.LIBRARY, env::get))
                        : CommandLine.defaultFactory().create(cls);
            }
        }, args);
    }

    /**
     * Runs {@code assess BOOK --out OUT --date 2026-11-24} and more arguments with the given engine, and
     * checks that it finished (exit code 0 or 1).
     */
    static CliRun assess(Engine.Factory engines, Path book, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("assess", book.toString(), "--out", out.toString(),
                "--date", "2026-11-24"));
        args.addAll(List.of(more));
        CliRun r = with(engines, args.toArray(String[]::new));
        if (r.code() != ExitCodes.OK && r.code() != ExitCodes.INPUT_PROBLEMS) {
            throw new AssertionError("assess ended with " + r.code() + ": " + r.err());
        }
        return r;
    }

    /** As {@link #assess(Engine.Factory, Path, Path, String...)} with the library's engine. */
    static CliRun assess(Path book, Path out, String... more) {
        return assess(Engine.LIBRARY, book, out, more);
    }

    private static synchronized CliRun with(CommandLine.IFactory factory, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run(factory, args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The crash log named on standard error, if any. */
    Path crashLog() {
        Matcher m = Pattern.compile("the details are in (\\S+ergo-crash-\\S+\\.log)").matcher(err);
        if (!m.find()) {
            throw new AssertionError("no crash log named in: " + err);
        }
        return Path.of(m.group(1));
    }

    /** Names in a folder that an ergo run must not leave behind: its temporary files and folders. */
    static List<String> leftovers(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".") && !n.equals(OutputFolder.LOCK))
                    .sorted().toList();
        }
    }
}
