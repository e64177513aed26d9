package com.backproplab.training;

import com.backproplab.data.PreparedData;
import com.backproplab.engine.Network;
import com.backproplab.engine.UnitProbe;
import java.util.function.LongSupplier;

/**
 * The hidden units' state for the diagnosis ({@link UnitProbe}), refreshed when forced, else at most a few times a
 * second and at most 2% of the time: units die or saturate over hundreds of steps, not within a frame. Owned by the
 * trainer thread.
 */
final class ThrottledProbe {
    private static final long MIN_INTERVAL_NANOS = 250_000_000L;
    /** A probe may take this share of the time: it waits 50 times its own duration. */
    private static final int WAIT_FACTOR = 50;

    private final LongSupplier nanoTime;
    private final UnitProbe probe = new UnitProbe();
    private UnitProbe.Result result;
    private boolean due = true;
    private long last;
    private long lastDuration;

    ThrottledProbe(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Probes {@code net} on the training points when forced, after {@link #invalidate}, or when due. */
    void update(Network net, PreparedData data, boolean force) {
        long now = nanoTime.getAsLong();
        if (!force && !due && now - last < Math.max(MIN_INTERVAL_NANOS, WAIT_FACTOR * lastDuration)) {
            return;
        }
        double[] y = data.trainLabels();
        // Diverged weights describe nothing; untrainable data has no points to probe.
        result = net.isFinite() && y.length > 0 ? probe.probe(net, data.trainInputs(), y.length) : null;
        due = false;
        last = nanoTime.getAsLong();
        lastDuration = last - now;
    }

    /** The next {@link #update} probes whatever the time (new weights or data). */
    void invalidate() {
        due = true;
    }

    /** The latest result, or null (none yet, or the weights are not finite). */
    UnitProbe.Result result() {
        return result;
    }
}
