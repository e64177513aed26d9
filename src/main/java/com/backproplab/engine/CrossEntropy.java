package com.backproplab.engine;

/**
 * The logistic loss L(yhat, y) = -(y log yhat + (1-y) log(1-yhat)) of a sigmoid output, computed from
 * z = Z[L] as max(z,0) - z y + log(1 + e^-|z|), so a saturated output gives a large finite loss instead of NaN
 * (docs/math.md, Cost).
 */
final class CrossEntropy {
    private CrossEntropy() {
    }

    /** L of one example with output pre-activation z and label y. */
    static double loss(double z, double y) {
        return Math.max(z, 0.0) - z * y + StrictMath.log1p(ExactMath.exp(-Math.abs(z)));
    }

    /** (1/m) sum L over the first m examples of Z[L] and Y. */
    static double mean(double[] zL, double[] y, int m) {
        double sum = 0;
        for (int j = 0; j < m; j++) {
            sum += loss(zL[j], y[j]);
        }
        return sum / m;
    }
}
