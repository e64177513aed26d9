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
    double apply(double[] p, double[] d, double[] v, double[] s, double alpha, TrainingConfig hp) {
        double beta2 = hp.beta2(), c = 1.0 - beta2, eps = hp.epsilon();
        int n = p.length, i = 0;
        for (int bound = Vectors.enabled() ? S.loopBound(n) : 0; i < bound; i += S.length()) {
            DoubleVector di = DoubleVector.fromArray(S, d, i);
            DoubleVector si = DoubleVector.fromArray(S, s, i).mul(beta2).add(di.mul(di).mul(c));
            si.intoArray(s, i);
            DoubleVector delta = di.mul(alpha).div(si.sqrt().add(eps));
            DoubleVector.fromArray(S, p, i).sub(delta).intoArray(p, i);
            delta.intoArray(deltas, i);
        }
        for (; i < n; i++) {
            double di = d[i];
            double si = beta2 * s[i] + di * di * c;
            s[i] = si;
            double delta = alpha * di / (Math.sqrt(si) + eps);
            p[i] -= delta;
            deltas[i] = delta;
        }
        return Sums.sumSquares(deltas, n);
    }
}
