package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BatchNormTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Activation a : Activation.values()) {
            for (int depth : new int[] {1, 5}) {
                out.add(Arguments.of(a, depth));
            }
        }
        return out.stream();
    }

    private static Network bnNet(List<Integer> hidden, Activation a, long seed) {
        return Network.initialize(new NetworkConfig(hidden, a, InitScheme.XAVIER, 1, seed, true));
    }

    @ParameterizedTest(name = "{0}, {1} hidden layers")
    @MethodSource("cases")
    @DisplayName("should pass the gradient check with batch norm (gamma and beta included), L2 on")
    void gradientCheck(Activation activation, int depth) {
        Network net = bnNet(new ArrayList<>(Collections.nCopies(depth, 5)), activation, 7);
        // Move gamma and beta off their initial 1 and 0 so their gradients are exercised in general position.
        for (int l = 1; l < net.layers(); l++) {
            for (int i = 0; i < net.norm.gamma[l].length; i++) {
                net.norm.gamma[l][i] = 0.5 + 0.1 * i;
                net.norm.beta[l][i] = 0.2 - 0.05 * i;
            }
        }
        Points p = Points.random(16, 3);
        GradientCheck.Result r = GradientCheck.check(net, p.x1, p.x2, p.y, 0.3);
        assertTrue(r.difference() < 1e-7, () -> "difference " + r.difference());
        int expected = 0;
        for (int l = 1; l <= net.layers(); l++) {
            expected += net.units(l) * net.units(l - 1) + net.units(l) * (l < net.layers() ? 3 : 1);
        }
        assertEquals(expected, r.parameters(), "W, b, gamma and beta are all checked");
    }

    @Test
    @DisplayName("should normalize each unit over the batch: z~ has mean beta and deviation gamma")
    void forwardStatistics() {
        Network net = bnNet(List.of(6), Activation.TANH, 3);
        for (int i = 0; i < 6; i++) {
            net.norm.gamma[1][i] = 2.0;
            net.norm.beta[1][i] = -0.5;
        }
        int m = 50;
        Points p = Points.random(m, 9);
        Workspace ws = new Workspace(net.sizes(), m, true);
        System.arraycopy(p.x1, 0, ws.act[0], 0, m);
        System.arraycopy(p.x2, 0, ws.act[0], m, m);
        Backprop.forward(net, ws, m, 1.0, null, BatchNorm.Statistics.BATCH);
        for (int i = 0; i < 6; i++) {
            double s = 0, s2 = 0;
            for (int j = 0; j < m; j++) {
                double v = ws.z[1][i * m + j];
                s += v;
                s2 += v * v;
            }
            double mean = s / m, var = s2 / m - mean * mean;
            assertEquals(-0.5, mean, 1e-12);
            // sigma^2 / (sigma^2 + eps) * gamma^2, eps = 1e-5
            assertEquals(4.0, var, 4.0 * 1e-3);
        }
    }

    @Test
    @DisplayName("should track running mu and sigma^2 by an exponentially weighted average and predict with them")
    void runningAverages() {
        Network net = bnNet(List.of(3), Activation.RELU, 5);
        Points p = Points.random(20, 4);
        Learner l = new Learner(net, TrainingConfig.defaults().withBatch(20, false), 1);
        l.setData(p.x1, p.x2, p.y);
        // Expected after one step: 0.9 * (0, 1) + 0.1 * (batch mu, batch sigma^2) of Z[1] before the update.
        double[] mu = new double[3], var = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = 0, s2 = 0;
            for (int j = 0; j < 20; j++) {
                double z = net.weight(1, i, 0) * p.x1[j] + net.weight(1, i, 1) * p.x2[j] + net.b[1][i];
                s += z;
                s2 += z * z;
            }
            mu[i] = s / 20;
            var[i] = s2 / 20 - mu[i] * mu[i];
        }
        l.step();
        for (int i = 0; i < 3; i++) {
            assertEquals(0.1 * mu[i], net.runningMean(1)[i], 1e-12);
            assertEquals(0.9 + 0.1 * var[i], net.runningVar(1)[i], 1e-12);
        }
        // Prediction uses the running statistics: one point predicted alone gives the same P as within a batch.
        double[] one = new double[1], many = new double[20];
        new Predictor().predict(net, new double[] {p.x1[3]}, new double[] {p.x2[3]}, 1, one);
        new Predictor().predict(net, p.x1, p.x2, 20, many);
        assertEquals(many[3], one[0], 1e-15);
    }

    @Test
    @DisplayName("should leave the running statistics alone for a batch of one example (it has no variance)")
    void batchOfOne() {
        Network net = bnNet(List.of(3), Activation.TANH, 5);
        Points p = Points.random(5, 4);
        Learner l = new Learner(net, TrainingConfig.defaults().withBatch(2, false), 1);
        l.setData(p.x1, p.x2, p.y);
        l.step();
        l.step();
        double[] mean = net.runningMean(1), var = net.runningVar(1);
        assertEquals(1, l.step().batchSize, "the epoch's last batch holds one example");
        assertArrayEquals(mean, net.runningMean(1), 0.0);
        assertArrayEquals(var, net.runningVar(1), 0.0);
    }

    @Test
    @DisplayName("should learn two spirals with batch norm, keeping b at zero")
    void learnsWithBatchNorm() {
        Points p = Points.spiral(400, 0.02, 2);
        NetworkConfig nc = new NetworkConfig(List.of(16, 16), Activation.TANH, InitScheme.XAVIER, 1, 1, true);
        Learner l = new Learner(nc, TrainingConfig.defaults().withLearningRate(0.01).withBatch(64, true));
        l.setData(p.x1, p.x2, p.y);
        for (int i = 0; i < 8000; i++) {
            l.step();
        }
        double acc = p.accuracy(l.network());
        assertTrue(acc >= 0.95, () -> "accuracy " + acc);
        assertArrayEquals(new double[16], l.network().biases(1), 0.0);
    }

    @Test
    @DisplayName("should save and restore Adam's moments of gamma and beta")
    void optimizerStateWithBatchNorm() {
        Points p = Points.random(20, 4);
        Learner a = new Learner(bnNet(List.of(4), Activation.TANH, 2), TrainingConfig.defaults(), 1);
        a.setData(p.x1, p.x2, p.y);
        a.step();
        OptimizerState s = a.optimizer().state();
        assertTrue(s.vGamma()[1][0] != 0.0);
        Learner b = new Learner(a.network().copy(), a.training(), 1);
        b.setData(p.x1, p.x2, p.y);
        b.optimizer().restore(s);
        b.restoreProgress(a.steps(), a.epoch(), a.position());
        assertEquals(a.step().cost, b.step().cost, 0.0);
        assertArrayEquals(a.network().gamma(1), b.network().gamma(1), 0.0);
    }
}
