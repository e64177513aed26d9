package com.backproplab.engine;

/** W = W - alpha dW. */
final class GradientDescent extends Optimizer {
    GradientDescent(int[] sizes, boolean batchNorm) {
        super(sizes, batchNorm, false, false);
    }

    @Override
    public OptimizerKind kind() {
        return OptimizerKind.GD;
    }

    @Override
    double apply(double[] p, double[] d, double[] v, double[] s, double alpha, TrainingConfig hp) {
        double sq = 0;
        for (int i = 0; i < p.length; i++) {
            double delta = alpha * d[i];
            p[i] -= delta;
            sq += delta * delta;
        }
        return sq;
    }
}
