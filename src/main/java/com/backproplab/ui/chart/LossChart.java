package com.backproplab.ui.chart;

import com.backproplab.training.History;
import com.backproplab.training.Snapshot;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** Stand-in for the charts branch: the training cost over steps as one plain line. */
public final class LossChart extends Region {
    private final Canvas canvas = new Canvas();
    private Snapshot last;

    public LossChart() {
        getChildren().add(canvas);
        getStyleClass().add("chart-standin");
        setMinSize(120, 80);
        setPrefSize(360, 220);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        if (last != null) {
            render(last);
        }
    }

    /** Draws the cost history of the snapshot. */
    public void render(Snapshot s) {
        last = s;
        double w = canvas.getWidth(), h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        g.setFill(Color.gray(0.4));
        g.fillText("Cost (stand-in chart)", 8, 14);
        History hist = s.history();
        int n = hist.size();
        if (n < 2) {
            return;
        }
        double max = 1e-9;
        for (int i = 0; i < n; i++) {
            double c = hist.trainCost(i);
            if (Double.isFinite(c)) {
                max = Math.max(max, c);
            }
        }
        g.setStroke(Color.web("#0072B2"));
        g.beginPath();
        for (int i = 0; i < n; i++) {
            double c = hist.trainCost(i);
            double x = 8 + (w - 16) * i / (n - 1.0);
            double y = h - 8 - (h - 30) * (Double.isFinite(c) ? c / max : 1);
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
    }
}
