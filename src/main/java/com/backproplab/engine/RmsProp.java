package com.backproplab.engine;

/** s = beta2 s + (1-beta2) dW^2; W = W - alpha dW / (sqrt(s) + eps). */
final class RmsProp extends Optimizer {
    RmsProp(int[] sizes, boolean batchNorm) {
        super(sizes, batchNorm, false, true);
    }

    @Override
    public OptimizerKind kind() {
        return OptimizerKind.RMSPROP;
    }

    @Override
    double apply(double[] p, double[] d, double[] v, double[] s, double alpha, TrainingConfig hp) {
        double beta2 = hp.beta2(), c = 1.0 - beta2, eps = hp.epsilon(), sq = 0;
        for (int i = 0; i < p.length; i++) {
            double di = d[i];
            double si = beta2 * s[i] + c * di * di;
            s[i] = si;
            double delta = alpha * di / (Math.sqrt(si) + eps);
            p[i] -= delta;
            sq += delta * delta;
        }
        return sq;
    }
}
