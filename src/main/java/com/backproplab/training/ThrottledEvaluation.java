package com.backproplab.training;

import com.backproplab.data.PreparedData;
import com.backproplab.engine.Network;
import com.backproplab.engine.Predictor;
import java.util.function.LongSupplier;

/**
 * Costs and accuracies over the train and dev sets. Unless forced, re-evaluated at most once per interval and
 * at most 5% of the time, so large datasets do not slow training down; between evaluations the last values stand.
 * Owned by the trainer thread.
 */
final class ThrottledEvaluation {
    /** An evaluation may take this share of the time: it waits 20 times its own duration. */
    private static final int WAIT_FACTOR = 20;
    private static final Predictor.Evaluation NONE = new Predictor.Evaluation(Double.NaN, Double.NaN);

    private final LongSupplier nanoTime;
    private final long minIntervalNanos;
    private final Predictor predictor = new Predictor();
    private Predictor.Evaluation train;
    private Predictor.Evaluation dev;
    private long last;
    /** The shorter of the last two evaluations' durations (0 before the second). */
    private long lastDuration;
    private long previousDuration;

    /**
     * @param nanoTime the clock, in nanoseconds
     * @param minIntervalNanos least time between two evaluations that are not forced
     */
    ThrottledEvaluation(LongSupplier nanoTime, long minIntervalNanos) {
        this.nanoTime = nanoTime;
        this.minIntervalNanos = minIntervalNanos;
    }

    /**
     * Evaluates {@code net} on {@code data} when forced, when never done or invalidated, or when due; true when it
     * evaluated now (else the last values stand).
     */
    boolean update(Network net, PreparedData data, boolean force) {
        long now = nanoTime.getAsLong();
        if (!force && train != null && now - last < Math.max(minIntervalNanos, WAIT_FACTOR * lastDuration)) {
            return false;
        }
        if (!net.isFinite()) {
            // Diverged weights: any accuracy read from them would be meaningless.
            train = NONE;
            dev = NONE;
        } else {
            train = evaluate(predictor, net, data.train());
            dev = evaluate(predictor, net, data.dev());
        }
        last = nanoTime.getAsLong();
        // The shorter of the last two: one slow evaluation (the first runs in the interpreter, or a GC pause) must
        // not hold back the next for twenty times its length; a steadily slow one still does.
        long duration = last - now;
        lastDuration = Math.min(duration, previousDuration);
        previousDuration = duration;
        return true;
    }

    /** Cost and accuracy of {@code net} on a set laid out as {input rows..., y}. */
    static Predictor.Evaluation evaluate(Predictor predictor, Network net, double[][] set) {
        double[] y = PreparedData.labelsOf(set);
        return predictor.evaluate(net, PreparedData.inputsOf(set), y, y.length);
    }

    /** The next {@link #update} evaluates whatever the time (the data changed). */
    void invalidate() {
        train = null;
    }

    /** Cost and accuracy on the training set as last evaluated (null before the first update). */
    Predictor.Evaluation train() {
        return train;
    }

    /** Cost and accuracy on the dev set as last evaluated (null before the first update). */
    Predictor.Evaluation dev() {
        return dev;
    }
}
