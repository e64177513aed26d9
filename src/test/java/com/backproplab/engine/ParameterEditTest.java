package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A user's edit of one weight or bias: the value lands where it should and the optimizer's state stays consistent. */
class ParameterEditTest {
    private static Learner trained(NetworkConfig nc, OptimizerKind kind, int steps) {
        Learner l = new Learner(nc, TrainingConfig.defaults().withOptimizer(kind).withBatch(4, false));
        l.setData(new double[] {1, -1, 0.5, -0.2}, new double[] {0.3, 2, -1, 0.7}, new double[] {1, 0, 1, 0});
        for (int i = 0; i < steps; i++) {
            l.step();
        }
        return l;
    }

    @Test
    @DisplayName("should set the weight, zero its first moment only, and keep the second moments and t (Adam)")
    void weightUnderAdam() {
        Learner l = trained(NetworkConfig.defaults().withHidden(List.of(3)), OptimizerKind.ADAM, 3);
        OptimizerState before = l.optimizer().state();
        ParameterEdit.weight(l, 1, 2, 1, 0.75);
        OptimizerState after = l.optimizer().state();
        assertEquals(0.75, l.network().weight(1, 2, 1));
        assertEquals(before.t(), after.t());
        int edited = 2 * 2 + 1; // row 2, column 1 of the 3 x 2 matrix W[1]
        assertNotEquals(0.0, before.vw()[1][edited]);
        assertEquals(0.0, after.vw()[1][edited]);
        for (int k = 0; k < before.vw()[1].length; k++) {
            if (k != edited) {
                assertEquals(before.vw()[1][k], after.vw()[1][k], "v of W[1] entry " + k);
            }
        }
        assertArrayEquals(before.vw()[2], after.vw()[2]);
        for (int layer = 1; layer <= 2; layer++) {
            assertArrayEquals(before.sw()[layer], after.sw()[layer], "s of W[" + layer + "]");
            assertArrayEquals(before.sb()[layer], after.sb()[layer], "s of b[" + layer + "]");
            assertArrayEquals(before.vb()[layer], after.vb()[layer], "v of b[" + layer + "]");
        }
    }

    @Test
    @DisplayName("should start an edited weight at rest: momentum's next update is (1 - beta) dW from the new value")
    void nextMomentumStepStartsAtRest() {
        Network net = Network.of(new int[] {2, 1}, Activation.TANH, new double[][][] {{{0.5, -0.3}}},
                new double[][] {{0.1}});
        TrainingConfig tc = TrainingConfig.defaults().withOptimizer(OptimizerKind.MOMENTUM).withLearningRate(0.1)
                .withBetas(0.8, 0.9, 0.999, 1e-8).withBatch(1, false);
        Learner l = new Learner(net, tc, 1);
        l.setData(new double[] {1}, new double[] {2}, new double[] {1});
        l.step();
        double w2 = l.network().weight(1, 0, 1), b = l.network().biases(1)[0];
        ParameterEdit.weight(l, 1, 0, 0, 2.0);
        // The gradient at the edited parameters (x = (1, 2), y = 1: dz = a - 1, dW1 = dz).
        double a = 1 / (1 + Math.exp(-(2.0 * 1 + w2 * 2 + b)));
        double dw1 = a - 1;
        l.step();
        assertEquals(2.0 - 0.1 * (1 - 0.8) * dw1, l.network().weight(1, 0, 0), 1e-12);
    }

    @Test
    @DisplayName("should set the output's b, and beta on a batch-normalized hidden layer, where beta is the bias")
    void biases() {
        Learner l = trained(NetworkConfig.defaults().withHidden(List.of(3, 2)).withBatchNorm(true),
                OptimizerKind.MOMENTUM, 2);
        double[] b1 = l.network().biases(1);
        ParameterEdit.bias(l, 1, 1, -0.4);
        assertEquals(-0.4, l.network().beta(1)[1]);
        assertArrayEquals(b1, l.network().biases(1), "b[1] is unused under batch norm and stays");
        assertTrue(ParameterEdit.biasIsBeta(l.network(), 2));
        assertEquals(0.0, l.optimizer().state().vBeta()[1][1]);
        ParameterEdit.bias(l, 3, 0, 1.5);
        assertEquals(1.5, l.network().biases(3)[0]);
        assertEquals(0.0, l.optimizer().state().vb()[3][0]);
    }

    @Test
    @DisplayName("should refuse a parameter the network does not have, and a value that is not finite")
    void refusals() {
        Learner l = trained(NetworkConfig.defaults(), OptimizerKind.GD, 1);
        assertThrows(IllegalArgumentException.class, () -> ParameterEdit.weight(l, 0, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> ParameterEdit.weight(l, 4, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> ParameterEdit.weight(l, 1, 8, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> ParameterEdit.weight(l, 1, 0, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> ParameterEdit.bias(l, 3, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> ParameterEdit.bias(l, 1, 0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ParameterEdit.weight(l, 1, 0, 0,
                Double.POSITIVE_INFINITY));
        ParameterEdit.weight(l, 1, 0, 0, -3); // gradient descent keeps no moments: only the weight changes
        assertEquals(-3, l.network().weight(1, 0, 0));
    }
}
