package com.backproplab.training;

import java.util.function.LongSupplier;

/**
 * Steps per second over the publications of about the last second of play: a ring of (time, step) samples, one
 * taken at each publication while playing. Owned by the trainer thread.
 */
final class RateMeter {
    /** Enough samples for a second of publications at about 60 a second. */
    private static final int SAMPLES = 64;
    private static final long WINDOW_NANOS = 1_000_000_000L;

    private final LongSupplier nanoTime;
    private final long[] times = new long[SAMPLES];
    private final long[] steps = new long[SAMPLES];
    private int next;
    private int size;

    RateMeter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Records that training has reached {@code step} now. */
    void record(long step) {
        times[next] = nanoTime.getAsLong();
        steps[next] = step;
        next = (next + 1) % SAMPLES;
        size = Math.min(size + 1, SAMPLES);
    }

    /** Forgets all samples (a pause must not count as slow training, nor a new run as negative steps). */
    void clear() {
        size = 0;
    }

    /** Steps per second from the oldest sample within about a second to the newest; 0 until there are two. */
    double stepsPerSecond() {
        if (size < 2) {
            return 0;
        }
        int newest = (next + SAMPLES - 1) % SAMPLES;
        int oldest = newest;
        for (int k = 1; k < size; k++) {
            oldest = (newest - k + SAMPLES) % SAMPLES;
            if (times[newest] - times[oldest] >= WINDOW_NANOS) {
                break;
            }
        }
        long dt = times[newest] - times[oldest];
        return dt <= 0 ? 0 : Math.max(0, steps[newest] - steps[oldest]) * 1e9 / dt;
    }
}
