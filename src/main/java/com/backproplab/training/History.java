package com.backproplab.training;

import java.util.Arrays;

/**
 * Samples of a run over steps, immutable, at most {@link #CAPACITY} of them, taken every {@code stride} steps:
 * when the buffer is full the recorder merges neighbouring samples and doubles the stride, so a long run keeps
 * its whole length at a coarser resolution and memory stays bounded. Per-layer series are indexed by l = 1..L.
 */
public final class History {
    /** Most samples kept. */
    public static final int CAPACITY = 1024;
    /** Values per sample before the per-layer ones. */
    static final int SCALARS = 5;
    private static final int BATCH_COST = 0, TRAIN_COST = 1, DEV_COST = 2, TRAIN_ACC = 3, DEV_ACC = 4;

    static final History EMPTY = new History(new long[0], new double[0], 0, 0);

    private final long[] steps;
    private final double[] values;
    private final int size;
    private final int layers;

    History(long[] steps, double[] values, int size, int layers) {
        this.steps = steps;
        this.values = values;
        this.size = size;
        this.layers = layers;
    }

    static int width(int layers) {
        return SCALARS + 4 * layers;
    }

    /** Samples held. */
    public int size() {
        return size;
    }

    /** L, the layers with parameters. */
    public int layers() {
        return layers;
    }

    /** Training step of sample i. */
    public long step(int i) {
        return steps[i];
    }

    private double value(int i, int k) {
        return values[i * width(layers) + k];
    }

    /** Cost of the last mini-batch before sample i (L2 included). */
    public double batchCost(int i) {
        return value(i, BATCH_COST);
    }

    /** Cross-entropy over the training set at sample i, NaN where it was not measured (evaluations are throttled). */
    public double trainCost(int i) {
        return value(i, TRAIN_COST);
    }

    /** Cross-entropy over the dev set at sample i (NaN without a dev set, or where it was not measured). */
    public double devCost(int i) {
        return value(i, DEV_COST);
    }

    /** Training accuracy at sample i. */
    public double trainAccuracy(int i) {
        return value(i, TRAIN_ACC);
    }

    /** Dev accuracy at sample i (NaN without a dev set). */
    public double devAccuracy(int i) {
        return value(i, DEV_ACC);
    }

    /** ||dW[l]||_F at sample i. */
    public double gradNorm(int i, int l) {
        return value(i, SCALARS + (l - 1));
    }

    /** ||W[l]||_F at sample i. */
    public double weightNorm(int i, int l) {
        return value(i, SCALARS + layers + (l - 1));
    }

    /** Update-to-weight ratio of layer l at sample i. */
    public double updateRatio(int i, int l) {
        return value(i, SCALARS + 2 * layers + (l - 1));
    }

    /** Standard deviation of A[l] over the mini-batch at sample i (near 0: saturated or dead units). */
    public double activationStd(int i, int l) {
        return value(i, SCALARS + 3 * layers + (l - 1));
    }

    /** The mutable side, owned by the training thread. */
    static final class Recorder {
        private final int layers;
        private final int width;
        private final long[] steps = new long[CAPACITY];
        private final double[] values;
        private int size;
        private long stride = 1;
        private History copy;
        private double batchSum;
        private int batchCount;

        Recorder(int layers) {
            this.layers = layers;
            this.width = width(layers);
            this.values = new double[CAPACITY * width];
        }

        /** Steps between samples. */
        long stride() {
            return stride;
        }

        /** Adds a step's mini-batch cost; true when this step is a sample point and {@link #add} should follow. */
        boolean offer(long step, double batchCost) {
            batchSum += batchCost;
            batchCount++;
            return step % stride == 0;
        }

        /** Records a sample; its batch cost is the mean of the batch costs offered since the previous sample. */
        void add(long step, double trainCost, double devCost, double trainAcc, double devAcc, double[] grad,
                 double[] weight, double[] ratio, double[] activationStd) {
            copy = null;
            double batchCost = batchCount == 0 ? Double.NaN : batchSum / batchCount;
            batchSum = 0;
            batchCount = 0;
            if (size > 0 && steps[size - 1] >= step) {
                size--; // a re-sample of the same step replaces the previous one
            }
            steps[size] = step;
            int o = size * width;
            values[o + BATCH_COST] = batchCost;
            values[o + TRAIN_COST] = trainCost;
            values[o + DEV_COST] = devCost;
            values[o + TRAIN_ACC] = trainAcc;
            values[o + DEV_ACC] = devAcc;
            for (int l = 1; l <= layers; l++) {
                values[o + SCALARS + l - 1] = grad[l];
                values[o + SCALARS + layers + l - 1] = weight[l];
                values[o + SCALARS + 2 * layers + l - 1] = ratio[l];
                values[o + SCALARS + 3 * layers + l - 1] = activationStd[l];
            }
            size++;
            if (size == CAPACITY) {
                merge();
            }
        }

        /**
         * Halves the samples: each pair becomes its later sample, with the mean of the pair's batch costs, unless
         * only the earlier one has a measured training cost: then that one stays, so no measurement is lost.
         */
        private void merge() {
            int half = size / 2;
            for (int k = 0; k < half; k++) {
                int a = 2 * k, b = 2 * k + 1;
                double meanBatch = mean(values[a * width + BATCH_COST], values[b * width + BATCH_COST]);
                boolean keepEarlier = Double.isNaN(values[b * width + TRAIN_COST])
                        && !Double.isNaN(values[a * width + TRAIN_COST]);
                int kept = keepEarlier ? a : b;
                steps[k] = steps[kept];
                System.arraycopy(values, kept * width, values, k * width, width);
                values[k * width + BATCH_COST] = meanBatch;
            }
            size = half;
            stride *= 2;
        }

        /** The mean of two batch costs; one alone when the other is NaN (the run's first sample has none). */
        private static double mean(double u, double v) {
            return Double.isNaN(u) ? v : Double.isNaN(v) ? u : (u + v) / 2;
        }

        /** The samples so far; the same immutable copy until a sample is added, so publishing copies once. */
        History snapshot() {
            if (copy == null) {
                copy = new History(Arrays.copyOf(steps, size), Arrays.copyOf(values, size * width), size, layers);
            }
            return copy;
        }
    }
}
