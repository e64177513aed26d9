package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The optimizer path's trainer: the course's update rules on two weights, the bias held at 0. */
class LogisticPathTest {
    private static final int M = 50;
    private final double[] x1 = new double[M], x2 = new double[M], y = new double[M];

    LogisticPathTest() {
        SplittableRandom r = new SplittableRandom(4);
        for (int i = 0; i < M; i++) {
            y[i] = i % 2;
            x1[i] = r.nextGaussian() + (y[i] == 1 ? 1 : -1);
            x2[i] = 3 * r.nextGaussian();
        }
    }

    /** dJ/dw of logistic regression with b = 0, written out: (1/m) sum (sigmoid(w.x) - y) x. */
    private double[] gradient(double w1, double w2) {
        double g1 = 0, g2 = 0;
        for (int i = 0; i < M; i++) {
            double d = Activation.sigmoid(w1 * x1[i] + w2 * x2[i]) - y[i];
            g1 += d * x1[i] / M;
            g2 += d * x2[i] / M;
        }
        return new double[] {g1, g2};
    }

    @Test
    @DisplayName("should step gradient descent as w -= alpha dJ/dw, and report the cost before the step")
    void gradientDescent() {
        TrainingConfig tc = TrainingConfig.defaults().withOptimizer(OptimizerKind.GD).withLearningRate(0.5);
        LogisticPath p = new LogisticPath(x1, x2, y, -2, 1.5, tc);
        double w1 = -2, w2 = 1.5;
        for (int t = 0; t < 30; t++) {
            double before = p.cost();
            assertEquals(before, p.step(), 1e-12);
            double[] g = gradient(w1, w2);
            w1 -= 0.5 * g[0];
            w2 -= 0.5 * g[1];
            assertEquals(w1, p.w1(), 1e-12, "step " + (t + 1));
            assertEquals(w2, p.w2(), 1e-12, "step " + (t + 1));
        }
        assertEquals(30, p.steps());
    }

    @Test
    @DisplayName("should step Adam with its bias correction, as docs/math.md writes it")
    void adam() {
        TrainingConfig tc = TrainingConfig.defaults().withOptimizer(OptimizerKind.ADAM).withLearningRate(0.1);
        LogisticPath p = new LogisticPath(x1, x2, y, 2, -2, tc);
        double[] w = {2, -2}, v = new double[2], s = new double[2];
        for (int t = 1; t <= 40; t++) {
            double[] g = gradient(w[0], w[1]);
            for (int k = 0; k < 2; k++) {
                v[k] = 0.9 * v[k] + 0.1 * g[k];
                s[k] = 0.999 * s[k] + 0.001 * g[k] * g[k];
                double vh = v[k] / (1 - Math.pow(0.9, t)), sh = s[k] / (1 - Math.pow(0.999, t));
                w[k] -= 0.1 * vh / (Math.sqrt(sh) + 1e-8);
            }
            p.step();
            assertEquals(w[0], p.w1(), 1e-10, "step " + t);
            assertEquals(w[1], p.w2(), 1e-10, "step " + t);
        }
    }

    @Test
    @DisplayName("should keep the bias at exactly 0 under every optimizer")
    void biasStaysZero() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            LogisticPath p = new LogisticPath(x1, x2, y, 1, 1, TrainingConfig.defaults().withOptimizer(kind));
            for (int t = 0; t < 100; t++) {
                p.step();
                assertEquals(0.0, p.bias(), kind + " step " + t);
            }
            assertEquals(kind, p.kind());
        }
    }

    @Test
    @DisplayName("should refuse an empty training set in one sentence")
    void emptySet() {
        assertThrows(IllegalArgumentException.class, () -> new LogisticPath(new double[0], new double[0],
                new double[0], 0, 0, TrainingConfig.defaults()));
    }
}
