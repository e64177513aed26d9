package com.backproplab.engine;

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
}
