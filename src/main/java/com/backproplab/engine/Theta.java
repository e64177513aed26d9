package com.backproplab.engine;

/**
 * The layout of theta, every learned number of a network, as blocks: W[l], b[l] of each layer l = 1..L, followed by
 * gamma[l], beta[l] on a batch-normalized hidden layer. The parameters, their gradients and the optimizer's moments
 * all use it, so an update pairs block k of each, and gradient checking flattens them alike.
 */
final class Theta {
    /** The role of a block within its layer, as an offset from the layer's first block. */
    static final int W = 0;
    static final int B = 1;
    static final int GAMMA = 2;
    static final int BETA = 3;

    private Theta() {
    }

    /** The index of W[l]'s block; the layer's other blocks follow it in role order. */
    static int first(int l, boolean batchNorm) {
        // Every layer before l is hidden, so it holds 4 blocks with batch norm and 2 without.
        return (batchNorm ? 4 : 2) * (l - 1);
    }

    /** Zeroed blocks for a network with layer sizes {@code sizes}. */
    static double[][] allocate(int[] sizes, boolean batchNorm) {
        int layers = sizes.length - 1;
        double[][] blocks = new double[first(layers, batchNorm) + 2][];
        for (int l = 1; l <= layers; l++) {
            int k = first(l, batchNorm);
            blocks[k + W] = new double[sizes[l] * sizes[l - 1]];
            blocks[k + B] = new double[sizes[l]];
            if (batchNorm && l < layers) {
                blocks[k + GAMMA] = new double[sizes[l]];
                blocks[k + BETA] = new double[sizes[l]];
            }
        }
        return blocks;
    }

    /**
     * The blocks of one role indexed by layer l (index 0 unused, null on layers without that role), sharing the
     * arrays of {@code blocks}; null when {@code blocks} is null or the role is batch norm's and it is off.
     */
    static double[][] byLayer(double[][] blocks, int role, int layers, boolean batchNorm) {
        if (blocks == null || (role >= GAMMA && !batchNorm)) {
            return null;
        }
        double[][] a = new double[layers + 1][];
        for (int l = 1; l <= layers; l++) {
            if (role < GAMMA || l < layers) {
                a[l] = blocks[first(l, batchNorm) + role];
            }
        }
        return a;
    }

    /** The layer of each block that holds a W (0 for the others). */
    static int[] weightLayers(int layers, boolean batchNorm) {
        int[] of = new int[first(layers, batchNorm) + 2];
        for (int l = 1; l <= layers; l++) {
            of[first(l, batchNorm)] = l;
        }
        return of;
    }

    /** The number of entries in all blocks. */
    static int count(double[][] blocks) {
        int c = 0;
        for (double[] block : blocks) {
            c += block.length;
        }
        return c;
    }

    /** Every block, one after the other, in one array (theta or dtheta of gradient checking). */
    static double[] flatten(double[][] blocks) {
        double[] theta = new double[count(blocks)];
        int o = 0;
        for (double[] block : blocks) {
            System.arraycopy(block, 0, theta, o, block.length);
            o += block.length;
        }
        return theta;
    }

    /** Inverse of {@link #flatten}: copies theta back into the blocks. */
    static void unflatten(double[] theta, double[][] blocks) {
        int o = 0;
        for (double[] block : blocks) {
            System.arraycopy(theta, o, block, 0, block.length);
            o += block.length;
        }
    }

    /** Copies each block of {@code from} into the same-shaped block of {@code to}. */
    static void copy(double[][] from, double[][] to) {
        for (int k = 0; k < from.length; k++) {
            System.arraycopy(from[k], 0, to[k], 0, from[k].length);
        }
    }
}
