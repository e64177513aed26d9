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
    void apply(double[] p, double[] d, double[] v, double[] s, double alpha, TrainingConfig hp) {
        double beta = hp.beta(), c = 1.0 - beta;
        for (int i = 0; i < p.length; i++) {
            // No eps here: a subnormal v moves a weight by less than alpha times 2.2e-308.
            double vi = Moments.flush(beta * v[i] + c * d[i], Double.MIN_NORMAL);
            v[i] = vi;
            p[i] -= alpha * vi;
        }
    }

    @Override
    double updateSquare(double[] d, double[] v, double[] s, double alpha, TrainingConfig hp) {
        double sq = 0;
        for (double vi : v) {
            double delta = alpha * vi;
            sq += delta * delta;
        }
        return sq;
    }
}
