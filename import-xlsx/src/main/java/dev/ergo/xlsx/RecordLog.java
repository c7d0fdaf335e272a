package dev.ergo.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The imported records (employees and sections) in the order read, each with the ordinal of its employee;
 * kept in memory or spooled to a file, with only an index of 16 bytes a record in memory. After
 * {@link #finish} the records are read back grouped by employee, in the order they were added.
 */
final class RecordLog implements AutoCloseable {
    private static final int BUFFER = 64 * 1024;

    private final @Nullable Path file;
    private final @Nullable FileChannel channel;
    private final @Nullable RecordCodec codec;
    private final @Nullable List<Object> memory;
    private final @Nullable ByteBuffer out;
    private int[] owners = new int[1024];
    /** Where each record starts in the spool, as ints while they fit below {@link #narrowLimit}. */
    private int[] offsets;
    /** The same as longs, once a record starts at or past {@link #narrowLimit}; null until then. */
    private long @Nullable [] wideOffsets;
    private final long narrowLimit;
    private int size;
    private long written;
    /** After finish: the records of employee i are order[start[i]] to order[start[i + 1] - 1]. */
    private int @Nullable [] start;
    private int @Nullable [] order;
    private boolean closed;

    private RecordLog(@Nullable Path file, long narrowLimit) throws IOException {
        this.file = file;
        this.narrowLimit = narrowLimit;
        if (file == null) {
            channel = null;
            codec = null;
            out = null;
            memory = new ArrayList<>();
            offsets = new int[0];
        } else {
            channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                // where the system allows it, unlink at once: a killed run then leaves no health data behind
                Files.delete(file);
                Files.delete(file.getParent());
            } catch (IOException e) {
                // deleted by close()
            }
            codec = new RecordCodec();
            out = ByteBuffer.allocate(BUFFER);
            memory = null;
            offsets = new int[1024];
        }
    }

    static RecordLog inMemory() {
        try {
            return new RecordLog(null, Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new IllegalStateException(e); // nothing is opened
        }
    }

    /** Spools to a new file in a folder made for it, both of which {@link #close} deletes. */
    static RecordLog spooled(Path folder) throws IOException {
        return spooled(folder, Integer.MAX_VALUE);
    }

    /** As {@link #spooled(Path)}, keeping offsets from {@code narrowLimit} on as longs (tests lower it). */
    static RecordLog spooled(Path folder, long narrowLimit) throws IOException {
        try {
            return new RecordLog(folder.resolve("surveys.spool"), Math.min(narrowLimit, Integer.MAX_VALUE));
        } catch (IOException e) {
            Files.deleteIfExists(folder);
            throw e;
        }
    }

    /** @return the spool file, or null in memory */
    @Nullable Path file() {
        return file;
    }

    void add(int owner, Record record) {
        if (start != null) {
            throw new IllegalStateException("the log is finished");
        }
        if (size == owners.length) {
            owners = Arrays.copyOf(owners, grown(size));
        }
        owners[size] = owner;
        if (memory != null) {
            memory.add(record);
        } else {
            setOffset(size, written);
            RecordCodec c = codecOrThrow();
            int n = c.encode(record);
            write(c.bytes(), n);
        }
        size++;
    }

    int size() {
        return size;
    }

    /** Forgets the records from index {@code newSize} on (a spool keeps their bytes, unreferenced). */
    void truncate(int newSize) {
        if (newSize > size || start != null) {
            throw new IllegalStateException("cannot truncate to " + newSize + " of " + size);
        }
        if (memory != null) {
            memory.subList(newSize, size).clear();
        }
        size = newSize;
    }

    /** Ends adding and groups the records by owner; owners are 0 to {@code employees - 1}. */
    void finish(int employees) {
        if (out != null) {
            flush();
        }
        int[] first = new int[employees + 1];
        for (int i = 0; i < size; i++) {
            first[owners[i] + 1]++;
        }
        for (int i = 0; i < employees; i++) {
            first[i + 1] += first[i];
        }
        int[] next = Arrays.copyOf(first, employees);
        int[] sorted = new int[size];
        for (int i = 0; i < size; i++) {
            sorted[next[owners[i]]++] = i;
        }
        owners = new int[0];
        if (wideOffsets != null) {
            wideOffsets = Arrays.copyOf(wideOffsets, size);
        } else if (offsets.length > size) {
            offsets = Arrays.copyOf(offsets, size);
        }
        start = first;
        order = sorted;
    }

    /** @return the records of one employee in the order added, not null */
    List<Object> records(int employee) {
        int[] s = start;
        int[] o = order;
        if (s == null || o == null || closed) {
            throw new IllegalStateException(closed ? "the import is closed" : "the log is not finished");
        }
        List<Object> out = new ArrayList<>(s[employee + 1] - s[employee]);
        for (int k = s[employee]; k < s[employee + 1]; k++) {
            int i = o[k];
            out.add(memory != null ? memory.get(i) : read(i));
        }
        return out;
    }

    private Object read(int i) {
        long from = offset(i);
        long to = i + 1 < size ? offset(i + 1) : written;
        ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(to - from));
        try {
            FileChannel ch = channelOrThrow();
            while (b.hasRemaining()) {
                if (ch.read(b, from + b.position()) < 0) {
                    throw new IllegalStateException("the import spool ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the import spool: " + e.getMessage(), e);
        }
        b.flip();
        return codecOrThrow().decode(b);
    }

    /** Capacity after {@code n}: half as much again (a spool index costs 8 bytes per row before finish). */
    private static int grown(int n) {
        return n + Math.max(1024, n >> 1);
    }

    private void setOffset(int i, long value) {
        long[] wide = wideOffsets;
        if (wide == null && value >= narrowLimit) {
            wide = new long[offsets.length];
            for (int k = 0; k < i; k++) {
                wide[k] = offsets[k];
            }
            offsets = new int[0];
        }
        if (wide != null) {
            if (i == wide.length) {
                wide = Arrays.copyOf(wide, grown(i));
            }
            wide[i] = value;
            wideOffsets = wide;
        } else {
            if (i == offsets.length) {
                offsets = Arrays.copyOf(offsets, grown(i));
            }
            offsets[i] = (int) value;
        }
    }

    private long offset(int i) {
        long[] wide = wideOffsets;
        return wide != null ? wide[i] : offsets[i];
    }

    private void write(byte[] bytes, int n) {
        ByteBuffer o = outOrThrow();
        if (n > o.remaining()) {
            flush();
        }
        if (n > o.remaining()) {
            writeFully(ByteBuffer.wrap(bytes, 0, n));
        } else {
            o.put(bytes, 0, n);
        }
        written += n;
    }

    private void flush() {
        ByteBuffer o = outOrThrow();
        o.flip();
        writeFully(o);
        o.clear();
    }

    private void writeFully(ByteBuffer b) {
        try {
            FileChannel ch = channelOrThrow();
            while (b.hasRemaining()) {
                ch.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the import spool: " + e.getMessage(), e);
        }
    }

    private FileChannel channelOrThrow() {
        FileChannel ch = channel;
        if (ch == null) {
            throw new IllegalStateException("not spooled");
        }
        return ch;
    }

    private RecordCodec codecOrThrow() {
        RecordCodec c = codec;
        if (c == null) {
            throw new IllegalStateException("not spooled");
        }
        return c;
    }

    private ByteBuffer outOrThrow() {
        ByteBuffer o = out;
        if (o == null) {
            throw new IllegalStateException("not spooled");
        }
        return o;
    }

    /** Closes and deletes the spool; idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (memory != null) {
            memory.clear();
        }
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // deleted below all the same
        } finally {
            if (file != null) {
                for (Path p : new Path[] {file, file.getParent()}) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        p.toFile().deleteOnExit();
                    }
                }
            }
        }
    }
}
