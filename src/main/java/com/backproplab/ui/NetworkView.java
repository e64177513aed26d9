package com.backproplab.ui;

import com.backproplab.plot.Palette;
import com.backproplab.training.Snapshot;
import com.backproplab.training.Weights;
import com.backproplab.ui.chart.Look;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The network as a graph: one column of units per layer, every weight an edge, blue for positive and orange for
 * negative, thicker and darker the larger |w| is against the network's largest. Zero init shows identical rows
 * (the symmetry problem), dead ReLU units lose their edges, exploding weights swamp the picture.
 */
public final class NetworkView extends Region {
    private static final Color POSITIVE = argb(Palette.CLASS1);
    private static final Color NEGATIVE = argb(Palette.CLASS0);
    private static final Font SMALL = Font.font(10);
    /** Above this many edges only the stronger ones are drawn: thousands of hairlines read as grey. */
    private static final int EDGE_BUDGET = 3000;

    private final Canvas canvas = new Canvas();
    private Weights shown;
    private Look look = Look.LIGHT;
    private int drawnEdges;

    /** An empty view; call {@link #render(Snapshot)} with each new snapshot. */
    public NetworkView() {
        setId("networkView");
        canvas.setId("networkCanvas");
        getChildren().add(canvas);
        setStyle("-fx-background-color: " + Look.css(look.background()) + ";");
        setMinSize(200, 140);
        setPrefSize(400, 250);
    }

    /** Draws in {@code l}'s colours and at its scale from now on. */
    public void setLook(Look l) {
        look = l;
        setStyle("-fx-background-color: " + Look.css(l.background()) + ";");
        redraw();
    }

    private static Color argb(int c) {
        return Color.rgb((c >> 16) & 255, (c >> 8) & 255, c & 255);
    }

    /** Draws the snapshot's weights; nothing to do when they did not change. */
    public void render(Snapshot s) {
        Weights w = s == null ? null : s.weights();
        if (w != shown) {
            shown = w;
            redraw();
        }
    }

    /** Edges drawn by the last redraw (for tests). */
    int drawnEdges() {
        return drawnEdges;
    }

    Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.save();
        // Presenter mode: the same drawing on a smaller logical canvas, magnified.
        g.scale(look.scale(), look.scale());
        draw(g, canvas.getWidth() / look.scale(), canvas.getHeight() / look.scale());
        g.restore();
    }

    private void draw(GraphicsContext g, double width, double height) {
        Color text = look.text();
        g.setFill(look.background());
        g.fillRect(0, 0, width, height);
        drawnEdges = 0;
        g.setFont(SMALL);
        g.setFill(text);
        g.setTextBaseline(VPos.CENTER);
        if (shown == null) {
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("Too many weights to draw (more than " + Weights.MAX_WEIGHTS + ")", width / 2, height / 2);
            return;
        }
        double left = 24, right = width - 24, top = 24, bottom = height - 22;
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(POSITIVE);
        g.fillText("w > 0", 8, 10);
        g.setFill(NEGATIVE);
        g.fillText("w < 0", 48, 10);
        g.setFill(text);
        g.fillText("edge width and colour \u221d |w|", 90, 10);
        int layers = shown.layers();
        double max = shown.maxAbs();
        long edges = 0;
        for (int l = 1; l <= layers; l++) {
            edges += (long) shown.units(l) * shown.units(l - 1);
        }
        // With many edges, skip the weak ones: the strong ones carry the story.
        double floor = edges > EDGE_BUDGET ? 0.25 : 0.0;
        for (int l = 1; l <= layers; l++) {
            double x0 = column(l - 1, layers, left, right), x1 = column(l, layers, left, right);
            int n = shown.units(l), k = shown.units(l - 1);
            for (int i = 0; i < n; i++) {
                double y1 = row(i, n, top, bottom);
                for (int j = 0; j < k; j++) {
                    double v = shown.weight(l, i, j);
                    double strength = max == 0 || !Double.isFinite(v) ? 0 : Math.abs(v) / max;
                    if (strength < floor || (strength == 0 && max > 0)) {
                        continue;
                    }
                    Color c = v >= 0 ? POSITIVE : NEGATIVE;
                    g.setStroke(max == 0 ? Color.web("#bdc1c6") : c.deriveColor(0, 1, 1, 0.15 + 0.85 * strength));
                    g.setLineWidth(0.5 + 3.0 * strength);
                    g.strokeLine(x0, row(j, k, top, bottom), x1, y1);
                    drawnEdges++;
                }
            }
        }
        for (int l = 0; l <= layers; l++) {
            double x = column(l, layers, left, right);
            int n = shown.units(l);
            double r = Math.max(1.5, Math.min(6, (bottom - top) / n / 3));
            for (int i = 0; i < n; i++) {
                double y = row(i, n, top, bottom);
                g.setFill(look.plotBackground());
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.setStroke(text);
                g.setLineWidth(1);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            g.setFill(text);
            g.setTextAlign(TextAlignment.CENTER);
            String label = l == 0 ? "x1, x2" : l == layers ? "ŷ" : String.valueOf(n);
            g.fillText(label, x, height - 10);
        }
    }

    private static double column(int l, int layers, double left, double right) {
        return layers == 0 ? left : left + (right - left) * l / layers;
    }

    private static double row(int i, int n, double top, double bottom) {
        return top + (bottom - top) * (i + 0.5) / n;
    }
}
