package dev.ergo.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The output folder of one {@code assess} run.
 *
 * <ul>
 *   <li>A lock ({@code .ergo.lock}, held with {@link FileChannel#tryLock()}) keeps a second run out. The
 *       operating system drops it when the process ends, however it ends, so a lock left by a dead run is
 *       simply taken over. The file stays, empty between runs: deleting it safely would need a check that
 *       reopens it, and on POSIX closing any descriptor of a locked file drops the lock.</li>
 *   <li>Everything is written into one staging folder {@code .ergo-tmp-N}; a file {@code .complete} marks
 *       it finished, then renames put its files and its {@code reports/} folder in place.</li>
 *   <li>On opening, what an interrupted run left is cleaned up: an unfinished staging folder is removed
 *       (so are the {@code .reports-N} folders and {@code .NAME<digits>.tmp} files of earlier versions), a
 *       finished one is moved into place. A shutdown hook removes the staging folder on Ctrl-C.</li>
 * </ul>
 */
final class OutputFolder implements AutoCloseable {
    static final String LOCK = ".ergo.lock";
    static final String TMP_PREFIX = ".ergo-tmp-";
    static final String COMPLETE = ".complete";
    private static final String OLD_REPORTS = ".old-reports";
    /** Earlier versions' temporary names: a prefix and a random unsigned long (12 digits or more, unlike a year). */
    private static final Pattern LEGACY = Pattern.compile(
            "\\.(old-)?reports-\\d{12,20}|\\.(results\\.jsonl|results\\.csv|problems\\.csv|summary\\.pdf)\\d{12,20}\\.tmp");
    private static final long POLL_MILLIS = 250;
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    /** Another run holds the folder. */
    static final class BusyException extends Exception {
        private static final long serialVersionUID = 1L;

        BusyException(String message) {
            super(message);
        }
    }

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;
    private final Thread hook;
    private @Nullable Path staging;
    private boolean closed;
    /** Set by the shutdown hook before it removes the staging folder. */
    private volatile boolean stopping;

    private OutputFolder(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
        this.hook = new Thread(this::interrupted, "ergo-cleanup");
    }

    /**
     * Creates the folder if needed, locks it and cleans up after an interrupted run.
     *
     * @param dir the output folder
     * @param wait whether to wait for another run instead of failing
     * @param notice receives one-line messages for the user (waiting, what was cleaned up)
     * @return the locked folder, to be closed
     * @throws BusyException if another run holds the folder and {@code wait} is false
     * @throws IOException if the folder cannot be created, locked or cleaned up
     * @throws InterruptedException if interrupted while waiting
     */
    static OutputFolder open(Path dir, boolean wait, Consumer<String> notice)
            throws BusyException, IOException, InterruptedException {
        Files.createDirectories(dir);
        Path lockFile = dir.resolve(LOCK);
        boolean told = false;
        while (true) {
            FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = tryLock(ch);
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
            if (lock != null) {
                OutputFolder folder = new OutputFolder(dir, ch, lock);
                try {
                    folder.writeHolder();
                    folder.cleanUp(notice);
                } catch (IOException | RuntimeException e) {
                    folder.close();
                    throw e;
                }
                Runtime.getRuntime().addShutdownHook(folder.hook);
                return folder;
            }
            String holder = holder(ch);
            ch.close();
            if (!wait) {
                throw new BusyException(holder + " is writing to " + dir + "; wait for it to finish, or use --wait");
            }
            if (!told) {
                notice.accept("Waiting for " + holder + " to finish writing to " + dir + " ...");
                told = true;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static @Nullable FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this JVM (another run in the same process)
        }
    }

    /** Describes the run named in the lock file, read through the unlocked channel. */
    private static String holder(FileChannel ch) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(256);
            ch.read(buf, 0);
            String[] parts = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip().split(" ", 2);
            if (parts.length == 2 && parts[0].matches("\\d+")) {
                return "another ergo run (process " + parts[0] + ", started " + parts[1] + ")";
            }
        } catch (IOException e) {
            // the description is a courtesy
        }
        return "another ergo run";
    }

    /** Writes "pid start-time" through the locked channel (never another descriptor: closing one drops the lock). */
    private void writeHolder() throws IOException {
        String text = ProcessHandle.current().pid() + " " + LocalDateTime.now().format(STARTED) + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
    }

    /** Removes what an interrupted run left, or moves its finished output into place, and says so. */
    private void cleanUp(Consumer<String> notice) throws IOException {
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.startsWith(TMP_PREFIX) || LEGACY.matcher(name).matches()) {
                    leftovers.add(p);
                }
            }
        }
        int removed = 0;
        long bytes = 0;
        for (Path p : leftovers) {
            if (p.getFileName().toString().startsWith(TMP_PREFIX) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                    && Files.exists(p.resolve(COMPLETE))) {
                moveIntoPlace(dir, p);
                notice.accept("Moved the finished output of an interrupted run into place.");
            } else {
                bytes += size(p);
                deleteTree(p);
                removed++;
            }
        }
        if (removed > 0) {
            notice.accept(String.format(Locale.ROOT, "Removed %d unfinished temporary item%s (%s) left by an interrupted run.",
                    removed, removed == 1 ? "" : "s", bytes(bytes)));
        }
    }

    /**
     * Creates the staging folder of this run, with an empty {@code reports/} in it.
     *
     * @return the staging folder
     * @throws IOException if it cannot be created
     */
    synchronized Path stage() throws IOException {
        if (closed || staging != null) {
            throw new IllegalStateException("stage() once per open folder");
        }
        Path s = Files.createTempDirectory(dir, TMP_PREFIX);
        staging = s;
        Files.createDirectory(s.resolve("reports"));
        return s;
    }

    /**
     * Marks the staging folder finished and moves its contents into place.
     *
     * @throws IOException if the run is being stopped (the shutdown hook removed the staging folder), the
     *     marker cannot be written (nothing changed; the staging folder is removed on closing) or a rename
     *     fails ({@link MoveException}: the next run finishes the move)
     */
    synchronized void commit() throws IOException {
        if (stopping) {
            throw new IOException("the run was stopped");
        }
        Path s = staging;
        if (closed || s == null) {
            throw new IllegalStateException("nothing staged");
        }
        Files.createFile(s.resolve(COMPLETE));
        staging = null; // from here on the folder is the new output: finished now or by the next run, never removed
        try {
            moveIntoPlace(dir, s);
        } catch (IOException e) {
            throw new MoveException(e);
        }
    }

    /** The new output is complete but could not all be moved into place; the next run finishes the move. */
    static final class MoveException extends IOException {
        private static final long serialVersionUID = 1L;

        MoveException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * Moves a finished staging folder's files over the outputs and swaps in its {@code reports/} folder,
     * then deletes it. Each step checks what is left, so a move cut short can be run again.
     */
    static void moveIntoPlace(Path dir, Path staged) throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(staged)) {
            entries = list.sorted().toList();
        }
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (!name.equals(COMPLETE) && !name.equals(OLD_REPORTS) && !name.equals("reports")) {
                move(p, dir.resolve(name));
            }
        }
        Path fresh = staged.resolve("reports");
        if (Files.exists(fresh)) {
            Path target = dir.resolve("reports");
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(staged.resolve(OLD_REPORTS));
                move(target, staged.resolve(OLD_REPORTS));
            }
            move(fresh, target);
        }
        deleteTree(staged);
    }

    private static void move(Path from, Path to) throws IOException {
        dev.ergo.model.internal.files.AtomicFiles.move(from, to);
    }

    /** Removes an unfinished staging folder and releases the lock; never throws. */
    @Override
    public void close() {
        release();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs or has run
        }
    }

    /** @return the shutdown hook, registered while the folder is open (tests run it directly) */
    Thread shutdownHook() {
        return hook;
    }

    /** The shutdown hook: Ctrl-C or a kill signal during the run. */
    private void interrupted() {
        stopping = true;
        if (release()) {
            PrintStream err = System.err;
            err.println("ergo: stopped; the unfinished output was removed, the previous output in " + dir + " is unchanged.");
            err.flush();
        }
    }

    /**
     * Whether the run is being stopped (Ctrl-C, a kill signal): the shutdown hook removes the unfinished
     * output and says so, so a write that fails because of it is not a second problem to report.
     *
     * @return true once the shutdown hook has started
     */
    boolean stopping() {
        return stopping;
    }

    /** @return whether an unfinished staging folder was removed */
    private synchronized boolean release() {
        if (closed) {
            return false;
        }
        closed = true;
        Path s = staging;
        staging = null;
        boolean removed = false;
        if (s != null) {
            try {
                deleteTree(s);
                removed = true;
            } catch (IOException e) {
                // the next run into the folder removes it
            }
        }
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases the lock anyway
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to do
        }
        return removed;
    }

    /** Deletes a file or folder tree without following links; retries while workers still add files. */
    static void deleteTree(Path root) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                    return;
                }
                List<Path> all;
                try (Stream<Path> walk = Files.walk(root)) {
                    all = walk.sorted(Comparator.reverseOrder()).toList();
                }
                for (Path p : all) {
                    Files.deleteIfExists(p);
                }
                return;
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private static long size(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.mapToLong(p -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    return a.isRegularFile() ? a.size() : 0;
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    /** A size for people: "312 bytes", "14.2 KB", "14.2 MB", "1.3 GB" (powers of 1000). */
    static String bytes(long n) {
        if (n < 1000) {
            return n + (n == 1 ? " byte" : " bytes");
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = n;
        int u = -1;
        while (v >= 999.95 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
