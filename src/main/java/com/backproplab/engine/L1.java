package com.backproplab.engine;

/**
 * L1 regularization (docs/math.md, L1): J gains (lambda1/m) sum_l sum |W[l]| and dW[l] gains (lambda1/m) sign(W[l]),
 * with the subgradient 0 where a weight is exactly 0; biases, gamma and beta are not regularized. Both are skipped
 * when lambda1 is 0.
 */
final class L1 {
    private L1() {
    }

    /** J plus the L1 term of a batch of m. */
    static double cost(double j, Network net, double lambda1, int m) {
        return lambda1 > 0 ? j + lambda1 / m * sumAbsWeights(net) : j;
    }

    /** dW[l] += (lambda1/m) sign(W[l]), 0 at 0. */
    static void addGradient(double[] dw, double[] w, double lambda1, int m) {
        if (lambda1 > 0) {
            double c = lambda1 / m;
            for (int i = 0; i < dw.length; i++) {
                double v = w[i];
                dw[i] += v > 0 ? c : v < 0 ? -c : 0.0;
            }
        }
    }

    /** sum_l sum |W[l]|. */
    static double sumAbsWeights(Network net) {
        double s = 0;
        for (int l = 1; l <= net.layers(); l++) {
            s += Sums.sumAbs(net.w[l], net.w[l].length);
        }
        return s;
    }
}
