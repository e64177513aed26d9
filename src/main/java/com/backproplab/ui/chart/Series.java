package com.backproplab.ui.chart;

import javafx.scene.canvas.GraphicsContext;

/** Strokes a polyline given in pixels, breaking it at NaN and marking isolated points with a dot. */
final class Series {
    private Series() {
    }

    /** Strokes {@code x, y} (first {@code n} points) with the context's stroke; dots use the same paint. */
    static void stroke(GraphicsContext g, double[] x, double[] y, int n) {
        g.setFill(g.getStroke());
        double dot = Math.max(2.5, g.getLineWidth() + 1.5);
        g.beginPath();
        int run = 0;
        for (int i = 0; i <= n; i++) {
            boolean ok = i < n && Double.isFinite(y[i]);
            if (!ok) {
                if (run == 1) { // a lone point draws no line: show it as a dot
                    g.fillOval(x[i - 1] - dot / 2, y[i - 1] - dot / 2, dot, dot);
                }
                run = 0;
                continue;
            }
            if (run == 0) {
                g.moveTo(x[i], y[i]);
            } else {
                g.lineTo(x[i], y[i]);
            }
            run++;
        }
        g.stroke();
    }
}
