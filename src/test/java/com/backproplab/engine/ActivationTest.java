package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivationTest {

    @ParameterizedTest(name = "{0}({1}) = {2}, g' = {3}")
    @CsvSource({
        "sigmoid, 0, 0.5, 0.25",
        "sigmoid, 2, 0.8807970779778823, 0.10499358540350662",
        "sigmoid, -800, 0, 0",
        "tanh, 0, 0, 1",
        "tanh, 1, 0.7615941559557649, 0.41997434161402614",
        "relu, -2, 0, 0",
        "relu, 0, 0, 1",
        "relu, 3, 3, 1",
        "leaky_relu, -2, -0.02, 0.01",
        "leaky_relu, 0, 0, 1",
        "leaky_relu, 3, 3, 1",
        "linear, -2.5, -2.5, 1",
    })
    @DisplayName("should compute g and g' as tabulated in docs/math.md")
    void table(String key, double z, double a, double slope) {
        Activation g = Activation.fromKey(key);
        assertEquals(a, g.apply(z), 1e-15);
        assertEquals(slope, g.derivative(z, g.apply(z)), 1e-15);
        double[] in = {z}, out = new double[1], dz = new double[1];
        g.applyAll(in, out, 1);
        assertEquals(g.apply(z), out[0], 0.0);
        g.backward(new double[] {2.0}, in, out, dz, 1);
        assertEquals(2.0 * slope, dz[0], 1e-15);
    }

    @Test
    @DisplayName("should name the valid choices when a key is unknown")
    void unknownKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Activation.fromKey("swish"));
        assertEquals("unknown activation 'swish' (expected sigmoid, tanh, relu, leaky_relu or linear)", e.getMessage());
    }
}
