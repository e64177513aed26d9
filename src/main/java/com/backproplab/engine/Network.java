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
    /** W[l] for l = 1..L; index 0 is unused so indices read as in the course. */
    final double[][] w;
    /** b[l] for l = 1..L. */
    final double[][] b;

    private Network(int[] sizes, Activation activation) {
        this.sizes = sizes.clone();
        this.activation = activation;
        int layers = sizes.length - 1;
        w = new double[layers + 1][];
        b = new double[layers + 1][];
        for (int l = 1; l <= layers; l++) {
            w[l] = new double[sizes[l] * sizes[l - 1]];
            b[l] = new double[sizes[l]];
        }
    }

    /** A network initialized by the config's scheme from its seed (same seed, same weights). */
    public static Network initialize(NetworkConfig config) {
        Network net = new Network(config.layerSizes(), config.activation());
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
        Network net = new Network(sizes, activation);
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

    /** Number of parameters (all W and b). */
    public int parameterCount() {
        int c = 0;
        for (int l = 1; l <= layers(); l++) {
            c += w[l].length + b[l].length;
        }
        return c;
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

    /** A deep copy. */
    public Network copy() {
        Network c = new Network(sizes, activation);
        for (int l = 1; l <= layers(); l++) {
            System.arraycopy(w[l], 0, c.w[l], 0, w[l].length);
            System.arraycopy(b[l], 0, c.b[l], 0, b[l].length);
        }
        return c;
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
        }
        return true;
    }

    /** Flattens all W then b of each layer into theta (as gradient checking does). */
    double[] flatten() {
        double[] theta = new double[parameterCount()];
        int o = 0;
        for (int l = 1; l <= layers(); l++) {
            System.arraycopy(w[l], 0, theta, o, w[l].length);
            o += w[l].length;
            System.arraycopy(b[l], 0, theta, o, b[l].length);
            o += b[l].length;
        }
        return theta;
    }

    /** Inverse of {@link #flatten()}. */
    void unflatten(double[] theta) {
        int o = 0;
        for (int l = 1; l <= layers(); l++) {
            System.arraycopy(theta, o, w[l], 0, w[l].length);
            o += w[l].length;
            System.arraycopy(theta, o, b[l], 0, b[l].length);
            o += b[l].length;
        }
    }

    /** Sum over layers of ||W[l]||_F^2 (the L2 penalty before lambda/(2m)). */
    double sumSquaredWeights() {
        double s = 0;
        for (int l = 1; l <= layers(); l++) {
            s += Kernels.sumSquares(w[l], w[l].length);
        }
        return s;
    }
}
