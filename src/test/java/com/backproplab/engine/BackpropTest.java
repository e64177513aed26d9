package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BackpropTest {

    private static Gradients gradients(Network net, Points p, double lambda, double[] costOut) {
        int m = p.size();
        Workspace ws = new Workspace(net.sizes(), m);
        System.arraycopy(p.x1, 0, ws.act[0], 0, m);
        System.arraycopy(p.x2, 0, ws.act[0], m, m);
        System.arraycopy(p.y, 0, ws.y, 0, m);
        Gradients g = new Gradients(net.sizes());
        Backprop.forward(net, ws, m, 1.0, null);
        costOut[0] = Backprop.cost(net, ws, m, lambda);
        Backprop.backward(net, ws, m, 1.0, lambda, g);
        return g;
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    @DisplayName("should compute cost, dW and db exactly as the plain-loop reference on a random case")
    void matchesNaiveReference(Activation activation) {
        // Odd sizes exercise every remainder path of the unrolled kernels.
        Network net = Network.initialize(new NetworkConfig(List.of(7, 5, 9), activation, InitScheme.XAVIER, 1, 11));
        Points p = Points.random(13, 5);
        double[] cost = new double[1];
        Gradients g = gradients(net, p, 0.3, cost);
        NaiveReference ref = new NaiveReference(net, p, 0.3);
        assertEquals(ref.cost, cost[0], 1e-12);
        for (int l = 1; l <= net.layers(); l++) {
            int k = net.units(l - 1);
            for (int i = 0; i < net.units(l); i++) {
                for (int q = 0; q < k; q++) {
                    assertEquals(ref.dw[l][i][q], g.dw[l][i * k + q], 1e-12, "dW[" + l + "]");
                }
                assertEquals(ref.db[l][i], g.db[l][i], 1e-12, "db[" + l + "]");
            }
        }
    }

    @Test
    @DisplayName("should match a hand-worked logistic regression step")
    void handWorkedLogisticRegression() {
        // One unit, w = (1, -1), b = 0; points (1,0) y=1 and (0,1) y=0.
        // z = (1, -1); a = sigmoid(z) = (s, 1-s) with s = 0.7310585786300049.
        // J = -(log s + log s)/2 = -log s = 0.31326168751822286
        // dz = a - y = (s-1, 1-s); dW = (1/2) dz X^T = ((s-1)/2, (1-s)/2); db = 0.
        Network net = Network.of(new int[] {2, 1}, Activation.TANH, new double[][][] {{{1, -1}}},
                new double[][] {{0}});
        Points p = new Points(new double[] {1, 0}, new double[] {0, 1}, new double[] {1, 0});
        double[] cost = new double[1];
        Gradients g = gradients(net, p, 0, cost);
        double s = 0.7310585786300049;
        assertEquals(0.31326168751822286, cost[0], 1e-15);
        assertEquals((s - 1) / 2, g.dw[1][0], 1e-15);
        assertEquals((1 - s) / 2, g.dw[1][1], 1e-15);
        assertEquals(0.0, g.db[1][0], 1e-15);
    }

    @Test
    @DisplayName("should add lambda/(2m) sum ||W||^2 to the cost and (lambda/m) W to dW, not to db")
    void l2Term() {
        Network net = Network.initialize(new NetworkConfig(List.of(3), Activation.TANH, InitScheme.XAVIER, 1, 2));
        Points p = Points.random(10, 1);
        double[] plain = new double[1], reg = new double[1];
        Gradients g0 = gradients(net, p, 0, plain);
        Gradients g1 = gradients(net, p, 2.0, reg);
        assertEquals(plain[0] + 2.0 / 20 * L2.sumSquaredWeights(net), reg[0], 1e-12);
        for (int l = 1; l <= 2; l++) {
            for (int i = 0; i < g0.dw[l].length; i++) {
                assertEquals(g0.dw[l][i] + 2.0 / 10 * net.w[l][i], g1.dw[l][i], 1e-12);
            }
            for (int i = 0; i < g0.db[l].length; i++) {
                assertEquals(g0.db[l][i], g1.db[l][i], 0.0);
            }
        }
    }

    @Test
    @DisplayName("should give a large finite cost, not NaN, for a saturated wrong output")
    void stableCost() {
        Network net = Network.of(new int[] {2, 1}, Activation.TANH, new double[][][] {{{1000, 0}}},
                new double[][] {{0}});
        Points p = new Points(new double[] {1}, new double[] {0}, new double[] {0});
        double[] cost = new double[1];
        Gradients g = gradients(net, p, 0, cost);
        assertEquals(1000.0, cost[0], 1e-9);
        assertTrue(Double.isFinite(g.dw[1][0]));
        assertEquals(1.0, g.dw[1][0], 1e-12);
    }

    @Test
    @DisplayName("should apply inverted dropout in training: kept units scaled by 1/keep_prob, about keep_prob kept")
    void dropoutMasks() {
        Network net = Network.initialize(new NetworkConfig(List.of(64), Activation.RELU, InitScheme.HE, 1, 3));
        int m = 200;
        Points p = Points.random(m, 4);
        Workspace ws = new Workspace(net.sizes(), m);
        ws.enableDropout(net.sizes());
        System.arraycopy(p.x1, 0, ws.act[0], 0, m);
        System.arraycopy(p.x2, 0, ws.act[0], m, m);
        Rng rng = new Rng(0);
        rng.reset(1, 1);
        Backprop.forward(net, ws, m, 0.8, rng);
        int kept = 0;
        for (int j = 0; j < 64 * m; j++) {
            double mask = ws.mask[1][j];
            assertTrue(mask == 0.0 || mask == 1 / 0.8);
            if (mask != 0) {
                kept++;
                assertEquals(ws.act[1][j] / 0.8, ws.out[1][j], 1e-12 * Math.abs(ws.out[1][j]));
            } else {
                assertEquals(0.0, ws.out[1][j]);
            }
        }
        assertEquals(0.8, kept / (64.0 * m), 0.01);
    }

    @Test
    @DisplayName("should pass the gradient check of the dropped-out network with the same mask")
    void dropoutBackwardUsesMask() {
        // With a fixed mask the network is a deterministic function: backprop must match differences of it.
        Network net = Network.initialize(new NetworkConfig(List.of(6, 6), Activation.TANH, InitScheme.XAVIER, 1, 5));
        int m = 12;
        Points p = Points.random(m, 6);
        Workspace ws = new Workspace(net.sizes(), m);
        ws.enableDropout(net.sizes());
        System.arraycopy(p.x1, 0, ws.act[0], 0, m);
        System.arraycopy(p.x2, 0, ws.act[0], m, m);
        System.arraycopy(p.y, 0, ws.y, 0, m);
        Rng rng = new Rng(0);
        rng.reset(9, 9);
        Backprop.forward(net, ws, m, 0.5, rng);
        Gradients g = new Gradients(net.sizes());
        Backprop.backward(net, ws, m, 0.5, 0, g);
        double[] analytic = g.flatten();
        double[] theta = net.flatten();
        for (int i = 0; i < theta.length; i++) {
            double s = theta[i];
            theta[i] = s + 1e-6;
            net.unflatten(theta);
            double plus = costSameMask(net, ws, m, rng);
            theta[i] = s - 1e-6;
            net.unflatten(theta);
            double minus = costSameMask(net, ws, m, rng);
            theta[i] = s;
            net.unflatten(theta);
            assertEquals((plus - minus) / 2e-6, analytic[i], 1e-7);
        }
    }

    private static double costSameMask(Network net, Workspace ws, int m, Rng rng) {
        rng.reset(9, 9);
        Backprop.forward(net, ws, m, 0.5, rng);
        return Backprop.cost(net, ws, m, 0);
    }
}
