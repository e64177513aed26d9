package com.backproplab.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Lowers the trainer thread's scheduling priority once it trains. At full speed the trainer would take a core
 * forever; on a machine of two cores the threads that draw each frame (the JavaFX thread, the renderer, the grid
 * worker) then wait for it and frames are dropped. A lower priority leaves the trainer every cycle they do not need.
 * Windows takes Java's thread priorities as they are; Linux ignores them (HotSpot's default), so there the thread's
 * nice value is set with {@code renice} (the value given, not an increment, without {@code -n}), which on Linux acts
 * on the one thread whose id it is given. Elsewhere, or when that fails, the trainer keeps its priority: nothing else changes.
 * Owned by the trainer thread.
 */
final class BackgroundPriority {
    /**
     * The trainer's nice value on Linux: a third of a normal thread's weight when they compete. Measured over 40 s at
     * 1280 x 800 with the heatmap at full speed, 3, 5 and 7 gave the same frames; 10 and 15 cost steps.
     */
    static final int NICE = 5;
    /** Windows: below normal (its lowest would run the trainer only when every other thread waits). */
    static final int JAVA_PRIORITY = Thread.NORM_PRIORITY - 1;
    private static final Path THREAD_SELF = Path.of("/proc/thread-self");
    private boolean lowered;

    /** Lowers the calling thread's priority the first time; later calls do nothing. */
    void lowerOnce() {
        if (lowered) {
            return;
        }
        lowered = true;
        Thread.currentThread().setPriority(JAVA_PRIORITY);
        if (Files.isSymbolicLink(THREAD_SELF)) {
            renice();
        }
    }

    /** {@code renice} on this thread's id (the last part of /proc/thread-self: pid/task/tid). */
    private static void renice() {
        try {
            String tid = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
            Process p = new ProcessBuilder("renice", Integer.toString(NICE), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroy();
            }
        } catch (IOException | RuntimeException e) {
            // No renice (or no /proc): the trainer keeps a normal priority, which only costs frames on two cores.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
