package com.backproplab.engine;

/**
 * Trains one network on one training set with mini-batch steps (docs/math.md, Optimizers).
 * Owns the network, the optimizer, the buffers and the batch order. Not thread-safe: one thread drives it.
 * Once sized, {@link #step()} allocates nothing.
 */
public final class Learner {
    private static final long SHUFFLE_STREAM = 0x5EED5EEDL;
    private static final long DROPOUT_STREAM = 0xD20D0D20L;
    /**
     * A mean cross-entropy (for regression, half the mean squared error) above this many times the run's starting
     * one (a start below 1 counts as 1) also counts as divergence: the cost is computed stably, so a runaway network
     * grows its cost without bound long before anything overflows. Relative, so a run that starts high (a large init)
     * still shows its growth before the stop.
     */
    public static final double EXPLOSION_FACTOR = 1e6;
    /**
     * Batch norm hides runaway weights from the cross-entropy; they show in the L2 term. An L2 term above this many
     * times the start (at least 1 nat) in a step that does not shrink the weights diverges too: weights that do not
     * shrink under such a penalty are the runaway, so the bar is lower.
     */
    public static final double RUNAWAY_FACTOR = 1e3;

    private final Network net;
    private final int[] sizes;
    private final long seed;
    private TrainingConfig config;
    private Optimizer optimizer;
    private Workspace ws;
    private final Gradients grads;
    private final StepStats stats;
    private final StepDiagnostics diagnostics;
    private final Rng shuffleRng = new Rng(0);
    private final Rng dropoutRng = new Rng(0);

    /** The training inputs, one row per feature (n[0] rows of m). */
    private double[][] x = new double[0][0];
    private double[] y = new double[0];
    private int[] order = new int[0];
    private int position;
    private long epoch;
    private long steps;
    private long divergedAt = -1;
    /** The batch size of the last step while its diagnostics wait for {@link #diagnose()}, else 0. */
    private int pendingBatch;
    /** Cross-entropy of the first step since construction or {@link #restoreProgress}; NaN before it. */
    private double startCost = Double.NaN;

    /** A learner for a freshly initialized network. */
    public Learner(NetworkConfig network, TrainingConfig training) {
        this(Network.initialize(network), training, network.seed());
    }

    /** A learner for the given network (kept, not copied); {@code seed} drives the shuffles and dropout. */
    public Learner(Network network, TrainingConfig training, long seed) {
        this.net = network;
        this.sizes = network.sizes();
        this.seed = seed;
        this.config = training;
        this.optimizer = Optimizer.create(training.optimizer(), network.sizes(), network.batchNorm());
        this.grads = new Gradients(network.sizes(), network.batchNorm());
        this.stats = new StepStats(network.layers());
        this.diagnostics = new StepDiagnostics(network.layers());
        this.ws = new Workspace(network.sizes(), 1, network.batchNorm());
    }

    /** {@link #setData(double[][], double[])} for a network whose inputs are the two coordinates. */
    public void setData(double[] x1, double[] x2, double[] labels) {
        setData(new double[][] {x1, x2}, labels);
    }

    /**
     * Replaces the training set (already normalized): {@code inputs[k]} is feature k of every example, n[0] rows;
     * labels are 0 or 1 for classification, any finite number for regression. The next step starts a new pass over
     * it; the epoch counter is kept.
     */
    public void setData(double[][] inputs, double[] labels) {
        if (inputs.length != sizes[0]) {
            throw new IllegalArgumentException("the network has " + sizes[0] + " inputs, found " + inputs.length
                    + " feature rows");
        }
        double[][] copy = new double[inputs.length][];
        for (int k = 0; k < inputs.length; k++) {
            if (inputs[k].length != labels.length) {
                throw new IllegalArgumentException("every feature row needs one value per label, found "
                        + inputs[k].length + " values and " + labels.length + " labels");
            }
            copy[k] = inputs[k].clone();
        }
        this.x = copy;
        this.y = labels.clone();
        this.order = new int[labels.length];
        this.position = 0;
    }

    /** Changes hyperparameters; the optimizer state survives unless the rule itself changes. */
    public void setTraining(TrainingConfig training) {
        diagnose();
        if (training.optimizer() != optimizer.kind()) {
            optimizer = Optimizer.create(training.optimizer(), net.sizes(), net.batchNorm());
        }
        this.config = training;
    }

    /**
     * Restores progress saved from another learner: step count, epoch, position in the epoch. Call it after
     * {@link #setData}, which starts a new pass.
     */
    public void restoreProgress(long steps, long epoch, int position) {
        if (steps < 0 || epoch < 0 || position < 0) {
            throw new IllegalArgumentException("step, epoch and position must be >= 0");
        }
        this.steps = steps;
        this.epoch = epoch;
        this.position = position;
        this.divergedAt = -1;
        this.startCost = Double.NaN;
        if (position > 0 && position < y.length) {
            // step() orders an epoch only at its start: rebuild the saved epoch's order to resume inside it.
            orderEpoch(y.length);
        }
    }

    /** One mini-batch update with all its diagnostics: {@link #advance()}, then {@link #diagnose()}. */
    public StepStats step() {
        advance();
        return diagnose();
    }

    /**
     * One mini-batch update. Returns the (reused) stats of this step with its cost, learning rate, weight norms and
     * divergence; the per-layer diagnostics read only at some steps (gradient norms, activation statistics, update
     * ratios) are NaN until {@link #diagnose()} computes them. Training between the samples a chart keeps thus
     * pays only for the update and the divergence check.
     */
    public StepStats advance() {
        int m = y.length;
        if (m == 0) {
            throw new IllegalStateException("no training data");
        }
        if (divergedAt >= 0) {
            throw new IllegalStateException("training diverged at step " + divergedAt + "; reset the weights");
        }
        if (position >= m) {
            position = 0;
        }
        pendingBatch = 0; // the last step's diagnostics are not asked for any more
        int batch = Math.min(config.batchSize(), m);
        if (!ws.fits(sizes, batch)) {
            ws = new Workspace(sizes, batch, net.batchNorm());
        }
        if (config.keepProb() < 1.0) {
            ws.enableDropout(sizes);
        }
        if (position == 0) {
            orderEpoch(m);
        }
        int mb = Math.min(batch, m - position);
        gather(mb);

        double alpha = config.schedule().rate(config.learningRate(), epoch);
        dropoutRng.reset(seed ^ DROPOUT_STREAM, steps);
        Backprop.forward(net, ws, mb, config.keepProb(), dropoutRng, BatchNorm.Statistics.BATCH_AND_TRACK);
        // The explosion test reads the data term alone: a large penalty is regularization, not divergence.
        double crossEntropy = OutputCost.mean(net.problem(), ws.z[net.layers()], ws.y, mb);
        double cost = L1.cost(L2.cost(crossEntropy, net, config.l2(), mb), net, config.l1(), mb);
        Backprop.backward(net, ws, mb, config.keepProb(), config.l2(), config.l1(), grads);
        stats.step = steps + 1;
        stats.epoch = epoch;
        stats.batchSize = mb;
        stats.learningRate = alpha;
        stats.cost = cost;
        StepDiagnostics.clear(stats);
        // A large L2 term whose step shrinks the weights is regularization at work; one that does not is a runaway.
        if (Double.isNaN(startCost)) {
            startCost = crossEntropy;
        }
        double start = Math.max(1.0, startCost);
        boolean penalized = cost - crossEntropy > RUNAWAY_FACTOR * start;
        double squares = penalized ? L2.sumSquaredWeights(net) : 0.0;
        optimizer.update(net, grads, alpha, config);
        boolean finite = Double.isFinite(cost) && crossEntropy <= EXPLOSION_FACTOR * start
                && !(penalized && L2.sumSquaredWeights(net) >= squares);
        for (int l = 1; l <= net.layers(); l++) {
            double[] w = net.w[l];
            double norm = Math.sqrt(Sums.sumSquares(w, w.length));
            stats.weightNorm[l] = norm;
            // A non-finite parameter makes its layer's norm non-finite; biases are checked directly.
            finite &= Double.isFinite(norm) && Double.isFinite(Sums.sumSquares(net.b[l], net.b[l].length));
        }
        steps++;
        position += mb;
        if (position >= m) {
            position = 0;
            epoch++;
        }
        stats.diverged = !finite;
        if (!finite) {
            divergedAt = steps;
        }
        pendingBatch = mb;
        return stats;
    }

    /**
     * Completes the stats of the last {@link #advance()} with its per-layer diagnostics, computed from what that
     * step left (its gradients, its batch's activations, the optimizer's state), so they equal what the step would
     * have computed itself. Does nothing when they are complete, or before the first step. The learner does it
     * itself before anything changes that state: new settings (a new optimizer), or a weight edited.
     */
    public StepStats diagnose() {
        int mb = pendingBatch;
        if (mb == 0) {
            return stats;
        }
        pendingBatch = 0;
        diagnostics.complete(stats, net, ws, grads, optimizer, mb);
        return stats;
    }

    private void orderEpoch(int m) {
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        if (config.shuffle()) {
            // The order of an epoch depends only on (seed, epoch), so a saved run resumes exactly.
            shuffleRng.reset(seed ^ SHUFFLE_STREAM, epoch);
            for (int i = m - 1; i > 0; i--) {
                int j = shuffleRng.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
    }

    private void gather(int mb) {
        double[] a0 = ws.act[0];
        for (int j = 0; j < mb; j++) {
            int idx = order[position + j];
            for (int k = 0; k < x.length; k++) {
                a0[k * mb + j] = x[k][idx];
            }
            ws.y[j] = y[idx];
        }
    }

    /** The network being trained (live: read it only from the thread that drives this learner). */
    public Network network() {
        return net;
    }

    /** The current update rule and its state. */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** Current hyperparameters. */
    public TrainingConfig training() {
        return config;
    }

    /** The seed of shuffles and dropout masks. */
    public long seed() {
        return seed;
    }

    /** Updates applied so far. */
    public long steps() {
        return steps;
    }

    /** Completed epochs. */
    public long epoch() {
        return epoch;
    }

    /** Index of the next example of the epoch's order. */
    public int position() {
        return position;
    }

    /** Training examples. */
    public int size() {
        return y.length;
    }

    /** The learning rate the next step will use. */
    public double currentLearningRate() {
        return config.schedule().rate(config.learningRate(), epoch);
    }

    /** The step at which the cost or a parameter became non-finite or the cost exploded, or -1. */
    public long divergedAt() {
        return divergedAt;
    }
}
