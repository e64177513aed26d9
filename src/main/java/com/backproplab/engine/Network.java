package com.backproplab.engine;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Parameters of a fully connected network: {@code W[l]} (n[l] x n[l-1], row-major) and {@code b[l]} (n[l])
 * for l = 1..L, hidden activation g, and a sigmoid output (classification) or a linear one (regression). Mutable: only
 * its owner (one thread) trains it.
 */
public final class Network {
    private final int[] sizes;
    private final Activation activation;
    private final Problem problem;
    /** Every learned array in theta order (see {@link Theta}); w, b and the batch norm's gamma, beta share them. */
    final double[][] blocks;
    /** W[l] for l = 1..L; index 0 is unused so indices read as in the course. */
    final double[][] w;
    /** b[l] for l = 1..L; stays 0 on batch-normalized layers, where beta takes its role. */
    final double[][] b;
    /** Batch norm of the hidden layers, or null without it. */
    final BatchNorm norm;

    private Network(int[] sizes, Activation activation, boolean batchNorm, Problem problem) {
        this.sizes = sizes.clone();
        this.activation = activation;
        this.problem = problem;
        int layers = sizes.length - 1;
        blocks = Theta.allocate(sizes, batchNorm);
        w = Theta.byLayer(blocks, Theta.W, layers, batchNorm);
        b = Theta.byLayer(blocks, Theta.B, layers, batchNorm);
        norm = batchNorm ? new BatchNorm(sizes, Theta.byLayer(blocks, Theta.GAMMA, layers, true),
                Theta.byLayer(blocks, Theta.BETA, layers, true)) : null;
    }

    /** A network initialized by the config's scheme from its seed (same seed, same weights). */
    public static Network initialize(NetworkConfig config) {
        Network net = new Network(config.layerSizes(), config.activation(), config.batchNorm(), config.problem());
        SplittableRandom rng = new SplittableRandom(config.seed());
        for (int l = 1; l <= net.layers(); l++) {
            double std = config.init().scale(net.sizes[l - 1], net.sizes[l], config.initScale());
            double[] wl = net.w[l];
            for (int i = 0; i < wl.length; i++) {
                // Draw even for zeros so the random stream does not depend on the scheme.
                wl[i] = rng.nextGaussian() * std;
            }
        }
        return net;
    }

    /** A network with the given parameters; {@code weights[l-1]} is W[l] as rows, {@code biases[l-1]} is b[l]. */
    public static Network of(int[] sizes, Activation activation, double[][][] weights, double[][] biases) {
        return of(sizes, activation, false, weights, biases);
    }

    /**
     * A batch-normalized network with the given parameters: as {@link #of}, plus gamma, beta and the running mean
     * and variance of each hidden layer ({@code [l-1][i]}, l = 1..L-1).
     */
    public static Network withBatchNorm(int[] sizes, Activation activation, double[][][] weights, double[][] biases,
                                        double[][] gamma, double[][] beta, double[][] runningMean,
                                        double[][] runningVar) {
        Network net = of(sizes, activation, true, weights, biases);
        net.norm.set(gamma, beta, runningMean, runningVar);
        return net;
    }

    private static Network of(int[] sizes, Activation activation, boolean batchNorm, double[][][] weights,
                              double[][] biases) {
        Network net = new Network(sizes, activation, batchNorm, Problem.CLASSIFICATION);
        if (weights.length != net.layers() || biases.length != net.layers()) {
            throw new IllegalArgumentException("expected parameters for " + net.layers() + " layers, found "
                    + weights.length + " weight matrices and " + biases.length + " bias vectors");
        }
        for (int l = 1; l <= net.layers(); l++) {
            net.setLayer(l, weights[l - 1], biases[l - 1]);
        }
        return net;
    }

    private void setLayer(int l, double[][] rows, double[] bias) {
        int n = sizes[l], k = sizes[l - 1];
        if (rows.length != n) {
            throw new IllegalArgumentException("W[" + l + "] must be " + n + " x " + k + ", found " + rows.length
                    + " rows");
        }
        for (int i = 0; i < n; i++) {
            if (rows[i].length != k) {
                throw new IllegalArgumentException("W[" + l + "] must be " + n + " x " + k + ", row " + (i + 1)
                        + " has " + rows[i].length + " columns");
            }
            System.arraycopy(rows[i], 0, w[l], i * k, k);
        }
        if (bias.length != n) {
            throw new IllegalArgumentException("b[" + l + "] must have " + n + " entries, found " + bias.length);
        }
        System.arraycopy(bias, 0, b[l], 0, n);
    }

    /** L: the number of layers with parameters (hidden layers + output). */
    public int layers() {
        return sizes.length - 1;
    }

    /** n[l] for l = 0..L. */
    public int units(int l) {
        return sizes[l];
    }

    /** Layer sizes n[0..L]. */
    public int[] sizes() {
        return sizes.clone();
    }

    /** Hidden activation g. */
    public Activation activation() {
        return activation;
    }

    /** Number of parameters (all W and b, and gamma and beta with batch norm). */
    public int parameterCount() {
        return Theta.count(blocks);
    }

    /** W[l] as rows (a copy). */
    public double[][] weights(int l) {
        int n = sizes[l], k = sizes[l - 1];
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = Arrays.copyOfRange(w[l], i * k, (i + 1) * k);
        }
        return rows;
    }

    /** W[l][i][j]. */
    public double weight(int l, int i, int j) {
        return w[l][i * sizes[l - 1] + j];
    }

    /** b[l] (a copy). */
    public double[] biases(int l) {
        return b[l].clone();
    }

    /** Whether hidden layers are batch-normalized. */
    public boolean batchNorm() {
        return norm != null;
    }

    /** gamma[l] of a batch-normalized hidden layer (a copy). */
    public double[] gamma(int l) {
        return norm.gamma[l].clone();
    }

    /** beta[l] of a batch-normalized hidden layer (a copy). */
    public double[] beta(int l) {
        return norm.beta[l].clone();
    }

    /** Running mean of Z[l] of a batch-normalized hidden layer (a copy). */
    public double[] runningMean(int l) {
        return norm.runningMean[l].clone();
    }

    /** Running variance of Z[l] of a batch-normalized hidden layer (a copy). */
    public double[] runningVar(int l) {
        return norm.runningVar[l].clone();
    }

    /** What the output unit predicts: a class (sigmoid) or a real number (linear). */
    public Problem problem() {
        return problem;
    }

    /** A deep copy whose output unit serves {@code p} (parameters as read from a file are those of either). */
    public Network forProblem(Problem p) {
        Network c = new Network(sizes, activation, batchNorm(), p);
        Theta.copy(blocks, c.blocks);
        if (norm != null) {
            norm.copyRunningInto(c.norm);
        }
        return c;
    }

    /** A deep copy. */
    public Network copy() {
        return forProblem(problem);
    }

    /** True when every learned parameter is finite. */
    public boolean isFinite() {
        for (double[] block : blocks) {
            for (double v : block) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Every learned parameter in one array, theta of gradient checking. */
    double[] flatten() {
        return Theta.flatten(blocks);
    }

    /** Inverse of {@link #flatten()}. */
    void unflatten(double[] theta) {
        Theta.unflatten(theta, blocks);
    }
}
