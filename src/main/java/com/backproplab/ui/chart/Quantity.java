package com.backproplab.ui.chart;

import com.backproplab.training.History;
import com.backproplab.training.LayerStats;

/** The per-layer quantity the gradient chart shows. */
enum Quantity {
    GRADIENT("gradient ||dW||"),
    WEIGHT("weight ||W||"),
    RATIO("update / weight"),
    /** Spread of each layer's activations: collapsing towards 0 shows saturated (sigmoid, tanh) or dead (ReLU) units. */
    ACTIVATION("activation spread");

    /** The update-to-weight ratio often quoted as healthy (Karpathy's rule of thumb). */
    static final double HEALTHY_RATIO = 1e-3;

    private final String label;

    Quantity(String label) {
        this.label = label;
    }

    /** Value of layer l at history sample i. */
    double at(History h, int i, int l) {
        switch (this) {
            case GRADIENT:
                return h.gradNorm(i, l);
            case WEIGHT:
                return h.weightNorm(i, l);
            case ACTIVATION:
                return h.activationStd(i, l);
            default:
                return h.updateRatio(i, l);
        }
    }

    /** Value of layer l at the latest step. */
    double now(LayerStats s, int l) {
        switch (this) {
            case GRADIENT:
                return s.gradNorm(l);
            case WEIGHT:
                return s.weightNorm(l);
            case ACTIVATION:
                return s.activationStd(l);
            default:
                return s.updateRatio(l);
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
