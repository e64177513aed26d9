package com.backproplab.engine;

/** v = beta v + (1-beta) dW; W = W - alpha v. */
final class Momentum extends Optimizer {
    Momentum(int[] sizes, boolean batchNorm) {
        super(sizes, batchNorm, true, false);
    }

    @Override
    public OptimizerKind kind() {
        return OptimizerKind.MOMENTUM;
    }

    @Override
    double apply(double[] p, double[] d, double[] v, double[] s, double alpha, TrainingConfig hp) {
        double beta = hp.beta(), c = 1.0 - beta, sq = 0;
        for (int i = 0; i < p.length; i++) {
            double vi = beta * v[i] + c * d[i];
            v[i] = vi;
            double delta = alpha * vi;
            p[i] -= delta;
            sq += delta * delta;
        }
        return sq;
    }
}
