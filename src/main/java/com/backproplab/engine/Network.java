package com.backproplab.engine;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Parameters of a fully connected network: {@code W[l]} (n[l] x n[l-1], row-major) and {@code b[l]} (n[l])
 * for l = 1..L, hidden activation g, sigmoid output. Mutable: only its owner (one thread) trains it.
 */
public final class Network {
    private final int[] sizes;
    private final Activation activation;
    /** Every learned array in theta order (see {@link Theta}); w, b, gamma and beta share them. */
    final double[][] blocks;
    /** W[l] for l = 1..L; index 0 is unused so indices read as in the course. */
    final double[][] w;
    /** b[l] for l = 1..L; stays 0 on batch-normalized layers, where beta takes its role. */
    final double[][] b;
    /** Whether hidden layers are batch-normalized. */
    final boolean batchNorm;
    /** Batch norm's learned scale gamma[l] and shift beta[l] of hidden layer l (null without batch norm). */
    final double[][] gamma;
    final double[][] beta;
    /** Exponentially weighted running mean and variance of Z[l], used at prediction time. */
    final double[][] runningMean;
    final double[][] runningVar;

    private Network(int[] sizes, Activation activation, boolean batchNorm) {
        this.sizes = sizes.clone();
        this.activation = activation;
        this.batchNorm = batchNorm;
        int layers = sizes.length - 1;
        blocks = Theta.allocate(sizes, batchNorm);
        w = Theta.byLayer(blocks, Theta.W, layers, batchNorm);
        b = Theta.byLayer(blocks, Theta.B, layers, batchNorm);
        gamma = Theta.byLayer(blocks, Theta.GAMMA, layers, batchNorm);
        beta = Theta.byLayer(blocks, Theta.BETA, layers, batchNorm);
        runningMean = batchNorm ? new double[layers][] : null;
        runningVar = batchNorm ? new double[layers][] : null;
        if (batchNorm) {
            for (int l = 1; l < layers; l++) {
                runningMean[l] = new double[sizes[l]];
                runningVar[l] = new double[sizes[l]];
                Arrays.fill(gamma[l], 1.0);
                Arrays.fill(runningVar[l], 1.0);
            }
        }
    }

    /** A network initialized by the config's scheme from its seed (same seed, same weights). */
    public static Network initialize(NetworkConfig config) {
        Network net = new Network(config.layerSizes(), config.activation(), config.batchNorm());
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
        Network net = new Network(sizes, activation, false);
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

    /**
     * A batch-normalized network with the given parameters: as {@link #of}, plus gamma, beta and the running mean
     * and variance of each hidden layer ({@code [l-1][i]}, l = 1..L-1).
     */
    public static Network withBatchNorm(int[] sizes, Activation activation, double[][][] weights, double[][] biases,
                                        double[][] gamma, double[][] beta, double[][] runningMean,
                                        double[][] runningVar) {
        Network plain = of(sizes, activation, weights, biases);
        Network net = new Network(sizes, activation, true);
        plain.copyInto(net);
        int hidden = sizes.length - 2;
        double[][][] given = {gamma, beta, runningMean, runningVar};
        double[][][] into = {net.gamma, net.beta, net.runningMean, net.runningVar};
        String[] names = {"gamma", "beta", "runningMean", "runningVar"};
        for (int k = 0; k < 4; k++) {
            if (given[k].length != hidden) {
                throw new IllegalArgumentException("expected " + names[k] + " for " + hidden + " hidden layers, found "
                        + given[k].length);
            }
            for (int l = 1; l <= hidden; l++) {
                if (given[k][l - 1].length != sizes[l]) {
                    throw new IllegalArgumentException(names[k] + " of layer " + l + " must have " + sizes[l]
                            + " entries, found " + given[k][l - 1].length);
                }
                System.arraycopy(given[k][l - 1], 0, into[k][l], 0, sizes[l]);
            }
        }
        return net;
    }

    /** Whether hidden layers are batch-normalized. */
    public boolean batchNorm() {
        return batchNorm;
    }

    /** gamma[l] of a batch-normalized hidden layer (a copy). */
    public double[] gamma(int l) {
        return gamma[l].clone();
    }

    /** beta[l] of a batch-normalized hidden layer (a copy). */
    public double[] beta(int l) {
        return beta[l].clone();
    }

    /** Running mean of Z[l] of a batch-normalized hidden layer (a copy). */
    public double[] runningMean(int l) {
        return runningMean[l].clone();
    }

    /** Running variance of Z[l] of a batch-normalized hidden layer (a copy). */
    public double[] runningVar(int l) {
        return runningVar[l].clone();
    }

    /** A deep copy. */
    public Network copy() {
        Network c = new Network(sizes, activation, batchNorm);
        copyInto(c);
        return c;
    }

    private void copyInto(Network c) {
        for (int l = 1; l <= layers(); l++) {
            System.arraycopy(w[l], 0, c.w[l], 0, w[l].length);
            System.arraycopy(b[l], 0, c.b[l], 0, b[l].length);
            if (batchNorm && c.batchNorm && l < layers()) {
                System.arraycopy(gamma[l], 0, c.gamma[l], 0, gamma[l].length);
                System.arraycopy(beta[l], 0, c.beta[l], 0, beta[l].length);
                System.arraycopy(runningMean[l], 0, c.runningMean[l], 0, runningMean[l].length);
                System.arraycopy(runningVar[l], 0, c.runningVar[l], 0, runningVar[l].length);
            }
        }
    }

    /** True when every parameter is finite. */
    public boolean isFinite() {
        for (int l = 1; l <= layers(); l++) {
            for (double v : w[l]) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
            for (double v : b[l]) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
            if (batchNorm && l < layers()) {
                if (!Double.isFinite(Kernels.sumSquares(gamma[l], gamma[l].length)
                        + Kernels.sumSquares(beta[l], beta[l].length))) {
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
