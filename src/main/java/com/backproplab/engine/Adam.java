package com.backproplab.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * v = beta1 v + (1-beta1) dW; s = beta2 s + (1-beta2) dW^2; v_hat = v/(1-beta1^t); s_hat = s/(1-beta2^t);
 * W = W - alpha v_hat / (sqrt(s_hat) + eps), t counting updates from 1.
 */
final class Adam extends Optimizer {
    Adam(int[] sizes, boolean batchNorm) {
        super(sizes, batchNorm, true, true);
    }

    @Override
    public OptimizerKind kind() {
        return OptimizerKind.ADAM;
    }

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    @Override
    double apply(double[] p, double[] d, double[] v, double[] s, double alpha, TrainingConfig hp) {
        double b1 = hp.beta1(), b2 = hp.beta2(), eps = hp.epsilon();
        double c1 = 1.0 - b1, c2 = 1.0 - b2;
        double corr1 = 1.0 - StrictMath.pow(b1, t), corr2 = 1.0 - StrictMath.pow(b2, t);
        // alpha v_hat / (sqrt(s_hat) + eps) with the corrections folded into two per-step factors: one division and
        // one square root per weight instead of three divisions and a square root (equal within rounding).
        double stepSize = alpha / corr1, rootScale = 1.0 / Math.sqrt(corr2);
        int n = p.length, i = 0;
        for (int bound = Vectors.enabled() ? S.loopBound(n) : 0; i < bound; i += S.length()) {
            DoubleVector di = DoubleVector.fromArray(S, d, i);
            DoubleVector vi = DoubleVector.fromArray(S, v, i).mul(b1).add(di.mul(c1));
            DoubleVector si = DoubleVector.fromArray(S, s, i).mul(b2).add(di.mul(di).mul(c2));
            vi.intoArray(v, i);
            si.intoArray(s, i);
            DoubleVector delta = vi.mul(stepSize).div(si.sqrt().mul(rootScale).add(eps));
            DoubleVector.fromArray(S, p, i).sub(delta).intoArray(p, i);
            delta.intoArray(deltas, i);
        }
        for (; i < n; i++) {
            double di = d[i];
            double vi = b1 * v[i] + c1 * di;
            double si = b2 * s[i] + di * di * c2;
            v[i] = vi;
            s[i] = si;
            double delta = vi * stepSize / (Math.sqrt(si) * rootScale + eps);
            p[i] -= delta;
            deltas[i] = delta;
        }
        return Sums.sumSquares(deltas, n);
    }
}
