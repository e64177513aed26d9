package com.backproplab.training;

import com.backproplab.engine.StepStats;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples of a run over steps, immutable, at most {@link #CAPACITY} of them, taken every {@code stride} steps:
 * when the buffer is full the recorder merges neighbouring samples and doubles the stride, so a long run keeps
 * its whole length at a coarser resolution and memory stays bounded. Per-layer series are indexed by l = 1..L.
 * A sample recorded from a step's stats also keeps what the command line's trace writes for that step (epoch,
 * batch size, learning rate, the step's own batch cost, and whether the costs were evaluated at that step), so a
 * sample, merged or not, is the trace's row of its step.
 * The run's first sample describes its starting weights (step 0 of a new run) and is never merged away; a step
 * that diverged is always sampled, so a run that stops keeps everything up to the stop.
 */
public final class History {
    /** Most samples kept. */
    public static final int CAPACITY = 1024;
    /** Values per sample before the per-layer ones. */
    static final int SCALARS = 10;
    private static final int BATCH_COST = 0, TRAIN_COST = 1, DEV_COST = 2, TRAIN_ACC = 3, DEV_ACC = 4;
    private static final int STEP_COST = 5, EPOCH = 6, BATCH_SIZE = 7, LEARNING_RATE = 8, EVALUATED = 9;

    static final History EMPTY = new History(new long[0], new double[0], 0, 0, 0);
    /** Numbers the runs of every session, so a view can tell a new run (a reset) from more of the same one. */
    private static final AtomicLong RUNS = new AtomicLong();

    private final long[] steps;
    private final double[] values;
    private final int size;
    private final int layers;
    private final long run;

    History(long[] steps, double[] values, int size, int layers, long run) {
        this.steps = steps;
        this.values = values;
        this.size = size;
        this.layers = layers;
        this.run = run;
    }

    /** Identifies the run: new weights (reset, new network, loaded parameters) start a new run. */
    public long run() {
        return run;
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

    /** Cost of the last mini-batch before sample i (L2 included); NaN for the starting sample. */
    public double batchCost(int i) {
        return value(i, BATCH_COST);
    }

    /** Cross-entropy over the training set at sample i. */
    public double trainCost(int i) {
        return value(i, TRAIN_COST);
    }

    /** Cross-entropy over the dev set at sample i (NaN without a dev set). */
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

    /** Cost of sample i's own mini-batch (L2 included), before its update; NaN for a sample without step stats. */
    public double stepCost(int i) {
        return value(i, STEP_COST);
    }

    /** Completed epochs before sample i's step (-1 for a sample without step stats). */
    public long epoch(int i) {
        double e = value(i, EPOCH);
        return Double.isNaN(e) ? -1 : (long) e;
    }

    /** Examples in sample i's mini-batch (0 for a sample without step stats). */
    public int batchSize(int i) {
        double b = value(i, BATCH_SIZE);
        return Double.isNaN(b) ? 0 : (int) b;
    }

    /** Learning rate of sample i's update, after the schedule (NaN for a sample without step stats). */
    public double learningRate(int i) {
        return value(i, LEARNING_RATE);
    }

    /**
     * True when the train and dev costs and accuracies of sample i were evaluated at its own step; otherwise they
     * are the latest evaluation before it (the trainer evaluates the whole sets at most about 60 times a second).
     */
    public boolean evaluated(int i) {
        return value(i, EVALUATED) == 1;
    }

    /** ||dW[l]||_F at sample i. */
    public double gradNorm(int i, int l) {
        return value(i, SCALARS + (l - 1));
    }

    /** ||W[l]||_F at sample i. */
    public double weightNorm(int i, int l) {
        return value(i, SCALARS + layers + (l - 1));
    }

    /** Update-to-weight ratio of layer l at sample i (NaN for the starting sample: nothing was updated). */
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
        private final long run = RUNS.incrementAndGet();
        private final long[] steps = new long[CAPACITY];
        private final double[] values;
        private int size;
        /** 1 once the starting sample is in row 0, which merging keeps. */
        private int start;
        private long stride = 1;
        private History copy;
        private double batchSum;
        private int batchCount;

        Recorder(int layers) {
            this.layers = layers;
            this.width = width(layers);
            this.values = new double[CAPACITY * width];
        }

        /** Samples recorded (the starting one included). */
        int size() {
            return size;
        }

        /**
         * Records the run's starting state, before its first update: only as the first sample. Its batch cost and
         * update ratios are NaN (no mini-batch was trained on, nothing was updated).
         */
        void addStart(long step, double trainCost, double devCost, double trainAcc, double devAcc, double[] grad,
                      double[] weight, double[] activationStd) {
            if (size > 0) {
                throw new IllegalStateException("the starting sample must come first");
            }
            double[] noRatio = new double[layers + 1];
            Arrays.fill(noRatio, Double.NaN);
            double sum = batchSum;
            int count = batchCount;
            batchSum = 0;
            batchCount = 0;
            add(step, trainCost, devCost, trainAcc, devAcc, grad, weight, noRatio, activationStd);
            batchSum = sum;
            batchCount = count;
            start = 1;
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

        /** Records a sample without step stats; its batch cost is the mean of those offered since the previous one. */
        void add(long step, double trainCost, double devCost, double trainAcc, double devAcc, double[] grad,
                 double[] weight, double[] ratio, double[] activationStd) {
            begin(step, trainCost, devCost, trainAcc, devAcc, grad, weight, ratio, activationStd);
            end();
        }

        /**
         * Records step {@code s}'s sample with what the trace writes for it; {@code evaluated} says whether the
         * costs and accuracies given were evaluated after this very step.
         */
        void add(StepStats s, double trainCost, double devCost, double trainAcc, double devAcc, boolean evaluated) {
            int o = begin(s.step, trainCost, devCost, trainAcc, devAcc, s.gradNorm, s.weightNorm, s.updateRatio,
                    s.activationStd);
            values[o + STEP_COST] = s.cost;
            values[o + EPOCH] = s.epoch;
            values[o + BATCH_SIZE] = s.batchSize;
            values[o + LEARNING_RATE] = s.learningRate;
            values[o + EVALUATED] = evaluated ? 1 : 0;
            end();
        }

        /** Writes a sample's common values in the next slot; returns its offset. */
        private int begin(long step, double trainCost, double devCost, double trainAcc, double devAcc,
                          double[] grad, double[] weight, double[] ratio, double[] activationStd) {
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
            Arrays.fill(values, o + STEP_COST, o + SCALARS, Double.NaN);
            for (int l = 1; l <= layers; l++) {
                values[o + SCALARS + l - 1] = grad[l];
                values[o + SCALARS + layers + l - 1] = weight[l];
                values[o + SCALARS + 2 * layers + l - 1] = ratio[l];
                values[o + SCALARS + 3 * layers + l - 1] = activationStd[l];
            }
            return o;
        }

        private void end() {
            size++;
            // With the starting sample kept aside, merging starts one sample earlier so the rest pairs up evenly.
            if (size == CAPACITY - start) {
                merge();
            }
        }

        /**
         * Halves the samples after the starting one: each pair becomes its later sample, with the mean of the
         * pair's batch costs (its other values, the step's own cost included, stay those of its step).
         */
        private void merge() {
            int half = (size - start) / 2;
            for (int k = 0; k < half; k++) {
                int a = start + 2 * k, b = a + 1, to = start + k;
                double meanBatch = (values[a * width + BATCH_COST] + values[b * width + BATCH_COST]) / 2;
                steps[to] = steps[b];
                System.arraycopy(values, b * width, values, to * width, width);
                values[to * width + BATCH_COST] = meanBatch;
            }
            size = start + half;
            stride *= 2;
        }

        /** The samples so far; the same immutable copy until a sample is added, so publishing copies once. */
        History snapshot() {
            if (copy == null) {
                copy = new History(Arrays.copyOf(steps, size), Arrays.copyOf(values, size * width), size, layers, run);
            }
            return copy;
        }
    }
}
