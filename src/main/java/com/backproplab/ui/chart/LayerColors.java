package com.backproplab.ui.chart;

import javafx.scene.paint.Color;

/**
 * Colours of layers 1..L along a viridis ramp, dark purple for the first layer to green for the last, so the
 * order of layers reads from colour alone and stays legible for colour-blind readers. The network view labels its
 * layers in the same colours.
 */
public final class LayerColors {
    // Viridis at t = 0, 0.1, ..., 1 (matplotlib's table).
    private static final int[] VIRIDIS = {0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c,
        0x22a884, 0x44bf70, 0x7ad151, 0xbddf26, 0xfde725};
    /** The ramp stops short of viridis' yellow end, which vanishes on a white background. */
    private static final double END = 0.75;

    private LayerColors() {
    }

    /** Colour of layer l of L (1-based). */
    public static Color of(int l, int layers) {
        double t = layers <= 1 ? 0 : END * (l - 1) / (layers - 1.0);
        double p = t * (VIRIDIS.length - 1);
        int i = Math.min(VIRIDIS.length - 2, (int) p);
        double f = p - i;
        int a = VIRIDIS[i], b = VIRIDIS[i + 1];
        return Color.rgb(mix(a >> 16, b >> 16, f), mix(a >> 8, b >> 8, f), mix(a, b, f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 255) * (1 - f) + (b & 255) * f);
    }

    /** Colours of layers 1..L in {@code out[1..L]}, reusing {@code out} when it is long enough. */
    static Color[] all(int layers, Color[] out) {
        Color[] c = out != null && out.length > layers ? out : new Color[layers + 1];
        for (int l = 1; l <= layers; l++) {
            c[l] = of(l, layers);
        }
        return c;
    }
}
