package com.backproplab.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/** s = beta2 s + (1-beta2) dW^2; W = W - alpha dW / (sqrt(s) + eps). */
final class RmsProp extends Optimizer {
    RmsProp(int[] sizes, boolean batchNorm) {
        super(sizes, batchNorm, false, true);
    }

    @Override
    public OptimizerKind kind() {
        return OptimizerKind.RMSPROP;
    }

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    @Override
    void apply(double[] p, double[] d, double[] v, double[] s, double alpha, TrainingConfig hp) {
        double beta2 = hp.beta2(), c = 1.0 - beta2, eps = hp.epsilon(), floor = Moments.floor(eps);
        int n = p.length, i = 0;
        for (int bound = Vectors.enabled() ? S.loopBound(n) : 0; i < bound; i += S.length()) {
            DoubleVector di = DoubleVector.fromArray(S, d, i);
            DoubleVector si = DoubleVector.fromArray(S, s, i).mul(beta2).add(di.mul(di).mul(c));
            si = si.blend(0.0, si.lt(floor));
            si.intoArray(s, i);
            DoubleVector.fromArray(S, p, i).sub(di.mul(alpha).div(si.sqrt().add(eps))).intoArray(p, i);
        }
        for (; i < n; i++) {
            double di = d[i];
            double si = Moments.flush(beta2 * s[i] + di * di * c, floor);
            s[i] = si;
            p[i] -= alpha * di / (Math.sqrt(si) + eps);
        }
    }

    @Override
    double updateSquare(double[] d, double[] v, double[] s, double alpha, TrainingConfig hp) {
        double eps = hp.epsilon();
        int n = d.length, i = 0;
        for (int bound = Vectors.enabled() ? S.loopBound(n) : 0; i < bound; i += S.length()) {
            DoubleVector di = DoubleVector.fromArray(S, d, i);
            di.mul(alpha).div(DoubleVector.fromArray(S, s, i).sqrt().add(eps)).intoArray(deltas, i);
        }
        for (; i < n; i++) {
            deltas[i] = alpha * d[i] / (Math.sqrt(s[i]) + eps);
        }
        return Sums.sumSquares(deltas, n);
    }
}
