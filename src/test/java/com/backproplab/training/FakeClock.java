package com.backproplab.training;

import java.util.function.LongSupplier;

/** A nanosecond clock that moves only when told, or by a fixed amount at every reading. */
final class FakeClock implements LongSupplier {
    /** A millisecond in nanoseconds. */
    static final long MS = 1_000_000L;

    private long now;
    private final long perReading;

    FakeClock(long start, long perReading) {
        this.now = start;
        this.perReading = perReading;
    }

    FakeClock(long start) {
        this(start, 0);
    }

    void advance(long nanos) {
        now += nanos;
    }

    @Override
    public long getAsLong() {
        long t = now;
        now += perReading;
        return t;
    }
}
