package com.backproplab.ui.chart;

import com.backproplab.training.History;
import com.backproplab.training.LayerStats;
import com.backproplab.training.Snapshot;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ChoiceBox;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Per-layer gradient norm (or weight norm, update-to-weight ratio, activation spread) over steps from step 0 on a
 * log scale, one line per layer, beside bars of the current value per layer on the same scale: vanishing first
 * layers read at a glance. Earlier runs kept in {@link GhostRuns} are drawn faintly, grey and dashed underneath,
 * each labelled at the end of its first layer's line.
 */
public final class GradientChart extends ChartPane {
    /** The name of the update/weight ratio's yardstick line. */
    static final String REFERENCE_LABEL = "healthy ~1e-3";
    private static final double[] REFERENCE_DASH = {3, 3};
    private static final double[] GHOST_DASH = {5, 3};
    private static final double LEFT = 42, TOP = 20, BOTTOM = 18;

    private final ChoiceBox<Quantity> quantity = new ChoiceBox<>();
    private final Plot plot = new Plot();
    private final GhostLines ghostLines = new GhostLines();

    private final double[] xs = new double[History.CAPACITY];
    private final double[] ys = new double[History.CAPACITY];
    private final double[] ox = new double[2 * History.CAPACITY];
    private final double[] oy = new double[2 * History.CAPACITY];
    private double[] current = new double[8];
    private Color[] colors;
    private int colorsFor = -1;

    private double barsLeft, barsRight;
    private double[] referenceBox;

    /** An empty chart; call {@link #render(Snapshot)} with each new snapshot. */
    public GradientChart() {
        super("gradientChart", "gradientCanvas", "Per layer");
        quantity.setId("gradientQuantity");
        quantity.getItems().addAll(Quantity.values());
        quantity.setValue(Quantity.GRADIENT);
        addControls(quantity);
        quantity.valueProperty().addListener((o, a, b) -> redraw());
    }

    /** The line plot's rectangle, left, top, right, bottom (for tests). */
    double[] plotBounds() {
        return new double[] {plot.left, plot.top, plot.right, plot.bottom};
    }

    /** The bar panel's horizontal extent, left and right (for tests). */
    double[] barBounds() {
        return new double[] {barsLeft, barsRight};
    }

    /** The labels of the kept runs drawn last (for tests). */
    List<String> ghostLabels() {
        return ghostLines.drawn();
    }

    /** Selects the quantity shown (for tests and the window). */
    void show(Quantity q) {
        quantity.setValue(q);
    }

    @Override
    void draw(GraphicsContext g, double w, double h) {
        Quantity q = quantity.getValue();
        plot.look = look();
        History hist = last == null ? null : last.history();
        int n = hist == null ? 0 : hist.size();
        int layers = hist == null ? 0 : hist.layers();
        if (n == 0) {
            layers = 0;
        }
        if (colorsFor != layers) {
            colors = LayerColors.all(layers, colors);
            colorsFor = layers;
        }
        readCurrent(q, hist, n, layers);
        List<GhostRuns.Ghost> kept = ghostRuns();
        double lastStep = lastStep(kept);

        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int l = 1; l <= layers; l++) {
            for (int i = 0; i < n; i++) {
                double v = q.at(hist, i, l);
                if (v > 0 && v < Double.POSITIVE_INFINITY) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            double v = current[l];
            if (v > 0 && v < Double.POSITIVE_INFINITY) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        for (GhostRuns.Ghost ghost : kept) {
            History gh = ghost.history();
            for (int l = 1; l <= gh.layers(); l++) {
                for (int i = 0; i < gh.size() && gh.step(i) <= lastStep; i++) {
                    double v = q.at(gh, i, l);
                    if (v > 0 && v < Double.POSITIVE_INFINITY) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
        }
        if (q == Quantity.RATIO && layers > 0) { // keep the healthy level in view as a yardstick
            min = Math.min(min, Quantity.HEALTHY_RATIO);
            max = Math.max(max, Quantity.HEALTHY_RATIO);
        }

        // The bar panel takes about 10 px per layer, within 56 px and 30 % of the width.
        double panel = Math.max(56, Math.min(0.3 * w, 16 + 11 * Math.max(1, layers)));
        barsRight = w - 8;
        barsLeft = barsRight - panel + 12;
        plot.frame(LEFT, TOP, w - panel - 12, h - BOTTOM);
        plot.labelLimit = barsLeft - 8;
        plot.xRange(0, lastStep > 0 ? lastStep : 1);
        plot.yFit(min, max, true);
        plot.drawAxes(g, w, h);
        plot.yGrid(g, barsLeft - 4, barsRight + 2);

        if (hint(g, plot, n == 0 && kept.isEmpty())) {
            return;
        }
        for (int i = 0; i < n; i++) {
            xs[i] = plot.px(hist.step(i));
        }
        plot.clip(g);
        if (q == Quantity.RATIO) {
            drawReferenceLine(g);
        }
        drawGhosts(g, q, kept, lastStep);
        g.setLineDashes((double[]) null);
        g.setLineWidth(1.6);
        // Last layer first, so the first layers, where gradients vanish, are drawn on top.
        for (int l = layers; l >= 1; l--) {
            for (int i = 0; i < n; i++) {
                ys[i] = plot.py(q.at(hist, i, l));
            }
            int m = Downsample.minMax(xs, ys, n, ox, oy);
            g.setStroke(colors[l]);
            Series.stroke(g, ox, oy, m);
        }
        g.restore();
        ghostLines.drawLabels(g, plot);
        if (q == Quantity.RATIO) { // after the curves, on a backing: the yardstick's name is never hidden
            drawReferenceLabel(g);
        }
        drawBars(g, layers);
        drawLegend(g, layers);
    }

    /**
     * Each kept run's lines in its own faint grey tone, dashed, so they never read as the live layers; the spread of
     * its lines still shows vanishing or exploding gradients. Labelled at the end of layer 1's line.
     */
    private void drawGhosts(GraphicsContext g, Quantity q, List<GhostRuns.Ghost> kept, double lastStep) {
        ghostLines.clearLabels();
        g.setLineWidth(1.1);
        g.setLineDashes(GHOST_DASH);
        for (int k = 0; k < kept.size(); k++) {
            History gh = kept.get(k).history();
            g.setStroke(GhostLines.faint(GhostLines.tone(k)));
            for (int l = gh.layers(); l >= 1; l--) {
                int layer = l;
                int end = ghostLines.stroke(g, plot, gh, lastStep, i -> q.at(gh, i, layer));
                if (l == 1 && end >= 0) {
                    ghostLines.label(kept.get(k).label(), plot.px(gh.step(end)), plot.py(q.at(gh, end, 1)),
                            GhostLines.tone(k));
                }
            }
        }
        g.setLineDashes((double[]) null);
    }

    private void readCurrent(Quantity q, History hist, int n, int layers) {
        if (current.length <= layers) {
            current = new double[layers + 1];
        }
        LayerStats now = last == null ? null : last.layers();
        boolean live = now != null && now.layers() == layers;
        for (int l = 1; l <= layers; l++) {
            current[l] = live ? q.now(now, l) : q.at(hist, n - 1, l);
        }
    }

    private void drawReferenceLine(GraphicsContext g) {
        double y = plot.py(Quantity.HEALTHY_RATIO);
        g.setStroke(look().muted());
        g.setLineWidth(1);
        g.setLineDashes(REFERENCE_DASH);
        g.strokeLine(plot.left, y, plot.right, y);
        g.setLineDashes((double[]) null);
    }

    private void drawReferenceLabel(GraphicsContext g) {
        double y = plot.py(Quantity.HEALTHY_RATIO);
        String text = REFERENCE_LABEL;
        double w = plot.textWidth(text), h = 13;
        // Above the line when there is room, below it at the top of the plot.
        double top = y - 2 - h >= plot.top ? y - 2 - h : y + 2;
        double x = plot.right - 4 - w;
        referenceBox = new double[] {x - 3, top, w + 6, h};
        g.setFill(look().plotBackground().deriveColor(0, 1, 1, 0.85));
        g.fillRect(x - 3, top, w + 6, h);
        g.setFill(look().muted());
        g.setFont(Plot.FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(text, x, top);
    }

    /** Where the reference label was drawn last, x, y, width, height in logical pixels, or null (for tests). */
    double[] referenceBox() {
        return referenceBox;
    }

    /** One bar per layer from the bottom of the axis up to the current value. */
    private void drawBars(GraphicsContext g, int layers) {
        double slot = (barsRight - barsLeft) / layers;
        double bar = Math.max(2, Math.min(14, slot * 0.72));
        int every = (int) Math.ceil(14 / slot); // a label every few bars when the slots are narrower than "17"
        g.setFont(Plot.FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int l = 1; l <= layers; l++) {
            double cx = barsLeft + (l - 0.5) * slot;
            double y = plot.py(current[l]);
            if (Double.isFinite(y)) {
                double top = Math.min(y, plot.bottom - 1);
                g.setFill(colors[l]);
                g.fillRect(Math.round(cx - bar / 2), top, Math.max(2, Math.round(bar)), plot.bottom - top);
            } else { // zero, negative or NaN: nothing to draw on a log scale, say so with a small cross
                g.setStroke(look().muted());
                g.setLineWidth(1);
                g.strokeLine(cx - 2.5, plot.bottom - 7, cx + 2.5, plot.bottom - 2);
                g.strokeLine(cx - 2.5, plot.bottom - 2, cx + 2.5, plot.bottom - 7);
            }
            if ((l - 1) % every == 0 || l == layers && layers <= 9) {
                g.setFill(look().muted());
                g.fillText(Integer.toString(l), cx, plot.bottom + 3);
            }
        }
        g.setFill(look().text());
        g.setTextBaseline(VPos.CENTER);
        g.fillText("now", (barsLeft + barsRight) / 2, TOP / 2);
    }

    /** "layer 1 ... layer L" as swatches when they fit, else as a colour ramp between the two ends. */
    private void drawLegend(GraphicsContext g, int layers) {
        double x = plot.left + 4, y = TOP / 2;
        g.setFont(Plot.FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double needed = 0;
        for (int l = 1; l <= layers; l++) {
            needed += 14 + plot.textWidth("layer " + l) + 8;
        }
        if (needed <= plot.right - x) {
            for (int l = 1; l <= layers; l++) {
                String text = "layer " + l;
                g.setFill(colors[l]);
                g.fillRect(x, y - 4, 10, 8);
                g.setFill(look().text());
                g.fillText(text, x + 14, y);
                x += 14 + plot.textWidth(text) + 8;
            }
            return;
        }
        g.setFill(look().text());
        g.fillText("layer 1", x, y);
        x += plot.textWidth("layer 1") + 6;
        double ramp = Math.min(120, Math.max(40, plot.right - x - plot.textWidth("layer " + layers) - 12));
        double cell = ramp / layers;
        for (int l = 1; l <= layers; l++) {
            g.setFill(colors[l]);
            g.fillRect(x + (l - 1) * cell, y - 4, Math.ceil(cell), 8);
        }
        g.setFill(look().text());
        g.fillText("layer " + layers, x + ramp + 6, y);
    }
}
