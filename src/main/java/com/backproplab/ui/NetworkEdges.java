package com.backproplab.ui;

import com.backproplab.plot.Palette;
import com.backproplab.training.Weights;
import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The edges of the network view: every weight a line from the right side of its input unit to the left side of its
 * unit, blue for w > 0 and orange for w < 0, wider and more opaque the larger |w| is against the network's largest.
 * Within a frame's budget: above {@link #BUDGET} edges only the strongest are drawn (thousands of hairlines read as
 * grey anyway), and edges are stroked as one path per sign and strength band, a few dozen canvas calls for the lot.
 */
final class NetworkEdges {
    static final Color POSITIVE = argb(Palette.CLASS1);
    static final Color NEGATIVE = argb(Palette.CLASS0);
    /** Edges drawn at most. */
    static final int BUDGET = 2500;
    /** Strength bands per sign. */
    private static final int BANDS = 6;

    private float[] strengths = new float[0];
    /** Per band (negative ones first), the edges in it, each packed as layer, unit, input. */
    private final int[][] bands = new int[2 * BANDS][];
    private final int[] bandSizes = new int[2 * BANDS];
    private int drawn;

    static Color argb(int c) {
        return Color.rgb((c >> 16) & 255, (c >> 8) & 255, c & 255);
    }

    /** Edges drawn by the last {@link #draw}. */
    int drawn() {
        return drawn;
    }

    /** |w| over the network's largest, 0..1 (0 for a non-finite weight). */
    static double strength(double w, double max) {
        return max == 0 || !Double.isFinite(w) ? 0 : Math.min(1, Math.abs(w) / max);
    }

    /** Draws the edges of {@code w} where {@code layout} puts the units, skipping those off the rows' part. */
    void draw(GraphicsContext g, Weights w, NetworkLayout layout, Color zero) {
        double max = w.maxAbs(), floor = threshold(w, max);
        Arrays.fill(bandSizes, 0);
        drawn = 0;
        double top = NetworkLayout.TOP, bottom = layout.rowsBottom();
        for (int l = 1; l <= w.layers(); l++) {
            int n = w.units(l), k = w.units(l - 1);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < k; j++) {
                    double v = w.weight(l, i, j), s = strength(v, max);
                    if ((max > 0 && (s == 0 || (float) s < (float) floor)) || drawn >= BUDGET
                            || Math.max(layout.y(l, i), layout.y(l - 1, j)) < top
                            || Math.min(layout.y(l, i), layout.y(l - 1, j)) > bottom) {
                        continue;
                    }
                    int band = Math.min(BANDS - 1, (int) (s * BANDS)) + (v >= 0 ? BANDS : 0);
                    add(band, (l << 18) | (i << 9) | j);
                    drawn++;
                }
            }
        }
        for (int b = 0; b < 2 * BANDS; b++) {
            if (bandSizes[b] == 0) {
                continue;
            }
            double s = ((b % BANDS) + 0.5) / BANDS;
            Color c = b >= BANDS ? POSITIVE : NEGATIVE;
            g.setStroke(max == 0 ? zero : c.deriveColor(0, 1, 1, 0.15 + 0.85 * s));
            g.setLineWidth(max == 0 ? 0.6 : 0.5 + 3.0 * s);
            g.beginPath();
            double half = layout.node() / 2;
            for (int e = 0; e < bandSizes[b]; e++) {
                int packed = bands[b][e], l = packed >>> 18, i = (packed >>> 9) & 511, j = packed & 511;
                g.moveTo(layout.x(l - 1) + half, layout.y(l - 1, j));
                g.lineTo(layout.x(l) - half, layout.y(l, i));
            }
            g.stroke();
        }
    }

    private void add(int band, int edge) {
        int[] list = bands[band];
        if (list == null || list.length == bandSizes[band]) {
            bands[band] = list = Arrays.copyOf(list == null ? new int[0] : list, Math.max(64, bandSizes[band] * 2));
        }
        list[bandSizes[band]++] = edge;
    }

    /** The least strength drawn: 0 within the budget, else the {@link #BUDGET}-th largest. */
    private double threshold(Weights w, double max) {
        int count = 0;
        for (int l = 1; l <= w.layers(); l++) {
            count += w.units(l) * w.units(l - 1);
        }
        if (count <= BUDGET || max == 0) {
            return 0;
        }
        if (strengths.length < count) {
            strengths = new float[count];
        }
        int k = 0;
        for (int l = 1; l <= w.layers(); l++) {
            for (int i = 0; i < w.units(l); i++) {
                for (int j = 0; j < w.units(l - 1); j++) {
                    strengths[k++] = (float) strength(w.weight(l, i, j), max);
                }
            }
        }
        Arrays.sort(strengths, 0, count);
        return strengths[count - BUDGET];
    }
}
