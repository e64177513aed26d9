package com.backproplab.training;

import com.backproplab.data.Normalization;
import com.backproplab.engine.Network;
import com.backproplab.engine.Predictor;

/**
 * Computes {@link UnitGrids} on the grid worker's thread: one forward pass over the cell centres that keeps every
 * layer's activations. The inputs of the cells are computed again only when the viewport, the normalization or the
 * resolution changes. Owns its buffers: one maker per thread.
 */
final class UnitGridMaker {
    private final Predictor predictor = new Predictor();
    private double[] x1;
    private double[] x2;
    private Viewport viewport;
    private Normalization normalization;
    private int resolution;

    /** Every unit's activation over {@code viewport} for the weights {@code net} of training step {@code step}. */
    UnitGrids make(Network net, Normalization norm, Viewport view, long step) {
        int[] sizes = net.sizes();
        int n = UnitGrids.resolutionFor(sizes), count = n * n;
        if (x1 == null || n != resolution || view != viewport || norm != normalization) {
            x1 = new double[count];
            x2 = new double[count];
            for (int j = 0; j < n; j++) {
                double y = norm.apply2(view.y(j, n));
                for (int i = 0; i < n; i++) {
                    x1[j * n + i] = norm.apply1(view.x(i, n));
                    x2[j * n + i] = y;
                }
            }
            resolution = n;
            viewport = view;
            normalization = norm;
        }
        float[][] out = new float[sizes.length][];
        for (int l = 0; l < sizes.length; l++) {
            out[l] = new float[sizes[l] * count];
        }
        predictor.activations(net, x1, x2, count, out);
        return new UnitGrids(n, sizes, out, step);
    }
}
