package dev.ergo.cli;

import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * Takes items from an iterator on a thread of its own, at most a bounded queue ahead of the thread that
 * takes them, in the iterator's order: the surveys of an import are built beside the writing of the
 * outputs. What the iterator throws is thrown again, the same object, by {@link #take} where that item
 * would have come.
 *
 * <p>One thread takes; {@link #close} may be called from any thread.
 *
 * @param <T> the items
 */
final class SurveyFeed<T> implements AutoCloseable {
    private static final Object END = new Object();

    /** What the iterator threw. */
    private record Failure(Throwable thrown) {}

    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile boolean closed;
    private boolean ended;

    /**
     * Starts taking items.
     *
     * @param items the items, iterated on the feed's thread only
     * @param capacity how many items may wait
     */
    SurveyFeed(Iterator<T> items, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(() -> run(items), "ergo-import");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Iterator<T> items) {
        try {
            Object last = END;
            try {
                while (!closed && items.hasNext()) {
                    queue.put(items.next());
                }
            } catch (RuntimeException | Error e) {
                last = new Failure(e); // thrown again by take()
            }
            queue.put(last);
        } catch (InterruptedException e) {
            // closed: nobody takes any more
        }
    }

    /**
     * The next item.
     *
     * @return the item, or null after the last one
     * @throws InterruptedException if interrupted while waiting
     */
    @SuppressWarnings("unchecked")
    @Nullable T take() throws InterruptedException {
        if (ended) {
            return null;
        }
        Object o = queue.take();
        if (o == END) {
            ended = true;
            return null;
        }
        if (o instanceof Failure f) {
            ended = true;
            if (f.thrown() instanceof RuntimeException re) {
                throw re;
            }
            throw (Error) f.thrown();
        }
        return (T) o;
    }

    /** Stops the feed's thread and waits for it, so that nothing reads the source after this; an item being built is finished first. */
    @Override
    public void close() throws InterruptedException {
        closed = true;
        while (thread.isAlive()) {
            queue.clear(); // unblocks a put; no interrupt, which would close the source's file channels
            thread.join(10);
        }
    }
}
