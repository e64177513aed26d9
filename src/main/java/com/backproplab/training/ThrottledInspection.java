package com.backproplab.training;

import com.backproplab.data.PreparedData;
import com.backproplab.engine.Network;
import java.util.function.LongSupplier;

/**
 * The {@link InsideLayers} of the current weights, refreshed when forced, else at most {@link #MIN_INTERVAL_NANOS}
 * apart and at most about 3% of the time (a large training set is inspected less often), like the costs'
 * {@link ThrottledEvaluation}. Owned by the trainer thread.
 */
final class ThrottledInspection {
    /** Ten pictures a second move smoothly enough for a histogram and the hidden space while training plays. */
    static final long MIN_INTERVAL_NANOS = 100_000_000L;
    /** An inspection may take this share of the time: it waits 30 times its own duration. */
    private static final int WAIT_FACTOR = 30;

    private final LongSupplier nanoTime;
    private final LayerInspector inspector = new LayerInspector();
    private InsideLayers result;
    private boolean due = true;
    private long last;
    private long lastDuration;

    ThrottledInspection(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Inspects {@code net} on {@code data} and {@code view} when forced, after {@link #invalidate}, or when due. */
    void update(Network net, PreparedData data, Viewport view, long step, boolean force) {
        long now = nanoTime.getAsLong();
        if (!force && !due && now - last < Math.max(MIN_INTERVAL_NANOS, WAIT_FACTOR * lastDuration)) {
            return;
        }
        // Diverged weights describe nothing.
        result = net.isFinite() ? inspector.inspect(net, data, view, step) : null;
        due = false;
        last = nanoTime.getAsLong();
        lastDuration = last - now;
    }

    /** The next {@link #update} inspects whatever the time (new weights, data or viewport). */
    void invalidate() {
        due = true;
    }

    /** The latest result, or null (none yet, or the weights are not finite). */
    InsideLayers result() {
        return result;
    }
}
