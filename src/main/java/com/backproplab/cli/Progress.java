package com.backproplab.cli;

import com.backproplab.engine.StepStats;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A progress line on standard error while a long run trains, rewritten in place about once a second: the step, the
 * share done, steps per second, the cost and the time left. Only when standard error is a terminal, so pipes and
 * log files get the final summary alone.
 */
final class Progress {
    private static final long EVERY_NANOS = 1_000_000_000L;

    private final PrintStream err;
    private final long interval;
    private final String command;
    private final long total;
    private final long start = System.nanoTime();
    private long last = start;
    private long done;
    private boolean shown;

    private Progress(PrintStream err, String command, long total, long interval) {
        this.err = err;
        this.interval = interval;
        this.command = command;
        this.total = total;
    }

    /** Progress for {@code total} steps, shown only when {@code err} is the process's standard error on a terminal. */
    static Progress of(PrintStream err, String command, long total) {
        return new Progress(err == System.err && stderrIsTerminal() ? err : null, command, total, EVERY_NANOS);
    }

    /** Progress shown on {@code err} whatever it is, at most every {@code intervalNanos} (for tests). */
    static Progress always(PrintStream err, String command, long total, long intervalNanos) {
        return new Progress(err, command, total, intervalNanos);
    }

    /** After each step; cheap unless a second has passed. */
    void after(StepStats s) {
        done++;
        if (err == null || (done & 63) != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - last < interval) {
            return;
        }
        last = now;
        double seconds = (now - start) / 1e9;
        double rate = done / seconds;
        long left = (long) ((total - done) / Math.max(rate, 1e-9));
        err.print(String.format(Locale.ROOT, "\r%s: step %,d (%,d of %,d, %.1f%%), %,.0f steps/s, cost %.4g, %s left ",
                command, s.step, done, total, 100.0 * done / total, rate, s.cost, duration(left)));
        err.flush();
        shown = true;
    }

    /** Clears the progress line before the summary. */
    void finish() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    static String duration(long seconds) {
        if (seconds >= 3600) {
            return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
        }
        return seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
    }

    /** Whether file descriptor 2 is a terminal (Linux: its link in /proc names a tty). */
    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
