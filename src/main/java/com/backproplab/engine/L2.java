package com.backproplab.engine;

/**
 * L2 regularization (docs/math.md, L2): J gains (lambda/(2m)) sum_l ||W[l]||_F^2 and dW[l] gains (lambda/m) W[l];
 * biases, gamma and beta are not regularized. Both are skipped when lambda is 0.
 */
final class L2 {
    private L2() {
    }

    /** J of a batch of m: its mean cross-entropy plus the L2 term. */
    static double cost(double crossEntropy, Network net, double lambda, int m) {
        return lambda > 0 ? crossEntropy + lambda / (2.0 * m) * sumSquaredWeights(net) : crossEntropy;
    }

    /** dW[l] += (lambda/m) W[l]. */
    static void addGradient(double[] dw, double[] w, double lambda, int m) {
        if (lambda > 0) {
            double c = lambda / m;
            for (int i = 0; i < dw.length; i++) {
                dw[i] += c * w[i];
            }
        }
    }

    /** sum_l ||W[l]||_F^2. */
    static double sumSquaredWeights(Network net) {
        double s = 0;
        for (int l = 1; l <= net.layers(); l++) {
            s += Sums.sumSquares(net.w[l], net.w[l].length);
        }
        return s;
    }
}
