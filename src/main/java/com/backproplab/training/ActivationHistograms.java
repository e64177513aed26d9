package com.backproplab.training;

import com.backproplab.engine.Activation;

/**
 * How the activations A[l] of each hidden layer are distributed over the training set: for l = 1..L-1, the count
 * of (unit, point) values in each of {@link #BINS} equal bins over a range fixed by the activation (sigmoid [0, 1],
 * tanh [-1, 1], ReLU [0, 4], leaky ReLU [-1, 4], linear [-4, 4]), so saturated units pile up in the end bins and dead
 * ReLUs in the bin at 0. A value outside the range is counted in the nearest end bin and also in {@link #outside}.
 * Immutable.
 */
public final class ActivationHistograms {
    /** Bins per layer. */
    public static final int BINS = 40;
    /** Upper end of the ranges of the unbounded activations: wide enough for He-initialized layers. */
    static final double UNBOUNDED = 4;

    private final Activation activation;
    private final double lo, hi;
    /** counts[l][b] for hidden layers l = 1..L-1 (index 0 unused). */
    private final int[][] counts;
    private final int[] outside;
    private final int[] zeros;
    private final int points;

    private ActivationHistograms(Activation activation, int[][] counts, int[] outside, int[] zeros, int points) {
        this.activation = activation;
        double[] r = range(activation);
        this.lo = r[0];
        this.hi = r[1];
        this.counts = counts;
        this.outside = outside;
        this.zeros = zeros;
        this.points = points;
    }

    /** The fixed range [lo, hi] of the bins for activation {@code g}. */
    public static double[] range(Activation g) {
        return switch (g) {
            case SIGMOID -> new double[] {0, 1};
            case TANH -> new double[] {-1, 1};
            case RELU -> new double[] {0, UNBOUNDED};
            case LEAKY_RELU -> new double[] {-1, UNBOUNDED};
            case LINEAR -> new double[] {-UNBOUNDED, UNBOUNDED};
        };
    }

    /** The hidden activation of the network. */
    public Activation activation() {
        return activation;
    }

    /** Lower end of the bins' range. */
    public double lo() {
        return lo;
    }

    /** Upper end of the bins' range. */
    public double hi() {
        return hi;
    }

    /** L, the layers of the network; the histograms are of layers 1..L-1. */
    public int layers() {
        return counts.length - 1;
    }

    /** Training points run through the network. */
    public int points() {
        return points;
    }

    /** Values of layer l in bin b (0..BINS-1), values outside the range included in the end bins. */
    public int count(int l, int b) {
        return counts[l][b];
    }

    /** The largest bin of layer l. */
    public int maxCount(int l) {
        int max = 0;
        for (int c : counts[l]) {
            max = Math.max(max, c);
        }
        return max;
    }

    /** Values of layer l: its units times the points. */
    public int total(int l) {
        int sum = 0;
        for (int c : counts[l]) {
            sum += c;
        }
        return sum;
    }

    /** Values of layer l outside [lo, hi] (or not finite), counted in the end bins. */
    public int outside(int l) {
        return outside[l];
    }

    /** Values of layer l exactly 0 (a ReLU that does not fire). */
    public int zeros(int l) {
        return zeros[l];
    }

    /** The bin of value v: floor((v - lo) / width), ends included; NaN goes to bin 0. */
    static int bin(double v, double lo, double hi) {
        if (!(v > lo)) {
            return 0;
        }
        return v >= hi ? BINS - 1 : Math.min(BINS - 1, (int) ((v - lo) / (hi - lo) * BINS));
    }

    /** Counts values layer by layer, then freezes them. Owned by one thread. */
    static final class Builder {
        private final Activation activation;
        private final double lo, hi;
        private final int[][] counts;
        private final int[] outside, zeros;

        Builder(Activation activation, int layers) {
            this.activation = activation;
            double[] r = range(activation);
            lo = r[0];
            hi = r[1];
            counts = new int[layers + 1][];
            outside = new int[layers + 1];
            zeros = new int[layers + 1];
            for (int l = 1; l < layers; l++) {
                counts[l] = new int[BINS];
            }
        }

        /** Adds the first {@code len} values of {@code a} to hidden layer l. */
        void add(int l, double[] a, int len) {
            int[] c = counts[l];
            int out = 0, zero = 0;
            for (int j = 0; j < len; j++) {
                double v = a[j];
                c[bin(v, lo, hi)]++;
                out += v >= lo && v <= hi ? 0 : 1;
                zero += v == 0 ? 1 : 0;
            }
            outside[l] += out;
            zeros[l] += zero;
        }

        ActivationHistograms build(int points) {
            int[][] frozen = new int[counts.length][];
            for (int l = 1; l < counts.length - 1; l++) {
                frozen[l] = counts[l].clone();
            }
            frozen[0] = new int[0];
            if (counts.length > 1) {
                frozen[counts.length - 1] = new int[0];
            }
            return new ActivationHistograms(activation, frozen, outside.clone(), zeros.clone(), points);
        }
    }
}
