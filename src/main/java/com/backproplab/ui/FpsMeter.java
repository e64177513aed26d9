package com.backproplab.ui;

/** Frames per second over the last pulses, from the pulse times it is given (so a test can give its own). */
final class FpsMeter {
    private final long[] frameTimes;
    private int frameIndex;
    private long lastPulse;

    /** Averages over the last {@code frames} frames. */
    FpsMeter(int frames) {
        frameTimes = new long[frames];
    }

    /** A pulse at {@code nanos} (any clock that only grows, such as the animation timer's). */
    void pulse(long nanos) {
        if (lastPulse != 0) {
            frameTimes[frameIndex++ % frameTimes.length] = nanos - lastPulse;
        }
        lastPulse = nanos;
    }

    /** Frames per second over the recorded frames; 0 before the second pulse. */
    double fps() {
        int n = Math.min(frameIndex, frameTimes.length);
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += frameTimes[i];
        }
        return n == 0 || sum == 0 ? 0 : n * 1e9 / sum;
    }
}
