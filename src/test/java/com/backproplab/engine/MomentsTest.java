package com.backproplab.engine;

import static com.backproplab.engine.SameBits.assertSameBits;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Moments of parameters whose gradient stopped (a dead unit's weights) reach 0 instead of sticking in the subnormal
 * range, and the weights still move exactly as the unflushed formulas say.
 */
class MomentsTest {
    /** 19 entries: a vector body (two vectors of eight or four of four lanes) and a scalar tail, so both paths run. */
    private static final int N = 19;
    private static final TrainingConfig HP = TrainingConfig.defaults().withBetas(0.9, 0.9, 0.95, 1e-8);
    private static final double ALPHA = 1e-3;

    @ParameterizedTest
    @EnumSource(value = OptimizerKind.class, names = {"MOMENTUM", "RMSPROP", "ADAM"})
    @DisplayName("should store a decaying moment as 0 once it falls below the smallest normal, and keep the weights"
            + " bit for bit")
    void deadParametersDecayToZero(OptimizerKind kind) {
        Optimizer o = Optimizer.create(kind, new int[] {1, N});
        double[] p = new double[N], d = new double[N], v = new double[N], s = new double[N];
        double[] refP = new double[N], refV = new double[N], refS = new double[N];
        for (int i = 0; i < N; i++) {
            p[i] = refP[i] = 0.5 - 0.05 * i;
        }
        for (int step = 1; step <= 20_000; step++) {
            for (int i = 0; i < N; i++) {
                // A gradient for the first steps, then none, as for a unit that died; one entry keeps learning.
                d[i] = step <= 3 || i == 7 ? 1e-3 * (i + 1) : 0.0;
            }
            o.t++;
            o.begin(ALPHA, HP);
            o.apply(p, d, v, s, ALPHA, HP);
            reference(kind, HP, step, refP, d, refV, refS);
            for (int i = 0; i < N; i++) {
                assertFalse(subnormal(v[i]) || subnormal(s[i]), kind + ": a subnormal moment at step " + step);
            }
        }
        boolean first = kind != OptimizerKind.RMSPROP, second = kind != OptimizerKind.MOMENTUM;
        assertTrue(first ? subnormal(refV[0]) : subnormal(refS[0]), "unflushed, the moment sticks as a subnormal");
        assertTrue((!first || v[0] == 0.0) && (!second || s[0] == 0.0), "flushed, the dead entries' moments are 0");
        assertSameBits(refP, p, kind + ": the weights, against the formulas without flushing");
    }

    @ParameterizedTest
    @EnumSource(value = OptimizerKind.class, names = {"RMSPROP", "ADAM"})
    @DisplayName("should keep subnormal moments with a tiny eps, where they still decide the step")
    void tinyEpsilonKeepsThem(OptimizerKind kind) {
        // A steady gradient of 1e-155 keeps s near 1e-310, a subnormal; with eps at 1e-160, sqrt(s) decides the
        // denominator, and s stored as 0 would make each step 100,000 times too large.
        TrainingConfig hp = TrainingConfig.defaults().withBetas(0.9, 0.9, 0.9, 1e-160);
        Optimizer o = Optimizer.create(kind, new int[] {1, N});
        double[] p = new double[N], d = new double[N], v = new double[N], s = new double[N];
        double[] refP = new double[N], refV = new double[N], refS = new double[N];
        java.util.Arrays.fill(d, 1e-155);
        boolean sawSubnormal = false;
        for (int step = 1; step <= 200; step++) {
            o.t++;
            o.begin(ALPHA, hp);
            o.apply(p, d, v, s, ALPHA, hp);
            reference(kind, hp, step, refP, d, refV, refS);
            sawSubnormal |= subnormal(s[0]);
        }
        assertTrue(sawSubnormal, "s reaches the subnormal range");
        assertSameBits(refS, s, kind + ": s");
        assertSameBits(refP, p, kind + ": the weights");
    }

    private static boolean subnormal(double x) {
        return x != 0.0 && Math.abs(x) < Double.MIN_NORMAL;
    }

    /** The rules of docs/math.md in plain IEEE arithmetic, subnormals kept. */
    private static void reference(OptimizerKind kind, TrainingConfig hp, long t, double[] p, double[] d, double[] v,
                                  double[] s) {
        double b1 = hp.beta1(), b2 = hp.beta2(), eps = hp.epsilon();
        double stepSize = ALPHA / (1.0 - StrictMath.pow(b1, t));
        double rootScale = 1.0 / Math.sqrt(1.0 - StrictMath.pow(b2, t));
        for (int i = 0; i < p.length; i++) {
            switch (kind) {
                case MOMENTUM -> {
                    v[i] = hp.beta() * v[i] + (1.0 - hp.beta()) * d[i];
                    p[i] -= ALPHA * v[i];
                }
                case RMSPROP -> {
                    s[i] = b2 * s[i] + d[i] * d[i] * (1.0 - b2);
                    p[i] -= ALPHA * d[i] / (Math.sqrt(s[i]) + eps);
                }
                case ADAM -> {
                    v[i] = b1 * v[i] + (1.0 - b1) * d[i];
                    s[i] = b2 * s[i] + d[i] * d[i] * (1.0 - b2);
                    p[i] -= v[i] * stepSize / (Math.sqrt(s[i]) * rootScale + eps);
                }
                case GD -> p[i] -= ALPHA * d[i];
            }
        }
    }
}
