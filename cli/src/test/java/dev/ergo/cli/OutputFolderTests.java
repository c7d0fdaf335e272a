package dev.ergo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder: lock file, staging, moving into place, and clean-up after an interrupted run. */
class OutputFolderTests {
    @TempDir
    Path out;

    private final List<String> notices = new ArrayList<>();

    private OutputFolder open() throws Exception {
        return OutputFolder.open(out, false, notices::add);
    }

    private List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void leftoversOfAnInterruptedRunAreRemovedAndCountedWhileLookalikesOfTheUserStay() throws Exception {
        Files.createDirectories(out.resolve(".ergo-tmp-42/reports"));
        Files.write(out.resolve(".ergo-tmp-42/reports/E1.pdf"), new byte[2000]);
        Files.createDirectories(out.resolve(".reports-8731447281004128"));
        Files.write(out.resolve(".reports-8731447281004128/E2.pdf"), new byte[1000]);
        Files.write(out.resolve(".results.jsonl16002318479917216043.tmp"), new byte[200]);
        for (String mine : List.of(".reports-old", ".reports-2024", "notes.tmp", ".ergo-notes", "reports-1")) {
            Files.writeString(out.resolve(mine), "the user's");
        }
        open().close();
        assertThat(notices).containsExactly("Removed 3 unfinished temporary items (3.2 KB) left by an interrupted run.");
        assertThat(names(out)).containsExactly(".ergo-notes", ".ergo.lock", ".reports-2024", ".reports-old", "notes.tmp", "reports-1");
    }

    @Test
    void nothingToCleanUpSaysNothing() throws Exception {
        open().close();
        assertThat(notices).isEmpty();
        assertThat(names(out)).containsExactly(".ergo.lock");
    }

    @Test
    void finishedOutputOfAnInterruptedRunIsMovedIntoPlace() throws Exception {
        Files.createDirectories(out.resolve("reports"));
        Files.writeString(out.resolve("reports/OLD.pdf"), "old");
        Files.writeString(out.resolve("results.jsonl"), "old");
        Path staged = Files.createDirectories(out.resolve(".ergo-tmp-7/reports"));
        Files.writeString(staged.resolve("NEW.pdf"), "new");
        Files.writeString(out.resolve(".ergo-tmp-7/results.jsonl"), "new");
        Files.createFile(out.resolve(".ergo-tmp-7/.complete"));
        open().close();
        assertThat(notices).containsExactly("Moved the finished output of an interrupted run into place.");
        assertThat(Files.readString(out.resolve("results.jsonl"))).isEqualTo("new");
        assertThat(names(out.resolve("reports"))).containsExactly("NEW.pdf");
        assertThat(names(out)).containsExactly(".ergo.lock", "reports", "results.jsonl");
    }

    @Test
    void moveCutShortBetweenItsRenamesIsFinished() throws Exception {
        // killed after results.jsonl was moved and the old reports/ set aside, before the new one went in
        Path staged = Files.createDirectories(out.resolve(".ergo-tmp-9"));
        Files.createFile(staged.resolve(".complete"));
        Files.writeString(out.resolve("results.jsonl"), "new");
        Files.writeString(staged.resolve("summary.pdf"), "new");
        Files.createDirectories(staged.resolve(".old-reports"));
        Files.writeString(staged.resolve(".old-reports/OLD.pdf"), "old");
        Files.createDirectories(staged.resolve("reports"));
        Files.writeString(staged.resolve("reports/NEW.pdf"), "new");
        open().close();
        assertThat(names(out)).containsExactly(".ergo.lock", "reports", "results.jsonl", "summary.pdf");
        assertThat(names(out.resolve("reports"))).containsExactly("NEW.pdf");
        assertThat(Files.readString(out.resolve("summary.pdf"))).isEqualTo("new");
    }

    @Test
    void stagedOutputReplacesTheOldOnCommitAndNothingIsLeft() throws Exception {
        Files.createDirectories(out.resolve("reports"));
        Files.writeString(out.resolve("reports/STALE.pdf"), "old");
        Files.writeString(out.resolve("problems.csv"), "old");
        try (OutputFolder folder = open()) {
            Path staging = folder.stage();
            assertThat(staging.getFileName().toString()).startsWith(".ergo-tmp-");
            Files.writeString(staging.resolve("problems.csv"), "new");
            Files.writeString(staging.resolve("reports/E1.pdf"), "new");
            folder.commit();
        }
        assertThat(names(out)).containsExactly(".ergo.lock", "problems.csv", "reports");
        assertThat(names(out.resolve("reports"))).containsExactly("E1.pdf");
        assertThat(Files.readString(out.resolve("problems.csv"))).isEqualTo("new");
    }

    @Test
    void closingWithoutCommitRemovesTheStagingFolderAndKeepsTheOldOutput() throws Exception {
        Files.writeString(out.resolve("results.csv"), "old");
        try (OutputFolder folder = open()) {
            Files.writeString(folder.stage().resolve("results.csv"), "half");
        }
        assertThat(names(out)).containsExactly(".ergo.lock", "results.csv");
        assertThat(Files.readString(out.resolve("results.csv"))).isEqualTo("old");
    }

    /**
     * Ctrl-C during a run: the shutdown hook removes the staging folder and marks the folder as stopping,
     * so the run's own failure to finish (its files are gone) is not reported as a second problem.
     */
    @Test
    void theShutdownHookRemovesTheStagingFolderAndMarksTheRunAsStopping() throws Exception {
        Files.writeString(out.resolve("results.csv"), "old");
        try (OutputFolder folder = open()) {
            Files.writeString(folder.stage().resolve("results.csv"), "half");
            assertThat(folder.stopping()).isFalse();
            folder.shutdownHook().run();
            assertThat(folder.stopping()).isTrue();
            assertThatThrownBy(folder::commit).isInstanceOf(java.io.IOException.class);
        }
        assertThat(names(out)).containsExactly(".ergo.lock", "results.csv");
        assertThat(Files.readString(out.resolve("results.csv"))).isEqualTo("old");
    }

    @Test
    void aFolderClosedWithoutASignalIsNotStopping() throws Exception {
        OutputFolder folder = open();
        folder.stage();
        folder.close();
        assertThat(folder.stopping()).isFalse();
    }

    @Test
    void completeOutputThatCannotBeMovedIntoPlaceIsKeptForTheNextRun() throws Exception {
        Files.createDirectories(out.resolve("results.jsonl/in-the-way"));
        try (OutputFolder folder = open()) {
            Path staging = folder.stage();
            Files.writeString(staging.resolve("results.jsonl"), "new");
            assertThatThrownBy(folder::commit).isInstanceOf(OutputFolder.MoveException.class);
        }
        assertThat(names(out)).hasSize(3).contains(".ergo.lock", "results.jsonl");
        OutputFolder.deleteTree(out.resolve("results.jsonl"));
        open().close();
        assertThat(notices).containsExactly("Moved the finished output of an interrupted run into place.");
        assertThat(names(out)).containsExactly(".ergo.lock", "reports", "results.jsonl");
        assertThat(Files.readString(out.resolve("results.jsonl"))).isEqualTo("new");
    }

    @Test
    void lockFileOfADeadRunIsTakenOverAndLeftEmpty() throws Exception {
        Files.writeString(out.resolve(".ergo.lock"), "4242 2020-01-01 10:00:00\n");
        open().close();
        assertThat(Files.readString(out.resolve(".ergo.lock"))).isEmpty();
    }

    @Test
    void sizesAreForPeople() {
        assertThat(OutputFolder.bytes(1)).isEqualTo("1 byte");
        assertThat(OutputFolder.bytes(999)).isEqualTo("999 bytes");
        assertThat(OutputFolder.bytes(1000)).isEqualTo("1.0 KB");
        assertThat(OutputFolder.bytes(14_200_000)).isEqualTo("14.2 MB");
        assertThat(OutputFolder.bytes(999_999_999)).isEqualTo("1.0 GB");
    }
}
