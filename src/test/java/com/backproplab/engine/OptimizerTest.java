package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two steps of each update rule on logistic regression with one point, checked against the formulas of docs/math.md
 * written out here with the gradient of the hand-worked case: x = (1, 2), y = 1, so dz = a - 1, dW = dz x, db = dz.
 */
class OptimizerTest {
    private static final double X1 = 1, X2 = 2;

    private static Learner learner(OptimizerKind kind, double w1, double w2, double b) {
        Network net = Network.of(new int[] {2, 1}, Activation.TANH, new double[][][] {{{w1, w2}}},
                new double[][] {{b}});
        TrainingConfig tc = TrainingConfig.defaults().withOptimizer(kind).withLearningRate(0.1)
                .withBetas(0.8, 0.7, 0.6, 1e-8).withBatch(1, false);
        Learner l = new Learner(net, tc, 1);
        l.setData(new double[] {X1}, new double[] {X2}, new double[] {1});
        return l;
    }

    /** The gradient (dW1, dW2, db) at parameters p = (w1, w2, b). */
    private static double[] grad(double[] p) {
        double a = 1 / (1 + Math.exp(-(p[0] * X1 + p[1] * X2 + p[2])));
        double dz = a - 1;
        return new double[] {dz * X1, dz * X2, dz};
    }

    private static double[] params(Learner l) {
        Network n = l.network();
        return new double[] {n.weight(1, 0, 0), n.weight(1, 0, 1), n.biases(1)[0]};
    }

    private static void assertParams(double[] expected, Learner l) {
        double[] got = params(l);
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i], got[i], 1e-12, "parameter " + i);
        }
    }

    @Test
    @DisplayName("should update W = W - alpha dW for gradient descent")
    void gradientDescent() {
        Learner l = learner(OptimizerKind.GD, 0.5, -0.3, 0.1);
        double[] p = {0.5, -0.3, 0.1};
        for (int step = 0; step < 2; step++) {
            double[] g = grad(p);
            for (int i = 0; i < 3; i++) {
                p[i] -= 0.1 * g[i];
            }
            l.step();
            assertParams(p, l);
        }
    }

    @Test
    @DisplayName("should update v = beta v + (1-beta) dW, W = W - alpha v for momentum")
    void momentum() {
        Learner l = learner(OptimizerKind.MOMENTUM, 0.5, -0.3, 0.1);
        double[] p = {0.5, -0.3, 0.1}, v = new double[3];
        for (int step = 0; step < 2; step++) {
            double[] g = grad(p);
            for (int i = 0; i < 3; i++) {
                v[i] = 0.8 * v[i] + 0.2 * g[i];
                p[i] -= 0.1 * v[i];
            }
            l.step();
            assertParams(p, l);
        }
    }

    @Test
    @DisplayName("should update s = beta2 s + (1-beta2) dW^2, W = W - alpha dW/(sqrt(s)+eps) for RMSprop")
    void rmsprop() {
        Learner l = learner(OptimizerKind.RMSPROP, 0.5, -0.3, 0.1);
        double[] p = {0.5, -0.3, 0.1}, s = new double[3];
        for (int step = 0; step < 2; step++) {
            double[] g = grad(p);
            for (int i = 0; i < 3; i++) {
                s[i] = 0.6 * s[i] + 0.4 * g[i] * g[i];
                p[i] -= 0.1 * g[i] / (Math.sqrt(s[i]) + 1e-8);
            }
            l.step();
            assertParams(p, l);
        }
    }

    @Test
    @DisplayName("should apply Adam with bias correction, t counted from 1")
    void adam() {
        Learner l = learner(OptimizerKind.ADAM, 0.5, -0.3, 0.1);
        double[] p = {0.5, -0.3, 0.1}, v = new double[3], s = new double[3];
        for (int t = 1; t <= 2; t++) {
            double[] g = grad(p);
            for (int i = 0; i < 3; i++) {
                v[i] = 0.7 * v[i] + 0.3 * g[i];
                s[i] = 0.6 * s[i] + 0.4 * g[i] * g[i];
                double vHat = v[i] / (1 - Math.pow(0.7, t));
                double sHat = s[i] / (1 - Math.pow(0.6, t));
                p[i] -= 0.1 * vHat / (Math.sqrt(sHat) + 1e-8);
            }
            l.step();
            assertParams(p, l);
        }
    }

    @Test
    @DisplayName("should keep Adam's moments when the learning rate changes between steps")
    void hyperparameterChangeKeepsState() {
        Learner l = learner(OptimizerKind.ADAM, 0.5, -0.3, 0.1);
        l.step();
        OptimizerState before = l.optimizer().state();
        l.setTraining(l.training().withLearningRate(0.05));
        OptimizerState after = l.optimizer().state();
        assertEquals(1, after.t());
        assertEquals(before.vw()[1][0], after.vw()[1][0], 0.0);
        assertNotEquals(0.0, after.vw()[1][0]);
    }

    @Test
    @DisplayName("should tell a state with a NaN moment from a finite one")
    void stateFiniteness() {
        Learner l = learner(OptimizerKind.ADAM, 0.5, -0.3, 0.1);
        l.step();
        OptimizerState s = l.optimizer().state();
        assertTrue(s.isFinite());
        s.sw()[1][0] = Double.NaN;
        assertFalse(s.isFinite());
    }

    @Test
    @DisplayName("should resume exactly from a saved optimizer state")
    void restoreState() {
        Learner a = learner(OptimizerKind.ADAM, 0.5, -0.3, 0.1);
        a.step();
        Learner b = new Learner(a.network().copy(), a.training(), 1);
        b.setData(new double[] {X1}, new double[] {X2}, new double[] {1});
        b.optimizer().restore(a.optimizer().state());
        b.restoreProgress(a.steps(), a.epoch(), a.position());
        a.step();
        b.step();
        assertEquals(params(a)[0], params(b)[0], 0.0);
        assertEquals(params(a)[2], params(b)[2], 0.0);
    }

    @Test
    @DisplayName("should decay the learning rate by completed epochs as docs/math.md writes")
    void schedules() {
        assertEquals(0.1, Schedule.CONSTANT.rate(0.1, 7), 0.0);
        assertEquals(0.1 / (1 + 0.5 * 3), new Schedule(Schedule.Kind.INVERSE_TIME, 0.5, 0.95, 1).rate(0.1, 3), 1e-15);
        assertEquals(Math.pow(0.95, 3) * 0.1, new Schedule(Schedule.Kind.EXPONENTIAL, 0, 0.95, 1).rate(0.1, 3), 1e-15);
        assertEquals(2 / Math.sqrt(4) * 0.1, new Schedule(Schedule.Kind.INVERSE_SQRT, 0, 0.95, 2).rate(0.1, 3), 1e-15);
        assertEquals(0.1, new Schedule(Schedule.Kind.INVERSE_TIME, 0.5, 0.95, 1).rate(0.1, 0), 0.0);
    }

    @Test
    @DisplayName("should use the epoch count in the learner's schedule: epoch 0 during the first pass")
    void scheduleInLearner() {
        Learner l = learner(OptimizerKind.GD, 0, 0, 0);
        l.setData(new double[] {1, 2}, new double[] {0, 1}, new double[] {1, 0});
        l.setTraining(l.training().withSchedule(new Schedule(Schedule.Kind.INVERSE_TIME, 1.0, 0.95, 1)));
        assertEquals(0.1, l.step().learningRate, 0.0);
        assertEquals(0.1, l.step().learningRate, 0.0);
        assertEquals(0.05, l.step().learningRate, 1e-15);
        assertEquals(1, l.epoch());
    }

    @Test
    @DisplayName("should average with bias correction v_t / (1 - beta^t)")
    void exponentialAverage() {
        ExponentialAverage e = new ExponentialAverage(0.9);
        e.add(10);
        assertEquals(1.0, e.raw(), 1e-12);
        assertEquals(10.0, e.corrected(), 1e-12);
        e.add(20);
        assertEquals(0.9 * 1.0 + 0.1 * 20, e.raw(), 1e-12);
        assertEquals((0.9 + 2.0) / (1 - 0.81), e.corrected(), 1e-12);
    }

    @Test
    @DisplayName("should use the batch's size as m in the mini-batch gradient, the last batch being smaller")
    void lastBatchSmaller() {
        Learner l = learner(OptimizerKind.GD, 0, 0, 0);
        l.setData(new double[] {1, 2, 3}, new double[] {0, 1, 0}, new double[] {1, 0, 1});
        l.setTraining(l.training().withBatch(2, false));
        assertEquals(2, l.step().batchSize);
        assertEquals(1, l.step().batchSize);
        assertEquals(1, l.epoch());
    }
}
