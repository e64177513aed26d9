package com.backproplab.ui;

import com.backproplab.training.BoundaryGrid;
import com.backproplab.training.Snapshot;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javafx.application.Platform;

/**
 * Records pulse-to-pulse frame times, the trainer's steps per second and the heap for a fixed time, then writes a
 * small JSON report and exits the application. Arrays are sized up front: recording allocates nothing per frame.
 */
final class PerfReport implements LabWindow.FrameHook {
    private static final int CAPACITY = 100_000;
    private final Path file;
    private final long durationNanos;
    private final LabWindow window;
    private final long[] frames = new long[CAPACITY];
    private final double[] rates = new double[CAPACITY];
    private int frameCount, rateCount, gridUpdates;
    private long start, last, lastVersion = -1;
    private long maxHeap;
    private BoundaryGrid lastGrid;
    private boolean done;

    /** Time before recording starts. */
    static final long WARM_UP_NANOS = 3_000_000_000L;

    PerfReport(Path file, double seconds, LabWindow window) {
        this.file = file;
        this.durationNanos = (long) (seconds * 1e9);
        this.window = window;
    }

    @Override
    public void frame(long now, Snapshot s) {
        if (done) {
            return;
        }
        if (start == 0) {
            // Skip the first 3 s: start-up and the JIT compiling the vector kernels are not steady state.
            start = now + WARM_UP_NANOS;
        }
        if (now < start) {
            last = now;
            return;
        }
        if (last != 0 && frameCount < CAPACITY) {
            frames[frameCount++] = now - last;
        }
        last = now;
        if (s.version() != lastVersion) {
            lastVersion = s.version();
            if (s.playing() && rateCount < CAPACITY) {
                rates[rateCount++] = s.measuredStepsPerSecond();
            }
            if (s.grid() != lastGrid) {
                lastGrid = s.grid();
                gridUpdates++;
            }
        }
        Runtime rt = Runtime.getRuntime();
        maxHeap = Math.max(maxHeap, rt.totalMemory() - rt.freeMemory());
        if (now - start >= durationNanos) {
            done = true;
            write(s);
            window.close();
            Platform.exit();
        }
    }

    private void write(Snapshot s) {
        long[] f = Arrays.copyOf(frames, frameCount);
        Arrays.sort(f);
        double[] r = Arrays.copyOf(rates, rateCount);
        Arrays.sort(r);
        double medianFrame = f.length == 0 ? Double.NaN : f[f.length / 2] / 1e6;
        double p95Frame = f.length == 0 ? Double.NaN : f[Math.min(f.length - 1, (int) (f.length * 0.95))] / 1e6;
        double maxFrame = f.length == 0 ? Double.NaN : f[f.length - 1] / 1e6;
        long total = 0;
        for (long x : f) {
            total += x;
        }
        String json = String.format(Locale.ROOT, "{%n"
                        + "  \"network\": \"2-[8 x 6]-1 tanh, Adam, spiral 400 points, grid %dx%d\",%n"
                        + "  \"seconds\": %.2f,%n"
                        + "  \"frames\": %d,%n"
                        + "  \"fps_mean\": %.1f,%n"
                        + "  \"fps_median\": %.1f,%n"
                        + "  \"frame_ms_median\": %.2f,%n"
                        + "  \"frame_ms_p95\": %.2f,%n"
                        + "  \"frame_ms_max\": %.2f,%n"
                        + "  \"heatmap_updates\": %d,%n"
                        + "  \"steps_per_second_median\": %.0f,%n"
                        + "  \"final_step\": %d,%n"
                        + "  \"final_train_cost\": %.4f,%n"
                        + "  \"max_heap_used_mb\": %.1f,%n"
                        + "  \"gc_count\": %d,%n"
                        + "  \"processors\": %d,%n"
                        + "  \"system_load_average\": %.2f,%n"
                        + "  \"prism_order\": \"%s\"%n"
                        + "}%n",
                LabWindow.GRID_RESOLUTION, LabWindow.GRID_RESOLUTION, total / 1e9, f.length,
                total == 0 ? 0 : f.length * 1e9 / total, 1000 / medianFrame, medianFrame, p95Frame, maxFrame,
                gridUpdates, r.length == 0 ? 0 : r[r.length / 2], s.step(), s.metrics().trainCost(),
                maxHeap / 1048576.0, gcCount(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("prism.order", "default"));
        try {
            Files.writeString(file, json);
            System.out.print(json);
        } catch (IOException e) {
            System.err.println("Could not write the performance report " + file + ": " + e.getMessage());
        }
    }

    private static long gcCount() {
        long n = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }
}
