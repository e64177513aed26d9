package com.backproplab.ui.chart;

import com.backproplab.plot.Ticks;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** The current values written at the right end of the cost chart's curves, nudged apart so they never overlap. */
final class EndLabels {
    private static final double GAP = 12;
    private final double[] y = new double[4];
    private final double[] value = new double[4];
    private final Color[] color = new Color[4];
    private int count;

    /** Starts the labels of one redraw. */
    void clear() {
        count = 0;
    }

    /** Adds {@code v} in {@code c} at its height on {@code plot}, unless it cannot be shown there. */
    void add(Plot plot, double v, Color c) {
        double py = plot.py(v);
        if (!Double.isFinite(py) || count == y.length) {
            return;
        }
        // Insertion by y keeps the labels sorted top to bottom for the overlap pass.
        int i = count++;
        while (i > 0 && y[i - 1] > py) {
            y[i] = y[i - 1];
            value[i] = value[i - 1];
            color[i] = color[i - 1];
            i--;
        }
        y[i] = py;
        value[i] = v;
        color[i] = c;
    }

    /** Writes the labels just right of the plot. */
    void draw(GraphicsContext g, Plot plot) {
        for (int i = 1; i < count; i++) {
            y[i] = Math.max(y[i], y[i - 1] + GAP);
        }
        double over = count > 0 ? y[count - 1] - (plot.bottom - 4) : 0;
        if (over > 0) {
            for (int i = 0; i < count; i++) {
                y[i] -= over;
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Plot.FONT);
        for (int i = 0; i < count; i++) {
            g.setFill(color[i]);
            g.fillText(Ticks.value(value[i]), plot.right + 4, y[i]);
        }
    }
}
