package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ThetaTest {

    @Test
    @DisplayName("should lay theta out as W, b of each layer, then gamma, beta on batch-normalized hidden layers")
    void layout() {
        double[][] blocks = Theta.allocate(new int[] {2, 3, 4, 1}, true);
        assertArrayEquals(new int[] {6, 3, 3, 3, 12, 4, 4, 4, 4, 1},
                Arrays.stream(blocks).mapToInt(b -> b.length).toArray());
        assertArrayEquals(new int[] {1, 0, 0, 0, 2, 0, 0, 0, 3, 0}, Theta.weightLayers(3, true));
        assertSame(blocks[4], Theta.byLayer(blocks, Theta.W, 3, true)[2]);
        assertSame(blocks[7], Theta.byLayer(blocks, Theta.BETA, 3, true)[2]);
        assertNull(Theta.byLayer(blocks, Theta.GAMMA, 3, true)[3], "the output layer has no gamma");
        double[][] plain = Theta.allocate(new int[] {2, 3, 4, 1}, false);
        assertArrayEquals(new int[] {6, 3, 12, 4, 4, 1}, Arrays.stream(plain).mapToInt(b -> b.length).toArray());
        assertNull(Theta.byLayer(plain, Theta.GAMMA, 3, false));
    }

    @Test
    @DisplayName("should give the network's W, b, gamma and beta the very arrays that theta flattens")
    void networkViews() {
        Network net = Network.initialize(new NetworkConfig(List.of(3), Activation.TANH, InitScheme.XAVIER, 1, 1,
                true));
        net.norm.beta[1][2] = 7;
        net.w[2][1] = 5;
        double[] theta = net.flatten();
        // W[1] (3 x 2), b[1], gamma[1], beta[1] (3 each), W[2] (1 x 3), b[2] (1)
        assertEquals(19, theta.length);
        assertEquals(7, theta[6 + 3 + 3 + 2], 0.0);
        assertEquals(5, theta[15 + 1], 0.0);
        theta[15] = -1;
        net.unflatten(theta);
        assertEquals(-1, net.weight(2, 0, 0), 0.0);
    }
}
