package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LearningTest {

    private static Learner train(NetworkConfig nc, TrainingConfig tc, Points p, int steps) {
        Learner l = new Learner(nc, tc);
        l.setData(p.x1, p.x2, p.y);
        for (int i = 0; i < steps; i++) {
            l.step();
        }
        return l;
    }

    private static TrainingConfig adam(double lr, int batch) {
        return TrainingConfig.defaults().withLearningRate(lr).withBatch(batch, true);
    }

    @Test
    @DisplayName("should reach 100% training accuracy on XOR with a 2-8-8-1 tanh net")
    void learnsXor() {
        Points p = Points.xor(200, 1);
        Learner l = train(new NetworkConfig(List.of(8, 8), Activation.TANH, InitScheme.XAVIER, 1, 1),
                adam(0.01, 32), p, 3000);
        assertEquals(1.0, p.accuracy(l.network()), 0.0);
    }

    @Test
    @DisplayName("should reach at least 97% training accuracy on two spirals with a 2-8-8-1 tanh net")
    void learnsSpiral() {
        Points p = Points.spiral(400, 0.02, 2);
        Learner l = train(new NetworkConfig(List.of(8, 8), Activation.TANH, InitScheme.XAVIER, 1, 1),
                adam(0.01, 32), p, 20000);
        double acc = p.accuracy(l.network());
        assertTrue(acc >= 0.97, () -> "accuracy " + acc);
    }

    @Test
    @DisplayName("should fail XOR with a deep linear net (a line) and solve it with tanh")
    void linearCannotSeparateXor() {
        Points p = Points.xor(200, 1);
        NetworkConfig linear = new NetworkConfig(List.of(8, 8, 8), Activation.LINEAR, InitScheme.XAVIER, 1, 1);
        Learner l = train(linear, adam(0.01, 32), p, 3000);
        double acc = p.accuracy(l.network());
        assertTrue(acc < 0.8, () -> "a linear net classified XOR at " + acc);
        // The composed map is affine: P(y=1) is constant along a line, so the boundary is a straight line.
        Network net = l.network();
        double[] xs = {-1, 0, 1, 2}, ys = {0.3, 0.3 + 0.5, 0.3 + 1.0, 0.3 + 1.5};
        double[] out = new double[4];
        new Predictor().predict(net, xs, ys, 4, out);
        double[] logits = new double[4];
        for (int i = 0; i < 4; i++) {
            logits[i] = Math.log(out[i] / (1 - out[i]));
        }
        // Equally spaced points on a line give equally spaced logits when the map is affine.
        assertEquals(logits[1] - logits[0], logits[2] - logits[1], 1e-9);
        assertEquals(logits[2] - logits[1], logits[3] - logits[2], 1e-9);
        Learner tanh = train(linear.withActivation(Activation.TANH), adam(0.01, 32), p, 3000);
        assertEquals(1.0, p.accuracy(tanh.network()), 0.0);
    }

    @Test
    @DisplayName("should keep every hidden unit identical under zero init, and break symmetry with small random")
    void symmetry() {
        Points p = Points.xor(100, 3);
        NetworkConfig zeros = new NetworkConfig(List.of(5), Activation.TANH, InitScheme.ZEROS, 1, 1);
        Network z = train(zeros, adam(0.01, 100), p, 500).network();
        for (int i = 1; i < 5; i++) {
            assertArrayEquals(z.weights(1)[0], z.weights(1)[i], 0.0);
            assertEquals(z.biases(1)[0], z.biases(1)[i], 0.0);
            assertEquals(z.weight(2, 0, 0), z.weight(2, 0, i), 0.0);
        }
        Network r = train(zeros.withInit(InitScheme.SMALL_RANDOM, 1), adam(0.01, 100), p, 500).network();
        assertTrue(Math.abs(r.weight(1, 0, 0) - r.weight(1, 1, 0)) > 1e-3);
    }

    private static double[] firstAndLastGradient(NetworkConfig nc) {
        Points p = Points.spiral(200, 0.0, 1);
        Learner l = new Learner(nc, TrainingConfig.defaults().withOptimizer(OptimizerKind.GD).withLearningRate(0.1)
                .withBatch(200, false));
        l.setData(p.x1, p.x2, p.y);
        StepStats s = l.step();
        return new double[] {s.gradNorm[1], s.gradNorm[s.layers()]};
    }

    @Test
    @DisplayName("should show vanishing gradients in a deep sigmoid net with small random init, not with He + ReLU")
    void vanishingGradients() {
        List<Integer> ten = Collections.nCopies(10, 16);
        double[] sig = firstAndLastGradient(new NetworkConfig(ten, Activation.SIGMOID, InitScheme.SMALL_RANDOM, 1, 1));
        assertTrue(sig[0] < 1e-6 * sig[1], () -> "first " + sig[0] + " last " + sig[1]);
        double[] he = firstAndLastGradient(new NetworkConfig(ten, Activation.RELU, InitScheme.HE, 1, 1));
        assertTrue(he[0] > 1e-2 * he[1], () -> "first " + he[0] + " last " + he[1]);
    }

    @Test
    @DisplayName("should produce bit-identical costs over 1000 steps for the same seed and config")
    void deterministic() {
        Points p = Points.spiral(300, 0.1, 4);
        NetworkConfig nc = new NetworkConfig(List.of(8, 8), Activation.TANH, InitScheme.XAVIER, 1, 42);
        TrainingConfig tc = adam(0.01, 16).withRegularization(0.01, 0.9);
        Learner a = new Learner(nc, tc), b = new Learner(nc, tc);
        a.setData(p.x1, p.x2, p.y);
        b.setData(p.x1, p.x2, p.y);
        for (int i = 0; i < 1000; i++) {
            assertEquals(Double.doubleToRawLongBits(a.step().cost), Double.doubleToRawLongBits(b.step().cost));
        }
        Learner c = new Learner(nc.withSeed(43), tc), d = new Learner(nc, tc);
        c.setData(p.x1, p.x2, p.y);
        d.setData(p.x1, p.x2, p.y);
        assertTrue(c.step().cost != d.step().cost, "another seed gives another run");
    }

    @Test
    @DisplayName("should report divergence with its step and refuse further steps until reset")
    void divergence() {
        Points p = Points.xor(100, 1);
        Learner l = new Learner(new NetworkConfig(List.of(8, 8, 8, 8, 8), Activation.RELU, InitScheme.SCALED, 10, 1),
                TrainingConfig.defaults().withOptimizer(OptimizerKind.GD).withLearningRate(50).withBatch(100, false));
        l.setData(p.x1, p.x2, p.y);
        long at = -1;
        double cost = 0;
        for (int i = 0; i < 1000 && at < 0; i++) {
            StepStats s = l.step();
            if (s.diverged) {
                at = s.step;
                cost = s.cost;
            }
        }
        assertTrue(at > 0, "never diverged");
        assertEquals(at, l.divergedAt());
        assertTrue(!l.network().isFinite() || !Double.isFinite(cost) || cost > Learner.EXPLOSION_FACTOR);
        assertThrows(IllegalStateException.class, l::step);
    }

    @Test
    @DisplayName("should stop a run whose cost explodes (ReLU, init scale 10, gradient descent at learning rate 50)")
    void explodingCost() {
        Points p = Points.spiral(200, 0.0, 1);
        Learner l = new Learner(new NetworkConfig(List.of(8, 8, 8), Activation.RELU, InitScheme.SCALED, 10, 1),
                TrainingConfig.defaults().withOptimizer(OptimizerKind.GD).withLearningRate(50));
        l.setData(p.x1, p.x2, p.y);
        StepStats s = null;
        for (int i = 0; i < 500 && l.divergedAt() < 0; i++) {
            s = l.step();
        }
        assertTrue(s.diverged, "never flagged");
        assertTrue(!Double.isFinite(s.cost) || s.cost > Learner.EXPLOSION_FACTOR || !l.network().isFinite());
        Learner healthy = train(new NetworkConfig(List.of(8, 8), Activation.TANH, InitScheme.XAVIER, 1, 1),
                adam(0.01, 32), p, 2000);
        assertEquals(-1, healthy.divergedAt());
    }

    @Test
    @DisplayName("should not call a large L2 term a divergence: the explosion test reads the cross-entropy")
    void largeL2IsNotDivergence() {
        Points p = Points.xor(100, 1);
        Learner l = new Learner(new NetworkConfig(List.of(64, 64, 64), Activation.RELU, InitScheme.HE, 1, 1),
                TrainingConfig.defaults().withBatch(1, true).withRegularization(1e4, 1));
        l.setData(p.x1, p.x2, p.y);
        StepStats s = l.step();
        assertTrue(s.cost > Learner.EXPLOSION_FACTOR, "the L2 term alone is " + s.cost);
        assertFalse(s.diverged);
    }

    @Test
    @DisplayName("should report an update ratio of 0, not NaN, for zero weights that did not move")
    void zeroWeightsRatio() {
        Points p = Points.xor(20, 1);
        Learner l = new Learner(new NetworkConfig(List.of(4), Activation.TANH, InitScheme.ZEROS, 1, 1),
                TrainingConfig.defaults().withOptimizer(OptimizerKind.GD).withBatch(20, false));
        l.setData(p.x1, p.x2, p.y);
        StepStats s = l.step();
        assertEquals(0.0, s.weightNorm[1], 0.0);
        assertEquals(0.0, s.updateRatio[1], 0.0);
    }

    @Test
    @DisplayName("should initialize W with the standard deviation of each scheme and b at zero")
    void initScales() {
        for (InitScheme s : InitScheme.values()) {
            Network n = Network.initialize(new NetworkConfig(List.of(128, 64), Activation.TANH, s, 3.0, 5));
            double[] w = n.w[2];
            double sq = 0;
            for (double v : w) {
                sq += v * v;
            }
            double std = Math.sqrt(sq / w.length);
            double expected = s.scale(128, 64, 3.0);
            assertEquals(expected, std, expected * 0.05 + 1e-15, s.key());
            assertArrayEquals(new double[64], n.biases(2), 0.0);
        }
        assertEquals(Math.sqrt(2.0 / 192), InitScheme.GLOROT.scale(128, 64, 0), 1e-15);
        assertEquals(Math.sqrt(1.0 / 128), InitScheme.XAVIER.scale(128, 64, 0), 1e-15);
        assertEquals(Math.sqrt(2.0 / 128), InitScheme.HE.scale(128, 64, 0), 1e-15);
        assertEquals(0.01, InitScheme.SMALL_RANDOM.scale(128, 64, 0), 0.0);
    }

    @Test
    @DisplayName("should allocate nothing per step once sized (in a fresh JVM)")
    void noAllocationPerStep() throws Exception {
        // Not after a start with the vector bodies off (AllocationRun's "scalar-first"): there, in about one JVM in
        // ten, C2 leaves a few vector operations boxed, some 200 bytes a step (docs/math.md, "Bit-exact results").
        long bytes = Long.parseLong(ForkedJvm.run(AllocationRun.class, List.of(), "vectors"));
        assertTrue(bytes < 10000, () -> bytes + " bytes allocated over 10000 steps");
    }
}
