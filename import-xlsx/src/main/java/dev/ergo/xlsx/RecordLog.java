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
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The imported records (employees and sections) in the order read, each with the ordinal of its employee;
 * kept in memory or spooled to a file, each record behind its length. While adding, the index holds an
 * owner and a position (list index or file offset) per record in fixed-size chunks, so it grows without
 * copying; {@link #finish} turns it into one position per record, grouped by employee in the order added
 * (4 bytes a record, 8 past {@link #narrowLimit}), and drops the rest.
 */
final class RecordLog implements AutoCloseable {
    private static final int BUFFER = 64 * 1024;
    /** The bytes before each spooled record: its length. */
    static final int LENGTH_BYTES = Integer.BYTES;
    /** The bytes read at once for a record; a longer one takes a second read. */
    static final int HEAD = 512;

    private final @Nullable Path file;
    private final @Nullable FileChannel channel;
    private final @Nullable RecordCodec codec;
    private final @Nullable List<Object> memory;
    private final @Nullable ByteBuffer out;
    private final ByteBuffer head;
    private Chunks owners = new Chunks(false);
    /** Positions of records below {@link #wideFrom}: list indexes in memory, file offsets below {@link #narrowLimit}. */
    private Chunks narrow = new Chunks(false);
    /** Offsets of the records from {@link #wideFrom} on, which start at or past {@link #narrowLimit}. */
    private Chunks wide = new Chunks(true);
    private int wideFrom = Integer.MAX_VALUE;
    private final long narrowLimit;
    private int size;
    private long written;
    /** After finish: the records of employee i are at positions[start[i]] to positions[start[i + 1] - 1]. */
    private int @Nullable [] start;
    private int @Nullable [] positions;
    /** After finish, instead of {@link #positions} when some offset is wide. */
    private long @Nullable [] widePositions;
    private boolean closed;

    private RecordLog(@Nullable Path file, long narrowLimit) throws IOException {
        this.file = file;
        this.narrowLimit = narrowLimit;
        if (file == null) {
            channel = null;
            codec = null;
            out = null;
            head = ByteBuffer.allocate(0);
            memory = new ArrayList<>();
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
            head = ByteBuffer.allocate(HEAD);
            memory = null;
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
        owners.set(size, owner);
        if (memory != null) {
            memory.add(record);
            narrow.set(size, size);
        } else {
            if (size < wideFrom && written >= narrowLimit) {
                wideFrom = size;
            }
            if (size < wideFrom) {
                narrow.set(size, written);
            } else {
                wide.set(size - wideFrom, written);
            }
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
        if (newSize < wideFrom && wideFrom != Integer.MAX_VALUE) {
            wideFrom = newSize; // the records added next start past the narrow limit all the same
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
            first[(int) owners.get(i) + 1]++;
        }
        for (int i = 0; i < employees; i++) {
            first[i + 1] += first[i];
        }
        int[] next = Arrays.copyOf(first, employees);
        int[] narrowOut = wideFrom < size ? null : new int[size];
        long[] wideOut = narrowOut == null ? new long[size] : null;
        for (int i = 0; i < size; i++) {
            int k = next[(int) owners.get(i)]++;
            long position = i < wideFrom ? narrow.get(i) : wide.get(i - wideFrom);
            if (narrowOut != null) {
                narrowOut[k] = (int) position;
            } else {
                wideOut[k] = position;
            }
            if (((i + 1) & Chunks.MASK) == 0) { // the last index of a chunk: free it
                owners.release(i);
                narrow.release(i);
            }
            if (i >= wideFrom && ((i - wideFrom + 1) & Chunks.MASK) == 0) {
                wide.release(i - wideFrom);
            }
        }
        owners = new Chunks(false);
        narrow = new Chunks(false);
        wide = new Chunks(true);
        start = first;
        positions = narrowOut;
        widePositions = wideOut;
    }

    /** @return the records of one employee in the order added, not null */
    List<Object> records(int employee) {
        int[] s = start;
        if (s == null || closed) {
            throw new IllegalStateException(closed ? "the import is closed" : "the log is not finished");
        }
        int[] p = positions;
        long[] w = widePositions;
        List<Object> out = new ArrayList<>(s[employee + 1] - s[employee]);
        for (int k = s[employee]; k < s[employee + 1]; k++) {
            long position = p != null ? p[k] : Objects.requireNonNull(w)[k];
            out.add(memory != null ? memory.get((int) position) : read(position));
        }
        return out;
    }

    /** Reads the record at {@code from}: its length, then its bytes, in one read when it is short. */
    private Object read(long from) {
        ByteBuffer h = head;
        h.clear().limit((int) Math.min(HEAD, written - from));
        readFully(h, from);
        h.flip();
        if (h.remaining() < LENGTH_BYTES) {
            throw new IllegalStateException("the import spool ends early");
        }
        int n = h.getInt();
        if (n < 0 || n > written - from - LENGTH_BYTES) {
            throw new IllegalStateException("the import spool is damaged");
        }
        if (n <= h.remaining()) {
            h.limit(LENGTH_BYTES + n);
            return codecOrThrow().decode(h);
        }
        ByteBuffer b = ByteBuffer.allocate(n);
        int got = h.remaining();
        b.put(h);
        readFully(b, from + LENGTH_BYTES + got);
        b.flip();
        return codecOrThrow().decode(b);
    }

    /** Fills the rest of {@code b} from the spool, from file offset {@code at} on. */
    private void readFully(ByteBuffer b, long at) {
        try {
            FileChannel ch = channelOrThrow();
            int base = b.position();
            while (b.hasRemaining()) {
                if (ch.read(b, at + (b.position() - base)) < 0) {
                    throw new IllegalStateException("the import spool ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the import spool: " + e.getMessage(), e);
        }
    }

    private void write(byte[] bytes, int n) {
        ByteBuffer o = outOrThrow();
        if (LENGTH_BYTES + n > o.remaining()) {
            flush();
        }
        o.putInt(n);
        if (n > o.remaining()) {
            flush();
            writeFully(ByteBuffer.wrap(bytes, 0, n));
        } else {
            o.put(bytes, 0, n);
        }
        written += LENGTH_BYTES + n;
    }

    /**
     * Numbers by index in chunks of {@link #SIZE}, allocated as reached: growing copies nothing, and a
     * chunk can be freed once read.
     */
    private static final class Chunks {
        static final int BITS = 14;
        static final int SIZE = 1 << BITS;
        static final int MASK = SIZE - 1;
        private final boolean wide;
        private Object[] chunks = new Object[4];

        Chunks(boolean wide) {
            this.wide = wide;
        }

        void set(int i, long value) {
            int c = i >>> BITS;
            if (c >= chunks.length) {
                chunks = Arrays.copyOf(chunks, Math.max(c + 1, chunks.length * 2));
            }
            if (chunks[c] == null) {
                chunks[c] = wide ? new long[SIZE] : new int[SIZE];
            }
            if (wide) {
                ((long[]) chunks[c])[i & MASK] = value;
            } else {
                ((int[]) chunks[c])[i & MASK] = (int) value;
            }
        }

        long get(int i) {
            Object c = chunks[i >>> BITS];
            return wide ? ((long[]) c)[i & MASK] : ((int[]) c)[i & MASK];
        }

        /** Frees the chunk holding index {@code i}, if any. */
        void release(int i) {
            if (i >= 0 && (i >>> BITS) < chunks.length) {
                chunks[i >>> BITS] = null;
            }
        }
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
