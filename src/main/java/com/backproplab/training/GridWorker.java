package com.backproplab.training;

import com.backproplab.data.Normalization;
import com.backproplab.engine.Network;
import com.backproplab.engine.Predictor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Computes decision-boundary grids on a thread of its own, so the trainer pays only for a copy of the weights.
 * Requests go through a latest-value slot (a request not yet started is replaced by a newer one); each finished
 * grid is handed to a callback on this thread.
 */
final class GridWorker {
    /**
     * What to draw: a private copy of the weights, the input standardization and the viewport.
     *
     * @param network weights owned by the request (a copy)
     * @param normalization maps data coordinates to network inputs
     * @param viewport the rectangle of data space covered
     * @param step the training step of the weights
     */
    record Request(Network network, Normalization normalization, Viewport viewport, long step) {
    }

    /** Receives each finished grid. */
    interface Listener {
        void gridReady(BoundaryGrid grid);
    }

    private final int resolution;
    private final Listener listener;
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final Predictor predictor = new Predictor();
    private final Thread thread;
    private volatile boolean busy;
    private volatile boolean stopped;
    private double[] gridX;
    private double[] gridY;
    private double[] gridP;
    private Viewport inputsViewport;
    private Normalization inputsNormalization;

    GridWorker(int resolution, Listener listener) {
        this.resolution = resolution;
        this.listener = listener;
        this.thread = new Thread(this::run, "backprop-grid");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
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

    private void run() {
        while (!stopped) {
            Request r = pending.getAndSet(null);
            if (r == null) {
                LockSupport.park(this);
                continue;
            }
            busy = true;
            BoundaryGrid grid;
            try {
                grid = compute(r);
            } catch (RuntimeException e) {
                // A failed grid leaves the previous picture; the worker must live on for the next request.
                System.err.println("backprop-lab: boundary grid failed: " + e);
                continue;
            } finally {
                busy = false;
            }
            // Not busy before telling: the trainer, woken by the listener, may submit the next request at once.
            listener.gridReady(grid);
        }
    }

    /** P(y=1) at the cell centres of the viewport; also used directly for the first grid of a session. */
    BoundaryGrid compute(Request r) {
        int n = resolution, count = n * n;
        if (gridX == null || inputsViewport != r.viewport() || inputsNormalization != r.normalization()) {
            // Grid inputs change only with the viewport or the normalization: computed once, not per frame.
            gridX = new double[count];
            gridY = new double[count];
            gridP = new double[count];
            for (int j = 0; j < n; j++) {
                double y = r.normalization().apply2(r.viewport().y(j, n));
                for (int i = 0; i < n; i++) {
                    gridX[j * n + i] = r.normalization().apply1(r.viewport().x(i, n));
                    gridY[j * n + i] = y;
                }
            }
            inputsViewport = r.viewport();
            inputsNormalization = r.normalization();
        }
        predictor.predict(r.network(), gridX, gridY, count, gridP);
        float[] f = new float[count];
        for (int i = 0; i < count; i++) {
            f[i] = (float) gridP[i];
        }
        return new BoundaryGrid(r.viewport(), n, f, r.step());
    }
}
