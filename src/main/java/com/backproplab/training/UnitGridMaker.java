package com.backproplab.training;

import com.backproplab.data.InputMap;
import com.backproplab.engine.Network;
import com.backproplab.engine.Predictor;

/**
 * Computes {@link UnitGrids} on the grid worker's thread: one forward pass over the cell centres that keeps every
 * layer's activations. The inputs of the cells are computed again only when the viewport, the input map or the
 * resolution changes. Owns its buffers: one maker per thread.
 */
final class UnitGridMaker {
    private final Predictor predictor = new Predictor();
    private double[][] x;
    private Viewport viewport;
    private InputMap inputs;
    private int resolution;

    /** Every unit's activation over {@code view} for the weights {@code net} of training step {@code step}. */
    UnitGrids make(Network net, InputMap map, Viewport view, long step) {
        int[] sizes = net.sizes();
        int n = UnitGrids.resolutionFor(sizes), count = n * n;
        if (x == null || n != resolution || view != viewport || map != inputs) {
            x = GridWorker.gridInputs(map, view, n);
            resolution = n;
            viewport = view;
            inputs = map;
        }
        float[][] out = new float[sizes.length][];
        for (int l = 0; l < sizes.length; l++) {
            out[l] = new float[sizes[l] * count];
        }
        predictor.activations(net, x, count, out);
        return new UnitGrids(n, sizes, out, step);
    }
}
