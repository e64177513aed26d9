package com.backproplab.engine;

import java.util.Arrays;

/**
 * Batch normalization of the hidden layers (docs/math.md, Batch norm): Z[l] is normalized per unit and replaced by
 * gamma z_norm + beta before the activation. Holds the learned gamma[l] and beta[l] (blocks of the network's theta)
 * and the running mu and sigma^2 used at prediction time, for hidden layers l = 1..L-1.
 */
final class BatchNorm {
    /** The eps in z_norm = (z - mu) / sqrt(sigma^2 + eps). */
    static final double EPSILON = 1e-5;
    /** Decay of the running averages of mu and sigma^2 gathered during training. */
    static final double MOMENTUM = 0.9;

    /** Which statistics normalize Z. */
    enum Statistics {
        /** The batch's own mu and sigma^2 (gradient checking). */
        BATCH,
        /** The batch's statistics, folded into the running averages (a training step). */
        BATCH_AND_TRACK,
        /** The running averages (prediction: the decision-boundary grid, the dev set). */
        RUNNING
    }

    /** Learned scale gamma[l] and shift beta[l] (null at index 0 and L). */
    final double[][] gamma;
    final double[][] beta;
    /** Exponentially weighted running mean and variance of Z[l] (index 0 unused). */
    final double[][] runningMean;
    final double[][] runningVar;

    /** Batch norm over the given gamma and beta blocks, set to gamma 1, beta 0, running sigma^2 1. */
    BatchNorm(int[] sizes, double[][] gamma, double[][] beta) {
        this.gamma = gamma;
        this.beta = beta;
        runningMean = new double[sizes.length - 1][];
        runningVar = new double[sizes.length - 1][];
        for (int l = 1; l < sizes.length - 1; l++) {
            runningMean[l] = new double[sizes[l]];
            runningVar[l] = new double[sizes[l]];
            Arrays.fill(gamma[l], 1.0);
            Arrays.fill(runningVar[l], 1.0);
        }
    }

    /** Sets gamma, beta and the running statistics from arrays indexed {@code [l-1][i]}, checking their shapes. */
    void set(double[][] gammas, double[][] betas, double[][] means, double[][] vars) {
        int hidden = runningMean.length - 1;
        double[][][] given = {gammas, betas, means, vars};
        double[][][] into = {gamma, beta, runningMean, runningVar};
        String[] names = {"gamma", "beta", "runningMean", "runningVar"};
        for (int k = 0; k < 4; k++) {
            if (given[k].length != hidden) {
                throw new IllegalArgumentException("expected " + names[k] + " for " + hidden + " hidden layers, found "
                        + given[k].length);
            }
            for (int l = 1; l <= hidden; l++) {
                if (given[k][l - 1].length != into[k][l].length) {
                    throw new IllegalArgumentException(names[k] + " of layer " + l + " must have "
                            + into[k][l].length + " entries, found " + given[k][l - 1].length);
                }
                System.arraycopy(given[k][l - 1], 0, into[k][l], 0, into[k][l].length);
            }
        }
    }

    /** Copies the running statistics into another network's batch norm of the same shape. */
    void copyRunningInto(BatchNorm to) {
        for (int l = 1; l < runningMean.length; l++) {
            System.arraycopy(runningMean[l], 0, to.runningMean[l], 0, runningMean[l].length);
            System.arraycopy(runningVar[l], 0, to.runningVar[l], 0, runningVar[l].length);
        }
    }

    /**
     * mu = (1/m) sum z, sigma^2 = (1/m) sum (z - mu)^2, z_norm = (z - mu)/sqrt(sigma^2 + eps); Z[l] is overwritten
     * with gamma z_norm + beta, the input of g (so g' reads it as usual).
     */
    void forward(int l, Workspace ws, int m, Statistics statistics) {
        double[] z = ws.z[l], zn = ws.bnNorm[l], inv = ws.bnInvStd[l], mean = ws.bnMean[l];
        double[] g = gamma[l], b = beta[l], runMu = runningMean[l], runVar = runningVar[l];
        for (int i = 0; i < g.length; i++) {
            int o = i * m;
            double mu, var;
            if (statistics == Statistics.RUNNING) {
                mu = runMu[i];
                var = runVar[i];
            } else {
                double s = 0;
                for (int j = 0; j < m; j++) {
                    s += z[o + j];
                }
                mu = s / m;
                double v = 0;
                for (int j = 0; j < m; j++) {
                    double d = z[o + j] - mu;
                    v += d * d;
                }
                var = v / m;
                // A batch of one has no variance: folding it in would drag the running sigma^2 towards 0.
                if (statistics == Statistics.BATCH_AND_TRACK && m > 1) {
                    runMu[i] = MOMENTUM * runMu[i] + (1 - MOMENTUM) * mu;
                    runVar[i] = MOMENTUM * runVar[i] + (1 - MOMENTUM) * var;
                }
            }
            double is = 1.0 / Math.sqrt(var + EPSILON);
            inv[i] = is;
            mean[i] = mu;
            double gi = g[i], bi = b[i];
            for (int j = 0; j < m; j++) {
                double v = (z[o + j] - mu) * is;
                zn[o + j] = v;
                z[o + j] = gi * v + bi;
            }
        }
    }

    /**
     * Back through batch norm, in the per-example scaling of dZ used here (dW = (1/m) dZ A^T):
     * dgamma = (1/m) sum dZ~ z_norm, dbeta = (1/m) sum dZ~, and
     * dZ = gamma/sqrt(sigma^2+eps) (dZ~ - mean(dZ~) - z_norm mean(dZ~ z_norm)), in place.
     */
    void backward(int l, Workspace ws, int m, Gradients grads) {
        double[] dz = ws.dz[l], zn = ws.bnNorm[l], inv = ws.bnInvStd[l], g = gamma[l];
        double[] dgamma = grads.dgamma[l], dbeta = grads.dbeta[l];
        for (int i = 0; i < g.length; i++) {
            int o = i * m;
            double sd = 0, sdz = 0;
            for (int j = 0; j < m; j++) {
                sd += dz[o + j];
                sdz += dz[o + j] * zn[o + j];
            }
            double meanD = sd / m, meanDz = sdz / m;
            dgamma[i] = meanDz;
            dbeta[i] = meanD;
            double c = g[i] * inv[i];
            for (int j = 0; j < m; j++) {
                dz[o + j] = c * (dz[o + j] - meanD - zn[o + j] * meanDz);
            }
        }
    }
}
