package com.backproplab.training;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * When training steps fall due. At full speed the trainer steps for one slice at a time (then publishes and reads
 * its commands); at a set speed one step falls due every 1/speed seconds, counted from the last Play or speed change.
 * Owned by the trainer thread.
 */
final class Pacing {
    /** Behind by more than this many steps (after a pause, a slow frame), slow motion takes one step, not a burst. */
    static final int MAX_CATCH_UP = 4;

    private final LongSupplier nanoTime;
    private final long sliceNanos;
    private double speed = Double.POSITIVE_INFINITY;
    /** When the count of due steps started, and the steps taken since. */
    private long start;
    private long done;

    /**
     * @param nanoTime the clock, in nanoseconds
     * @param sliceNanos how long one slice at full speed trains
     */
    Pacing(LongSupplier nanoTime, long sliceNanos) {
        this.nanoTime = nanoTime;
        this.sliceNanos = sliceNanos;
    }

    /** Steps per second; infinite at full speed. */
    double speed() {
        return speed;
    }

    /** A new speed (a non-positive one means 1 step per second), counted from now. */
    void setSpeed(double stepsPerSecond) {
        speed = stepsPerSecond > 0 ? stepsPerSecond : 1;
        restart();
    }

    /** Counts due steps from now (on Play: the time spent paused is not owed). */
    void restart() {
        start = nanoTime.getAsLong();
        done = 0;
    }

    boolean fullSpeed() {
        return Double.isInfinite(speed);
    }

    /** The clock time at which the next step falls due (now at full speed). */
    long nextStepAt() {
        return fullSpeed() ? nanoTime.getAsLong() : start + (long) ((done + 1) / speed * 1e9);
    }

    /**
     * Takes the steps due now: at full speed steps for one slice (at least one step), otherwise the steps the
     * speed owes. Stops early when {@code step} answers false (training diverged).
     */
    void trainSlice(BooleanSupplier step) {
        long now = nanoTime.getAsLong();
        if (fullSpeed()) {
            long end = now + sliceNanos;
            do {
                if (!step.getAsBoolean()) {
                    return;
                }
            } while (nanoTime.getAsLong() < end);
        } else {
            long due = (long) ((now - start) / 1e9 * speed);
            if (due - done > MAX_CATCH_UP) {
                done = due - 1;
            }
            while (done < due) {
                done++;
                if (!step.getAsBoolean()) {
                    return;
                }
            }
        }
    }
}
