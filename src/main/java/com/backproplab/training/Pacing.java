package com.backproplab.training;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * When training steps fall due, and when the state is published. At full speed the trainer steps for one slice at a
 * time (then publishes and reads its commands); at a set speed one step falls due every 1/speed seconds, counted from
 * the last Play or speed change. While a window reports its frames ({@link #frameShown}), a full-speed slice ends at
 * the next frame instead of on the clock, so that every frame finds a new snapshot (and with it a new grid). Owned by
 * the trainer thread, but for {@link #frameShown}.
 */
final class Pacing {
    /** Behind by more than this many steps (after a pause, a slow frame), slow motion takes one step, not a burst. */
    static final int MAX_CATCH_UP = 4;

    /**
     * Frames drive the publications while the last one was reported less than this long ago; a window whose pulses
     * stop (closed) hands them back to the clock.
     */
    static final long FRAMES_RECENT_NANOS = 100_000_000L;
    /** While frames drive, a slice still ends after this many slices of the clock (a late or missed frame). */
    static final int FRAME_SLICE_LIMIT = 2;
    /**
     * While frames drive, publications are at least this many slices of the clock apart, whatever the pulse rate (a
     * window can pulse faster than its display refreshes).
     */
    static final double FRAME_GAP_SLICES = 0.5;

    private final LongSupplier nanoTime;
    private final long sliceNanos;
    // Written by the window's thread, read by the trainer's.
    private volatile boolean frameWaiting;
    private volatile long lastFrame;
    private volatile boolean framesSeen;
    /** The last publication (trainer thread). */
    private long lastPublished;
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

    /** A frame was shown (any thread; never blocks): a full-speed slice ends now and the state is due. */
    void frameShown() {
        lastFrame = nanoTime.getAsLong();
        framesSeen = true;
        frameWaiting = true;
    }

    /** Whether frames drive the publications: training at full speed and a frame reported a moment ago. */
    boolean framesDrive(long now) {
        return fullSpeed() && framesSeen && now - lastFrame < FRAMES_RECENT_NANOS;
    }

    /**
     * Whether the state is due for publication at {@code now}: at each frame while frames drive (or after
     * {@link #FRAME_SLICE_LIMIT} slices without one), otherwise once a slice is over since the last publication.
     */
    boolean publicationDue(long now) {
        long since = now - lastPublished;
        return framesDrive(now) ? frameServable(since) || since >= FRAME_SLICE_LIMIT * sliceNanos : since >= sliceNanos;
    }

    /** A frame waits and the last publication is at least {@link #FRAME_GAP_SLICES} slices old ({@code since}). */
    private boolean frameServable(long since) {
        return frameWaiting && since >= FRAME_GAP_SLICES * sliceNanos;
    }

    /** The state was published at {@code now}: the frame that asked for it is served. */
    void published(long now) {
        lastPublished = now;
        frameWaiting = false;
    }

    /**
     * How long the trainer waits for commands before its next slice, or before publishing a new grid
     * ({@code refreshPending}): nothing at full speed or when paused.
     */
    long waitNanos(boolean training, boolean refreshPending) {
        if ((refreshPending && !training) || fullSpeed()) {
            return 0;
        }
        long due = nextStepAt();
        if (refreshPending) {
            due = Math.min(due, lastPublished + sliceNanos);
        }
        return Math.max(0, Math.min(due - nanoTime.getAsLong(), sliceNanos));
    }

    /** The clock time at which the next step falls due (now at full speed). */
    long nextStepAt() {
        return fullSpeed() ? nanoTime.getAsLong() : start + (long) ((done + 1) / speed * 1e9);
    }

    /**
     * Takes the steps due now: at full speed steps for one slice (at least one step), up to the next frame while
     * frames drive; otherwise the steps the speed owes. Stops early when {@code step} answers false (training
     * diverged).
     */
    void trainSlice(BooleanSupplier step) {
        long now = nanoTime.getAsLong();
        if (fullSpeed()) {
            boolean toFrame = framesDrive(now);
            long end = now + (toFrame ? FRAME_SLICE_LIMIT * sliceNanos : sliceNanos);
            while (step.getAsBoolean()) {
                long t = nanoTime.getAsLong();
                if (t >= end || (toFrame && frameServable(t - lastPublished))) {
                    return;
                }
            }
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
