package com.backproplab.ui.chart;

import com.backproplab.engine.Activation;
import com.backproplab.plot.TickMarks;
import com.backproplab.training.ActivationHistograms;
import com.backproplab.training.InsideLayers;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * The distribution of each hidden layer's activations A[l] over the training set, one row per layer on the fixed
 * range of the activation ({@link ActivationHistograms}), first layer at the top, in the layer colours of the
 * gradient chart. Each row is scaled to its own largest bin, so its shape reads whatever the layer's width; the
 * share at the telling place is written at the right: the ends for sigmoid and tanh (saturation), 0 for ReLU (units
 * that do not fire), below 0 for leaky ReLU, outside the range for linear. The trainer computes the counts; this
 * only paints them.
 */
public final class ActivationHistogramChart extends InsideChart<ActivationHistograms> {
    private static final double LEFT = 30, RIGHT = 52, TOP = 16, BOTTOM = 18;
    /** Rows lower than this get a label every other layer. */
    private static final double LABELLED_ROW = 12;

    /** An empty chart; call {@link #render} with each new snapshot. */
    public ActivationHistogramChart() {
        super("activationHistograms", "activationCanvas", InsideLayers::histograms);
    }

    @Override
    void draw(GraphicsContext g, double w, double h, ActivationHistograms hist) {
        Look look = look();
        double left = LEFT, right = w - RIGHT, top = TOP, bottom = h - BOTTOM;
        if (hist == null || hist.layers() < 2 || hist.points() == 0 || right - left < 20 || bottom - top < 10) {
            String why = last == null ? HINT : hist == null ? "No activations: the weights are not finite"
                    : hist.layers() < 2 ? "No hidden layer: add one in the Network tab"
                    : hist.points() == 0 ? "No training points" : "";
            message(g, why, w, h);
            return;
        }
        int layers = hist.layers(), hidden = layers - 1;
        double lo = hist.lo(), hi = hist.hi();
        g.setFill(look.plotBackground());
        g.fillRect(left, top, right - left, bottom - top);
        TickMarks ticks = TickMarks.of(lo, hi, Math.max(2, (int) ((right - left) / 50)));
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int k = 0; k < ticks.size(); k++) {
            double x = Math.round(left + (ticks.value(k) - lo) / (hi - lo) * (right - left)) + 0.5;
            g.setStroke(look.grid());
            g.strokeLine(x, top, x, bottom);
            g.setFill(look.muted());
            g.fillText(ticks.label(k), x, bottom + 3);
        }
        double row = (bottom - top) / hidden, slot = (right - left) / ActivationHistograms.BINS;
        int every = row >= LABELLED_ROW ? 1 : 2;
        g.setTextBaseline(VPos.CENTER);
        for (int l = 1; l <= hidden; l++) {
            double base = top + l * row;
            int max = hist.maxCount(l);
            g.setFill(LayerColors.of(l, layers));
            for (int b = 0; b < ActivationHistograms.BINS && max > 0; b++) {
                int c = hist.count(l, b);
                if (c > 0) {
                    // Even one value shows as a sliver: an almost empty bin is not an empty one.
                    double bar = Math.max(1, (row - 2) * c / max);
                    g.fillRect(left + b * slot, base - bar, Math.max(1, slot - 0.5), bar);
                }
            }
            g.setStroke(look.grid());
            g.strokeLine(left, Math.round(base) + 0.5, right, Math.round(base) + 0.5);
            if ((l - 1) % every == 0 || l == hidden) {
                g.setFill(LayerColors.of(l, layers));
                g.setTextAlign(TextAlignment.RIGHT);
                g.fillText(Integer.toString(l), left - 6, base - row / 2);
                g.setFill(look.text());
                g.setTextAlign(TextAlignment.LEFT);
                g.fillText(reading(hist, l), right + 6, base - row / 2);
            }
        }
        g.setStroke(look.axis());
        g.strokeLine(left + 0.5, top, left + 0.5, bottom + 0.5);
        g.strokeLine(left, bottom + 0.5, right, bottom + 0.5);
        g.setFill(look.muted());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("layer", 2, TOP / 2);
        g.fillText(place(hist.activation()), right + 6, TOP / 2);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(hist.activation().key() + " A[l], " + hist.points() + " training points", (left + right) / 2,
                TOP / 2);
    }

    /** Where the reading of an activation looks. */
    static String place(Activation g) {
        return switch (g) {
            case SIGMOID, TANH -> "ends";
            case RELU -> "at 0";
            case LEAKY_RELU -> "< 0";
            case LINEAR -> "outside";
        };
    }

    /** Layer l's share of values at the activation's telling place, as a percentage. */
    static String reading(ActivationHistograms hist, int l) {
        double total = hist.total(l);
        double share = switch (hist.activation()) {
            case SIGMOID, TANH -> hist.count(l, 0) + hist.count(l, ActivationHistograms.BINS - 1);
            case RELU -> hist.zeros(l);
            case LEAKY_RELU -> below(hist, l, 0);
            case LINEAR -> hist.outside(l);
        };
        return String.format(Locale.ROOT, "%.0f%%", total == 0 ? 0 : 100 * share / total);
    }

    /** Values in the bins wholly below {@code v}. */
    private static int below(ActivationHistograms hist, int l, double v) {
        int sum = 0;
        double width = (hist.hi() - hist.lo()) / ActivationHistograms.BINS;
        for (int b = 0; b < ActivationHistograms.BINS && hist.lo() + (b + 1) * width <= v; b++) {
            sum += hist.count(l, b);
        }
        return sum;
    }
}
