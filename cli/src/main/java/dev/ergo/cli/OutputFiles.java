package dev.ergo.cli;

import dev.ergo.model.internal.files.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Atomic file writes, file names that are safe on every file system, and I/O failures told in a few words. */
final class OutputFiles {
    private OutputFiles() {}

    /** Writes a file's bytes (see {@link AtomicFiles}). */
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes through a temporary file in the same folder, then renames it over the target; creates the folder. */
    static void writeAtomically(Path target, Writer writer) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        AtomicFiles.write(target, writer::write);
    }

    /** The I/O failure behind an exception, if any (the PDF library wraps failed writes). */
    static @Nullable IOException ioCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException io) {
                return io;
            }
            if (c instanceof UncheckedIOException u) {
                return u.getCause();
            }
        }
        return null;
    }

    /** An I/O failure in a few words for the console: the system's reason and the file, no stack trace. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied for " + a.getFile();
        }
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + " does not exist";
        }
        if (e instanceof NotDirectoryException n) {
            return n.getFile() + " is not a folder";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " exists and is not a folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String why = f.getReason();
            why = why.isEmpty() ? why : Character.toLowerCase(why.charAt(0)) + why.substring(1);
            return f.getFile() == null ? why : why + " (" + f.getFile() + ")";
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }
}
