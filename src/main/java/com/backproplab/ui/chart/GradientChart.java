package com.backproplab.ui.chart;

import com.backproplab.training.LayerStats;
import com.backproplab.training.Snapshot;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** Stand-in for the charts branch: log10 ||dW[l]|| of the latest step as one bar per layer. */
public final class GradientChart extends Region {
    private final Canvas canvas = new Canvas();
    private Snapshot last;

    public GradientChart() {
        getChildren().add(canvas);
        getStyleClass().add("chart-standin");
        setMinSize(120, 80);
        setPrefSize(360, 200);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        if (last != null) {
            render(last);
        }
    }

    /** Draws the per-layer gradient norms of the snapshot. */
    public void render(Snapshot s) {
        last = s;
        double w = canvas.getWidth(), h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        g.setFill(Color.gray(0.4));
        g.fillText("log10 ||dW[l]|| (stand-in chart)", 8, 14);
        LayerStats st = s.layers();
        int layers = st.layers();
        g.setFill(Color.web("#E69F00"));
        for (int l = 1; l <= layers; l++) {
            double v = Math.log10(Math.max(1e-8, st.gradNorm(l)));
            double frac = Math.max(0, Math.min(1, (v + 8) / 10));
            double bw = (w - 16) / layers;
            g.fillRect(8 + (l - 1) * bw + 2, h - 8 - frac * (h - 30), bw - 4, frac * (h - 30));
        }
    }
}
