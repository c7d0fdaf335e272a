package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run loads at start-up: nothing it does not need. */
class StartupTests {
    private static final Path SAMPLE = Path.of("..", "examples", "sample-survey.xlsx");

    @Test
    void jbossLoggingGoesToSlf4jUnlessTheUserChoseABackEnd() {
        String before = System.getProperty(Logging.JBOSS_PROVIDER);
        try {
            System.clearProperty(Logging.JBOSS_PROVIDER);
            Logging.jbossToSlf4j();
            assertThat(System.getProperty(Logging.JBOSS_PROVIDER)).isEqualTo("slf4j");
            System.setProperty(Logging.JBOSS_PROVIDER, "jdk");
            Logging.jbossToSlf4j();
            assertThat(System.getProperty(Logging.JBOSS_PROVIDER)).isEqualTo("jdk");
        } finally {
            if (before == null) {
                System.clearProperty(Logging.JBOSS_PROVIDER);
            } else {
                System.setProperty(Logging.JBOSS_PROVIDER, before);
            }
        }
    }

    @Test
    void icuListsItsLocalesFromItsIndexUnlessTheUserChose() {
        String before = System.getProperty(Main.ICU_SKIP_SCAN);
        try {
            System.clearProperty(Main.ICU_SKIP_SCAN);
            Main.startUpProperties();
            assertThat(System.getProperty(Main.ICU_SKIP_SCAN)).isEqualTo("true");
            System.setProperty(Main.ICU_SKIP_SCAN, "false");
            Main.startUpProperties();
            assertThat(System.getProperty(Main.ICU_SKIP_SCAN)).isEqualTo("false");
        } finally {
            if (before == null) {
                System.clearProperty(Main.ICU_SKIP_SCAN);
            } else {
                System.setProperty(Main.ICU_SKIP_SCAN, before);
            }
        }
    }

    @Test
    void noClassOfOursOrOfTheRecompiledPicocliConcatenatesStringsThroughInvokedynamic() throws Exception {
        // -XDstringConcat=inline: the bootstrap of each invokedynamic concatenation spins classes at start-up
        Path classes = Path.of("target", "classes");
        List<Path> files;
        try (java.util.stream.Stream<Path> all = Files.walk(classes)) {
            files = all.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertThat(files).anyMatch(p -> p.toString().contains("picocli")).anyMatch(p -> p.endsWith("AssessCommand.class"));
        byte[] marker = "makeConcatWithConstants".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            assertThat(indexOf(bytes, marker)).as(f.toString()).isNegative();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void anAssessRunNamesTheLoggingBackEndOfHibernateValidator(@TempDir Path tmp) throws Exception {
        Path err = tmp.resolve("err.txt");
        try (ChildJvm run = ChildJvm.start(List.of("-Xlog:class+load=info:stdout"), Main.class, err, "assess",
                SAMPLE.toString(), "--out", tmp.resolve("out").toString(), "--date", "2026-11-24", "-q")) {
            assertThat(run.await(line -> false, 600)).isNull(); // to the end of its output
            assertThat(run.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(run.process().exitValue()).as(() -> read(err)).isEqualTo(1); // the sample's deliberate mistakes
            List<String> loaded = run.seen();
            assertThat(loaded).anyMatch(line -> line.contains(" org.jboss.logging.Slf4jLoggerProvider "));
            // no probing: its search starts java.util.logging and Log4j's provider look-up
            assertThat(loaded).noneMatch(line -> line.contains(" org.jboss.logging.Log4j2LoggerProvider ")
                    || line.contains(" org.jboss.logging.JDKLoggerProvider "));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
