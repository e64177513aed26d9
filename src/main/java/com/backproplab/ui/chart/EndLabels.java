package com.backproplab.ui.chart;

import com.backproplab.plot.Ticks;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** The current values written at the right end of the cost chart's curves, nudged apart so they never overlap. */
final class EndLabels {
    private static final double GAP = 12;
    private final LabelColumn column = new LabelColumn(4, GAP, 0);
    private final double[] value = new double[4];
    private final Color[] color = new Color[4];

    /** Starts the labels of one redraw. */
    void clear() {
        column.clear();
    }

    /** Adds {@code v} in {@code c} at its height on {@code plot}, unless it cannot be shown there. */
    void add(Plot plot, double v, Color c) {
        double py = plot.py(v);
        if (column.takes(py)) {
            int i = column.add(py);
            value[i] = v;
            color[i] = c;
        }
    }

    /** Writes the labels just right of the plot. */
    void draw(GraphicsContext g, Plot plot) {
        column.spread(Double.NEGATIVE_INFINITY, plot.bottom - 4);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Plot.FONT);
        for (int i = 0; i < column.size(); i++) {
            int k = column.index(i);
            g.setFill(color[k]);
            g.fillText(Ticks.value(value[k]), plot.right + 4, column.y(i));
        }
    }
}
