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
    void apply(double[] p, double[] d, double[] v, double[] s, double alpha, TrainingConfig hp) {
        for (int i = 0; i < p.length; i++) {
            p[i] -= alpha * d[i];
        }
    }

    @Override
    double updateSquare(double[] d, double[] v, double[] s, double alpha, TrainingConfig hp) {
        double sq = 0;
        for (double di : d) {
            double delta = alpha * di;
            sq += delta * delta;
        }
        return sq;
    }
}
