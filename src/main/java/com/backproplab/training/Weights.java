package com.backproplab.training;

import com.backproplab.engine.Network;
import com.backproplab.engine.ParameterEdit;

/** An immutable copy of a network's W[l] and b[l], for drawing; null in a snapshot of a very large network. */
public final class Weights {
    /** Networks with more weights than this are not copied into every snapshot (nor readable as a drawing). */
    public static final int MAX_WEIGHTS = 20_000;

    private final int[] sizes;
    private final double[][][] w;
    private final double[][] b;
    private final double maxAbs;
    private final boolean[] betas;

    private Weights(Network net) {
        sizes = net.sizes();
        int layers = net.layers();
        w = new double[layers + 1][][];
        b = new double[layers + 1][];
        betas = new boolean[layers + 1];
        double m = 0;
        for (int l = 1; l <= layers; l++) {
            betas[l] = ParameterEdit.biasIsBeta(net, l);
            w[l] = net.weights(l);
            // On a batch-normalized hidden layer beta takes the bias's role (b stays 0): the node shows beta.
            b[l] = betas[l] ? net.beta(l) : net.biases(l);
            for (double[] row : w[l]) {
                for (double v : row) {
                    if (Double.isFinite(v)) {
                        m = Math.max(m, Math.abs(v));
                    }
                }
            }
        }
        maxAbs = m;
    }

    /** A copy of {@code net}'s weights, or null when it has more than {@link #MAX_WEIGHTS}. */
    static Weights of(Network net) {
        long count = 0;
        for (int l = 1; l <= net.layers(); l++) {
            count += (long) net.units(l) * net.units(l - 1);
        }
        return count > MAX_WEIGHTS ? null : new Weights(net);
    }

    /** L, the layers with weights. */
    public int layers() {
        return sizes.length - 1;
    }

    /** n[l] for l = 0..L. */
    public int units(int l) {
        return sizes[l];
    }

    /** W[l][i][j]: from unit j of layer l-1 to unit i of layer l. */
    public double weight(int l, int i, int j) {
        return w[l][i][j];
    }

    /** The bias of unit i of layer l: b[l][i], or beta[l][i] on a batch-normalized hidden layer. */
    public double bias(int l, int i) {
        return b[l][i];
    }

    /** n[0..L] (a copy). */
    public int[] sizes() {
        return sizes.clone();
    }

    /** Whether the bias of layer l's units is batch norm's beta. */
    public boolean biasIsBeta(int l) {
        return betas[l];
    }

    /** The largest finite |W| of the network (0 when all are zero). */
    public double maxAbs() {
        return maxAbs;
    }
}
