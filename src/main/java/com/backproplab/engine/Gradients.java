package com.backproplab.engine;

/** dJ/dtheta of one backward pass, in the same blocks as the network's parameters (see {@link Theta}). */
public final class Gradients {
    /** Every gradient array in theta order; the views below share them. */
    final double[][] blocks;
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
        blocks = Theta.allocate(sizes, batchNorm);
        dw = Theta.byLayer(blocks, Theta.W, layers, batchNorm);
        db = Theta.byLayer(blocks, Theta.B, layers, batchNorm);
        dgamma = Theta.byLayer(blocks, Theta.GAMMA, layers, batchNorm);
        dbeta = Theta.byLayer(blocks, Theta.BETA, layers, batchNorm);
    }

    /** dW[l] as a flat row-major copy. */
    public double[] weightGradient(int l) {
        return dw[l].clone();
    }

    /** db[l] (a copy). */
    public double[] biasGradient(int l) {
        return db[l].clone();
    }

    /** dtheta: every gradient in one array, in the order of the network's theta. */
    double[] flatten() {
        return Theta.flatten(blocks);
    }
}
