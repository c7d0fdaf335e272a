package dev.ergo.model.internal.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The toolkit's one way to write a file: a temporary file in the target's folder, renamed over the
 * target, so that a reader sees the old file or the new one, never half of one.
 *
 * @since 0.2
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes a file's bytes to a stream that the caller does not close. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content.
         *
         * @param out the stream, not null
         * @throws IOException if the stream cannot be written
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file atomically. The target's folder must exist; on failure the target is unchanged and
     * no temporary file is left behind.
     *
     * @param target the file to create or replace, not null
     * @param content writes the bytes, not null
     * @throws IOException if the file cannot be written (a failure of {@code content} included)
     */
    public static void write(Path target, Content content) throws IOException {
        Objects.requireNonNull(content, "content must not be null");
        Path file = target.toAbsolutePath();
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            }
            move(tmp, file);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                tmp.toFile().deleteOnExit();
            }
        }
    }

    /**
     * Moves a file or folder over another atomically where the file system can, else replacing it.
     *
     * @param from what to move, not null
     * @param to where, replaced if it exists (a folder only if empty), not null
     * @throws IOException if the move fails
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
