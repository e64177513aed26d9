package com.backproplab.ui.chart;

import com.backproplab.training.History;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws kept runs faintly under the live curves: one series of a kept run up to the step the chart shows, and the
 * runs' labels at the ends of their lines, nudged apart so they never overlap. Reuses its buffers.
 */
final class GhostLines {
    /** Grey tones of kept runs, oldest first: told apart by their labels, never mistaken for the live colours. */
    private static final Color[] TONES = {Color.web("#5f6368"), Color.web("#8d6e63"), Color.web("#7e57c2"),
        Color.web("#546e7a")};
    private static final double ALPHA = 0.55;
    private static final double LABEL_GAP = 12;

    private final double[] xs = new double[History.CAPACITY];
    private final double[] ys = new double[History.CAPACITY];
    private final double[] ox = new double[2 * History.CAPACITY];
    private final double[] oy = new double[2 * History.CAPACITY];
    /** A label goes half a gap above its line's end. */
    private final LabelColumn column = new LabelColumn(GhostRuns.MAX, LABEL_GAP, LABEL_GAP / 2);
    private final double[] labelX = new double[GhostRuns.MAX];
    private final String[] labelText = new String[GhostRuns.MAX];
    private final Color[] labelColor = new Color[GhostRuns.MAX];

    /** The colour of the k-th kept run drawn. */
    static Color tone(int k) {
        return TONES[k % TONES.length];
    }

    /** A faint version of {@code c} for a kept run's line. */
    static Color faint(Color c) {
        return c.deriveColor(0, 1, 1, ALPHA);
    }

    /**
     * Strokes {@code value(i)} of {@code h}'s samples up to step {@code lastStep} with the context's stroke; returns
     * the index of the last finite sample drawn, or -1.
     */
    int stroke(GraphicsContext g, Plot plot, History h, double lastStep, IntToDoubleFunction value) {
        int n = 0, lastFinite = -1;
        while (n < h.size() && h.step(n) <= lastStep) {
            xs[n] = plot.px(h.step(n));
            ys[n] = plot.py(value.applyAsDouble(n));
            if (Double.isFinite(ys[n])) {
                lastFinite = n;
            }
            n++;
        }
        int m = Downsample.minMax(xs, ys, n, ox, oy);
        Series.stroke(g, ox, oy, m);
        return lastFinite;
    }

    /** Starts collecting the labels of one redraw. */
    void clearLabels() {
        column.clear();
    }

    /** Puts {@code text} at the end of a line, at pixel (x, y). */
    void label(String text, double x, double y, Color color) {
        if (column.takes(y)) {
            int i = column.add(y);
            labelX[i] = x;
            labelText[i] = text;
            labelColor[i] = color;
        }
    }

    /** The labels of the last redraw, top to bottom (for tests). */
    List<String> drawn() {
        String[] texts = new String[column.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = labelText[column.index(i)];
        }
        return List.of(texts);
    }

    /** Writes the collected labels right-aligned at their lines' ends, inside the plot and apart from each other. */
    void drawLabels(GraphicsContext g, Plot plot) {
        column.spread(plot.top + LABEL_GAP / 2, plot.bottom - LABEL_GAP / 2);
        g.setFont(Plot.FONT);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < column.size(); i++) {
            int k = column.index(i);
            double y = column.y(i);
            double x = Math.max(plot.left + plot.textWidth(labelText[k]) + 4, Math.min(labelX[k], plot.right) - 4);
            // A light halo keeps the label legible over the grid and the curves.
            g.setFill(Color.rgb(255, 255, 255, 0.8));
            double w = plot.textWidth(labelText[k]);
            g.fillRect(x - w - 2, y - 6, w + 4, 12);
            g.setFill(labelColor[k]);
            g.fillText(labelText[k], x, y);
        }
    }
}
