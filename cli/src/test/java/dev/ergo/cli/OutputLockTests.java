package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs into one output folder: the second stops, or waits with --wait (issue 14). */
class OutputLockTests {
    @TempDir
    static Path shared;
    static Path book;

    @TempDir
    Path dir;

    @BeforeAll
    static void book() throws IOException {
        book = SurveyBooks.write(shared.resolve("survey.xlsx"), "E", 3);
    }

    private ChildJvm holdLock(Path out) throws Exception {
        Path err = dir.resolve("holder.err");
        ChildJvm holder = ChildJvm.start(HoldOutputLock.class, err, out.toString());
        assertThat(holder.await("locked"::equals, 300)).as(() -> read(err)).isEqualTo("locked");
        return holder;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void secondRunStopsAtOnceWithOneSentenceAndWritesNothing() throws Exception {
        Path out = dir.resolve("out");
        try (ChildJvm holder = holdLock(out)) {
            CliRun r = CliRun.of("assess", book.toString(), "--out", out.toString(), "-q");
            assertThat(r.code()).isEqualTo(ExitCodes.OUTPUT_FAILED);
            assertThat(r.err().lines()).hasSize(1);
            assertThat(r.err().strip()).matches("ergo: another ergo run \\(process " + holder.process().pid()
                    + ", started \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\) is writing to .*out; wait for it to finish, or use --wait\\.");
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly(".ergo.lock");
            }
        }
    }

    @Test
    void waitingRunGoesOnWhenTheHolderDiesAndTakesOverItsLock() throws Exception {
        Path out = dir.resolve("out");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (ChildJvm holder = holdLock(out)) {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            Future<Integer> waiting = pool.submit(() -> Main.run("assess", book.toString(), "--out", out.toString(), "--wait"));
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (!stdout.toString(StandardCharsets.UTF_8).contains("Waiting for") && System.nanoTime() < end
                    && !waiting.isDone()) {
                Thread.sleep(20);
            }
            assertThat(waiting.isDone()).as("the second run waits").isFalse();
            holder.kill(); // no clean-up of its own: the system drops its lock, its lock file stays
            assertThat(waiting.get(300, TimeUnit.SECONDS)).isEqualTo(ExitCodes.INPUT_PROBLEMS); // E-MISSING is rejected
            String printed = stdout.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains("Waiting for another ergo run (process " + holder.process().pid() + ", started ")
                    .contains("Wrote to");
            assertThat(Files.readAllLines(out.resolve("results.jsonl"))).hasSize(3);
            assertThat(Files.readString(out.resolve(".ergo.lock"))).isEmpty();
        } finally {
            System.setOut(oldOut);
            pool.shutdownNow();
        }
    }
}
