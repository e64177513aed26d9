package com.backproplab.engine;

import java.util.Arrays;

/**
 * Forward pass, cost and backward pass over a batch held in a {@link Workspace} (X in {@code act[0]}, Y in
 * {@code y}); see docs/math.md, Forward pass, Cost and Backprop.
 */
final class Backprop {
    private Backprop() {
    }

    /** The forward pass below, batch norm using the batch's own statistics. */
    static void forward(Network net, Workspace ws, int m, double keepProb, Rng rng) {
        forward(net, ws, m, keepProb, rng, BatchNorm.Statistics.BATCH);
    }

    /**
     * Z[l] = W[l] A[l-1] + b[l], A[l] = g(Z[l]); sigmoid at the output (linear for regression). With keepProb < 1
     * hidden layers use inverted dropout, the mask drawn from {@code rng} (docs/math.md, Dropout). With batch norm,
     * hidden layers use g(gamma z_norm + beta) instead of g(Z), Z normalized with the given statistics.
     */
    static void forward(Network net, Workspace ws, int m, double keepProb, Rng rng, BatchNorm.Statistics statistics) {
        int layers = net.layers();
        boolean dropout = keepProb < 1.0;
        for (int l = 1; l <= layers; l++) {
            int n = net.units(l), k = net.units(l - 1);
            Kernels.affine(net.w[l], net.b[l], n, k, input(ws, l - 1, dropout), m, ws.z[l]);
            if (net.norm != null && l < layers) {
                net.norm.forward(l, ws, m, statistics);
            }
            int len = n * m;
            if (l == layers) {
                output(net).applyAll(ws.z[l], ws.act[l], len);
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

    /** The output unit's activation: sigmoid for classification, the identity for regression. */
    static Activation output(Network net) {
        return switch (net.problem()) {
            case CLASSIFICATION -> Activation.SIGMOID;
            case REGRESSION -> Activation.LINEAR;
        };
    }

    /** A[l] as the next layer sees it: after dropout when dropout is on. */
    static double[] input(Workspace ws, int l, boolean dropout) {
        return dropout && l > 0 ? ws.out[l] : ws.act[l];
    }

    /** J = (1/m) sum L(yhat, y) + (lambda/(2m)) sum ||W||_F^2 of the batch after {@link #forward}. */
    static double cost(Network net, Workspace ws, int m, double lambda) {
        return cost(net, ws, m, lambda, 0.0);
    }

    /** The same J plus the L1 term (lambda1/m) sum |W|. */
    static double cost(Network net, Workspace ws, int m, double lambda, double lambda1) {
        double data = OutputCost.mean(net.problem(), ws.z[net.layers()], ws.y, m);
        return L1.cost(L2.cost(data, net, lambda, m), net, lambda1, m);
    }

    /**
     * dZ[L] = A[L] - Y; dW[l] = (1/m) dZ[l] A[l-1]^T + (lambda/m) W[l]; db[l] = (1/m) sum dZ[l];
     * dA[l-1] = W[l]^T dZ[l] (times D/keep_prob under dropout); dZ[l-1] = dA[l-1] * g'(Z[l-1]).
     */
    static void backward(Network net, Workspace ws, int m, double keepProb, double lambda, Gradients g) {
        backward(net, ws, m, keepProb, lambda, 0.0, g);
    }

    /**
     * The same with L1: dW[l] also gains (lambda1/m) sign(W[l]). dZ[L] = A[L] - Y holds for both problems: the
     * cross-entropy through a sigmoid, and half the squared error through the identity.
     */
    static void backward(Network net, Workspace ws, int m, double keepProb, double lambda, double lambda1,
                         Gradients g) {
        int layers = net.layers();
        boolean dropout = keepProb < 1.0;
        double[] dzL = ws.dz[layers], aL = ws.act[layers], y = ws.y;
        for (int j = 0; j < m; j++) {
            dzL[j] = aL[j] - y[j];
        }
        double inv = 1.0 / m;
        for (int l = layers; l >= 1; l--) {
            int n = net.units(l), k = net.units(l - 1);
            boolean normalized = net.norm != null && l < layers;
            if (normalized) {
                net.norm.backward(l, ws, m, g);
            }
            Kernels.weightGradient(ws.dz[l], input(ws, l - 1, dropout), n, k, m, inv, g.dw[l], g.db[l],
                    ws.transposed);
            if (normalized) {
                // b[l] is dropped under batch norm (beta takes its role): its exact gradient is 0.
                Arrays.fill(g.db[l], 0.0);
            }
            L2.addGradient(g.dw[l], net.w[l], lambda, m);
            L1.addGradient(g.dw[l], net.w[l], lambda1, m);
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
