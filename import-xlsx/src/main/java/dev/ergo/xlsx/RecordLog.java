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
 * copying; {@link #finish} groups the positions by employee in the order added. In memory they stay in
 * arrays; a spool writes them after its records (one long per record, then where each employee's start),
 * and reads them back through the blocks it reads records with, so its index takes the same memory for any
 * workforce.
 */
final class RecordLog implements AutoCloseable {
    private static final int BUFFER = 64 * 1024;
    /** Positions grouped at once when a spool finishes: 512 KB. */
    static final int GROUP_BUFFER = 64 * 1024;
    /** The bytes before each spooled record: its length. */
    static final int LENGTH_BYTES = Integer.BYTES;
    /** The bytes read at once for a record that runs past the end of its block; a longer one takes a second read. */
    static final int HEAD = 512;
    /** The spool (records and index) is read a block at a time: its size, and where blocks start (multiples of it). */
    static final int READ_BLOCK = 64 * 1024;
    /**
     * Blocks kept, the least recently used replaced: an employee's records lie in as many places as the
     * workbook has sheets, and its index entries in two more; each place moves forward as employees are
     * read in order (1 MB in all).
     */
    static final int READ_BLOCKS = 16;

    private final @Nullable Path file;
    private final @Nullable FileChannel channel;
    private final @Nullable RecordCodec codec;
    private final @Nullable List<Object> memory;
    private final @Nullable ByteBuffer out;
    private final ByteBuffer head;
    private final @Nullable Blocks blocks;
    private Chunks owners = new Chunks(false);
    /** Positions of records below {@link #wideFrom}: list indexes in memory, file offsets below {@link #narrowLimit}. */
    private Chunks narrow = new Chunks(false);
    /** Offsets of the records from {@link #wideFrom} on, which start at or past {@link #narrowLimit}. */
    private Chunks wide = new Chunks(true);
    private int wideFrom = Integer.MAX_VALUE;
    private final long narrowLimit;
    private int size;
    private long written;
    /** After finishing in memory: employee i's records are list items positions[start[i]] to positions[start[i + 1] - 1]. */
    private int @Nullable [] start;
    private int @Nullable [] positions;
    /** After a spool's finish: its positions (longs) and starts (ints, employees + 1), in the file. */
    private @Nullable Table spooledPositions;
    private @Nullable Table spooledStarts;
    private boolean finished;
    /** The positions grouped in memory at once while a spool finishes (tests lower it). */
    private final int groupBuffer;
    private boolean closed;

    private RecordLog(@Nullable Path file, long narrowLimit, int groupBuffer) throws IOException {
        this.file = file;
        this.narrowLimit = narrowLimit;
        this.groupBuffer = groupBuffer;
        if (file == null) {
            channel = null;
            codec = null;
            out = null;
            head = ByteBuffer.allocate(0);
            blocks = null;
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
            blocks = new Blocks();
            memory = null;
        }
    }

    static RecordLog inMemory() {
        try {
            return new RecordLog(null, Integer.MAX_VALUE, GROUP_BUFFER);
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
        return spooled(folder, narrowLimit, GROUP_BUFFER);
    }

    /** As {@link #spooled(Path, long)}, grouping {@code groupBuffer} positions at once in {@link #finish}. */
    static RecordLog spooled(Path folder, long narrowLimit, int groupBuffer) throws IOException {
        try {
            return new RecordLog(folder.resolve("surveys.spool"), Math.min(narrowLimit, Integer.MAX_VALUE), groupBuffer);
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
        if (finished) {
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
        if (newSize > size || finished) {
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
        if (finished) {
            throw new IllegalStateException("the log is finished");
        }
        int[] first = new int[employees + 1];
        for (int i = 0; i < size; i++) {
            first[(int) owners.get(i) + 1]++;
        }
        for (int i = 0; i < employees; i++) {
            first[i + 1] += first[i];
        }
        if (out != null) {
            flush();
            finishSpooled(first, employees);
            codecOrThrow().finishWriting();
        } else {
            finishInMemory(first, employees);
        }
        owners = new Chunks(false);
        narrow = new Chunks(false);
        wide = new Chunks(true);
        finished = true;
    }

    private void finishInMemory(int[] first, int employees) {
        int[] next = Arrays.copyOf(first, employees);
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[next[(int) owners.get(i)]++] = (int) narrow.get(i);
        }
        start = first;
        positions = out;
    }

    /**
     * Writes the positions grouped by employee after the records, as many employees at a time as
     * {@link #groupBuffer} positions allow (one pass over the index each), then the employees' starts.
     */
    private void finishSpooled(int[] first, int employees) {
        long base = (written + 7) & ~7L;
        long[] group = new long[Math.max(1, Math.min(groupBuffer, size))];
        int from = 0;
        while (from < employees) {
            int to = from + 1;
            while (to < employees && first[to + 1] - first[from] <= group.length) {
                to++;
            }
            int n = first[to] - first[from];
            if (n > group.length) { // one employee with more records than the buffer
                group = new long[n];
            }
            int[] next = Arrays.copyOfRange(first, from, to);
            for (int i = 0; i < size; i++) {
                int owner = (int) owners.get(i);
                if (owner >= from && owner < to) {
                    group[next[owner - from]++ - first[from]] = i < wideFrom ? narrow.get(i) : wide.get(i - wideFrom);
                }
            }
            ByteBuffer b = ByteBuffer.allocate(n * Long.BYTES);
            b.asLongBuffer().put(group, 0, n);
            writeFully(b, base + (long) first[from] * Long.BYTES);
            from = to;
        }
        long starts = base + (long) size * Long.BYTES;
        ByteBuffer b = ByteBuffer.allocate((employees + 1) * Integer.BYTES);
        b.asIntBuffer().put(first);
        writeFully(b, starts);
        spooledPositions = new Table(base, Long.BYTES);
        spooledStarts = new Table(starts, Integer.BYTES);
    }

    /** @return the records of one employee in the order added, not null */
    List<Object> records(int employee) {
        if (!finished || closed) {
            throw new IllegalStateException(closed ? "the import is closed" : "the log is not finished");
        }
        Table p = spooledPositions;
        Table st = spooledStarts;
        if (p != null && st != null) {
            int from = (int) st.get(employee);
            int to = (int) st.get(employee + 1L);
            List<Object> out = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                out.add(read(p.get(k)));
            }
            return out;
        }
        int[] s = Objects.requireNonNull(start);
        int[] in = Objects.requireNonNull(positions);
        List<Object> out = new ArrayList<>(s[employee + 1] - s[employee]);
        for (int k = s[employee]; k < s[employee + 1]; k++) {
            out.add(Objects.requireNonNull(memory).get(in[k]));
        }
        return out;
    }

    /**
     * Numbers of one width written one after the other in the spool from {@code base} on, read through
     * the record blocks (the next employee's numbers are usually in the block just read). The base is a
     * multiple of the width, so no number straddles two blocks.
     */
    private final class Table {
        private final long base;
        private final int width;

        Table(long base, int width) {
            this.base = base;
            this.width = width;
        }

        long get(long index) {
            long at = base + index * width;
            long start = at - at % READ_BLOCK;
            ByteBuffer block = Objects.requireNonNull(blocks).get(start);
            int i = (int) (at - start);
            if (i + width > block.limit()) {
                throw new IllegalStateException("the import spool ends early");
            }
            return width == Long.BYTES ? block.getLong(i) : block.getInt(i);
        }
    }

    /**
     * The last blocks of records read from the spool (one read each instead of one per record), at most
     * {@link #READ_BLOCKS}.
     */
    private final class Blocks {
        private final long[] starts = new long[READ_BLOCKS];
        private final long[] used = new long[READ_BLOCKS];
        private final ByteBuffer[] views = new ByteBuffer[READ_BLOCKS];
        private long clock;
        private int last;

        Blocks() {
            Arrays.fill(starts, -1);
        }

        /** @return a view of the block that starts at {@code start}, read now unless kept; its limit is the bytes read */
        ByteBuffer get(long start) {
            if (starts[last] != start) {
                int found = -1;
                int oldest = 0;
                for (int i = 0; i < READ_BLOCKS; i++) {
                    if (starts[i] == start) {
                        found = i;
                        break;
                    }
                    if (used[i] < used[oldest]) {
                        oldest = i;
                    }
                }
                if (found < 0) {
                    found = oldest;
                    ByteBuffer b = views[found] == null ? ByteBuffer.allocate(READ_BLOCK) : views[found];
                    starts[found] = -1; // until it is read whole
                    b.clear();
                    readSome(b, start);
                    b.flip();
                    views[found] = b;
                    starts[found] = start;
                }
                last = found;
            }
            used[last] = ++clock;
            return views[last];
        }
    }

    /** Reads the record at {@code from}: from its block when the record lies within it, else on its own. */
    private Object read(long from) {
        if (from < 0 || written - from < LENGTH_BYTES) {
            throw new IllegalStateException("the import spool ends early");
        }
        long start = from - from % READ_BLOCK;
        ByteBuffer block = Objects.requireNonNull(blocks).get(start);
        int i = (int) (from - start);
        if (i + LENGTH_BYTES <= block.limit()) {
            int n = block.getInt(i);
            if (n < 0 || n > written - from - LENGTH_BYTES) {
                throw new IllegalStateException("the import spool is damaged");
            }
            if (n <= block.limit() - i - LENGTH_BYTES) {
                ByteBuffer record = block.duplicate();
                record.limit(i + LENGTH_BYTES + n).position(i + LENGTH_BYTES);
                return codecOrThrow().decode(record);
            }
        }
        return readAlone(from);
    }

    /** Reads the record at {@code from}: its length, then its bytes, in one read when it is short. */
    private Object readAlone(long from) {
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

    /** Reads into {@code b} from file offset {@code at} on until it is full or the file ends. */
    private void readSome(ByteBuffer b, long at) {
        try {
            FileChannel ch = channelOrThrow();
            int base = b.position();
            while (b.hasRemaining() && ch.read(b, at + (b.position() - base)) >= 0) {
                // until full or at the end
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the import spool: " + e.getMessage(), e);
        }
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

    /** Writes {@code b} at file offset {@code at}. */
    private void writeFully(ByteBuffer b, long at) {
        try {
            FileChannel ch = channelOrThrow();
            long position = at;
            while (b.hasRemaining()) {
                position += ch.write(b, position);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the import spool: " + e.getMessage(), e);
        }
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
