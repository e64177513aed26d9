package com.backproplab.engine;

/**
 * Buffers of one forward and backward pass for batches of up to {@code capacity} examples, sized once so that
 * training steps allocate nothing. A matrix of r rows over a batch of m uses the first r*m entries.
 */
final class Workspace {
    final int capacity;
    /** Z[l] (n[l] x m), pre-activations. */
    final double[][] z;
    /** g(Z[l]) before dropout; A[0] is the input batch X. */
    final double[][] act;
    /** A[l] as fed to layer l+1: act[l] itself, or act[l] * D / keep_prob under dropout. */
    final double[][] out;
    /** Dropout masks D[l] scaled by 1/keep_prob (0 or 1/keep_prob). */
    final double[][] mask;
    /** dZ[l] (n[l] x m); also holds dA[l] before g' is applied. */
    final double[][] dz;
    /** Labels Y (1 x m). */
    final double[] y;
    /** Scratch of the weight gradient: a layer's input A[l-1] transposed (m x n[l-1]). */
    final double[] transposed;
    /** Batch norm of hidden layers: z_norm[l] (n[l] x m), 1/sqrt(sigma^2 + eps) and mu per unit. */
    final double[][] bnNorm;
    final double[][] bnInvStd;
    final double[][] bnMean;
    final boolean batchNorm;

    Workspace(int[] sizes, int capacity) {
        this(sizes, capacity, false);
    }

    Workspace(int[] sizes, int capacity, boolean batchNorm) {
        this.capacity = capacity;
        this.batchNorm = batchNorm;
        int layers = sizes.length - 1;
        z = new double[layers + 1][];
        act = new double[layers + 1][];
        out = new double[layers + 1][];
        mask = new double[layers + 1][];
        dz = new double[layers + 1][];
        act[0] = new double[sizes[0] * capacity];
        out[0] = act[0];
        for (int l = 1; l <= layers; l++) {
            int len = sizes[l] * capacity;
            z[l] = new double[len];
            act[l] = new double[len];
            out[l] = act[l];
            dz[l] = new double[len];
        }
        y = new double[capacity];
        int widest = 0;
        for (int l = 0; l < layers; l++) {
            widest = Math.max(widest, sizes[l]);
        }
        transposed = new double[widest * capacity];
        bnNorm = batchNorm ? new double[layers][] : null;
        bnInvStd = batchNorm ? new double[layers][] : null;
        bnMean = batchNorm ? new double[layers][] : null;
        if (batchNorm) {
            for (int l = 1; l < layers; l++) {
                bnNorm[l] = new double[sizes[l] * capacity];
                bnInvStd[l] = new double[sizes[l]];
                bnMean[l] = new double[sizes[l]];
            }
        }
    }

    /** Gives hidden layers separate dropout buffers (allocated on first use only). */
    void enableDropout(int[] sizes) {
        for (int l = 1; l < sizes.length - 1; l++) {
            if (mask[l] == null) {
                mask[l] = new double[sizes[l] * capacity];
                out[l] = new double[sizes[l] * capacity];
            }
        }
    }

    /** Whether these buffers fit a network of the given sizes and batch-norm setting. */
    boolean fits(int[] sizes, int batch, boolean withBatchNorm) {
        return withBatchNorm == batchNorm && fits(sizes, batch);
    }

    /** Whether these buffers fit a network of the given sizes. */
    boolean fits(int[] sizes, int batch) {
        if (batch > capacity || z.length != sizes.length) {
            return false;
        }
        for (int l = 1; l < sizes.length; l++) {
            if (z[l].length != sizes[l] * capacity) {
                return false;
            }
        }
        return act[0].length == sizes[0] * capacity;
    }
}
