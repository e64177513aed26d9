package com.backproplab.engine;

/**
 * Forward pass, stable cost and backward pass of COURSE.md over a batch held in a {@link Workspace}
 * (X in {@code act[0]}, Y in {@code y}).
 */
final class Backprop {
    /** Batch norm's eps in z_norm = (z - mu) / sqrt(sigma^2 + eps). */
    static final double BN_EPSILON = 1e-5;
    /** Decay of the running averages of mu and sigma^2 gathered during training. */
    static final double BN_MOMENTUM = 0.9;

    /** Which statistics batch norm uses. */
    enum Norm {
        /** The batch's own mu and sigma^2 (training, gradient checking). */
        BATCH,
        /** The batch's statistics, and fold them into the running averages (a training step). */
        BATCH_AND_TRACK,
        /** The running averages (prediction: the decision-boundary grid, the dev set). */
        RUNNING
    }

    private Backprop() {
    }

    /** Forward pass with batch statistics (see {@link #forward(Network, Workspace, int, double, Rng, Norm)}). */
    static void forward(Network net, Workspace ws, int m, double keepProb, Rng rng) {
        forward(net, ws, m, keepProb, rng, Norm.BATCH);
    }

    /**
     * Z[l] = W[l] A[l-1] + b[l], A[l] = g(Z[l]); sigmoid at the output. With keepProb < 1 hidden layers use
     * inverted dropout, the mask drawn from {@code rng}. With batch norm, hidden layers use
     * g(gamma z_norm + beta) instead of g(Z), Z normalized with the statistics {@code norm} names.
     */
    static void forward(Network net, Workspace ws, int m, double keepProb, Rng rng, Norm norm) {
        int layers = net.layers();
        boolean dropout = keepProb < 1.0;
        for (int l = 1; l <= layers; l++) {
            int n = net.units(l), k = net.units(l - 1);
            Kernels.affine(net.w[l], net.b[l], n, k, input(ws, l - 1, dropout), m, ws.z[l]);
            if (net.batchNorm && l < layers) {
                normalize(net, ws, l, m, norm);
            }
            int len = n * m;
            if (l == layers) {
                Activation.SIGMOID.applyAll(ws.z[l], ws.act[l], len);
            } else {
                net.activation().applyAll(ws.z[l], ws.act[l], len);
                if (dropout) {
                    double[] mask = ws.mask[l], a = ws.act[l], o = ws.out[l];
                    double inv = 1.0 / keepProb;
                    for (int j = 0; j < len; j++) {
                        mask[j] = rng.nextDouble() < keepProb ? inv : 0.0;
                        o[j] = a[j] * mask[j];
                    }
                }
            }
        }
    }

    /**
     * mu = (1/m) sum z, sigma^2 = (1/m) sum (z - mu)^2, z_norm = (z - mu)/sqrt(sigma^2 + eps); Z[l] is overwritten
     * with gamma z_norm + beta, the input of g (so g' reads it as usual).
     */
    private static void normalize(Network net, Workspace ws, int l, int m, Norm norm) {
        int n = net.units(l);
        double[] z = ws.z[l], zn = ws.bnNorm[l], inv = ws.bnInvStd[l], mean = ws.bnMean[l];
        double[] gamma = net.gamma[l], beta = net.beta[l];
        for (int i = 0; i < n; i++) {
            int o = i * m;
            double mu, var;
            if (norm == Norm.RUNNING) {
                mu = net.runningMean[l][i];
                var = net.runningVar[l][i];
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
                if (norm == Norm.BATCH_AND_TRACK && m > 1) {
                    net.runningMean[l][i] = BN_MOMENTUM * net.runningMean[l][i] + (1 - BN_MOMENTUM) * mu;
                    net.runningVar[l][i] = BN_MOMENTUM * net.runningVar[l][i] + (1 - BN_MOMENTUM) * var;
                }
            }
            double is = 1.0 / Math.sqrt(var + BN_EPSILON);
            inv[i] = is;
            mean[i] = mu;
            double g = gamma[i], b = beta[i];
            for (int j = 0; j < m; j++) {
                double v = (z[o + j] - mu) * is;
                zn[o + j] = v;
                z[o + j] = g * v + b;
            }
        }
    }

    /**
     * Back through batch norm, in the per-example scaling of dZ used here (dW = (1/m) dZ A^T):
     * dgamma = (1/m) sum dZ~ z_norm, dbeta = (1/m) sum dZ~, and
     * dZ = gamma/sqrt(sigma^2+eps) (dZ~ - mean(dZ~) - z_norm mean(dZ~ z_norm)), in place.
     */
    private static void normalizeBackward(Network net, Workspace ws, int l, int m, Gradients g) {
        int n = net.units(l);
        double[] dz = ws.dz[l], zn = ws.bnNorm[l], inv = ws.bnInvStd[l], gamma = net.gamma[l];
        for (int i = 0; i < n; i++) {
            int o = i * m;
            double sd = 0, sdz = 0;
            for (int j = 0; j < m; j++) {
                sd += dz[o + j];
                sdz += dz[o + j] * zn[o + j];
            }
            double meanD = sd / m, meanDz = sdz / m;
            g.dgamma[l][i] = meanDz;
            g.dbeta[l][i] = meanD;
            double c = gamma[i] * inv[i];
            for (int j = 0; j < m; j++) {
                dz[o + j] = c * (dz[o + j] - meanD - zn[o + j] * meanDz);
            }
        }
    }

    /** A[l] as the next layer sees it: after dropout when dropout is on. */
    static double[] input(Workspace ws, int l, boolean dropout) {
        return dropout && l > 0 ? ws.out[l] : ws.act[l];
    }

    /** J = (1/m) sum L(yhat, y) + (lambda/(2m)) sum ||W||_F^2 of the batch after {@link #forward}. */
    static double cost(Network net, Workspace ws, int m, double lambda) {
        return L2.cost(CrossEntropy.mean(ws.z[net.layers()], ws.y, m), net, lambda, m);
    }

    /**
     * dZ[L] = A[L] - Y; dW[l] = (1/m) dZ[l] A[l-1]^T + (lambda/m) W[l]; db[l] = (1/m) sum dZ[l];
     * dA[l-1] = W[l]^T dZ[l] (times D/keep_prob under dropout); dZ[l-1] = dA[l-1] * g'(Z[l-1]).
     */
    static void backward(Network net, Workspace ws, int m, double keepProb, double lambda, Gradients g) {
        int layers = net.layers();
        boolean dropout = keepProb < 1.0;
        double[] dzL = ws.dz[layers], aL = ws.act[layers], y = ws.y;
        for (int j = 0; j < m; j++) {
            dzL[j] = aL[j] - y[j];
        }
        double inv = 1.0 / m;
        for (int l = layers; l >= 1; l--) {
            int n = net.units(l), k = net.units(l - 1);
            boolean bn = net.batchNorm && l < layers;
            if (bn) {
                normalizeBackward(net, ws, l, m, g);
            }
            Kernels.weightGradient(ws.dz[l], input(ws, l - 1, dropout), n, k, m, inv, g.dw[l], g.db[l]);
            if (bn) {
                // b[l] is dropped under batch norm (beta takes its role): its exact gradient is 0.
                java.util.Arrays.fill(g.db[l], 0.0);
            }
            L2.addGradient(g.dw[l], net.w[l], lambda, m);
            if (l > 1) {
                double[] da = ws.dz[l - 1];
                Kernels.backpropagate(net.w[l], ws.dz[l], n, k, m, da);
                int len = k * m;
                if (dropout) {
                    double[] mask = ws.mask[l - 1];
                    for (int j = 0; j < len; j++) {
                        da[j] *= mask[j];
                    }
                }
                net.activation().backward(da, ws.z[l - 1], ws.act[l - 1], da, len);
            }
        }
    }
}
