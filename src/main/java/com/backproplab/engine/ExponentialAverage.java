package com.backproplab.engine;

/** v_t = beta v_{t-1} + (1-beta) theta_t, read with or without the bias correction v_t / (1 - beta^t). */
public final class ExponentialAverage {
    private final double beta;
    private double v;
    private long t;
    private double betaPowT = 1.0;

    /** An average with decay {@code beta} in [0, 1). */
    public ExponentialAverage(double beta) {
        if (!(beta >= 0 && beta < 1)) {
            throw new IllegalArgumentException("beta must be in [0, 1), found " + beta);
        }
        this.beta = beta;
    }

    /** Adds theta_t. */
    public void add(double theta) {
        v = beta * v + (1 - beta) * theta;
        t++;
        betaPowT *= beta;
    }

    /** v_t without bias correction (biased towards 0 early on). */
    public double raw() {
        return v;
    }

    /** v_t / (1 - beta^t); NaN before the first value. */
    public double corrected() {
        return t == 0 ? Double.NaN : v / (1 - betaPowT);
    }

    /** Values added so far. */
    public long count() {
        return t;
    }
}
