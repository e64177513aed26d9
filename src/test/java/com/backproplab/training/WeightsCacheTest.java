package com.backproplab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.backproplab.engine.Network;
import com.backproplab.engine.NetworkConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WeightsCacheTest {

    @Test
    @DisplayName("should copy the weights again only after a step, another network or an invalidation")
    void copiesOnChange() {
        Network net = Network.initialize(NetworkConfig.defaults());
        WeightsCache cache = new WeightsCache();
        Weights first = cache.of(net, 7);
        assertSame(first, cache.of(net, 7));
        Weights stepped = cache.of(net, 8);
        assertNotSame(first, stepped);
        Weights other = cache.of(net.copy(), 8);
        assertNotSame(stepped, other);
        cache.invalidate();
        Weights fresh = cache.of(net, 8);
        assertNotSame(other, fresh);
        assertEquals(net.weight(1, 0, 0), fresh.weight(1, 0, 0), 0.0);
    }
}
