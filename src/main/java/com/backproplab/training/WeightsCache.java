package com.backproplab.training;

import com.backproplab.engine.Network;

/** The drawing copy of the weights, taken again only when they changed since the last publication. */
final class WeightsCache {
    private Weights weights;
    private Network network;
    private long step = -1;
    /** The weights changed without a step (reset, load). */
    private boolean stale = true;

    /** The weights of {@code net} at {@code step} (null for a very large network). */
    Weights of(Network net, long step) {
        if (weights == null || stale || this.step != step || network != net) {
            weights = Weights.of(net);
            network = net;
            this.step = step;
            stale = false;
        }
        return weights;
    }

    /** The next {@link #of} copies afresh. */
    void invalidate() {
        stale = true;
    }
}
