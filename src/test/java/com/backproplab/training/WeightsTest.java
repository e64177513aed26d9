package com.backproplab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.backproplab.engine.Activation;
import com.backproplab.engine.InitScheme;
import com.backproplab.engine.Network;
import com.backproplab.engine.NetworkConfig;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WeightsTest {

    @Test
    @DisplayName("should copy W and b for drawing, with the largest |w|")
    void copies() {
        Network net = Network.of(new int[] {2, 2, 1}, Activation.TANH,
                new double[][][] {{{1, -3}, {0.5, 2}}, {{-0.25, 4}}}, new double[][] {{0.1, 0.2}, {0.3}});
        Weights w = Weights.of(net);
        assertEquals(2, w.layers());
        assertEquals(-3, w.weight(1, 0, 1), 0.0);
        assertEquals(4, w.weight(2, 0, 1), 0.0);
        assertEquals(0.3, w.bias(2, 0), 0.0);
        assertEquals(4, w.maxAbs(), 0.0);
    }

    @Test
    @DisplayName("should not copy a network too large to draw")
    void tooLarge() {
        Network big = Network.initialize(new NetworkConfig(Collections.nCopies(8, 64), Activation.RELU,
                InitScheme.HE, 1, 1));
        assertNull(Weights.of(big));
        assertEquals(List.of(64, 64), List.of(big.units(1), big.units(2)));
    }
}
