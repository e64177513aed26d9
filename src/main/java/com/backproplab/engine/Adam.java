package com.backproplab.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * v = beta1 v + (1-beta1) dW; s = beta2 s + (1-beta2) dW^2; v_hat = v/(1-beta1^t); s_hat = s/(1-beta2^t);
 * W = W - alpha v_hat / (sqrt(s_hat) + eps), t counting updates from 1. Moments below the smallest normal double
 * are stored as 0 ({@link Moments}).
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

    /** alpha / (1 - beta1^t) and 1 / sqrt(1 - beta2^t) of the current update. */
    private double stepSize, rootScale;

    @Override
    void begin(double alpha, TrainingConfig hp) {
        // alpha v_hat / (sqrt(s_hat) + eps) with the corrections folded into two per-step factors: one division and
        // one square root per weight instead of three divisions and a square root (equal within rounding).
        stepSize = alpha / (1.0 - StrictMath.pow(hp.beta1(), t));
        rootScale = 1.0 / Math.sqrt(1.0 - StrictMath.pow(hp.beta2(), t));
    }

    @Override
    void apply(double[] p, double[] d, double[] v, double[] s, double alpha, TrainingConfig hp) {
        double b1 = hp.beta1(), b2 = hp.beta2(), eps = hp.epsilon();
        double c1 = 1.0 - b1, c2 = 1.0 - b2, step = stepSize, root = rootScale, floor = Moments.floor(eps);
        int n = p.length, i = 0;
        for (int bound = Vectors.enabled() ? S.loopBound(n) : 0; i < bound; i += S.length()) {
            DoubleVector di = DoubleVector.fromArray(S, d, i);
            DoubleVector vi = DoubleVector.fromArray(S, v, i).mul(b1).add(di.mul(c1));
            DoubleVector si = DoubleVector.fromArray(S, s, i).mul(b2).add(di.mul(di).mul(c2));
            vi = vi.blend(0.0, vi.abs().lt(floor));
            si = si.blend(0.0, si.lt(floor));
            vi.intoArray(v, i);
            si.intoArray(s, i);
            DoubleVector.fromArray(S, p, i).sub(vi.mul(step).div(si.sqrt().mul(root).add(eps))).intoArray(p, i);
        }
        for (; i < n; i++) {
            double di = d[i];
            double vi = Moments.flush(b1 * v[i] + c1 * di, floor);
            double si = Moments.flush(b2 * s[i] + di * di * c2, floor);
            v[i] = vi;
            s[i] = si;
            p[i] -= vi * step / (Math.sqrt(si) * root + eps);
        }
    }

    @Override
    double updateSquare(double[] d, double[] v, double[] s, double alpha, TrainingConfig hp) {
        double eps = hp.epsilon(), step = stepSize, root = rootScale;
        int n = d.length, i = 0;
        for (int bound = Vectors.enabled() ? S.loopBound(n) : 0; i < bound; i += S.length()) {
            DoubleVector vi = DoubleVector.fromArray(S, v, i);
            vi.mul(step).div(DoubleVector.fromArray(S, s, i).sqrt().mul(root).add(eps)).intoArray(deltas, i);
        }
        for (; i < n; i++) {
            deltas[i] = v[i] * step / (Math.sqrt(s[i]) * root + eps);
        }
        return Sums.sumSquares(deltas, n);
    }
}
