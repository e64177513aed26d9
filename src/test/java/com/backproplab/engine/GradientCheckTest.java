package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GradientCheckTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Activation a : Activation.values()) {
            for (int depth : new int[] {0, 1, 5}) {
                for (double lambda : new double[] {0.0, 0.7}) {
                    out.add(Arguments.of(a, depth, lambda));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, {1} hidden layers, lambda {2}")
    @MethodSource("cases")
    @DisplayName("should agree with the numerical gradient below 1e-7")
    void gradientsMatchNumerical(Activation activation, int depth, double lambda) {
        List<Integer> hidden = new ArrayList<>(Collections.nCopies(depth, 5));
        Network net = Network.initialize(new NetworkConfig(hidden, activation, InitScheme.XAVIER, 1, 7));
        Points p = Points.random(16, 3);
        GradientCheck.Result r = GradientCheck.check(net, p.x1, p.x2, p.y, lambda);
        assertTrue(r.difference() < 1e-7, () -> "difference " + r.difference());
        assertTrue(r.verdict().startsWith("great"));
    }

    @Test
    @DisplayName("should flag a backward pass that forgets the L2 term")
    void detectsWrongGradient() {
        Network net = Network.initialize(new NetworkConfig(List.of(4), Activation.TANH, InitScheme.XAVIER, 1, 7));
        Points p = Points.random(16, 3);
        GradientCheck.Backward forgetsL2 = (n, ws, m, lambda, g) -> Backprop.backward(n, ws, m, 1.0, 0.0, g);
        GradientCheck.Result wrong = GradientCheck.check(net, p.x1, p.x2, p.y, 0.7, Integer.MAX_VALUE, forgetsL2);
        assertTrue(wrong.difference() > GradientCheck.SUSPICIOUS, () -> "difference " + wrong.difference());
        assertTrue(wrong.verdict().startsWith("likely a bug"), wrong.verdict());
        // The same check through the same seam passes the real backward pass: only the bug made it fail.
        GradientCheck.Result right = GradientCheck.check(net, p.x1, p.x2, p.y, 0.7, Integer.MAX_VALUE, GradientCheck.BACKPROP);
        assertTrue(right.difference() < GradientCheck.GREAT, () -> "difference " + right.difference());
    }

    @ParameterizedTest(name = "{0}, {1} points")
    @CsvSource({"TANH, 16", "RELU, 16", "SIGMOID, 16", "TANH, 400", "SIGMOID, 400"})
    @DisplayName("should call a stationary point undefined, with its absolute difference, never a bug")
    void stationaryPoint(Activation activation, int count) {
        // Zero init on balanced labels: backprop's gradient is exactly zero, the numerical one is rounding noise.
        Network net = Network.initialize(new NetworkConfig(List.of(8, 8), activation, InitScheme.ZEROS, 1, 7));
        Points p = Points.random(count, 3);
        for (int i = 0; i < count; i++) {
            p.y[i] = i % 2;
        }
        GradientCheck.Result r = GradientCheck.check(net, p.x1, p.x2, p.y, 0.0);
        assertEquals(0.0, r.gradNorm());
        assertTrue(r.stationary(), () -> "numerical norm " + r.approxNorm() + " noise " + r.noise());
        assertTrue(Double.isNaN(r.difference()));
        assertTrue(r.absolute() <= r.approxNorm() && r.absolute() < 1e-7, () -> "absolute " + r.absolute());
        assertTrue(r.passed());
        assertTrue(r.verdict().startsWith("stationary point") && r.verdict().contains("undefined"), r.verdict());
        assertFalse(r.verdict().contains("likely a bug"), r.verdict());
    }

    @Test
    @DisplayName("should not call a small but real gradient stationary")
    void smallGradientIsNotStationary() {
        Network net = Network.initialize(new NetworkConfig(List.of(4), Activation.TANH, InitScheme.SMALL_RANDOM, 1, 7));
        Points p = Points.random(16, 3);
        GradientCheck.Result r = GradientCheck.check(net, p.x1, p.x2, p.y, 0.0);
        assertFalse(r.stationary(), () -> "gradient norm " + r.gradNorm() + " noise " + r.noise());
        assertTrue(r.gradNorm() > 100 * r.noise());
    }
}
