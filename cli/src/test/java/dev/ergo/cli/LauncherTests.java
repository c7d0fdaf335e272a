package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code ergo} launcher script, run by bash in a copy of the checkout with a stand-in {@code java}
 * (prints its arguments) and {@code mvn} (records the call and fails) first on the path.
 */
class LauncherTests {
    private static final Path SCRIPT = Path.of("..", "ergo");
    private static final Instant JAR_TIME = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;
    private Path root;
    private Path jar;

    private record Run(int code, String out, String err) {}

    @BeforeEach
    void checkout() throws IOException {
        root = dir.resolve("checkout");
        Files.createDirectories(root.resolve("cli/target"));
        Files.copy(SCRIPT, root.resolve("ergo"));
        jar = root.resolve("cli/target/ergo-cli.jar");
        Files.write(jar, new byte[0]);
        Files.setLastModifiedTime(jar, FileTime.from(JAR_TIME));
        Path source = root.resolve("cli/src/main/java/dev/ergo/cli/Main.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "class Main {}\n");
        Files.setLastModifiedTime(source, FileTime.from(JAR_TIME.minusSeconds(60)));
        Path jdk = dir.resolve("jdk");
        executable(jdk.resolve("bin/java"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"17.0.99\"\nOS_NAME=\"Linux\"");
        executable(dir.resolve("maven/mvn"), "#!/bin/sh\necho called >\"" + dir.resolve("mvn-called") + "\"\nexit 1\n");
    }

    private static void executable(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs the script by {@code path} from {@code cwd}. */
    private Run run(Path cwd, String path, String... args) throws Exception {
        return run(cwd, Map.of(), path, args);
    }

    /** Runs the script with extra environment variables. */
    private Run run(Path cwd, Map<String, String> env, String path, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", path));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("PATH", dir.resolve("jdk/bin") + ":" + dir.resolve("maven") + ":/usr/bin:/bin");
        pb.environment().remove("ERGO_JAVA_OPTS");
        pb.environment().remove("ERGO_CDS");
        pb.environment().remove("_JAVA_OPTIONS");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    @Test
    void runsTheJarOfItsOwnCheckoutFromAnyFolder() throws Exception {
        for (Run r : List.of(run(root, "./ergo", "--version"), run(root, "ergo", "--version"),
                run(dir, "checkout/ergo", "--version"), run(Path.of("/"), root.resolve("ergo").toString(), "--version"))) {
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out().lines()).containsSubsequence("-jar", jar.toRealPath().toString(), "--version");
        }
        assertThat(dir.resolve("mvn-called")).doesNotExist();
    }

    @Test
    void usesTheClassArchiveNamedAfterTheJdkVersion() throws Exception {
        Path archive = root.resolve("cli/target/ergo-cli-jdk17.0.99.jsa");
        Files.write(archive, new byte[0]);
        Files.setLastModifiedTime(archive, FileTime.from(JAR_TIME.plusSeconds(1)));
        Run r = run(root, "./ergo", "assess", "book.xlsx");
        assertThat(r.out().lines()).contains("-XX:SharedArchiveFile=" + archive.toRealPath());
    }

    @Test
    void anAssessRunWithoutAnArchiveRecordsOne() throws Exception {
        Run r = run(root, "./ergo", "assess", "book.xlsx");
        String recording = "-XX:ArchiveClassesAtExit=" + root.toRealPath().resolve("cli/target/ergo-cli-jdk17.0.99.jsa.");
        assertThat(r.out().lines()).anyMatch(a -> a.startsWith(recording));
    }

    @Test
    void aSourceNewerThanTheJarRebuildsIt() throws Exception {
        Files.setLastModifiedTime(root.resolve("cli/src/main/java/dev/ergo/cli/Main.java"), FileTime.from(JAR_TIME.plusSeconds(1)));
        Run r = run(root, "./ergo", "--version");
        assertThat(dir.resolve("mvn-called")).exists();
        assertThat(r.code()).isEqualTo(70); // the stand-in Maven fails
        assertThat(r.err()).contains("ergo: the build failed");
    }

    @Test
    void aSourceAsOldAsTheJarDoesNotRebuild() throws Exception {
        Files.setLastModifiedTime(root.resolve("cli/src/main/java/dev/ergo/cli/Main.java"), FileTime.from(JAR_TIME));
        Run r = run(root, "./ergo", "--version");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(dir.resolve("mvn-called")).doesNotExist();
    }

    @Test
    void aBuildThatLeavesTheJarAsItWasIsNotRepeated() throws Exception {
        // Maven keeps an unchanged jar (only a test changed): the next run must not build again
        executable(dir.resolve("maven/mvn"), "#!/bin/sh\necho called >>\"" + dir.resolve("mvn-called") + "\"\n");
        Files.setLastModifiedTime(root.resolve("cli/src/main/java/dev/ergo/cli/Main.java"), FileTime.from(JAR_TIME.plusSeconds(1)));

        Run first = run(root, "./ergo", "--version");
        Run second = run(root, "./ergo", "--version");

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.err()).doesNotContain("building");
        assertThat(Files.readAllLines(dir.resolve("mvn-called"))).hasSize(1);
    }

    /** The native-heap trim option is passed only to JDKs known to have it; an unknown option stops the JVM. */
    @ParameterizedTest(name = "JDK {0}: trim {1}")
    @CsvSource({"17, false", "17.0.14, false", "17.0.15, true", "17.0.99, true", "21.0.5, false", "22, true",
        "25.0.1, true", "'', false"})
    void trimsTheNativeHeapOnlyWhereTheJdkHasTheOption(String version, boolean expected) throws Exception {
        Files.writeString(dir.resolve("jdk/release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Run r = run(root, "./ergo", "--version");
        assertThat(r.code()).as(r.err()).isZero();
        if (expected) {
            assertThat(r.out().lines()).contains("-XX:TrimNativeHeapInterval=1000");
        } else {
            assertThat(r.out().lines()).noneMatch(a -> a.startsWith("-XX:TrimNativeHeapInterval"));
        }
    }

    @Test
    void aSourceEditedDuringTheBuildRebuildsNextTime() throws Exception {
        // the stand-in Maven leaves the jar as it was and, while it builds, a source is saved (after a pause
        // longer than the file system's clock tick, so that it is later than the build's start)
        Path source = root.resolve("cli/src/main/java/dev/ergo/cli/Main.java");
        executable(dir.resolve("maven/mvn"), "#!/bin/sh\necho called >>\"" + dir.resolve("mvn-called") + "\"\n"
                + "sleep 0.1\ntouch \"" + source + "\"\n");
        Files.setLastModifiedTime(source, FileTime.from(JAR_TIME.plusSeconds(1)));

        Run first = run(root, "./ergo", "--version");
        Run second = run(root, "./ergo", "--version");

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.err()).contains("building");
        assertThat(Files.readAllLines(dir.resolve("mvn-called"))).hasSize(2);
    }

    /** A user's heap free ratio replaces both of the launcher's: the JVM refuses a minimum above the maximum. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-XX:MinHeapFreeRatio=40", "-XX:MaxHeapFreeRatio=70", "-Xss2m -XX:MaxHeapFreeRatio=5"})
    void aUsersHeapFreeRatioReplacesTheLaunchers(String userOptions) throws Exception {
        Run r = run(root, Map.of("ERGO_JAVA_OPTS", userOptions), "./ergo", "--version");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> args = r.out().lines().toList();
        assertThat(args).noneMatch(a -> a.equals("-XX:MinHeapFreeRatio=10") || a.equals("-XX:MaxHeapFreeRatio=30"));
        assertThat(args).containsSubsequence(List.of(userOptions.split(" ")));
    }

    /**
     * The same for options the launcher reads only by name: {@code _JAVA_OPTIONS} (which the JVM reads
     * after the command line, so -XX:MinHeapFreeRatio=80 there would meet the launcher's maximum of 30)
     * and an options file, whose content it cannot see.
     */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"_JAVA_OPTIONS, -XX:MinHeapFreeRatio=80", "ERGO_JAVA_OPTS, @/etc/ergo-jvm.txt",
        "ERGO_JAVA_OPTS, -XX:Flags=/etc/hotspotrc"})
    void heapFreeRatiosTheLauncherCannotSeeReplaceItsOwn(String variable, String userOptions) throws Exception {
        Run r = run(root, Map.of(variable, userOptions), "./ergo", "--version");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).doesNotContain("-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30")
                .contains("-XX:+UseSerialGC");
    }

    /** The heap follows the live data: grown below 10 % free, given back above 30 % (the serial collector's rule). */
    @Test
    void theHeapIsKeptNearItsLiveData() throws Exception {
        Run r = run(root, "./ergo", "--version");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines()).containsSubsequence("-XX:+UseSerialGC", "-Xms32m", "-Xmx320m",
                "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "--version");
    }

    @Test
    void userOptionsComeAfterTheTrimOptionSoTheyCanTurnItOff() throws Exception {
        Run r = run(root, Map.of("ERGO_JAVA_OPTS", "-XX:TrimNativeHeapInterval=0"), "./ergo", "--version");
        List<String> args = r.out().lines().toList();
        assertThat(args).containsSubsequence("-XX:TrimNativeHeapInterval=1000", "-XX:TrimNativeHeapInterval=0");
    }

    /** A workbook of {@code bytes} bytes in the test's folder, for the launcher's size rules. */
    private Path workbookOf(int bytes) throws IOException {
        Path book = dir.resolve("book-" + bytes + ".xlsx");
        Files.write(book, new byte[bytes]);
        return book;
    }

    /**
     * Up to 2 MB the quick compiler alone, with one compiler thread; from 64 KB a 64 MB young generation
     * (the heap's start raised to hold it); the boundaries are the bytes given.
     */
    @ParameterizedTest(name = "{0} bytes: quick compiler {1}, young generation {2}")
    @CsvSource({"7781, true, false", "64000, true, false", "64001, true, true", "2000000, true, true",
        "2000001, false, true"})
    void theWorkbooksSizeChoosesTheCompilerAndTheYoungGeneration(int bytes, boolean quick, boolean young)
            throws Exception {
        Run r = run(root, "./ergo", "assess", workbookOf(bytes).toString(), "--no-reports");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> args = r.out().lines().toList();
        List<String> quickOptions = List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
        List<String> youngOptions = List.of("-Xms96m", "-XX:NewSize=64m", "-XX:MaxNewSize=64m");
        if (quick) {
            assertThat(args).containsSubsequence(quickOptions);
        } else {
            assertThat(args).doesNotContainAnyElementsOf(quickOptions);
        }
        if (young) {
            assertThat(args).containsSubsequence(youngOptions).containsSubsequence("-Xms32m", "-Xms96m");
        } else {
            assertThat(args).doesNotContainAnyElementsOf(youngOptions).contains("-Xms32m");
        }
    }

    /**
     * A user who sizes the heap, or passes options the launcher cannot read, gets no young generation
     * from the launcher (the JVM would refuse a clash such as -Xms96m beside -Xmx64m); {@code
     * _JAVA_OPTIONS} counts too, as the JVM reads it after the command line.
     */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"ERGO_JAVA_OPTS, -Xmx64m", "ERGO_JAVA_OPTS, -Xms16m", "ERGO_JAVA_OPTS, -Xmn32m",
        "ERGO_JAVA_OPTS, -XX:NewSize=8m", "ERGO_JAVA_OPTS, -XX:MaxHeapSize=100m", "ERGO_JAVA_OPTS, -XX:NewRatio=3",
        "ERGO_JAVA_OPTS, @/etc/ergo-jvm.txt", "ERGO_JAVA_OPTS, -XX:VMOptionsFile=/etc/jvm.txt",
        "_JAVA_OPTIONS, -Xmx64m"})
    void aUserWhoSizesTheHeapGetsNoYoungGenerationFromTheLauncher(String variable, String userOptions)
            throws Exception {
        Run r = run(root, Map.of(variable, userOptions), "./ergo", "assess", workbookOf(100_000).toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).doesNotContain("-Xms96m", "-XX:NewSize=64m", "-XX:MaxNewSize=64m")
                .contains("-Xms32m");
    }

    /** A user who chooses the compilers gets no single compiler thread: with the optimising one on the JVM refuses it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-XX:CICompilerCount=3",
        "-XX:CompilationMode=high-only"})
    void aUserWhoChoosesTheCompilersGetsNoSingleCompilerThread(String userOptions) throws Exception {
        Run r = run(root, Map.of("ERGO_JAVA_OPTS", userOptions), "./ergo", "assess", workbookOf(7781).toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).doesNotContain("-XX:CICompilerCount=1")
                .containsSubsequence("-XX:TieredStopAtLevel=1", userOptions);
    }

    /** A workbook the launcher cannot read is left to the tool, which names the problem (not a bash error). */
    @Test
    void anUnreadableWorkbookIsLeftToTheTool() throws Exception {
        Path book = workbookOf(100_000);
        Files.setPosixFilePermissions(book, PosixFilePermissions.fromString("-w-------"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(book),
                "permission bits do not stop this user (root) from reading");
        Run r = run(root, "./ergo", "assess", book.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines().toList()).contains("assess", book.toString()).doesNotContain("-Xms96m");
    }
}
