package com.backproplab.engine;

/** dW[l] and db[l] of one backward pass, same shapes as the network's parameters. */
public final class Gradients {
    /** dJ/dW[l] for l = 1..L (row-major n[l] x n[l-1]), L2 term included. */
    final double[][] dw;
    /** dJ/db[l] for l = 1..L. */
    final double[][] db;

    /** dJ/dgamma[l] and dJ/dbeta[l] of batch-normalized hidden layers (null without batch norm). */
    final double[][] dgamma;
    final double[][] dbeta;

    Gradients(int[] sizes) {
        this(sizes, false);
    }

    Gradients(int[] sizes, boolean batchNorm) {
        int layers = sizes.length - 1;
        dw = new double[layers + 1][];
        db = new double[layers + 1][];
        for (int l = 1; l <= layers; l++) {
            dw[l] = new double[sizes[l] * sizes[l - 1]];
            db[l] = new double[sizes[l]];
        }
        dgamma = batchNorm ? new double[layers][] : null;
        dbeta = batchNorm ? new double[layers][] : null;
        if (batchNorm) {
            for (int l = 1; l < layers; l++) {
                dgamma[l] = new double[sizes[l]];
                dbeta[l] = new double[sizes[l]];
            }
        }
    }

    /** dW[l] as a flat row-major copy. */
    public double[] weightGradient(int l) {
        return dw[l].clone();
    }

    /** db[l] (a copy). */
    public double[] biasGradient(int l) {
        return db[l].clone();
    }

    /** Flattens in the same order as the network's theta (W, b, and gamma, beta where batch-normalized). */
    double[] flatten() {
        int layers = dw.length - 1;
        int count = 0;
        for (int l = 1; l <= layers; l++) {
            count += dw[l].length + db[l].length + (dgamma != null && l < layers ? 2 * db[l].length : 0);
        }
        double[] d = new double[count];
        int o = 0;
        for (int l = 1; l <= layers; l++) {
            double[][] blocks = dgamma != null && l < layers ? new double[][] {dw[l], db[l], dgamma[l], dbeta[l]}
                    : new double[][] {dw[l], db[l]};
            for (double[] block : blocks) {
                System.arraycopy(block, 0, d, o, block.length);
                o += block.length;
            }
        }
        return d;
    }
}
