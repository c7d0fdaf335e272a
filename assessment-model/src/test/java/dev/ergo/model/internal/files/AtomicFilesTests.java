package dev.ergo.model.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTests {
    @TempDir
    Path dir;

    private java.util.List<Path> files() throws IOException {
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void writesANewFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("a.txt");
        AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(file).hasContent("new");
        assertThat(files()).containsExactly(file);
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "old");
        AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(file).hasContent("new");
        assertThat(files()).containsExactly(file);
    }

    @Test
    void aFailingWriterLeavesTheTargetUnchangedAndNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "old");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(file).hasContent("old");
        assertThat(files()).containsExactly(file);
    }

    @Test
    void aFailingWritersRuntimeExceptionPassesUnchanged() throws IOException {
        Path file = dir.resolve("a.txt");
        IllegalStateException bug = new IllegalStateException("bug");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            throw bug;
        })).isSameAs(bug);
        assertThat(files()).isEmpty();
    }

    @Test
    void aMissingFolderIsNotCreated() {
        Path file = dir.resolve("no/such/a.txt");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> out.write(1))).isInstanceOf(NoSuchFileException.class);
        assertThat(dir.resolve("no")).doesNotExist();
    }

    @Test
    void moveReplacesTheTarget() throws IOException {
        Path from = Files.writeString(dir.resolve("from.txt"), "new");
        Path to = Files.writeString(dir.resolve("to.txt"), "old");
        AtomicFiles.move(from, to);
        assertThat(to).hasContent("new");
        assertThat(from).doesNotExist();
    }
}
