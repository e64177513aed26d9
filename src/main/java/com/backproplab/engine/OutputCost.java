package com.backproplab.engine;

/**
 * The data term of J for either problem (docs/math.md, Cost): the cross-entropy of a sigmoid output for
 * classification, half the squared error of a linear output for regression. Both are computed from z = Z[L], and
 * both give dZ[L] = A[L] - Y, which is why the backward pass is the same for the two.
 */
final class OutputCost {
    private OutputCost() {
    }

    /** The loss of one example with output pre-activation z and label y. */
    static double loss(Problem problem, double z, double y) {
        return switch (problem) {
            case CLASSIFICATION -> CrossEntropy.loss(z, y);
            case REGRESSION -> 0.5 * (z - y) * (z - y);
        };
    }

    /** (1/m) sum of the losses over the first m examples of Z[L] and Y. */
    static double mean(Problem problem, double[] zL, double[] y, int m) {
        if (problem == Problem.CLASSIFICATION) {
            return CrossEntropy.mean(zL, y, m);
        }
        double sum = 0;
        for (int j = 0; j < m; j++) {
            double d = zL[j] - y[j];
            sum += 0.5 * d * d;
        }
        return sum / m;
    }
}
