package com.backproplab.ui;

import com.backproplab.engine.Activation;
import com.backproplab.plot.OutputScale;
import com.backproplab.plot.Palette;
import com.backproplab.training.UnitGrids;

/**
 * The colours of the per-unit heatmaps, in the canvas's {@link Palette}: the output (P(y=1), or yhat for regression)
 * exactly as on the canvas, on its {@link OutputScale}; sigmoid units on the same 0..1 scale; tanh units from -1
 * (orange) through 0 (white) to 1 (blue); inputs and unbounded units (ReLU, leaky ReLU, linear) with 0 white and the
 * layer's (an input's own) largest |a| on the grid at full colour, so the units of one layer compare and a dead ReLU
 * stays white.
 */
final class UnitColors {
    private UnitColors() {
    }

    /** Where activation {@code a} of unit i of layer l falls on the palette, 0..1. */
    static double shade(UnitGrids g, Activation hidden, OutputScale out, int l, int i, double a) {
        if (l == g.layers()) {
            return out.fraction(a);
        }
        if (l == 0) {
            return centred(a, g.maxAbs(0, i));
        }
        return switch (hidden) {
            case SIGMOID -> a;
            case TANH -> (a + 1) / 2;
            case RELU, LEAKY_RELU, LINEAR -> centred(a, g.maxAbs(l));
        };
    }

    private static double centred(double a, double scale) {
        return scale > 0 ? 0.5 + 0.5 * a / scale : 0.5;
    }

    /** ARGB colour of activation {@code a} of unit i of layer l. */
    static int argb(UnitGrids g, Activation hidden, OutputScale out, int l, int i, double a, boolean dark) {
        return Palette.heat(shade(g, hidden, out, l, i, a), dark);
    }

    /** The values at the palette's orange end, middle and blue end for unit i of layer l, as short texts. */
    static String[] scale(UnitGrids g, Activation hidden, OutputScale out, int l, int i) {
        if (l == g.layers()) {
            return out.regression() ? new String[] {"ŷ = −" + Forms.format(out.range()), "0", Forms.format(out.range())}
                    : new String[] {"P = 0", "0.5", "1"};
        }
        if (l == 0) {
            return symmetric(g.maxAbs(0, i));
        }
        return switch (hidden) {
            case SIGMOID -> new String[] {"a = 0", "0.5", "1"};
            case TANH -> new String[] {"a = −1", "0", "1"};
            case RELU, LEAKY_RELU, LINEAR -> symmetric(g.maxAbs(l));
        };
    }

    private static String[] symmetric(double m) {
        String v = Forms.format(m == 0 ? 1 : m);
        return new String[] {"a = −" + v, "0", v};
    }
}
