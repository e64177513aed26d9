package com.backproplab.training;

import com.backproplab.data.InputMap;
import com.backproplab.engine.Network;
import com.backproplab.engine.Predictor;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Computes decision-boundary grids on a thread of its own, so the trainer pays only for a copy of the weights.
 * The trainer {@link #schedule}s requests, which go through a latest-value slot (a request not yet started is
 * replaced by a newer one); the newest finished grid, or a failure, waits in a slot of its own, and a callback on
 * this thread wakes the trainer to publish it.
 */
final class GridWorker {
    /**
     * Least time between two grids while training plays and no window reports its frames: up to 80 a second. While a
     * window does, the trainer publishes at each frame and asks for a grid each time (an urgent {@link #schedule}), so
     * the frames pace the grids.
     */
    static final long GRID_NANOS = 12_500_000L;
    /** Grids with fewer points than this are computed on one core: splitting them costs more than it gives. */
    static final int SPLIT_MIN_POINTS = 4096;
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /**
     * The first full-resolution grid waits this long after the coarse first one was asked for. The kernels still run
     * in the interpreter then, where a full grid takes the CPU that the window's first frame needs (with 128 cells a
     * side it allocated some 150 MB of short-lived vectors and cost 0.08 s of start-up); a second later they are
     * compiled.
     */
    static final long FIRST_FULL_GRID_NANOS = 1_000_000_000L;

    /**
     * What to draw: a private copy of the weights, the input map and the viewport.
     *
     * @param network weights owned by the request (a copy)
     * @param inputs maps data coordinates to network inputs (features, then standardization)
     * @param viewport the rectangle of data space covered
     * @param step the training step of the weights
     * @param units whether to compute every unit's activations too ({@link UnitGrids})
     * @param bothCores whether the grid may take a second core (the trainer leaves one idle: paused, or at a set speed)
     */
    record Request(Network network, InputMap inputs, Viewport viewport, long step, boolean units, boolean bothCores) {
        /** A request for the boundary alone, on one core. */
        Request(Network network, InputMap inputs, Viewport viewport, long step) {
            this(network, inputs, viewport, step, false, false);
        }

        /** This request, allowed ({@code on}) or not to split its grid over two cores. */
        Request withBothCores(boolean on) {
            return new Request(network, inputs, viewport, step, units, on);
        }
    }

    private final int resolution;
    /** Called on this thread after each finished grid and each failure. */
    private final Runnable onResult;
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicReference<BoundaryGrid> newest = new AtomicReference<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final Predictor predictor = new Predictor();
    /** The second core's share of a split grid: its own thread and predictor, started on the first split. */
    private ExecutorService secondCore;
    private final Predictor secondPredictor = new Predictor();
    private final UnitGridMaker unitGrids = new UnitGridMaker();
    private final Thread thread;
    private volatile boolean busy;
    /** The next grid computed is the coarse first one. */
    private volatile boolean coarseFirst;
    /** No full grid before this time (System.nanoTime), set with the coarse first one. */
    private volatile long fullNotBefore;
    private volatile boolean stopped;
    private double[][] gridInputs;
    private double[] gridP;
    private Viewport inputsViewport;
    private InputMap inputsMap;
    // The schedule, owned by the trainer thread.
    /** Step of the weights last requested; -1 asks for a new grid whatever the step. */
    private long requestedStep = -1;
    private long lastRequest;

    GridWorker(int resolution, Runnable onResult) {
        this.resolution = resolution;
        this.onResult = onResult;
        this.thread = new Thread(this::run, "backprop-grid");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /**
     * Queues the first grid for the worker, at a quarter of the resolution; the next {@link #schedule} asks for the
     * full one, computed from {@link #FIRST_FULL_GRID_NANOS} on. At start-up the kernels still run in the interpreter,
     * where a full grid takes most of a second of CPU that the window needs for its first frame; the coarse one takes
     * a few hundredths.
     */
    void submitFirst(Request r) {
        coarseFirst = true;
        fullNotBefore = System.nanoTime() + FIRST_FULL_GRID_NANOS;
        submit(r);
    }

    /**
     * Asks for a grid of the weights at {@code step} unless one was already asked for them or the worker is busy
     * (a busy worker gets newer weights at a later call). Unless {@code urgent} (the weights or data changed, or
     * training is paused), at most one request per {@link #GRID_NANOS}, which leaves the cores to training and
     * drawing. Trainer thread only.
     *
     * @param now the clock, in nanoseconds
     * @param request makes the request (a copy of the weights) when one is due
     */
    void schedule(long step, boolean urgent, long now, Supplier<Request> request) {
        if (requestedStep != step && (urgent || now - lastRequest >= GRID_NANOS) && !busy()) {
            submit(request.get());
            requestedStep = step;
            lastRequest = now;
        }
    }

    /** The next {@link #schedule} asks for a grid at any step (the viewport, the data or the weights changed). */
    void invalidate() {
        requestedStep = -1;
    }

    /** The newest finished grid (null before the first). */
    BoundaryGrid newest() {
        return newest.get();
    }

    /** The failure of a grid since the last call, or null; the previous picture stands. */
    RuntimeException takeFailure() {
        return failure.getAndSet(null);
    }

    /** Queues a request, replacing one not yet started. Never blocks. */
    void submit(Request r) {
        pending.set(r);
        LockSupport.unpark(thread);
    }

    /** True while a grid is being computed or one is waiting. */
    boolean busy() {
        return busy || pending.get() != null;
    }

    void stop() {
        stopped = true;
        LockSupport.unpark(thread);
    }

    /** Whether a grid has been split over two cores (the second core's thread exists). */
    boolean hasUsedSecondCore() {
        return secondCore != null;
    }

    private void run() {
        try {
            while (!stopped) {
                Request r = pending.getAndSet(null);
                if (r == null) {
                    LockSupport.park(this);
                    continue;
                }
                busy = true;
                try {
                    newest.set(compute(r));
                } catch (InterruptedException e) {
                    // Nothing interrupts this thread but a shutdown: stop as stop() would.
                    stopped = true;
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    // The worker lives on for the next request; the trainer reports the failure.
                    failure.set(e);
                } finally {
                    busy = false;
                }
                // Not busy before telling: the trainer, woken by the callback, may submit the next request at once.
                onResult.run();
            }
        } finally {
            if (secondCore != null) {
                secondCore.shutdownNow();
            }
        }
    }

    /**
     * The network's output (P(y=1), or yhat for regression) at the cell centres of the viewport, and every unit's
     * activation when asked.
     */
    private BoundaryGrid compute(Request r) throws InterruptedException {
        for (long wait; !coarseFirst && !stopped && (wait = fullNotBefore - System.nanoTime()) > 0; ) {
            LockSupport.parkNanos(this, wait);
        }
        int n = coarseFirst ? Math.max(4, resolution / 4) : resolution, count = n * n;
        coarseFirst = false;
        if (gridInputs == null || gridP.length != count || inputsViewport != r.viewport()
                || inputsMap != r.inputs()) {
            // Grid inputs change only with the viewport, the resolution or the input map: computed once, not per frame.
            gridInputs = gridInputs(r.inputs(), r.viewport(), n);
            gridP = new double[count];
            inputsViewport = r.viewport();
            inputsMap = r.inputs();
        }
        predict(r, count);
        float[] f = new float[count];
        for (int i = 0; i < count; i++) {
            f[i] = (float) gridP[i];
        }
        UnitGrids units = r.units() ? unitGrids.make(r.network(), r.inputs(), r.viewport(), r.step()) : null;
        return new BoundaryGrid(r.viewport(), n, f, r.step(), units);
    }

    /**
     * gridP = the network's output at the grid's points: the first half on the second core while this thread computes
     * the second, when the request allows it; each point's value is the same either way.
     */
    private void predict(Request r, int count) throws InterruptedException {
        if (!r.bothCores() || count < SPLIT_MIN_POINTS || CORES < 2) {
            predictor.predict(r.network(), gridInputs, count, gridP);
            return;
        }
        if (secondCore == null) {
            secondCore = Executors.newSingleThreadExecutor(task -> {
                Thread t = new Thread(task, "backprop-grid-2");
                t.setDaemon(true);
                return t;
            });
        }
        int half = count / 2;
        double[][] x = gridInputs;
        double[] out = gridP;
        Future<?> first = secondCore.submit(() -> secondPredictor.predict(r.network(), x, 0, half, out));
        try {
            predictor.predict(r.network(), x, half, count, out);
        } finally {
            // Even when this half failed: the next grid reuses the arrays the other half is writing.
            try {
                first.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            }
        }
    }

    /**
     * The network inputs at the n x n cell centres of {@code viewport}, row 0 at the top: one row per input of n * n
     * values, through the same {@link InputMap} as the training points.
     */
    static double[][] gridInputs(InputMap inputs, Viewport viewport, int n) {
        double[] x1 = new double[n * n];
        double[] x2 = new double[n * n];
        for (int j = 0; j < n; j++) {
            double y = viewport.y(j, n);
            for (int i = 0; i < n; i++) {
                x1[j * n + i] = viewport.x(i, n);
                x2[j * n + i] = y;
            }
        }
        return inputs.columns(x1, x2, n * n);
    }
}
