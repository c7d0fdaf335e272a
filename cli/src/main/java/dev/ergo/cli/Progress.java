package dev.ergo.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/**
 * Progress of a long run: a live ASCII bar on a terminal, a line every 10 % otherwise (CI logs), nothing
 * for short runs.
 */
final class Progress implements AutoCloseable {
    /** Runs with fewer employees than this show no progress. */
    static final int MIN_EMPLOYEES = 200;

    private final @Nullable ProgressBar bar;
    private final @Nullable PrintWriter lines;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();

    private Progress(@Nullable ProgressBar bar, @Nullable PrintWriter lines, int total) {
        this.bar = bar;
        this.lines = lines;
        this.total = total;
    }

    static Progress start(PrintWriter out, int total) {
        if (total < MIN_EMPLOYEES) {
            return new Progress(null, null, total);
        }
        if (System.console() != null) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName("Assessing").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" employees", 1).continuousUpdate().build();
            return new Progress(bar, null, total);
        }
        return new Progress(null, out, total);
    }

    void step() {
        int n = done.incrementAndGet();
        if (bar != null) {
            bar.step();
        } else if (lines != null) {
            int tenth = Math.max(1, total / 10);
            if (n % tenth == 0 || n == total) {
                synchronized (lines) {
                    lines.printf("  %d/%d employees assessed%n", n, total);
                    lines.flush();
                }
            }
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
