package com.backproplab.ui;

import com.backproplab.data.AtomicWrite;
import com.backproplab.io.JsonReport;
import com.backproplab.training.BoundaryGrid;
import com.backproplab.training.Snapshot;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Records pulse-to-pulse frame times, the trainer's steps per second and the heap for a fixed time, then writes a
 * small JSON report (atomically; a value not measured is null) and exits the application. In compare mode side B's
 * trainer is recorded too (the {@code _b} figures). Arrays are sized up front: recording allocates nothing per frame.
 */
final class PerfReport implements LabWindow.FrameHook {
    private static final int CAPACITY = 100_000;
    private final Path file;
    private final long durationNanos;
    private final LabWindow window;
    private final long[] frames = new long[CAPACITY];
    private final Trainer sideA = new Trainer(), sideB = new Trainer();
    private int frameCount;
    private long start, last;
    private long maxHeap;
    private boolean done;
    /** CPU time of the FX thread and of the render thread when recording started, or -1. */
    private long fxCpuStart = -1, renderCpuStart = -1;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** JavaFX's render thread, which rasterizes the scene the FX thread laid out. */
    private static final String RENDER_THREAD = "QuantumRenderer-0";

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
        if (fxCpuStart < 0) {
            fxCpuStart = THREADS.getCurrentThreadCpuTime();
            renderCpuStart = renderThreadCpu();
        }
        if (last != 0 && frameCount < CAPACITY) {
            frames[frameCount++] = now - last;
        }
        last = now;
        sideA.record(s);
        Snapshot b = window.compare().latestB();
        if (b != null) {
            sideB.record(b);
        }
        Runtime rt = Runtime.getRuntime();
        maxHeap = Math.max(maxHeap, rt.totalMemory() - rt.freeMemory());
        if (now - start >= durationNanos) {
            done = true;
            write(s, window.compare().latestB());
            window.close();
            Platform.exit();
        }
    }

    /** The new snapshots of one trainer: its measured speeds while playing and how often its grid changed. */
    private static final class Trainer {
        private final double[] rates = new double[CAPACITY];
        private int rateCount, gridUpdates, snapshots;
        private long lastVersion = -1;
        private BoundaryGrid lastGrid;

        void record(Snapshot s) {
            if (s.version() == lastVersion) {
                return;
            }
            lastVersion = s.version();
            snapshots++;
            if (s.playing() && rateCount < CAPACITY) {
                rates[rateCount++] = s.measuredStepsPerSecond();
            }
            if (s.grid() != lastGrid) {
                lastGrid = s.grid();
                gridUpdates++;
            }
        }

        double medianRate() {
            double[] r = Arrays.copyOf(rates, rateCount);
            Arrays.sort(r);
            return r.length == 0 ? 0 : r[r.length / 2];
        }
    }

    private void write(Snapshot s, Snapshot b) {
        long[] f = Arrays.copyOf(frames, frameCount);
        Arrays.sort(f);
        double medianFrame = f.length == 0 ? Double.NaN : f[f.length / 2] / 1e6;
        double p95Frame = f.length == 0 ? Double.NaN : f[Math.min(f.length - 1, (int) (f.length * 0.95))] / 1e6;
        double maxFrame = f.length == 0 ? Double.NaN : f[f.length - 1] / 1e6;
        long total = 0;
        for (long x : f) {
            total += x;
        }
        JsonReport report = new JsonReport()
                .text("network", "2-[8 x 6]-1 tanh, Adam, spiral 400 points, grid " + LabWindow.GRID_RESOLUTION + "x"
                        + LabWindow.GRID_RESOLUTION)
                .text("mode", b == null ? "single" : "compare")
                .text("network_tab", networkTabState(window.root()))
                .number("seconds", total / 1e9, 2)
                .whole("frames", f.length)
                .number("fps_mean", total == 0 ? 0 : f.length * 1e9 / total, 1)
                .number("fps_median", 1000 / medianFrame, 1)
                .number("frame_ms_median", medianFrame, 2)
                .number("frame_ms_p95", p95Frame, 2)
                .number("frame_ms_max", maxFrame, 2)
                .number("fx_thread_cpu_ms_per_frame", cpuPerFrame(fxCpuStart, THREADS.getCurrentThreadCpuTime(),
                        f.length), 2)
                .number("render_thread_cpu_ms_per_frame", cpuPerFrame(renderCpuStart, renderThreadCpu(), f.length), 2)
                .whole("heatmap_updates", sideA.gridUpdates)
                .number("heatmap_updates_per_second", total == 0 ? 0 : sideA.gridUpdates * 1e9 / total, 1)
                .number("new_snapshots_per_second", total == 0 ? 0 : sideA.snapshots * 1e9 / total, 1)
                .number("steps_per_second_median", sideA.medianRate(), 0)
                .whole("final_step", s.step())
                .number("final_train_cost", s.metrics().trainCost(), 4);
        if (b != null) {
            report.whole("heatmap_updates_b", sideB.gridUpdates)
                    .number("steps_per_second_median_b", sideB.medianRate(), 0)
                    .whole("final_step_b", b.step())
                    .number("final_train_cost_b", b.metrics().trainCost(), 4);
        }
        String json = report
                .number("max_heap_used_mb", maxHeap / 1048576.0, 1)
                .whole("gc_count", gcCount())
                .whole("processors", Runtime.getRuntime().availableProcessors())
                .number("system_load_average", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2)
                .text("prism_order", System.getProperty("prism.order", "default"))
                .indented();
        try {
            AtomicWrite.replace(file, json);
            System.out.print(json);
        } catch (IOException e) {
            System.err.println("Could not write the performance report " + file + ": " + e.getMessage());
        }
    }

    /** Chooses the Network tab beside the gradient chart ({@code --perf-network}). */
    static void openNetworkTab(Parent root) {
        Tab t = networkTab(root);
        t.getTabPane().getSelectionModel().select(t);
    }

    /** "open" or "closed"; "absent" when the per-layer tabs are not in the scene (compare mode replaces them). */
    private static String networkTabState(Parent root) {
        if (root.lookup("#perLayerTabs") == null) {
            return "absent";
        }
        return networkTab(root).isSelected() ? "open" : "closed";
    }

    private static Tab networkTab(Parent root) {
        TabPane tabs = (TabPane) root.lookup("#perLayerTabs");
        return tabs.getTabs().stream().filter(t -> "networkTab".equals(t.getId())).findFirst().orElseThrow();
    }

    /** CPU nanoseconds of the render thread so far, or -1 when it cannot be found or measured. */
    private static long renderThreadCpu() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(RENDER_THREAD)) {
                return THREADS.getThreadCpuTime(t.getId());
            }
        }
        return -1;
    }

    /** Milliseconds of CPU per frame since {@code from} (NaN when not measured). */
    private static double cpuPerFrame(long from, long to, int frameTotal) {
        return from < 0 || to < 0 || frameTotal == 0 ? Double.NaN : (to - from) / 1e6 / frameTotal;
    }

    private static long gcCount() {
        long n = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }
}
