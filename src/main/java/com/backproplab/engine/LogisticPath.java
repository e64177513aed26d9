package com.backproplab.engine;

import java.util.Arrays;

/**
 * Logistic regression on two weights, yhat = sigmoid(w1 x1 + w2 x2) with the bias held at 0, trained by full-batch
 * steps of one of the engine's optimizers: the network of no hidden layer, with the forward and backward pass, the
 * cost and the {@link Optimizer} that {@link Learner} uses, except that db is set to 0 before each update (so every
 * rule leaves b at 0). With b fixed the cost is a function of (w1, w2) alone, which the optimizer-path view draws
 * as a contour plot under each step's position. Not thread-safe: one thread drives it.
 */
public final class LogisticPath {
    private static final int[] SIZES = {2, 1};

    private final Network net;
    private final Workspace ws;
    private final Gradients grads = new Gradients(SIZES);
    private final Optimizer optimizer;
    private final TrainingConfig config;
    private final double[] x1, x2, y;
    private final int m;
    private long steps;

    /**
     * @param x1 first inputs of the training set (copied)
     * @param x2 second inputs (copied)
     * @param labels 0 or 1 (copied)
     * @param w1 starting w1
     * @param w2 starting w2
     * @param config the optimizer and its hyperparameters (the learning rate, betas, epsilon; L2, dropout, batch
     *        size and the schedule are not used: full batch, no regularization, a constant rate)
     */
    public LogisticPath(double[] x1, double[] x2, double[] labels, double w1, double w2, TrainingConfig config) {
        if (x1.length != x2.length || x1.length != labels.length || x1.length == 0) {
            throw new IllegalArgumentException("x1, x2 and labels must have the same length, at least 1");
        }
        this.x1 = x1.clone();
        this.x2 = x2.clone();
        this.y = labels.clone();
        this.m = x1.length;
        this.config = config;
        net = Network.of(SIZES, Activation.LINEAR, new double[][][] {{{w1, w2}}}, new double[][] {{0}});
        ws = new Workspace(SIZES, m);
        System.arraycopy(this.x1, 0, ws.act[0], 0, m);
        System.arraycopy(this.x2, 0, ws.act[0], m, m);
        System.arraycopy(this.y, 0, ws.y, 0, m);
        optimizer = Optimizer.create(config.optimizer(), SIZES);
    }

    /** One full-batch update of (w1, w2); returns the cost J before it. */
    public double step() {
        Backprop.forward(net, ws, m, 1.0, null);
        double cost = CrossEntropy.mean(ws.z[1], ws.y, m);
        Backprop.backward(net, ws, m, 1.0, 0.0, grads);
        Arrays.fill(grads.db[1], 0.0);
        optimizer.update(net, grads, config.learningRate(), config);
        steps++;
        return cost;
    }

    /** The current w1. */
    public double w1() {
        return net.weight(1, 0, 0);
    }

    /** The current w2. */
    public double w2() {
        return net.weight(1, 0, 1);
    }

    /** The bias, 0 at every step. */
    public double bias() {
        return net.b[1][0];
    }

    /** Updates applied. */
    public long steps() {
        return steps;
    }

    /** The update rule. */
    public OptimizerKind kind() {
        return optimizer.kind();
    }

    /** J(w1, w2) = (1/m) sum L(sigmoid(w1 x1 + w2 x2), y) over the training set, with the engine's loss. */
    public double cost(double w1, double w2) {
        double sum = 0;
        for (int j = 0; j < m; j++) {
            sum += CrossEntropy.loss(w1 * x1[j] + w2 * x2[j], y[j]);
        }
        return sum / m;
    }

    /** J at the current weights. */
    public double cost() {
        return cost(w1(), w2());
    }
}
